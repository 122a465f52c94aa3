import { PointBiserial } from './point-biserial';

// Review flags for a question's signal.

/** Below this many ratings, no flag about signal (too few to say). */
export const SIGNAL_MIN_RATINGS = 20;
/** |r| below this with enough ratings: no signal. */
export const NO_SIGNAL_BELOW = 0.1;
/** At least this many ratings, all equal, before a question is said to have no spread. */
const NO_SPREAD_MIN_RATINGS = 5;

export type QuestionFlag = 'NO_SPREAD' | 'NO_SIGNAL';

/**
 * NO_SPREAD when at least 5 ratings all equal; NO_SIGNAL when n >= SIGNAL_MIN_RATINGS and (r is null or |r| < NO_SIGNAL_BELOW).
 * n is the signal's own count (the ratings with a known outcome), since that is what r rests on.
 */
export function questionFlags(values: readonly number[], signal: PointBiserial): QuestionFlag[] {
  const flags: QuestionFlag[] = [];
  if (values.length >= NO_SPREAD_MIN_RATINGS && values.every((value) => value === values[0])) flags.push('NO_SPREAD');
  if (signal.n >= SIGNAL_MIN_RATINGS && (signal.r === null || Math.abs(signal.r) < NO_SIGNAL_BELOW)) flags.push('NO_SIGNAL');
  return flags;
}
