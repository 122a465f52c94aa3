import type { QuestionKind } from './types';

export const MIN_DIFFICULTY = 1;
export const MAX_DIFFICULTY = 3;
export const MIN_RATING = 1;
export const MAX_RATING = 4;
/** Upper bound for a question's estimated minutes; anything longer is a typo, not an interview question. */
export const MAX_MINUTES = 600;

export const DEFAULT_MINUTES: Readonly<Record<QuestionKind, number>> = {
  CONCEPT: 8,
  SCENARIO: 15,
  TOPIC: 5,
};

/**
 * Difficulty used when the document does not state one. The category name wins over the kind
 * because banks are usually organised from fundamentals to advanced material.
 */
export function defaultDifficulty(kind: QuestionKind, categoryName: string): number {
  if (/fundamental/i.test(categoryName)) return 1;
  if (/advanced/i.test(categoryName)) return 3;
  if (kind === 'SCENARIO') return 3;
  return 2;
}
