import { type FormEvent, type ReactNode, useState } from 'react';
import { Dialog } from '../../../ui/dialog';
import { Alert } from '../../../ui/feedback';
import { TextAreaField } from '../../../ui/field';
import { type UserError, fieldErrorOf, toUserError } from '../../../ui/errors';

/** Asks why before an application leaves (or comes back to) the pipeline; the reason goes into its timeline. */
export function ReasonDialog({
  title,
  description,
  confirmLabel,
  required = true,
  danger = false,
  onConfirm,
  onClose,
  children,
}: {
  title: ReactNode;
  description?: ReactNode;
  confirmLabel: string;
  required?: boolean;
  danger?: boolean;
  onConfirm: (reason: string) => Promise<void>;
  onClose: () => void;
  children?: ReactNode;
}) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<UserError | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (required && !reason.trim()) {
      setError({ code: 'BAD_USER_INPUT', field: 'reason', message: 'Say why, in a few words' });
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onConfirm(reason.trim());
    } catch (caught) {
      setError(toUserError(caught));
      setBusy(false);
    }
  }

  return (
    <Dialog title={title} description={description} onClose={onClose}>
      <form className="dialog-form" onSubmit={submit} noValidate>
        {children}
        <TextAreaField
          label="Reason"
          optional={!required}
          rows={3}
          maxLength={2000}
          autoFocus
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          hint="Kept in the candidate’s timeline."
          error={fieldErrorOf(error, 'reason')}
        />
        {error && !fieldErrorOf(error, 'reason') && <Alert>{error.message}</Alert>}
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
