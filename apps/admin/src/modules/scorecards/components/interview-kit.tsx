import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { BackLink, useOriginState } from '../../../ui/back-link';
import { useSession } from '../../auth';
import { LoadError, PageLoading } from '../../../ui/feedback';
import { formatMinutes, formatTimeRange } from '../../../ui/format';
import { useDocumentTitle } from '../../../ui/hooks';
import { InterviewKitQuery } from '../graphql/scorecards.documents';
import { anchorsOf } from './question-card';
import './interview-kit.css';

/** Lines of ruled space under each question: about one per two minutes it should take, at least four. */
const linesFor = (minutes: number) => Math.max(4, Math.ceil(minutes / 2));

/** The interview on paper: each question with its prompt, talking points to tick, anchors, and ruled space for notes. */
export function InterviewKit({ interviewId }: { interviewId: string }) {
  const { user } = useSession();
  const { data, error, refetch } = useQuery(InterviewKitQuery, { variables: { interviewId }, fetchPolicy: 'cache-and-network' });
  useDocumentTitle(data ? `Kit: ${data.interview.candidateName}` : 'Interview kit');
  const origin = useOriginState(data ? `Kit: ${data.interview.candidateName}` : 'Interview kit');
  if (error && !data)
    return (
      <div className="page page-narrow">
        <h1 className="page-title" tabIndex={-1}>
          The interview kit could not load
        </h1>
        <LoadError title="The interview kit could not load" error={error} onRetry={() => void refetch()} />
      </div>
    );
  if (!data) return <PageLoading label="Loading the interview kit" />;
  const { interview } = data;
  // Only panelists have a scorecard to open; the hiring team reads the kit to prepare or review.
  const onPanel = interview.panelists.some((panelist) => panelist.id === user.id);
  return (
    <div className="page page-narrow interview-kit">
      <header className="page-header">
        <div>
          <p className="eyebrow">
            <BackLink>Interview kit · {interview.openingTitle}</BackLink>
          </p>
          <h1 className="page-title" tabIndex={-1}>
            {interview.candidateName} · {interview.roundName}
          </h1>
          <p className="muted small">
            {formatTimeRange(interview.startsAt, interview.endsAt)} · {formatMinutes(interview.durationMinutes)}
          </p>
        </div>
        <div className="row gap-sm kit-actions">
          {onPanel && (
            <Link className="btn" to={`/interviews/${interview.id}/score`} state={origin}>
              Scorecard
            </Link>
          )}
          <button type="button" className="btn btn-primary" onClick={() => window.print()}>
            Print
          </button>
        </div>
      </header>
      <ol className="kit-questions">
        {interview.questions.map((question, index) => (
          <li key={question.id} className="kit-question">
            <h2 className="kit-question-title">
              {index + 1}. {question.title} <span className="muted small">· about {question.estimatedMinutes} min</span>
            </h2>
            {question.prompt !== question.title && <p className="prompt">{question.prompt}</p>}
            {question.talkingPoints.length > 0 && (
              <>
                <h3 className="section-title">A strong answer covers</h3>
                <ul className="checklist">
                  {question.talkingPoints.map((point, pointIndex) => (
                    <li key={pointIndex}>
                      <span className="check-box" aria-hidden="true" />
                      {point.text}
                    </li>
                  ))}
                </ul>
              </>
            )}
            <h3 className="section-title kit-anchors-title">Rating</h3>
            <dl className="kit-anchors">
              {anchorsOf(question, interview.ratingScale).map((anchor, level) => (
                <div key={level}>
                  <dt>
                    {level + 1} · {interview.ratingScale[level]}
                  </dt>
                  <dd>{anchor}</dd>
                </div>
              ))}
            </dl>
            <h3 className="section-title">Notes</h3>
            <div className="kit-lines" aria-hidden="true">
              {Array.from({ length: linesFor(question.estimatedMinutes) }, (_, line) => (
                <div key={line} className="kit-line" />
              ))}
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
