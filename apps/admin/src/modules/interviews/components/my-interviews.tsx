import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useOriginState } from '../../../ui/back-link';
import type { MyInterviewsQuery as MyInterviewsData, PanelistStatus } from '../../../gql/graphql';
import { EmptyState, LoadError, SkeletonLines } from '../../../ui/feedback';
import { formatDateTime, formatMinutes, formatTimeRange, panelNames, plural } from '../../../ui/format';
import { useNow } from '../../../ui/hooks';
import { CalendarIcon, ClockIcon, DownloadIcon, UsersIcon } from '../../../ui/icons';
import { KindBadge } from '../../../ui/kind-badge';
import { useSession } from '../../auth';
import { MyInterviewsQuery } from '../graphql/interviews.documents';
import { CalendarFeed } from './calendar-feed';
import './my-interviews.css';

type Interview = MyInterviewsData['myInterviews'][number];
type FeedbackDue = NonNullable<Interview['myFeedbackDue']>;

/** The way to one's own scorecard, worded by where it stands. */
const SCORE_ACTIONS: Record<PanelistStatus, string> = {
  NOT_STARTED: 'Score',
  DRAFTING: 'Continue scoring',
  SUBMITTED: 'Submitted',
};

export function MyInterviews() {
  const upcoming = useQuery(MyInterviewsQuery, { variables: { upcoming: true }, fetchPolicy: 'cache-and-network' });
  const past = useQuery(MyInterviewsQuery, { variables: { upcoming: false }, fetchPolicy: 'cache-and-network' });
  const next = upcoming.data?.myInterviews.find((interview) => interview.status === 'SCHEDULED');

  return (
    <div className="page page-narrow">
      <header className="page-header">
        <div>
          <h1 className="page-title" tabIndex={-1}>
            My interviews
          </h1>
          <p className="muted">
            {next
              ? `Next: ${next.roundName} with ${next.candidateName}, ${formatTimeRange(next.startsAt, next.endsAt)}.`
              : 'The interviews you are on, with the questions to ask.'}
          </p>
        </div>
      </header>
      <CalendarFeed />
      <InterviewSection
        title="Upcoming"
        state={upcoming}
        empty={
          <EmptyState icon={<CalendarIcon width={28} height={28} />} title="No upcoming interviews">
            <p>When a recruiter puts you on a panel, the interview shows up here with its questions.</p>
          </EmptyState>
        }
        openFirst
      />
      <InterviewSection title="Past" state={past} empty={<p className="muted small">No past interviews yet.</p>} reversed />
    </div>
  );
}

function InterviewSection({
  title,
  state,
  empty,
  openFirst = false,
  reversed = false,
}: {
  title: string;
  state: { data?: MyInterviewsData; error?: unknown; refetch: () => unknown };
  empty: ReactNode;
  openFirst?: boolean;
  reversed?: boolean;
}) {
  const headingId = `interviews-${title.toLowerCase()}`;
  const interviews = state.data ? (reversed ? [...state.data.myInterviews].reverse() : state.data.myInterviews) : null;
  return (
    <section className="interview-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-heading">
        {title}
        {interviews && interviews.length > 0 && <span className="count">{interviews.length}</span>}
      </h2>
      {state.error && !interviews ? (
        <LoadError title={`${title} interviews could not load`} error={state.error} onRetry={() => void state.refetch()} />
      ) : !interviews ? (
        <SkeletonLines count={3} />
      ) : interviews.length === 0 ? (
        empty
      ) : (
        <ul className="interview-list" aria-label={`${title} interviews`}>
          {interviews.map((interview, index) => (
            <li key={interview.id}>
              <InterviewCard interview={interview} open={openFirst && index === 0 && interview.status === 'SCHEDULED'} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function InterviewCard({ interview, open }: { interview: Interview; open: boolean }) {
  const { user } = useSession();
  // Once a minute is enough for "due" turning into "overdue".
  const now = useNow(60_000);
  const cancelled = interview.status === 'CANCELLED';
  const myStatus = interview.panelProgress.find((entry) => entry.panelistId === user.id)?.status ?? 'NOT_STARTED';
  const forWhom = `${interview.candidateName}, ${interview.roundName}`;
  const origin = useOriginState('My interviews');
  const minutes = interview.questions.reduce((sum, question) => sum + question.estimatedMinutes, 0);
  return (
    <article className={`card interview-card${cancelled ? ' interview-card-cancelled' : ''}`} aria-labelledby={`interview-${interview.id}`}>
      <div className="interview-card-head">
        <div className="interview-when">
          <CalendarIcon />
          <time dateTime={interview.startsAt}>{formatTimeRange(interview.startsAt, interview.endsAt)}</time>
          {cancelled && <span className="badge badge-muted">Cancelled</span>}
        </div>
        <h3 id={`interview-${interview.id}`} className="interview-title">
          {interview.candidateName} <span className="muted">· {interview.roundName}</span>
        </h3>
        <p className="interview-meta">
          <span>{interview.openingTitle}</span>
          <span className="meta-inline">
            <ClockIcon width={13} height={13} /> {formatMinutes(interview.durationMinutes)}
          </span>
          <span className="meta-inline">
            <UsersIcon width={13} height={13} /> {panelNames(interview.panelists)}
          </span>
        </p>
        {cancelled && interview.cancelReason && <p className="small muted">Cancelled: {interview.cancelReason}</p>}
        {!cancelled && interview.myFeedbackDue && new Date(interview.endsAt).getTime() <= now && (
          <FeedbackDueNote due={interview.myFeedbackDue} />
        )}
        {!cancelled && (
          <div className="interview-actions">
            <Link
              className={`btn ${myStatus === 'SUBMITTED' ? 'btn-submitted' : 'btn-primary'}`}
              to={`/interviews/${interview.id}/score`}
              state={origin}
            >
              {SCORE_ACTIONS[myStatus]}
              <span className="visually-hidden"> · scorecard for {forWhom}</span>
            </Link>
            <Link className="btn" to={`/interviews/${interview.id}/kit`} state={origin}>
              Interview kit<span className="visually-hidden"> for {forWhom}</span>
            </Link>
            {/* A file download from the server (with the session cookie), not a page of the app. */}
            <a className="btn btn-ghost" href={`/interviews/${interview.id}/calendar.ics`} download>
              <DownloadIcon /> Download .ics<span className="visually-hidden"> for {forWhom}</span>
            </a>
          </div>
        )}
      </div>
      {interview.questions.length > 0 ? (
        <details className="interview-questions" open={open}>
          <summary>
            {plural(interview.questions.length, 'question')} to ask · about {formatMinutes(minutes)}
          </summary>
          <ol className="pinned-questions">
            {interview.questions.map((question) => (
              <li key={`${question.id}-${question.revision}`} className="pinned-question">
                <details>
                  <summary>
                    <span className="pinned-title">{question.title}</span>
                    <span className="question-item-meta">
                      <KindBadge kind={question.kind} />
                      <span>{question.estimatedMinutes} min</span>
                      <span>revision {question.revision}</span>
                    </span>
                  </summary>
                  <div className="pinned-body">
                    {question.prompt !== question.title && <p className="prompt">{question.prompt}</p>}
                    {question.talkingPoints.length > 0 && (
                      <>
                        <p className="section-title">A strong answer covers</p>
                        <ul className="talking-point-list" aria-label="Talking points">
                          {question.talkingPoints.map((point, index) => (
                            <li key={index}>{point.text}</li>
                          ))}
                        </ul>
                      </>
                    )}
                  </div>
                </details>
              </li>
            ))}
          </ol>
        </details>
      ) : (
        <p className="muted small">The round had no questions when this interview was scheduled.</p>
      )}
    </article>
  );
}

/** After the interview: what of one's feedback is overdue, or when it is due. Nothing once it is submitted. */
function FeedbackDueNote({ due }: { due: FeedbackDue }) {
  if (due.status === 'SUBMITTED') return null;
  if (due.late === 'RECOMMENDATION')
    return (
      <p className="feedback-due feedback-due-late">
        <span className="badge badge-danger">Recommendation overdue</span>
        <span>was due {formatDateTime(due.recommendationDueAt)}</span>
      </p>
    );
  if (due.late === 'SCORECARD')
    return (
      <p className="feedback-due feedback-due-late">
        <span className="badge badge-danger">Scorecard overdue</span>
        <span>was due {formatDateTime(due.scorecardDueAt)}</span>
      </p>
    );
  return (
    <p className="feedback-due">
      <ClockIcon width={13} height={13} />
      <span>
        Recommendation due {formatDateTime(due.recommendationDueAt)} · scorecard due {formatDateTime(due.scorecardDueAt)}
      </span>
    </p>
  );
}
