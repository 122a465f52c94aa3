import {
  FieldKey,
  type FieldValue,
  RECOMMENDATIONS,
  type Recommendation,
  type ScorecardFields,
  suggestedCategoryRating,
} from '@panelist/scoring';
import type { InterviewSheetFragment, ScorecardDetailFragment } from '../../../gql/graphql';
import { RECOMMENDATION_LABELS } from './field-labels';
import { RatingChoices } from './rating-choices';
import './overall-section.css';

/**
 * The round's focus categories, each with the rating its questions suggest, then the overall recommendation and
 * summary. `missing` holds the field keys a submission was refused for, shown beside their fields until filled.
 */
export function OverallSection({
  interview,
  scorecard,
  fields,
  missing,
  onEdit,
}: {
  interview: InterviewSheetFragment;
  scorecard: ScorecardDetailFragment;
  fields: ScorecardFields;
  missing: readonly string[];
  onEdit?: (field: string, value: FieldValue) => void;
}) {
  const recommendation = fields[FieldKey.recommendation] as Recommendation | null | undefined;
  const recommendationMissing = missing.includes(FieldKey.recommendation) && !recommendation;
  return (
    <>
      <section className="card overall-card" aria-labelledby="category-ratings">
        <h2 id="category-ratings" className="card-title">
          Focus categories
        </h2>
        <p className="muted small">Start from what your question ratings suggest, and change it where your judgement differs.</p>
        {scorecard.categoryRatings.map((entry) => {
          const key = FieldKey.categoryRating(entry.categoryId);
          const rating = fields[key] as number | null | undefined;
          const questionIds = interview.questions
            .filter((question) => question.categoryId === entry.categoryId)
            .map((question) => question.id);
          const suggested = suggestedCategoryRating(fields, questionIds);
          const name = entry.category?.name ?? 'A removed category';
          const errorId = `category-error-${entry.categoryId}`;
          const showError = missing.includes(key) && rating == null;
          return (
            <div key={entry.categoryId} className={`category-rating${showError ? ' field-invalid' : ''}`}>
              <div className="category-rating-head">
                <h3 className="category-rating-name">{name}</h3>
                {suggested != null && (
                  <p className="category-rating-suggestion">
                    Suggested: {scorecard.scale[suggested - 1]}
                    {onEdit && rating !== suggested && (
                      <button type="button" className="btn btn-sm" onClick={() => onEdit(key, suggested)}>
                        Accept<span className="visually-hidden"> the suggestion for {name}</span>
                      </button>
                    )}
                  </p>
                )}
              </div>
              <RatingChoices
                label={`${name} rating`}
                scale={scorecard.scale}
                value={rating ?? null}
                suggested={rating == null ? suggested : null}
                onChange={onEdit && ((level) => onEdit(key, level))}
                describedBy={showError ? errorId : undefined}
              />
              {showError && (
                <p className="field-error" id={errorId}>
                  Rate {name} before submitting.
                </p>
              )}
            </div>
          );
        })}
      </section>

      <section className="card overall-card" aria-labelledby="recommendation-heading">
        <h2 id="recommendation-heading" className="card-title">
          Recommendation
        </h2>
        <div
          className={`recommendation-choices${recommendationMissing ? ' field-invalid' : ''}`}
          role="group"
          aria-label="Overall recommendation"
          aria-describedby={recommendationMissing ? 'recommendation-error' : undefined}
        >
          {RECOMMENDATIONS.map((choice) => (
            <button
              key={choice}
              type="button"
              className={`recommendation-choice recommendation-${choice.toLowerCase().replace('_', '-')}${recommendation === choice ? ' recommendation-chosen' : ''}`}
              aria-pressed={recommendation === choice}
              disabled={!onEdit}
              onClick={() => onEdit?.(FieldKey.recommendation, recommendation === choice ? null : choice)}
            >
              {RECOMMENDATION_LABELS[choice]}
            </button>
          ))}
        </div>
        {recommendationMissing && (
          <p className="field-error" id="recommendation-error">
            Choose a recommendation before submitting.
          </p>
        )}
        <div className="field overall-summary">
          <label className="field-label" htmlFor="scorecard-summary">
            Summary
          </label>
          {onEdit ? (
            <textarea
              id="scorecard-summary"
              className="input textarea"
              rows={4}
              value={(fields[FieldKey.summary] as string | undefined) ?? ''}
              onChange={(event) => onEdit(FieldKey.summary, event.target.value)}
            />
          ) : (
            <p id="scorecard-summary" className="overall-summary-text">
              {(fields[FieldKey.summary] as string) || <span className="muted">No summary.</span>}
            </p>
          )}
        </div>
      </section>
    </>
  );
}
