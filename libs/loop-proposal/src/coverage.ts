/**
 * Coverage phase: one question for each focus category the locked questions leave uncovered.
 *
 * Categories are planned in priority order, each reserving the minutes of its shortest question;
 * a category whose shortest question no longer fits is given up. Each planned category then takes
 * the question that best moves the difficulty mix towards the target among those that still leave
 * the later categories their reservations. So a long "perfect" question for the first category can
 * never push a later category out, and a lower-priority category never pushes out a higher one.
 */
import type { BankQuestion } from './bank';
import { distanceWith } from './difficulty-mix';
import { pickBest } from './random';
import type { BuildContext } from './selection';

interface Reservation {
  categoryId: string;
  minutes: number;
}

function shortestByCategory(pool: readonly BankQuestion[]): Map<string, number> {
  const shortest = new Map<string, number>();
  for (const question of pool) {
    const known = shortest.get(question.categoryId);
    if (known === undefined || question.minutes < known) shortest.set(question.categoryId, question.minutes);
  }
  return shortest;
}

function planCoverage(categoryIds: readonly string[], context: BuildContext): Reservation[] {
  const shortest = shortestByCategory(context.pool);
  const plan: Reservation[] = [];
  let reserved = context.selection.totalMinutes;
  for (const categoryId of categoryIds) {
    if (context.selection.covers(categoryId)) continue;
    const minutes = shortest.get(categoryId);
    if (minutes === undefined || reserved + minutes > context.budget) continue;
    plan.push({ categoryId, minutes });
    reserved += minutes;
  }
  return plan;
}

export function coverCategories(categoryIds: readonly string[], context: BuildContext): void {
  const { pool, selection, budget, target, random } = context;
  const plan = planCoverage(categoryIds, context);
  let laterReserve = plan.reduce((sum, reservation) => sum + reservation.minutes, 0);
  for (const { categoryId, minutes } of plan) {
    laterReserve -= minutes;
    const fitting = pool.filter(
      (question) =>
        question.categoryId === categoryId &&
        !selection.has(question.id) &&
        selection.totalMinutes + question.minutes + laterReserve <= budget,
    );
    const pick = pickBest(fitting, (q) => distanceWith(selection.tally, target, q.difficulty, q.minutes), random);
    // Only float rounding with fractional minutes can leave nothing here; the category is then
    // reported uncovered unless the fill phase finds room for it.
    if (pick) selection.add(pick);
  }
}
