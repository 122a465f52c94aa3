/** Mean of numbers, null for none. */
export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Median (average of the two middle values for an even count), null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Counts per level 1..levels (index 0 = level 1); values outside are ignored.
 * Non-whole values are not a level either (e.g. a calibrated 2.5), so they are ignored too.
 */
export function distribution(values: readonly number[], levels: number): number[] {
  const counts = new Array<number>(Math.max(0, Math.floor(levels))).fill(0);
  for (const value of values) {
    if (Number.isInteger(value) && value >= 1 && value <= counts.length) counts[value - 1]++;
  }
  return counts;
}
