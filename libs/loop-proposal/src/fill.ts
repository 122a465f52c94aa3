/**
 * Fill phase: keep adding questions while anything fits. Each step spreads across categories
 * (only the categories with the fewest picks so far compete) and, among those, takes the question
 * that brings the minute-weighted difficulty mix closest to the target. Ties go to the PRNG.
 */
import { distanceWith } from './difficulty-mix';
import { pickBest } from './random';
import type { BuildContext } from './selection';

export function fillRemainingTime(context: BuildContext): void {
  const { selection, budget, target, random } = context;
  let pool = context.pool;
  for (;;) {
    // Time only ever shrinks, so a question that does not fit now never will: drop it for good.
    pool = pool.filter((q) => !selection.has(q.id) && selection.totalMinutes + q.minutes <= budget);
    if (pool.length === 0) return;
    let fewest = Infinity;
    for (const question of pool) fewest = Math.min(fewest, selection.picks(question.categoryId));
    const spread = pool.filter((question) => selection.picks(question.categoryId) === fewest);
    const pick = pickBest(spread, (q) => distanceWith(selection.tally, target, q.difficulty, q.minutes), random);
    if (!pick) return;
    selection.add(pick);
  }
}
