import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { Link, NavLink } from 'react-router';
import type { OpeningQuery, OpeningStatus } from '../../../gql/graphql';
import { toUserError } from '../../../ui/errors';
import { OPENING_STATUSES, OPENING_STATUS_LABELS } from '../../../ui/format';
import { EditIcon } from '../../../ui/icons';
import { useToast } from '../../../ui/toast';
import { UpdateOpeningMutation } from '../graphql/openings.documents';
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

export function OpeningHeader({ opening }: { opening: Opening }) {
  const { canManageOpenings } = useHiringAccess();
  const { notify } = useToast();
  const statusId = useId();
  const [editing, setEditing] = useState(false);
  const [update, { loading }] = useMutation(UpdateOpeningMutation);
  const people = [
    opening.hiringManager && `Hiring manager ${opening.hiringManager.name}`,
    opening.recruiter && `Recruiter ${opening.recruiter.name}`,
  ].filter(Boolean);
  const place = [opening.team, opening.location].filter(Boolean).join(' · ');

  async function changeStatus(status: OpeningStatus) {
    try {
      await update({ variables: { id: opening.id, input: { status } } });
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
          {canManageOpenings ? (
            <>
              <button type="button" className="btn btn-sm" onClick={() => setEditing(true)}>
                <EditIcon /> Edit details
              </button>
              <label htmlFor={statusId} className="field-label">
                Status
              </label>
              <select
                id={statusId}
                className={`input select input-sm status-select status-${opening.status.toLowerCase()}`}
                value={opening.status}
                disabled={loading}
                onChange={(event) => void changeStatus(event.target.value as OpeningStatus)}
              >
                {OPENING_STATUSES.map((status) => (
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
