import { FieldKey, Recommendation, ScorecardFields } from './scorecard-fields';

export const RECOMMENDATIONS: readonly Recommendation[] = ['STRONG_NO', 'NO', 'YES', 'STRONG_YES'];

/**
 * The rating a category's questions suggest: the mean of their ratings, rounded to the nearest level
 * (halves round down, so a split panel of questions never reads stronger than it is); null when none is rated.
 */
export function suggestedCategoryRating(fields: ScorecardFields, questionIdsOfCategory: readonly string[]): number | null {
  const ratings = questionIdsOfCategory
    .map((id) => fields[FieldKey.questionRating(id)])
    .filter((rating): rating is number => typeof rating === 'number');
  if (ratings.length === 0) return null;
  const mean = ratings.reduce((sum, rating) => sum + rating, 0) / ratings.length;
  return Math.ceil(mean - 0.5);
}

/** What a submission still lacks: the recommendation and every focus category's rating. */
export function missingForSubmission(fields: ScorecardFields, focusCategoryIds: readonly string[]): string[] {
  const missing: string[] = [];
  if (!RECOMMENDATIONS.includes(fields[FieldKey.recommendation] as Recommendation)) missing.push(FieldKey.recommendation);
  for (const id of focusCategoryIds) {
    if (typeof fields[FieldKey.categoryRating(id)] !== 'number') missing.push(FieldKey.categoryRating(id));
  }
  return missing;
}
