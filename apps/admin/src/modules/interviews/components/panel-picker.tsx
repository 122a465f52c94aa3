import { useId } from 'react';
import { useActiveMembers } from '../../members';
import { LoadError, SkeletonLines } from '../../../ui/feedback';
import { ROLE_LABELS, plural } from '../../../ui/format';
import './panel-picker.css';

/** The panel of an interview: a checkbox per active member, with how many are chosen (and asked for). */
export function PanelPicker({
  chosen,
  onChange,
  panelSize,
  error,
}: {
  chosen: string[];
  onChange: (ids: string[]) => void;
  panelSize?: number;
  error?: string;
}) {
  const { members, error: loadError, refetch } = useActiveMembers();
  const hintId = useId();

  return (
    <fieldset className={`fieldset${error ? ' field-invalid' : ''}`} aria-describedby={hintId}>
      <legend className="field-label">Panelists</legend>
      <p className="field-hint" id={hintId} aria-live="polite">
        {plural(chosen.length, 'panelist')} chosen{panelSize ? `; the round asks for ${panelSize}` : ''}.
      </p>
      {loadError && !members ? (
        <LoadError title="Members could not load" error={loadError} onRetry={() => void refetch()} />
      ) : !members ? (
        <SkeletonLines count={3} />
      ) : (
        <ul className="member-checks" aria-label="Members">
          {members.map((member) => {
            const on = chosen.includes(member.id);
            return (
              <li key={member.id}>
                <label className={`category-check${on ? ' category-check-on' : ''}`}>
                  <input
                    type="checkbox"
                    checked={on}
                    onChange={(event) => onChange(event.target.checked ? [...chosen, member.id] : chosen.filter((id) => id !== member.id))}
                  />
                  <span className="category-check-name">{member.name}</span>
                  <span className="muted small">{ROLE_LABELS[member.role]}</span>
                </label>
              </li>
            );
          })}
        </ul>
      )}
      {error && <p className="field-error">{error}</p>}
    </fieldset>
  );
}
