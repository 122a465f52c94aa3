/**
 * A scorecard as a flat map of fields, so that two tabs or devices of one panelist can merge their edits
 * field by field: each question's rating, notes and covered talking points, each category's rating, the
 * recommendation and the summary are fields of their own.
 */
export type Recommendation = 'STRONG_NO' | 'NO' | 'YES' | 'STRONG_YES';

/** A question's rating: a level of the round's scale (1 = lowest), NOT_ASKED, or null for not rated yet. */
export type QuestionRatingValue = number | 'NOT_ASKED' | null;

export type FieldValue = QuestionRatingValue | string | number[] | Recommendation | null;

export type ScorecardFields = Record<string, FieldValue>;

export const FieldKey = {
  questionRating: (questionId: string) => `question:${questionId}:rating`,
  questionNotes: (questionId: string) => `question:${questionId}:notes`,
  questionCovered: (questionId: string) => `question:${questionId}:covered`,
  categoryRating: (categoryId: string) => `category:${categoryId}:rating`,
  recommendation: 'recommendation',
  summary: 'summary',
} as const;

/** What a field key names, for error messages and amendment records. */
export function describeField(key: string): { kind: 'question' | 'category' | 'recommendation' | 'summary'; id?: string; part?: string } {
  const [scope, id, part] = key.split(':');
  if (scope === 'question' || scope === 'category') return { kind: scope, id, part };
  return { kind: key === FieldKey.recommendation ? 'recommendation' : 'summary' };
}

/** Values are compared as data: [1, 2] equals [1, 2], and a missing field equals null. */
export function sameValue(a: FieldValue | undefined, b: FieldValue | undefined): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
