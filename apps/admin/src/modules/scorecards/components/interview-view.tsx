import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { BackLink, useOriginState } from '../../../ui/back-link';
import type { InterviewPageQuery as InterviewPageData } from '../../../gql/graphql';
import { LoadError, PageLoading } from '../../../ui/feedback';
import { formatMinutes, formatTimeRange } from '../../../ui/format';
import { useDocumentTitle } from '../../../ui/hooks';
import { InterviewPageQuery } from '../graphql/scorecards.documents';
import { fieldsOfScorecard } from '../hooks/edit-queue';
import { AmendmentsList } from './amendments-list';
import { RECOMMENDATION_LABELS, fieldValueText } from './field-labels';
import { PanelProgress } from './panel-progress';
import { vocabularyOf } from './scorecard-header';
import './interview-view.css';

type Interview = InterviewPageData['interview'];
type Scorecard = Interview['scorecards'][number];

/** One interview for the hiring team and its panel: who, when, the panel's progress live, and the submitted scorecards one may read. */
export function InterviewView({ interviewId, viewerId }: { interviewId: string; viewerId: string }) {
  const { data, error, refetch } = useQuery(InterviewPageQuery, { variables: { interviewId }, fetchPolicy: 'cache-and-network' });
  useDocumentTitle(data ? `${data.interview.candidateName} · ${data.interview.roundName}` : 'Interview');
  const origin = useOriginState(data ? `Interview: ${data.interview.candidateName}` : 'Interview');
  if (error && !data)
    return (
      <div className="page page-narrow">
        <h1 className="page-title" tabIndex={-1}>
          The interview could not load
        </h1>
        <LoadError title="The interview could not load" error={error} onRetry={() => void refetch()} />
      </div>
    );
  if (!data) return <PageLoading label="Loading the interview" />;
  const { interview } = data;
  const submitted = interview.scorecards.filter((scorecard) => scorecard.status === 'SUBMITTED');
  const onPanel = interview.panelists.some((panelist) => panelist.id === viewerId);
  return (
    <div className="page page-narrow interview-page">
      <header className="page-header interview-page-header">
        <div>
          <p className="eyebrow">
            <BackLink>{interview.openingTitle}</BackLink>
          </p>
          <h1 className="page-title" tabIndex={-1}>
            {interview.candidateName}
          </h1>
          <p className="scorecard-subtitle">{interview.roundName}</p>
          <p className="muted small">
            <time dateTime={interview.startsAt}>{formatTimeRange(interview.startsAt, interview.endsAt)}</time> ·{' '}
            {formatMinutes(interview.durationMinutes)}
            {interview.status === 'CANCELLED' && ' · cancelled'}
          </p>
        </div>
        <div className="row gap-sm">
          <Link className="btn" to={`/interviews/${interview.id}/kit`} state={origin}>
            Interview kit
          </Link>
          {onPanel && (
            <Link className="btn btn-primary" to={`/interviews/${interview.id}/score`} state={origin}>
              Your scorecard
            </Link>
          )}
        </div>
      </header>
      <section className="card interview-panel">
        <PanelProgress interviewId={interview.id} />
      </section>
      <section aria-labelledby="submitted-scorecards">
        <h2 id="submitted-scorecards" className="section-heading interview-scorecards-heading">
          Submitted scorecards
        </h2>
        {submitted.length === 0 ? (
          <p className="muted">
            {onPanel
              ? 'Scorecards show here once submitted; others’ show once you have submitted yours.'
              : 'No scorecards submitted yet. This page updates as the panel submits.'}
          </p>
        ) : (
          <ul className="interview-scorecards">
            {submitted.map((scorecard) => (
              <li key={scorecard.id}>
                <SubmittedScorecardSummary interview={interview} scorecard={scorecard} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function SubmittedScorecardSummary({ interview, scorecard }: { interview: Interview; scorecard: Scorecard }) {
  const sheet = vocabularyOf(interview, scorecard);
  const fields = fieldsOfScorecard(scorecard);
  return (
    <article className="card submitted-scorecard" aria-label={`Scorecard of ${scorecard.panelist?.name ?? 'a former member'}`}>
      <header className="submitted-scorecard-head">
        <h3 className="card-title">{scorecard.panelist?.name ?? 'A former member'}</h3>
        {scorecard.recommendation && (
          <span className="badge badge-accent">Recommends: {RECOMMENDATION_LABELS[scorecard.recommendation]}</span>
        )}
      </header>
      {scorecard.summary && <p className="submitted-scorecard-summary">{scorecard.summary}</p>}
      <dl className="submitted-scorecard-ratings">
        {scorecard.categoryRatings.map((entry) => (
          <div key={entry.categoryId}>
            <dt>{entry.category?.name ?? 'A removed category'}</dt>
            <dd>{entry.rating ? scorecard.scale[entry.rating - 1] : '—'}</dd>
          </div>
        ))}
        {interview.questions.map((question) => {
          const rating = scorecard.ratings.find((entry) => entry.questionId === question.id);
          return (
            <div key={question.id}>
              <dt>{question.title}</dt>
              <dd>
                {fieldValueText(`question:${question.id}:rating`, fields[`question:${question.id}:rating`], sheet)}
                {rating?.notes && <span className="submitted-scorecard-notes">{rating.notes}</span>}
              </dd>
            </div>
          );
        })}
      </dl>
      <AmendmentsList amendments={scorecard.amendments} sheet={sheet} />
    </article>
  );
}
