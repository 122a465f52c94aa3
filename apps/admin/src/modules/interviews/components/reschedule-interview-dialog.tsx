import { useMutation } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import type { RescheduleInterviewMutation as RescheduleResult } from '../../../gql/graphql';
import { useActiveMembers } from '../../openings/hooks/use-active-members';
import { Dialog } from '../../../ui/dialog';
import { Alert, SkeletonLines } from '../../../ui/feedback';
import { TextAreaField, TextField } from '../../../ui/field';
import { type UserError, fieldErrorOf, toUserError } from '../../../ui/errors';
import { ROLE_LABELS, formatTimeRange, panelNames, plural } from '../../../ui/format';
import { MyInterviewsQuery, RescheduleInterviewMutation } from '../graphql/interviews.documents';
import { InterviewBooked } from './interview-booked';
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
  const { members } = useActiveMembers();
  const [startsAt, setStartsAt] = useState(() => toLocalInput(new Date(interview.startsAt)));
  const [panelistIds, setPanelistIds] = useState<string[]>(() => interview.panelists.map((panelist) => panelist.id));
  const [reason, setReason] = useState('');
  const [error, setError] = useState<UserError | null>(null);
  const [rescheduled, setRescheduled] = useState<RescheduleResult['rescheduleInterview'] | null>(null);
  const [reschedule, { loading }] = useMutation(RescheduleInterviewMutation, { refetchQueries: [MyInterviewsQuery] });
  const panelLegendId = useId();

  function toggle(id: string, on: boolean) {
    setPanelistIds((current) => (on ? [...current, id] : current.filter((entry) => entry !== id)));
  }

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
      const result = await reschedule({ variables: { input: { interviewId: interview.id, startsAt: start.toISOString(), panelistIds, reason: reason.trim() } } });
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
    <Dialog title={`Reschedule the ${interview.roundName} interview`} description={`With ${candidateName}; now ${formatTimeRange(interview.startsAt, interview.endsAt)}`} onClose={onClose} size="lg">
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
        <fieldset className={`fieldset${fieldErrorOf(error, 'panelistIds') ? ' field-invalid' : ''}`} aria-describedby={panelLegendId}>
          <legend className="field-label">Panelists</legend>
          <p className="field-hint" id={panelLegendId} aria-live="polite">
            {plural(panelistIds.length, 'panelist')} chosen.
          </p>
          {!members ? (
            <SkeletonLines count={3} />
          ) : (
            <ul className="member-checks" aria-label="Members">
              {members.map((member) => (
                <li key={member.id}>
                  <label className={`category-check${panelistIds.includes(member.id) ? ' category-check-on' : ''}`}>
                    <input type="checkbox" checked={panelistIds.includes(member.id)} onChange={(event) => toggle(member.id, event.target.checked)} />
                    <span className="category-check-name">{member.name}</span>
                    <span className="muted small">{ROLE_LABELS[member.role]}</span>
                  </label>
                </li>
              ))}
            </ul>
          )}
          {fieldErrorOf(error, 'panelistIds') && <p className="field-error">{fieldErrorOf(error, 'panelistIds')}</p>}
        </fieldset>
        <TextAreaField label="Why it moves" value={reason} onChange={(event) => setReason(event.target.value)} rows={2} maxLength={2000} error={fieldErrorOf(error, 'reason')} hint="Kept in the candidate’s timeline." />
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
