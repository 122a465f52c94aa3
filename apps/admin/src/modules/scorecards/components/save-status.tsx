import type { FieldConflict } from '@panelist/scoring';
import { Alert } from '../../../ui/feedback';
import type { SaveStatus } from '../hooks/use-scorecard-autosave';
import { fieldLabel, fieldValueText, type SheetVocabulary } from './field-labels';
import './save-status.css';

const STATUS_TEXT: Record<Exclude<SaveStatus['kind'], 'refused'>, string> = {
  saved: 'Saved',
  saving: 'Saving…',
  'on-device': 'Saved on this device only — will send when back online',
  unsaved: 'Not saved yet — keep this page open until you are back online',
  conflict: 'Changed on another device — choose what to keep',
};

/** Where the edits are, said plainly: "Saved" only once the server has all of them. */
export function SaveStatusLine({ status }: { status: SaveStatus }) {
  const text = status.kind === 'refused' ? `Not saved: ${status.message}` : STATUS_TEXT[status.kind];
  return (
    <p className={`save-status save-status-${status.kind}`} role="status">
      {text}
    </p>
  );
}

/** Each field changed both here and on another device, with both values, and a choice of which to keep. */
export function ConflictPanel({
  conflicts,
  sheet,
  onKeepMine,
  onKeepTheirs,
}: {
  conflicts: readonly FieldConflict[];
  sheet: SheetVocabulary;
  onKeepMine: (field: string) => void;
  onKeepTheirs: (field: string) => void;
}) {
  if (conflicts.length === 0) return null;
  return (
    <Alert tone="warning" title="Another device changed the same answers">
      <p>Your other edits are kept. For each answer below, choose which value stays.</p>
      <ul className="conflict-list">
        {conflicts.map((conflict) => {
          const label = fieldLabel(conflict.field, sheet);
          return (
            <li key={conflict.field} className="conflict">
              <p className="conflict-field">{label}</p>
              <p>
                <strong>This device:</strong> {fieldValueText(conflict.field, conflict.yours, sheet)}
              </p>
              <p>
                <strong>Other device:</strong> {fieldValueText(conflict.field, conflict.theirs, sheet)}
              </p>
              <div className="row gap-sm">
                <button type="button" className="btn btn-sm" onClick={() => onKeepMine(conflict.field)}>
                  Keep this device’s<span className="visually-hidden"> {label}</span>
                </button>
                <button type="button" className="btn btn-sm" onClick={() => onKeepTheirs(conflict.field)}>
                  Keep the other device’s<span className="visually-hidden"> {label}</span>
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </Alert>
  );
}
