import {
  disagrees,
  distribution,
  LOW_AGREEMENT,
  mean,
  median,
  onFourLevelScale,
  ordinalAlpha,
  overallScore,
  pointBiserial,
  questionFlags,
  SIGNAL_MIN_RATINGS,
  UnitRating,
} from '..';

/** Ratings from rows of values per rater, one column per unit; `.` is a missing value. */
function fromRows(rows: Record<string, string>): UnitRating[] {
  return Object.entries(rows).flatMap(([rater, row]) =>
    row
      .split(' ')
      .map((cell, column) => ({ unit: `u${column + 1}`, rater, value: Number(cell), missing: cell === '.' }))
      .filter((cell) => !cell.missing)
      .map(({ unit, value }) => ({ unit, rater, value })),
  );
}

/** Pearson's r, written out plainly, to check the point-biserial shortcut against. */
function pearson(xs: readonly number[], ys: readonly number[]): number {
  const mx = xs.reduce((s, x) => s + x, 0) / xs.length;
  const my = ys.reduce((s, y) => s + y, 0) / ys.length;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  xs.forEach((x, i) => {
    sxy += (x - mx) * (ys[i] - my);
    sxx += (x - mx) ** 2;
    syy += (ys[i] - my) ** 2;
  });
  return sxy / Math.sqrt(sxx * syy);
}

describe('ordinalAlpha', () => {
  // The worked example with missing data from K. Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011),
  // also on Wikipedia's "Krippendorff's alpha": nominal 0.743, ordinal 0.815, interval 0.849, ratio 0.797.
  const worked = fromRows({
    A: '1 2 3 3 2 1 4 1 2 . . .',
    B: '1 2 3 3 2 2 4 1 2 5 . 3',
    C: '. 3 3 3 2 3 4 2 2 5 1 .',
    D: '1 2 3 3 2 4 4 1 2 5 1 .',
  });

  it('reproduces the published ordinal alpha of the worked example with missing data', () => {
    const agreement = ordinalAlpha(worked);
    expect(agreement.alpha).toBeCloseTo(0.815, 3);
    // Unit 12 has B's value only, so is not pairable. Pairable by hand: unit 1 has 3 values (C missing), units 2-9 have 4 each
    // (32), unit 10 has 3 (A missing), unit 11 has 2 (C, D): 3 + 32 + 3 + 2 = 40 values in 11 units.
    expect(agreement.pairableUnits).toBe(11);
    expect(agreement.pairableValues).toBe(40);
    expect(agreement.alpha!).toBeGreaterThan(LOW_AGREEMENT);
  });

  it('is the same whatever order raters and units come in', () => {
    expect(ordinalAlpha([...worked].reverse()).alpha).toBeCloseTo(ordinalAlpha(worked).alpha!, 12);
  });

  it('ranks whatever values occur, so any order-keeping relabelling gives the same alpha', () => {
    const relabelled = worked.map((rating) => ({ ...rating, value: 10 * rating.value ** 2 - 7 }));
    expect(ordinalAlpha(relabelled).alpha).toBeCloseTo(ordinalAlpha(worked).alpha!, 12);
  });

  it('matches a hand-computed small case', () => {
    // Units {1,2}, {2,2}, {3,3}: n_1 = 1, n_2 = 3, n_3 = 2, n.. = 6; o_12 = o_21 = 1, o_22 = 2, o_33 = 2.
    // δ²_12 = (1+3 − 4/2)² = 4, δ²_13 = (1+3+2 − 3/2)² = 20.25, δ²_23 = (3+2 − 5/2)² = 6.25.
    // Σ o·δ² = 2·4 = 8; Σ n_c·n_k·δ² = 2·(1·3·4 + 1·2·20.25 + 3·2·6.25) = 180; α = 1 − 5·8/180 = 7/9.
    const ratings = fromRows({ A: '1 2 3', B: '2 2 3' });
    expect(ordinalAlpha(ratings)).toEqual({ alpha: expect.closeTo(7 / 9, 12), pairableUnits: 3, pairableValues: 6 });
  });

  it('is 1 for perfect agreement', () => {
    // o_11 = o_33 = 2 and nothing off the diagonal: no observed disagreement, some expected.
    expect(ordinalAlpha(fromRows({ A: '1 3', B: '1 3' }))).toEqual({ alpha: 1, pairableUnits: 2, pairableValues: 4 });
    expect(ordinalAlpha(fromRows({ A: '1 3 4', B: '1 3 4', C: '1 . 4' })).alpha).toBe(1);
  });

  it('is null when there is no variation at all, or nothing to pair', () => {
    expect(ordinalAlpha(fromRows({ A: '2 2 2', B: '2 2 .' }))).toEqual({ alpha: null, pairableUnits: 2, pairableValues: 4 });
    // A single rater, or raters who never rate the same unit.
    expect(ordinalAlpha(fromRows({ A: '1 2 3 4' }))).toEqual({ alpha: null, pairableUnits: 0, pairableValues: 0 });
    expect(ordinalAlpha(fromRows({ A: '1 . 3', B: '. 4 .' }))).toEqual({ alpha: null, pairableUnits: 0, pairableValues: 0 });
    expect(ordinalAlpha([])).toEqual({ alpha: null, pairableUnits: 0, pairableValues: 0 });
  });

  it('is negative for systematic disagreement', () => {
    // Units {1,2}, {2,1}: n_1 = n_2 = 2, n.. = 4, o_12 = o_21 = 2, δ²_12 = (4 − 2)² = 4.
    // Σ o·δ² = 16; Σ n_c·n_k·δ² = 2·2·2·4 = 32; α = 1 − 3·16/32 = −0.5.
    expect(ordinalAlpha(fromRows({ A: '1 2', B: '2 1' })).alpha).toBeCloseTo(-0.5, 12);
  });

  it("keeps only a rater's last value for a unit", () => {
    const ratings = [
      { unit: 'u1', rater: 'A', value: 1 },
      { unit: 'u1', rater: 'B', value: 2 },
      { unit: 'u1', rater: 'A', value: 2 },
      { unit: 'u2', rater: 'A', value: 1 },
      { unit: 'u2', rater: 'B', value: 1 },
    ];
    // With A's 1 on u1 replaced by 2, both units agree; had both counted, u1 would have three values.
    expect(ordinalAlpha(ratings)).toEqual({ alpha: 1, pairableUnits: 2, pairableValues: 4 });
  });
});

describe('pointBiserial', () => {
  // Yes: 4, 3, 4 (M1 = 11/3); no: 2, 3 (M0 = 5/2); n = 5, p = 3/5, q = 2/5, overall mean 16/5 = 3.2.
  // Deviations 0.8, −0.2, 0.8, −1.2, −0.2; squares sum to 2.8, so s_n = √(2.8/5) = √0.56.
  // r = (11/3 − 5/2)/√0.56 · √0.24 = 7/6 · √(3/7) = √21/6 ≈ 0.7638.
  const observations = [
    { value: 4, outcome: true },
    { value: 3, outcome: true },
    { value: 4, outcome: true },
    { value: 2, outcome: false },
    { value: 3, outcome: false },
  ];

  it('matches the hand-computed value', () => {
    expect(pointBiserial(observations)).toEqual({ r: expect.closeTo(Math.sqrt(21) / 6, 12), n: 5 });
  });

  it("equals Pearson's r with the outcome coded 1/0", () => {
    const r = pearson(
      observations.map((o) => o.value),
      observations.map((o) => (o.outcome ? 1 : 0)),
    );
    expect(pointBiserial(observations).r).toBeCloseTo(r, 12);
    const flipped = observations.map((o) => ({ ...o, outcome: !o.outcome }));
    expect(pointBiserial(flipped).r).toBeCloseTo(-r, 12);
  });

  it('is null with fewer than two observations, an empty group, or no spread', () => {
    expect(pointBiserial([])).toEqual({ r: null, n: 0 });
    expect(pointBiserial([{ value: 3, outcome: true }])).toEqual({ r: null, n: 1 });
    expect(pointBiserial(observations.map((o) => ({ ...o, outcome: true })))).toEqual({ r: null, n: 5 });
    expect(pointBiserial(observations.map((o) => ({ ...o, value: 0.1 * 3 })))).toEqual({ r: null, n: 5 });
  });

  it('is ±1 when the outcome splits the values exactly', () => {
    expect(
      pointBiserial([
        { value: 1, outcome: false },
        { value: 4, outcome: true },
      ]).r,
    ).toBeCloseTo(1, 12);
  });
});

describe('overallScore', () => {
  it('weights the rated categories, with 1 for a missing weight, renormalised over them', () => {
    // (2·3 + 1·2) / (2 + 1) = 8/3; c is unrated, so its weight 5 counts for nothing.
    const means = new Map<string, number | null>([
      ['a', 3],
      ['b', 2],
      ['c', null],
    ]);
    expect(
      overallScore(
        means,
        new Map([
          ['a', 2],
          ['c', 5],
        ]),
      ),
    ).toBeCloseTo(8 / 3, 12);
    // Equal by default: (3 + 2) / 2.
    expect(overallScore(means, new Map())).toBe(2.5);
  });

  it('leaves a zero-weight category out', () => {
    expect(
      overallScore(
        new Map([
          ['a', 4],
          ['b', 1],
        ]),
        new Map([['b', 0]]),
      ),
    ).toBe(4);
  });

  it('is null when no category has a mean, or every rated one weighs nothing', () => {
    expect(overallScore(new Map(), new Map())).toBeNull();
    expect(overallScore(new Map([['a', null]]), new Map())).toBeNull();
    expect(overallScore(new Map([['a', 3]]), new Map([['a', 0]]))).toBeNull();
  });

  it('refuses a negative weight', () => {
    expect(() => overallScore(new Map([['a', 3]]), new Map([['a', -1]]))).toThrow(RangeError);
  });
});

describe('mean, median and distribution', () => {
  it('mean is the average, null for none', () => {
    expect(mean([1, 2, 4])).toBeCloseTo(7 / 3, 12);
    expect(mean([3])).toBe(3);
    expect(mean([])).toBeNull();
  });

  it('median is the middle value, or the average of the two middle ones, null for none', () => {
    expect(median([4, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([2, 2, 2, 4])).toBe(2);
    expect(median([10, 9, 1, 2])).toBe(5.5);
    expect(median([7])).toBe(7);
    expect(median([])).toBeNull();
  });

  it('distribution counts each level, ignoring values off the scale', () => {
    expect(distribution([1, 2, 2, 4, 4, 4, 0, 5, 2.5], 4)).toEqual([1, 2, 0, 3]);
    expect(distribution([], 3)).toEqual([0, 0, 0]);
    expect(distribution([1, 2], 0)).toEqual([]);
  });
});

describe('disagrees', () => {
  it('is true when ratings are two levels or more apart', () => {
    expect(disagrees([2, 3, 4])).toBe(true);
    expect(disagrees([4, 1])).toBe(true);
  });

  it('is false for adjacent levels, ties, one rating or none', () => {
    expect(disagrees([2, 3, 3, 2])).toBe(false);
    expect(disagrees([3, 3])).toBe(false);
    expect(disagrees([1])).toBe(false);
    expect(disagrees([])).toBe(false);
  });
});

describe('questionFlags', () => {
  const strong = { r: 0.4, n: SIGNAL_MIN_RATINGS };

  it('flags no spread from five equal ratings on', () => {
    expect(questionFlags([3, 3, 3, 3, 3], { r: null, n: 5 })).toEqual(['NO_SPREAD']);
    expect(questionFlags([3, 3, 3, 3], { r: null, n: 4 })).toEqual([]);
    expect(questionFlags([3, 3, 3, 3, 2], { r: null, n: 5 })).toEqual([]);
  });

  it('flags no signal only with enough ratings, when r is weak or undefined', () => {
    const values = [1, 2, 3, 4, 1];
    expect(questionFlags(values, strong)).toEqual([]);
    expect(questionFlags(values, { r: -0.4, n: SIGNAL_MIN_RATINGS })).toEqual([]);
    expect(questionFlags(values, { r: 0.099, n: SIGNAL_MIN_RATINGS })).toEqual(['NO_SIGNAL']);
    expect(questionFlags(values, { r: -0.05, n: SIGNAL_MIN_RATINGS })).toEqual(['NO_SIGNAL']);
    expect(questionFlags(values, { r: 0.1, n: SIGNAL_MIN_RATINGS })).toEqual([]);
    expect(questionFlags(values, { r: null, n: SIGNAL_MIN_RATINGS })).toEqual(['NO_SIGNAL']);
    expect(questionFlags(values, { r: 0, n: SIGNAL_MIN_RATINGS - 1 })).toEqual([]);
  });

  it('can raise both', () => {
    expect(questionFlags(new Array(SIGNAL_MIN_RATINGS).fill(2), { r: null, n: SIGNAL_MIN_RATINGS })).toEqual(['NO_SPREAD', 'NO_SIGNAL']);
  });

  it('raises nothing for no ratings', () => {
    expect(questionFlags([], { r: null, n: 0 })).toEqual([]);
  });
});

describe('onFourLevelScale', () => {
  it('keeps a four-level scale as it is', () => {
    expect([1, 2, 3, 4].map((level) => onFourLevelScale(level, 4))).toEqual([1, 2, 3, 4]);
  });

  it('stretches other scales end to end', () => {
    // Five levels: 1 + 3·(level − 1)/4.
    expect([1, 2, 3, 4, 5].map((level) => onFourLevelScale(level, 5))).toEqual([1, 1.75, 2.5, 3.25, 4]);
    // Two levels: the ends.
    expect([1, 2].map((level) => onFourLevelScale(level, 2))).toEqual([1, 4]);
  });

  it('refuses a scale with fewer than two levels', () => {
    expect(() => onFourLevelScale(1, 1)).toThrow(RangeError);
  });
});
