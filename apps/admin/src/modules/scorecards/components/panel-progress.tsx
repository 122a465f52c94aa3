import type { PanelistStatus } from '../../../gql/graphql';
import { usePanelProgress } from '../hooks/use-panel-progress';
import './panel-progress.css';

const STATUS_LABELS: Record<PanelistStatus, string> = {
  NOT_STARTED: 'Not started',
  DRAFTING: 'Drafting',
  SUBMITTED: 'Submitted',
};

/** Where each panelist is with their scorecard, live: statuses only, never scores. */
export function PanelProgress({ interviewId, compact = false }: { interviewId: string; compact?: boolean }) {
  const { data } = usePanelProgress(interviewId);
  if (!data) return null;
  const names = new Map(data.interview.panelists.map((panelist) => [panelist.id, panelist.name]));
  return (
    <section className={`panel-progress${compact ? ' panel-progress-compact' : ''}`} aria-label="Panel progress">
      {!compact && <h2 className="section-title">Panel</h2>}
      <ul className="panel-progress-list">
        {data.interview.panelProgress.map((entry) => (
          <li key={entry.panelistId} className="panel-progress-item">
            <span className="panel-progress-name">{names.get(entry.panelistId) ?? 'A former member'}</span>
            <span className={`badge panel-status panel-status-${entry.status.toLowerCase().replace('_', '-')}`}>
              {STATUS_LABELS[entry.status]}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
