import { type FormEvent, type ReactNode, useState } from 'react';
import type { OutcomeKind } from '../../../gql/graphql';
import { Dialog } from '../../../ui/dialog';
import { Alert } from '../../../ui/feedback';
import { TextAreaField } from '../../../ui/field';
import { type UserError, fieldErrorOf, toUserError } from '../../../ui/errors';
import { OutcomeReasonField } from '../../outcome-reasons';

export interface Outcome {
  /** One of the organisation's reasons; undefined when only a note is given. */
  reasonId?: string;
  /** Undefined when only a reason is chosen. */
  reason?: string;
}

/**
 * Asks why an application leaves the pipeline: one of the organisation's reasons, a note in the team's words, or
 * both (one of the two is needed). Both go into the candidate's timeline.
 */
export function OutcomeDialog({
  kind,
  title,
  description,
  confirmLabel,
  danger = false,
  onConfirm,
  onClose,
  children,
}: {
  kind: OutcomeKind;
  title: ReactNode;
  description?: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  onConfirm: (outcome: Outcome) => Promise<void>;
  onClose: () => void;
  children?: ReactNode;
}) {
  const [reasonId, setReasonId] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<UserError | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!reasonId && !note.trim()) {
      setError({ code: 'BAD_USER_INPUT', field: 'reasonId', message: 'Choose a reason, or say why in the note' });
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onConfirm({ reasonId: reasonId || undefined, reason: note.trim() || undefined });
    } catch (caught) {
      setError(toUserError(caught));
      setBusy(false);
    }
  }

  const fieldError = fieldErrorOf(error, 'reasonId', 'reason');
  return (
    <Dialog title={title} description={description} onClose={onClose}>
      <form className="dialog-form" onSubmit={submit} noValidate>
        {children}
        <OutcomeReasonField kind={kind} value={reasonId} onChange={setReasonId} autoFocus error={fieldErrorOf(error, 'reasonId')} />
        <TextAreaField
          label="Note"
          optional
          rows={3}
          maxLength={2000}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          hint="Kept in the candidate’s timeline with the reason."
          error={fieldErrorOf(error, 'reason')}
        />
        {error && !fieldError && <Alert>{error.message}</Alert>}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className={`btn ${danger ? 'btn-danger' : 'btn-primary'}`} disabled={busy}>
            {busy ? 'Saving…' : confirmLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
