import type { DebriefQuery, DebriefScorecardFragment } from '../../../gql/graphql';
import { formatDate, formatDateTime, plural } from '../../../ui/format';
import { AmendmentList, type ScorecardVocabulary } from './amendment-list';
import { RECOMMENDATION_LABELS, ratingTone } from './labels';
import './panel-scorecards.css';

type Interview = DebriefQuery['debrief']['application']['interviews'][number];

/**
 * Every submitted scorecard, grouped by interview and side by side within one: who recommended what, their summary,
 * how they rated each focus category and each question, and what they changed after submitting.
 */
export function PanelScorecards({
  interviews,
  categoryNames,
}: {
  interviews: readonly Interview[];
  categoryNames: ReadonlyMap<string, string>;
}) {
  const shown = [...interviews]
    .filter((interview) => interview.status !== 'CANCELLED' || interview.scorecards.some((card) => card.status === 'SUBMITTED'))
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  return (
    <section className="debrief-section" aria-labelledby="debrief-scorecards-title">
      <h2 id="debrief-scorecards-title" className="section-heading">
        Scorecards
      </h2>
      {shown.length === 0 ? (
        <p className="muted debrief-empty">No interviews yet: scorecards show here once panelists submit them.</p>
      ) : (
        shown.map((interview) => <InterviewScorecards key={interview.id} interview={interview} categoryNames={categoryNames} />)
      )}
    </section>
  );
}

function InterviewScorecards({ interview, categoryNames }: { interview: Interview; categoryNames: ReadonlyMap<string, string> }) {
  const submitted = interview.scorecards.filter((card) => card.status === 'SUBMITTED');
  const headingId = `debrief-interview-${interview.id}`;
  return (
    <section className="debrief-interview" aria-labelledby={headingId}>
      <h3 id={headingId} className="debrief-interview-title">
        {interview.roundName}{' '}
        <span className="muted debrief-interview-date">
          · <time dateTime={interview.startsAt}>{formatDate(interview.startsAt)}</time>
          {interview.status === 'CANCELLED' && ' · cancelled'}
        </span>
      </h3>
      {submitted.length === 0 ? (
        <p className="muted small debrief-empty">No scorecard submitted for this interview yet.</p>
      ) : (
        <ul className="debrief-scorecards" aria-label={`Scorecards of the ${interview.roundName} interview`}>
          {submitted.map((scorecard) => (
            <li key={scorecard.id}>
              <ScorecardColumn
                scorecard={scorecard}
                words={{ scale: scorecard.scale, questions: interview.questions, categoryNames }}
                questions={interview.questions}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Rating({ rating, scale }: { rating: number | null | undefined; scale: readonly string[] }) {
  if (rating == null) return <span className="muted">Not rated</span>;
  return (
    <span className={`debrief-rating debrief-rating-${ratingTone(rating, scale.length)}`}>
      {scale[rating - 1] ?? rating}
      <span className="debrief-rating-level">
        {' '}
        {rating}/{scale.length}
      </span>
    </span>
  );
}

function ScorecardColumn({
  scorecard,
  words,
  questions,
}: {
  scorecard: DebriefScorecardFragment;
  words: ScorecardVocabulary;
  questions: Interview['questions'];
}) {
  const name = scorecard.panelist?.name ?? 'A former member';
  return (
    <article className="card debrief-scorecard" aria-label={`Scorecard of ${name}`}>
      <header className="debrief-scorecard-head">
        <h4 className="debrief-scorecard-name">{name}</h4>
        {scorecard.recommendation ? (
          <span className={`badge debrief-recommendation debrief-recommendation-${scorecard.recommendation.toLowerCase()}`}>
            {RECOMMENDATION_LABELS[scorecard.recommendation]}
          </span>
        ) : (
          <span className="badge badge-muted">No recommendation</span>
        )}
      </header>
      {scorecard.submittedAt && (
        <p className="muted small debrief-scorecard-meta">
          Submitted <time dateTime={scorecard.submittedAt}>{formatDateTime(scorecard.submittedAt)}</time>
        </p>
      )}
      <p className={`debrief-scorecard-summary${scorecard.summary ? '' : ' muted'}`}>{scorecard.summary || 'No summary written.'}</p>

      <h5 className="debrief-card-subtitle">By category</h5>
      <dl className="debrief-ratings">
        {scorecard.categoryRatings.map((entry) => (
          <div key={entry.categoryId}>
            <dt>{entry.category?.name ?? words.categoryNames.get(entry.categoryId) ?? 'A removed category'}</dt>
            <dd>
              <Rating rating={entry.rating} scale={scorecard.scale} />
            </dd>
          </div>
        ))}
      </dl>

      {questions.length > 0 && (
        <>
          <h5 className="debrief-card-subtitle">By question</h5>
          <dl className="debrief-ratings">
            {questions.map((question) => {
              const answer = scorecard.ratings.find((entry) => entry.questionId === question.id);
              const points = question.talkingPoints.length;
              return (
                <div key={question.id}>
                  <dt>{question.title}</dt>
                  <dd>
                    {answer?.notAsked ? (
                      <span className="muted">Not asked</span>
                    ) : (
                      <Rating rating={answer?.rating} scale={scorecard.scale} />
                    )}
                    {!answer?.notAsked && points > 0 && (
                      <span className="debrief-points">
                        {answer?.talkingPointsCovered.length ?? 0} of {plural(points, 'talking point')} covered
                      </span>
                    )}
                    {answer?.notes && <span className="debrief-notes">{answer.notes}</span>}
                  </dd>
                </div>
              );
            })}
          </dl>
        </>
      )}
      <AmendmentList amendments={scorecard.amendments} words={words} panelist={scorecard.panelist ?? null} />
    </article>
  );
}
