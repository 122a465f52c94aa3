import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { Link, NavLink } from 'react-router';
import type { OpeningQuery, OpeningStatus } from '../../../gql/graphql';
import { toUserError } from '../../../ui/errors';
import { OPENING_STATUSES, OPENING_STATUS_LABELS } from '../../../ui/format';
import { EditIcon } from '../../../ui/icons';
import { useToast } from '../../../ui/toast';
import { SetOpeningStatusMutation } from '../graphql/openings.documents';
import { useHiringAccess } from '../../auth';
import { EditOpeningDialog } from './edit-opening-dialog';
import { OpeningStatusBadge } from './opening-status';
import '../../../ui/tabs.css';
import './opening-header.css';

type Opening = OpeningQuery['opening'];

export const OPENING_TABS = [
  { path: 'pipeline', label: 'Pipeline' },
  { path: 'loop', label: 'Loop' },
  { path: 'coverage', label: 'Coverage' },
  { path: 'comparison', label: 'Comparison' },
  { path: 'reports', label: 'Reports' },
  { path: 'stages', label: 'Stages', managersOnly: true },
] as const;

/** Who may change an opening's status: the server holds the rule (setOpeningStatus); this says it in words. */
const STATUS_RULE = 'Hiring managers and admins set any status; recruiters can put an open opening on hold and reopen it.';

export function OpeningHeader({ opening }: { opening: Opening }) {
  const { canManageOpenings } = useHiringAccess();
  const { notify } = useToast();
  const statusId = useId();
  const ruleId = useId();
  const [editing, setEditing] = useState(false);
  const [setStatus, { loading }] = useMutation(SetOpeningStatusMutation);
  const people = [
    opening.hiringManager && `Hiring manager ${opening.hiringManager.name}`,
    opening.recruiter && `Recruiter ${opening.recruiter.name}`,
  ].filter(Boolean);
  const place = [opening.team, opening.location].filter(Boolean).join(' · ');
  const choices = OPENING_STATUSES.filter((status) => status === opening.status || opening.statusChoices.includes(status));

  async function changeStatus(status: OpeningStatus) {
    try {
      await setStatus({ variables: { id: opening.id, status } });
      notify(`“${opening.title}” is now ${OPENING_STATUS_LABELS[status].toLowerCase()}`);
    } catch (caught) {
      notify(toUserError(caught).message, 'error');
    }
  }

  return (
    <header className="opening-header">
      <div className="page-header">
        <div>
          <p className="eyebrow">
            <Link to="/openings">← Openings</Link>
          </p>
          <h1 className="page-title" tabIndex={-1}>
            {opening.title}
          </h1>
          <p className="muted small">{[place, ...people].filter(Boolean).join(' · ') || 'No team, location or owners yet'}</p>
        </div>
        <div className="opening-status">
          <div className="opening-status-row">
            {canManageOpenings && (
              <button type="button" className="btn btn-sm" onClick={() => setEditing(true)}>
                <EditIcon /> Edit details
              </button>
            )}
            {choices.length > 1 ? (
              <>
                <label htmlFor={statusId} className="field-label">
                  Status
                </label>
                <select
                  id={statusId}
                  className={`input select input-sm status-select status-${opening.status.toLowerCase()}`}
                  value={opening.status}
                  disabled={loading}
                  aria-describedby={ruleId}
                  onChange={(event) => void changeStatus(event.target.value as OpeningStatus)}
                >
                  {choices.map((status) => (
                    <option key={status} value={status}>
                      {OPENING_STATUS_LABELS[status]}
                    </option>
                  ))}
                </select>
              </>
            ) : (
              <OpeningStatusBadge status={opening.status} />
            )}
          </div>
          <p id={ruleId} className="muted small opening-status-rule">
            {STATUS_RULE}
          </p>
        </div>
      </div>
      <nav className="tabs" aria-label="Opening sections">
        {OPENING_TABS.filter((tab) => canManageOpenings || !('managersOnly' in tab)).map((tab) => (
          <NavLink key={tab.path} to={`/openings/${opening.id}/${tab.path}`} className="tab">
            {tab.label}
          </NavLink>
        ))}
      </nav>
      {editing && <EditOpeningDialog opening={opening} onClose={() => setEditing(false)} />}
    </header>
  );
}
