import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import type { RescheduleInterviewMutation as RescheduleResult } from '../../../gql/graphql';
import { Dialog } from '../../../ui/dialog';
import { Alert } from '../../../ui/feedback';
import { TextAreaField, TextField } from '../../../ui/field';
import { type UserError, fieldErrorOf, toUserError } from '../../../ui/errors';
import { formatTimeRange, panelNames } from '../../../ui/format';
import { RescheduleInterviewMutation } from '../graphql/interviews.documents';
import { InterviewBooked } from './interview-booked';
import { PanelPicker } from './panel-picker';
import { toLocalInput } from './schedule-interview-dialog';

/** Moves an interview to another time and, if need be, another panel; its pinned questions stay. */
export function RescheduleInterviewDialog({
  interview,
  candidateName,
  onRescheduled,
  onClose,
}: {
  interview: { id: string; roundName: string; startsAt: string; endsAt: string; panelists: ReadonlyArray<{ id: string; name: string }> };
  candidateName: string;
  /** The interview moved: refresh what shows it. */
  onRescheduled: () => void;
  onClose: () => void;
}) {
  const [startsAt, setStartsAt] = useState(() => toLocalInput(new Date(interview.startsAt)));
  const [panelistIds, setPanelistIds] = useState<string[]>(() => interview.panelists.map((panelist) => panelist.id));
  const [reason, setReason] = useState('');
  const [error, setError] = useState<UserError | null>(null);
  const [rescheduled, setRescheduled] = useState<RescheduleResult['rescheduleInterview'] | null>(null);
  const [reschedule, { loading }] = useMutation(RescheduleInterviewMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const start = new Date(startsAt);
    if (!startsAt || Number.isNaN(start.getTime())) {
      setError({ code: 'BAD_USER_INPUT', field: 'startsAt', message: 'Enter the date and time it starts' });
      return;
    }
    if (panelistIds.length === 0) {
      setError({ code: 'BAD_USER_INPUT', field: 'panelistIds', message: 'Choose at least one panelist' });
      return;
    }
    if (!reason.trim()) {
      setError({ code: 'BAD_USER_INPUT', field: 'reason', message: 'Say why it moves: the candidate’s timeline keeps it' });
      return;
    }
    setError(null);
    try {
      const result = await reschedule({
        variables: { input: { interviewId: interview.id, startsAt: start.toISOString(), panelistIds, reason: reason.trim() } },
      });
      setRescheduled(result.data!.rescheduleInterview);
      onRescheduled();
    } catch (caught) {
      setError(toUserError(caught));
    }
  }

  if (rescheduled) {
    return (
      <InterviewBooked
        title="Interview rescheduled"
        description={`${interview.roundName} with ${candidateName}`}
        interview={rescheduled}
        summary={`Panel: ${panelNames(rescheduled.panelists)}. Its questions stay pinned as they were.`}
        warningsTitle="Check before you send the new time"
        onClose={onClose}
      />
    );
  }

  return (
    <Dialog
      title={`Reschedule the ${interview.roundName} interview`}
      description={`With ${candidateName}; now ${formatTimeRange(interview.startsAt, interview.endsAt)}`}
      onClose={onClose}
      size="lg"
    >
      <form className="dialog-form" onSubmit={submit} noValidate>
        <TextField
          label="Starts"
          type="datetime-local"
          value={startsAt}
          onChange={(event) => setStartsAt(event.target.value)}
          error={fieldErrorOf(error, 'startsAt', 'endsAt')}
          hint="It keeps its length; times are in your time zone."
          autoFocus
        />
        <PanelPicker chosen={panelistIds} onChange={setPanelistIds} error={fieldErrorOf(error, 'panelistIds')} />
        <TextAreaField
          label="Why it moves"
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          rows={2}
          maxLength={2000}
          error={fieldErrorOf(error, 'reason')}
          hint="Kept in the candidate’s timeline."
        />
        {error && !fieldErrorOf(error, 'startsAt', 'endsAt', 'panelistIds', 'reason') && <Alert>{error.message}</Alert>}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={loading}>
            {loading ? 'Rescheduling…' : 'Reschedule interview'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
