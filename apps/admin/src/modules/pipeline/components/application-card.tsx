import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ApplicationDetailFragment, ApplicationEventKind } from '../../../gql/graphql';
import { CancelInterviewMutation, RescheduleInterviewDialog, ScheduleInterviewDialog } from '../../interviews';
import { APPLICATION_STATUS_LABELS, formatDateTime, formatDuration, formatTimeRange, panelNames } from '../../../ui/format';
import { useOriginState } from '../../../ui/back-link';
import { DecisionBadge } from '../../../ui/decision-badge';
import { CalendarIcon } from '../../../ui/icons';
import { useToast } from '../../../ui/toast';
import { RejectApplicationMutation, ReopenApplicationMutation, WithdrawApplicationMutation } from '../graphql/pipeline.documents';
import { OutcomeDialog } from './outcome-dialog';
import { ReasonDialog } from './reason-dialog';
import './application-card.css';

type Interview = ApplicationDetailFragment['interviews'][number];
type Action = 'reject' | 'withdraw' | 'reopen' | 'schedule' | { cancel: Interview } | { reschedule: Interview };

const STATUS_TONES = { ACTIVE: 'badge-success', REJECTED: 'badge-danger', WITHDRAWN: 'badge-muted' } as const;

/** One application of a candidate: where it stands, what can be done, its interviews and its timeline. */
export function ApplicationCard({
  application,
  candidateName,
  onChanged,
}: {
  application: ApplicationDetailFragment;
  candidateName: string;
  onChanged: () => void;
}) {
  const { notify } = useToast();
  const [action, setAction] = useState<Action | null>(null);
  const [reject] = useMutation(RejectApplicationMutation);
  const [withdraw] = useMutation(WithdrawApplicationMutation);
  const [reopen] = useMutation(ReopenApplicationMutation);
  const [cancelInterview] = useMutation(CancelInterviewMutation);
  const { opening } = application;
  const stageName = (id: string | null | undefined) =>
    id ? (opening.stages.find((stage) => stage.id === id)?.name ?? 'a deleted stage') : null;
  const active = application.status === 'ACTIVE';
  const interviews = [...application.interviews].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const close = () => setAction(null);
  const origin = useOriginState(candidateName);

  return (
    <article className="card application" aria-labelledby={`application-${application.id}`}>
      <header className="application-head">
        <div>
          <h3 id={`application-${application.id}`} className="application-title">
            <Link to={`/openings/${opening.id}/pipeline`}>{opening.title}</Link>
          </h3>
          <p className="application-facts">
            <span className={`badge ${STATUS_TONES[application.status]}`}>{APPLICATION_STATUS_LABELS[application.status]}</span>
            <span>
              {active ? 'In' : 'Left from'} <strong>{application.stage.name}</strong>
            </span>
            {active && <span className="muted">{formatDuration(application.timeInStageSeconds, true)} in this stage</span>}
            {application.decision && <DecisionBadge decision={application.decision.decision} />}
          </p>
          {!active && application.outcomeReason && <p className="small application-reason">Reason: {application.outcomeReason}</p>}
        </div>
        <div className="row gap-sm application-actions">
          <Link className="btn btn-sm" to={`/applications/${application.id}/debrief`} state={origin}>
            Debrief<span className="visually-hidden"> for {opening.title}</span>
          </Link>
          {active ? (
            <>
              <button type="button" className="btn btn-primary btn-sm" onClick={() => setAction('schedule')}>
                <CalendarIcon /> Schedule interview
              </button>
              <button type="button" className="btn btn-sm" onClick={() => setAction('withdraw')}>
                Withdraw…
              </button>
              <button type="button" className="btn btn-sm btn-danger-text" onClick={() => setAction('reject')}>
                Reject…
              </button>
            </>
          ) : (
            <button type="button" className="btn btn-sm" onClick={() => setAction('reopen')}>
              Reopen…
            </button>
          )}
        </div>
      </header>

      <div className="application-body">
        <section aria-label="Interviews" className="application-section">
          <h4 className="section-title">Interviews</h4>
          {interviews.length === 0 ? (
            <p className="muted small">None scheduled yet.</p>
          ) : (
            <ul className="interview-rows">
              {interviews.map((interview) => {
                const cancelled = interview.status === 'CANCELLED';
                return (
                  <li key={interview.id} className={`interview-row${cancelled ? ' interview-row-cancelled' : ''}`}>
                    <div>
                      <Link className="interview-row-title" to={`/interviews/${interview.id}`} state={origin}>
                        {interview.roundName}
                      </Link>
                      {cancelled && <span className="badge badge-muted">Cancelled</span>}
                      <div className="muted small">
                        <time dateTime={interview.startsAt}>{formatTimeRange(interview.startsAt, interview.endsAt)}</time> ·{' '}
                        {panelNames(interview.panelists)}
                      </div>
                      {cancelled && interview.cancelReason && <div className="muted small">Reason: {interview.cancelReason}</div>}
                    </div>
                    {!cancelled && new Date(interview.endsAt) > new Date() && (
                      <div className="row gap-sm interview-row-actions">
                        <button
                          type="button"
                          className="btn btn-ghost btn-sm"
                          onClick={() => setAction({ reschedule: interview })}
                          aria-label={`Reschedule the ${interview.roundName} interview`}
                        >
                          Reschedule…
                        </button>
                        <button
                          type="button"
                          className="btn btn-ghost btn-sm"
                          onClick={() => setAction({ cancel: interview })}
                          aria-label={`Cancel the ${interview.roundName} interview`}
                        >
                          Cancel…
                        </button>
                      </div>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </section>

        <section aria-label="Timeline" className="application-section">
          <h4 className="section-title">Timeline</h4>
          <ol className="timeline">
            {[...application.timeline].reverse().map((event) => (
              <li key={event.id} className={`timeline-event timeline-${event.kind.toLowerCase()}`}>
                <span className="timeline-dot" aria-hidden="true" />
                <div>
                  <p className="timeline-text">
                    {describeEvent(
                      event.kind,
                      stageName(event.fromStageId),
                      stageName(event.toStageId),
                      interviews.find((interview) => interview.id === event.interviewId)?.roundName ?? null,
                    )}
                    {event.interviewStartsAt && (
                      <>
                        {' '}
                        <time dateTime={event.interviewStartsAt}>{formatDateTime(event.interviewStartsAt)}</time>
                      </>
                    )}
                  </p>
                  {event.reason && <p className="timeline-reason">“{event.reason}”</p>}
                  <p className="muted small timeline-meta">
                    {event.actor && <span className="timeline-actor">By {event.actor.name} · </span>}
                    <time dateTime={event.createdAt}>{formatDateTime(event.createdAt)}</time>
                  </p>
                </div>
              </li>
            ))}
          </ol>
        </section>
      </div>

      {action === 'schedule' && (
        <ScheduleInterviewDialog
          application={{
            id: application.id,
            candidateName,
            stageId: application.stage.id,
            opening: { id: opening.id, title: opening.title, rounds: opening.loop.rounds },
          }}
          onScheduled={onChanged}
          onClose={close}
        />
      )}
      {action === 'reject' && (
        <OutcomeDialog
          kind="REJECTION"
          title={`Reject ${candidateName}`}
          description={`For ${opening.title}. You can reopen the application later.`}
          confirmLabel="Reject"
          danger
          onClose={close}
          onConfirm={async (outcome) => {
            await reject({ variables: { input: { applicationId: application.id, ...outcome } } });
            notify(`Rejected ${candidateName} for ${opening.title}`);
            close();
          }}
        />
      )}
      {action === 'withdraw' && (
        <OutcomeDialog
          kind="WITHDRAWAL"
          title={`${candidateName} withdraws`}
          description={`From ${opening.title}, at their own request.`}
          confirmLabel="Mark as withdrawn"
          onClose={close}
          onConfirm={async (outcome) => {
            await withdraw({ variables: { input: { applicationId: application.id, ...outcome } } });
            notify(`${candidateName} withdrew from ${opening.title}`);
            close();
          }}
        />
      )}
      {action === 'reopen' && (
        <ReasonDialog
          title={`Reopen ${candidateName}’s application`}
          description={`Back into ${opening.title}, at ${application.stage.name}.`}
          confirmLabel="Reopen"
          required={false}
          onClose={close}
          onConfirm={async (reason) => {
            await reopen({ variables: { applicationId: application.id, reason: reason || undefined } });
            notify(`${candidateName} is back in ${application.stage.name}`);
            close();
          }}
        />
      )}
      {action && typeof action === 'object' && 'reschedule' in action && (
        <RescheduleInterviewDialog interview={action.reschedule} candidateName={candidateName} onRescheduled={onChanged} onClose={close} />
      )}
      {action && typeof action === 'object' && 'cancel' in action && (
        <ReasonDialog
          title={`Cancel the ${action.cancel.roundName} interview`}
          description="The panel no longer sees it among their upcoming interviews."
          confirmLabel="Cancel interview"
          danger
          onClose={close}
          onConfirm={async (reason) => {
            await cancelInterview({ variables: { input: { interviewId: action.cancel.id, reason } } });
            notify(`Cancelled the ${action.cancel.roundName} interview`);
            onChanged();
            close();
          }}
        />
      )}
    </article>
  );
}

/** The sentence of a timeline event; an interview event is followed by the time it was booked for. */
function describeEvent(kind: ApplicationEventKind, from: string | null, to: string | null, roundName: string | null): string {
  const interview = roundName ? `The ${roundName} interview` : 'An interview';
  switch (kind) {
    case 'CREATED':
      return `Added to the pipeline in ${to ?? 'the first stage'}`;
    case 'MOVED':
      return `Moved from ${from ?? 'a stage'} to ${to ?? 'a stage'}`;
    case 'REJECTED':
      return `Rejected${from ? ` at ${from}` : ''}`;
    case 'WITHDRAWN':
      return `Withdrew${from ? ` at ${from}` : ''}`;
    case 'REOPENED':
      return `Reopened${to ? ` in ${to}` : ''}`;
    case 'INTERVIEW_SCHEDULED':
      return `${interview} was scheduled for`;
    case 'INTERVIEW_RESCHEDULED':
      return `${interview} was moved to`;
    case 'INTERVIEW_CANCELLED':
      return `${interview} was cancelled; it was set for`;
  }
}
