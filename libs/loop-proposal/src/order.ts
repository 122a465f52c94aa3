/**
 * Output order, a natural interview flow: locked questions first in the order the hiring manager
 * gave, then the rest grouped by focus-category priority, easier before harder within a category.
 */
import { type BankQuestion, compareStrings } from './bank';

export function interviewOrder(
  locked: readonly BankQuestion[],
  proposed: readonly BankQuestion[],
  categoryIds: readonly string[],
): string[] {
  const priority = new Map(categoryIds.map((categoryId, index) => [categoryId, index]));
  const rank = (question: BankQuestion) => priority.get(question.categoryId) ?? categoryIds.length;
  const rest = [...proposed].sort(
    (a, b) => rank(a) - rank(b) || a.difficulty - b.difficulty || a.minutes - b.minutes || compareStrings(a.id, b.id),
  );
  return [...locked, ...rest].map((question) => question.id);
}
