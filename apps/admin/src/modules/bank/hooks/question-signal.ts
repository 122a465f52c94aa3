/** What the bank list shows of a question's signal. */
export interface SignalFigures {
  timesAsked: number;
  mean?: number | null;
  pointBiserial?: number | null;
  sampleSize: number;
  flags: readonly string[];
}

export interface SignalText {
  /** "Asked 12× · mean 2.8 · r 0.41 (n 9)" */
  short: string;
  /** The same in words, for a screen reader. */
  spoken: string;
  /** Why it may be worth reviewing, from the server's flags; empty when nothing is flagged. */
  review: string[];
}

/**
 * A question's signal in one line, where r is how well its ratings separate hired from rejected candidates (left out
 * until some of its candidates are decided). Null for a question nobody has rated yet.
 */
export function describeSignal(signal: SignalFigures): SignalText | null {
  if (signal.timesAsked === 0) return null;
  const mean = signal.mean == null ? null : signal.mean.toFixed(1);
  const r = signal.pointBiserial == null ? null : signal.pointBiserial.toFixed(2);
  const short = [`Asked ${signal.timesAsked}×`, mean && `mean ${mean}`, r && `r ${r} (n ${signal.sampleSize})`].filter(Boolean).join(' · ');
  const spoken = [
    `Asked ${signal.timesAsked} ${signal.timesAsked === 1 ? 'time' : 'times'}`,
    mean && `mean rating ${mean}`,
    r && `correlation with being hired ${r} over ${signal.sampleSize} ratings`,
  ]
    .filter(Boolean)
    .join(', ');
  const review: string[] = [];
  if (signal.flags.includes('NO_SPREAD')) review.push('everyone rates it the same');
  if (signal.flags.includes('NO_SIGNAL')) review.push(`no signal after ${signal.timesAsked} uses`);
  return { short, spoken, review };
}
