import type { DebriefQuery } from '../../../gql/graphql';
import { Alert } from '../../../ui/feedback';
import { plural } from '../../../ui/format';
import { RECOMMENDATIONS, RECOMMENDATION_LABELS, formatScore, formatWeight, namesOf, ratingTone } from './labels';
import './score-summary.css';

type Debrief = DebriefQuery['debrief'];

/** What one panelist gave one category, for the row of that category. */
export interface PanelRating {
  categoryId: string;
  panelist: string;
  rating: number;
  levels: number;
  label: string;
}

/**
 * The candidate's scores from submitted scorecards: the overall score (a weighted mean of the category means) beside
 * the calibrated one, how the panel recommended, what is still unknown, and each category with its weight, its mean
 * and who gave what.
 */
export function ScoreSummary({
  scores,
  weights,
  categoryNames,
  panelRatings,
}: {
  scores: Debrief['scores'];
  weights: Debrief['weights'];
  categoryNames: ReadonlyMap<string, string>;
  panelRatings: readonly PanelRating[];
}) {
  const { unratedCategoryIds, disagreementCategoryIds } = scores.evidenceGaps;
  const pronoun = unratedCategoryIds.length === 1 ? 'it' : 'them';
  const weightOf = new Map(weights.map((entry) => [entry.categoryId, entry.weight]));
  const equalWeights = weights.every((entry) => entry.weight === 1);
  const tally = RECOMMENDATIONS.map((recommendation) => ({
    recommendation,
    count: scores.recommendations.find((entry) => entry.recommendation === recommendation)?.count ?? 0,
  })).filter((entry) => entry.count > 0);

  return (
    <section className="card debrief-scores" aria-labelledby="debrief-scores-title">
      <h2 id="debrief-scores-title" className="section-heading">
        Scores
      </h2>
      <p className="muted small debrief-scores-basis">
        From {plural(scores.scorecardCount, 'submitted scorecard')}, on the 1–4 scale.{' '}
        {equalWeights ? 'Every category weighs the same.' : 'Categories weigh as the hiring manager set them.'}
      </p>
      <div className="debrief-score-figures">
        <div className="debrief-figure">
          <span className="debrief-figure-label">Overall</span>
          <span className="debrief-figure-value">{formatScore(scores.overallScore)}</span>
          <span className="debrief-figure-note">weighted mean of the category means</span>
        </div>
        <div className="debrief-figure">
          <span className="debrief-figure-label">Calibrated</span>
          <span className="debrief-figure-value">{formatScore(scores.calibratedScore)}</span>
          <span className="debrief-figure-note">
            {scores.calibratedScore == null
              ? 'not enough ratings yet'
              : scores.calibrationBacked
                ? 'each panelist’s leniency removed'
                : 'too few shared candidates to trust yet'}
          </span>
        </div>
        <div className="debrief-figure debrief-figure-wide">
          <span className="debrief-figure-label">Recommendations</span>
          {tally.length === 0 ? (
            <span className="debrief-figure-note">none yet</span>
          ) : (
            <ul className="debrief-tally" aria-label="Recommendations">
              {tally.map((entry) => (
                <li
                  key={entry.recommendation}
                  className={`badge debrief-recommendation debrief-recommendation-${entry.recommendation.toLowerCase()}`}
                >
                  {RECOMMENDATION_LABELS[entry.recommendation]} × {entry.count}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>

      {(unratedCategoryIds.length > 0 || disagreementCategoryIds.length > 0) && (
        <div className="debrief-gaps">
          {unratedCategoryIds.length > 0 && (
            <Alert tone="warning" title="Not yet rated">
              {namesOf(unratedCategoryIds, categoryNames)}: no submitted scorecard has rated {pronoun} yet.
            </Alert>
          )}
          {disagreementCategoryIds.length > 0 && (
            <Alert tone="warning" title="Panel disagrees on">
              {namesOf(disagreementCategoryIds, categoryNames)}: ratings two levels or more apart. Talk it through before deciding.
            </Alert>
          )}
        </div>
      )}

      {scores.categoryScores.length > 0 && (
        <div className="table-wrap debrief-category-table">
          <table className="table">
            <caption className="visually-hidden">Scores by category</caption>
            <thead>
              <tr>
                <th scope="col">Category</th>
                <th scope="col">Weight</th>
                <th scope="col">Mean</th>
                <th scope="col">Calibrated</th>
                <th scope="col">Panel</th>
              </tr>
            </thead>
            <tbody>
              {scores.categoryScores.map((score) => {
                const ratings = panelRatings.filter((entry) => entry.categoryId === score.categoryId);
                return (
                  <tr key={score.categoryId}>
                    <th scope="row">
                      {categoryNames.get(score.categoryId) ?? 'A removed category'}
                      {score.disagreement && <span className="badge badge-warning debrief-flag">Disagreement</span>}
                      {score.mean == null && <span className="badge badge-muted debrief-flag">Not yet rated</span>}
                    </th>
                    <td className="debrief-number">{formatWeight(weightOf.get(score.categoryId) ?? 1)}</td>
                    <td className="debrief-number">
                      {formatScore(score.mean)}
                      {score.mean != null && <MeanBar mean={score.mean} />}
                    </td>
                    <td className="debrief-number">{formatScore(score.calibratedMean)}</td>
                    <td>
                      {ratings.length === 0 ? (
                        <span className="muted">—</span>
                      ) : (
                        <ul className="debrief-panel-ratings">
                          {ratings.map((entry, index) => (
                            <li key={`${entry.panelist}-${index}`}>
                              {entry.panelist}:{' '}
                              <span className={`debrief-rating debrief-rating-${ratingTone(entry.rating, entry.levels)}`}>
                                {entry.label}
                              </span>
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** The mean's place on the 1–4 scale, drawn; the number beside it says the same in words. */
function MeanBar({ mean }: { mean: number }) {
  return (
    <span className="debrief-mean-bar" aria-hidden="true">
      <span style={{ width: `${((mean - 1) / 3) * 100}%` }} />
    </span>
  );
}
