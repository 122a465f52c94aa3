import { UnitRating, valuesByUnit } from './unit-rating';

/** Krippendorff's alpha, ordinal metric, any number of raters per unit, missing values allowed. */
export interface Agreement {
  /** null when undefined: no pairable unit, or no variation at all in pairable values (expected disagreement 0). */
  alpha: number | null;
  /** Units with two or more values. */
  pairableUnits: number;
  /** n.. : values in pairable units. */
  pairableValues: number;
}

/** Krippendorff's lowest level for tentative conclusions. */
export const LOW_AGREEMENT = 0.667;

/**
 * Krippendorff's ordinal alpha through the coincidence matrix, as in K. Krippendorff, "Computing Krippendorff's
 * Alpha-Reliability" (2011). The values are whatever distinct numbers occur, ranked in numeric order: the ordinal
 * metric only uses their order and how often each occurs, so scales other than 1..4 need no mapping.
 * A rater's repeated ratings of one unit count once, with the last value (see valuesByUnit).
 */
export function ordinalAlpha(ratings: readonly UnitRating[]): Agreement {
  // A unit with a single value has nothing to be compared with, so it does not enter the matrix at all.
  const units = [...valuesByUnit(ratings).values()]
    .map((byRater) => [...byRater.values()].map((rating) => rating.value))
    .filter((values) => values.length >= 2);
  const pairableValues = units.reduce((sum, values) => sum + values.length, 0);
  const levels = [...new Set(units.flat())].sort((a, b) => a - b);
  const index = new Map(levels.map((level, i) => [level, i]));

  // o_ck = Σ_u (number of c-k pairs of values in u) / (m_u − 1); pairs are ordered, so o is symmetric.
  const coincidences = levels.map(() => levels.map(() => 0));
  for (const values of units) {
    const counts = levels.map(() => 0);
    for (const value of values) counts[index.get(value)!]++;
    for (let c = 0; c < levels.length; c++) {
      if (counts[c] === 0) continue;
      for (let k = 0; k < levels.length; k++) {
        const pairs = c === k ? counts[c] * (counts[c] - 1) : counts[c] * counts[k];
        coincidences[c][k] += pairs / (values.length - 1);
      }
    }
  }
  // n_c, the row sums of o, is just how often each value occurs among pairable values; counted, it stays exact.
  const totals = levels.map(() => 0);
  for (const value of units.flat()) totals[index.get(value)!]++;

  let observed = 0;
  let expected = 0;
  for (let c = 0; c < levels.length; c++) {
    for (let k = 0; k < levels.length; k++) {
      const delta = ordinalDistance(totals, c, k);
      observed += coincidences[c][k] * delta;
      expected += totals[c] * totals[k] * delta;
    }
  }
  const alpha = expected === 0 ? null : 1 - ((pairableValues - 1) * observed) / expected;
  return { alpha, pairableUnits: units.length, pairableValues };
}

/** Ordinal δ²_ck = (Σ_{g=c..k} n_g − (n_c + n_k)/2)²: how many values lie between the two ranks, not how far apart they are. */
function ordinalDistance(totals: readonly number[], c: number, k: number): number {
  const [low, high] = c <= k ? [c, k] : [k, c];
  let between = 0;
  for (let g = low; g <= high; g++) between += totals[g];
  return (between - (totals[low] + totals[high]) / 2) ** 2;
}
