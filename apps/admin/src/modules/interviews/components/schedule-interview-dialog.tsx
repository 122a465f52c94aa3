import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import type { ScheduleInterviewMutation as ScheduleResult } from '../../../gql/graphql';
import { Dialog } from '../../../ui/dialog';
import { Alert } from '../../../ui/feedback';
import { SelectField, TextField } from '../../../ui/field';
import { type UserError, fieldErrorOf, toUserError } from '../../../ui/errors';
import { formatMinutes, panelNames, plural } from '../../../ui/format';
import { ScheduleInterviewMutation } from '../graphql/interviews.documents';
import { InterviewBooked } from './interview-booked';
import { PanelPicker } from './panel-picker';

interface RoundOption {
  id: string;
  name: string;
  durationMinutes: number;
  panelSize: number;
  stage: { id: string; name: string };
}

/** `datetime-local` wants local wall-clock time without a zone. */
export function toLocalInput(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function tomorrowAtTen(): string {
  const date = new Date();
  date.setDate(date.getDate() + 1);
  date.setHours(10, 0, 0, 0);
  return toLocalInput(date);
}

export function ScheduleInterviewDialog({
  application,
  onScheduled,
  onClose,
}: {
  application: { id: string; candidateName: string; stageId: string; opening: { id: string; title: string; rounds: RoundOption[] } };
  /** The interview exists: refresh what shows it. */
  onScheduled: () => void;
  onClose: () => void;
}) {
  const { rounds } = application.opening;
  // The round of the application's current stage is the likely one.
  const [roundId, setRoundId] = useState(() => (rounds.find((round) => round.stage.id === application.stageId) ?? rounds[0])?.id ?? '');
  const [startsAt, setStartsAt] = useState(tomorrowAtTen);
  const [panelistIds, setPanelistIds] = useState<string[]>([]);
  const [error, setError] = useState<UserError | null>(null);
  const [scheduled, setScheduled] = useState<ScheduleResult['scheduleInterview'] | null>(null);
  const [schedule, { loading }] = useMutation(ScheduleInterviewMutation);
  const round = rounds.find((entry) => entry.id === roundId);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!roundId) {
      setError({ code: 'BAD_USER_INPUT', field: 'roundId', message: 'Choose the round to schedule' });
      return;
    }
    const start = new Date(startsAt);
    if (!startsAt || Number.isNaN(start.getTime())) {
      setError({ code: 'BAD_USER_INPUT', field: 'startsAt', message: 'Enter the date and time it starts' });
      return;
    }
    if (panelistIds.length === 0) {
      setError({ code: 'BAD_USER_INPUT', field: 'panelistIds', message: 'Choose at least one panelist' });
      return;
    }
    setError(null);
    try {
      const result = await schedule({
        variables: { input: { applicationId: application.id, roundId, startsAt: start.toISOString(), panelistIds } },
      });
      setScheduled(result.data!.scheduleInterview);
      onScheduled();
    } catch (caught) {
      setError(toUserError(caught));
    }
  }

  if (scheduled) {
    return (
      <InterviewBooked
        title="Interview scheduled"
        description={`${scheduled.roundName} with ${application.candidateName}`}
        interview={scheduled}
        summary={`Panel: ${panelNames(scheduled.panelists)}. ${plural(scheduled.questions.length, 'question')} pinned at their current revision.`}
        warningsTitle="Check before you send invitations"
        onClose={onClose}
      />
    );
  }

  return (
    <Dialog
      title={`Schedule an interview with ${application.candidateName}`}
      description={application.opening.title}
      onClose={onClose}
      size="lg"
    >
      {rounds.length === 0 ? (
        <div className="dialog-form">
          <Alert tone="info" title="This opening has no rounds yet">
            Build its loop first: <Link to={`/openings/${application.opening.id}/loop`}>open the loop</Link>.
          </Alert>
        </div>
      ) : (
        <form className="dialog-form" onSubmit={submit} noValidate>
          <div className="form-grid">
            <SelectField
              label="Round"
              value={roundId}
              onChange={(event) => setRoundId(event.target.value)}
              error={fieldErrorOf(error, 'roundId')}
            >
              {rounds.map((entry) => (
                <option key={entry.id} value={entry.id}>
                  {entry.name} · {entry.stage.name}
                </option>
              ))}
            </SelectField>
            <TextField
              label="Starts"
              type="datetime-local"
              value={startsAt}
              onChange={(event) => setStartsAt(event.target.value)}
              error={fieldErrorOf(error, 'startsAt', 'endsAt')}
              hint={round ? `Lasts ${formatMinutes(round.durationMinutes)}; times are in your time zone.` : undefined}
            />
          </div>
          <PanelPicker
            chosen={panelistIds}
            onChange={setPanelistIds}
            panelSize={round?.panelSize}
            error={fieldErrorOf(error, 'panelistIds')}
          />
          {error && !fieldErrorOf(error, 'roundId', 'startsAt', 'endsAt', 'panelistIds') && <Alert>{error.message}</Alert>}
          <div className="dialog-actions">
            <button type="button" className="btn" onClick={onClose}>
              Cancel
            </button>
            <button type="submit" className="btn btn-primary" disabled={loading}>
              {loading ? 'Scheduling…' : 'Schedule interview'}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
