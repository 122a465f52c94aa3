/**
 * The overall score: weighted mean of the category means that exist, weights renormalised over rated
 * categories (a category nobody rated neither counts nor drags the score down). Missing weight = 1 (equal by default).
 * null when no category has a mean. Weights must be >= 0; a zero-weight category does not count.
 * A negative or non-finite weight is a bug upstream, so it throws a RangeError rather than skew the score.
 * null too when every rated category has weight 0, since there is then nothing to average.
 */
export function overallScore(categoryMeans: ReadonlyMap<string, number | null>, weights: ReadonlyMap<string, number>): number | null {
  for (const [category, weight] of weights) {
    if (!Number.isFinite(weight) || weight < 0) throw new RangeError(`Weight of category ${category} must be >= 0, got ${weight}`);
  }
  let weighted = 0;
  let totalWeight = 0;
  for (const [category, mean] of categoryMeans) {
    if (mean == null) continue;
    const weight = weights.get(category) ?? 1;
    weighted += weight * mean;
    totalWeight += weight;
  }
  return totalWeight === 0 ? null : weighted / totalWeight;
}
