/** Point-biserial correlation of values with a yes/no outcome (e.g. question ratings vs hired). */
export interface PointBiserial {
  /** null when n < 2, or either group empty, or values have no spread. */
  r: number | null;
  n: number;
}

/**
 * r = (M1 − M0) / s_n · √(p·q), with M1, M0 the mean value of the yes and no groups, p, q their shares and s_n the
 * population standard deviation of all values; this is Pearson's r with the outcome coded 1/0.
 */
export function pointBiserial(observations: ReadonlyArray<{ value: number; outcome: boolean }>): PointBiserial {
  const n = observations.length;
  const yes = observations.filter((observation) => observation.outcome).map((observation) => observation.value);
  const no = observations.filter((observation) => !observation.outcome).map((observation) => observation.value);
  const values = observations.map((observation) => observation.value);
  // Spread is judged on the values themselves: a computed variance of equal values can come out a hair above zero.
  if (n < 2 || yes.length === 0 || no.length === 0 || values.every((value) => value === values[0])) return { r: null, n };
  const meanOf = (xs: readonly number[]) => xs.reduce((sum, x) => sum + x, 0) / xs.length;
  const all = meanOf(values);
  const sd = Math.sqrt(values.reduce((sum, value) => sum + (value - all) ** 2, 0) / n);
  const p = yes.length / n;
  return { r: ((meanOf(yes) - meanOf(no)) / sd) * Math.sqrt(p * (1 - p)), n };
}
