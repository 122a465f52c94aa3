/** Panelists disagree on a category when their ratings of it for one candidate differ by two levels or more. */
export const DISAGREEMENT_LEVELS = 2;

/** Whether the highest and lowest of one candidate's ratings on a category are DISAGREEMENT_LEVELS or more apart. */
export function disagrees(values: readonly number[]): boolean {
  // A loop rather than Math.max(...values), which runs out of stack on very long lists.
  let low = Infinity;
  let high = -Infinity;
  for (const value of values) {
    low = Math.min(low, value);
    high = Math.max(high, value);
  }
  return high - low >= DISAGREEMENT_LEVELS;
}
