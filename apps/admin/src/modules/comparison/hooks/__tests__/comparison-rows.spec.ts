import { describe, expect, test } from '@jest/globals';
import { type ComparisonRow, formatOffset, nextSort, ratingLabel, recommendationTally, scoreBins, sortRows } from '../comparison-rows';

function row(name: string, overallScore: number | null, calibratedScore: number | null, monitoring: number | null = null): ComparisonRow {
  return {
    candidateId: name,
    candidateName: name,
    application: { id: name, status: 'ACTIVE', stage: { id: 's', name: 'Onsite', position: 3 } },
    categoryScores: [{ categoryId: 'm', mean: monitoring, ratings: 1, disagreement: false }],
    overallScore,
    calibratedScore,
    calibrationBacked: true,
    recommendations: [],
    scorecardCount: 1,
    evidenceGaps: { unratedCategoryIds: [], disagreementCategoryIds: [] },
    decision: null,
  };
}

const names = (rows: ComparisonRow[]) => rows.map((entry) => entry.candidateName);

describe('sortRows', () => {
  const rows = [row('Cleo', 2.5, 2.1, 3), row('Ada', 4, 3.6, null), row('Bea', null, null, 2), row('Dan', 2.25, 2.25, 1)];

  test('by a score, either way, with unscored candidates last both times', () => {
    expect(names(sortRows(rows, { key: 'overall', direction: 'descending' }))).toEqual(['Ada', 'Cleo', 'Dan', 'Bea']);
    expect(names(sortRows(rows, { key: 'calibrated', direction: 'descending' }))).toEqual(['Ada', 'Dan', 'Cleo', 'Bea']);
    expect(names(sortRows(rows, { key: 'calibrated', direction: 'ascending' }))).toEqual(['Cleo', 'Dan', 'Ada', 'Bea']);
  });

  test('by a category mean and by name', () => {
    expect(names(sortRows(rows, { key: 'category:m', direction: 'descending' }))).toEqual(['Cleo', 'Bea', 'Dan', 'Ada']);
    expect(names(sortRows(rows, { key: 'name', direction: 'ascending' }))).toEqual(['Ada', 'Bea', 'Cleo', 'Dan']);
  });

  test('a new column starts with its natural direction; the same one flips', () => {
    expect(nextSort({ key: 'overall', direction: 'descending' }, 'calibrated')).toEqual({ key: 'calibrated', direction: 'descending' });
    expect(nextSort({ key: 'overall', direction: 'descending' }, 'name')).toEqual({ key: 'name', direction: 'ascending' });
    expect(nextSort({ key: 'overall', direction: 'descending' }, 'overall')).toEqual({ key: 'overall', direction: 'ascending' });
  });
});

describe('wording', () => {
  test('the recommendation tally, strongest first as given', () => {
    expect(
      recommendationTally([
        { recommendation: 'STRONG_YES', count: 2 },
        { recommendation: 'NO', count: 1 },
      ]),
    ).toBe('2 Strong yes, 1 No');
    expect(recommendationTally([])).toBe('None yet');
  });

  test('leniency offsets carry their sign', () => {
    expect(formatOffset(0.5)).toBe('+0.50');
    expect(formatOffset(-0.25)).toBe('−0.25');
    expect(formatOffset(-0.001)).toBe('0.00');
  });

  test('ratings by their level name, from the round’s scale or the default one', () => {
    expect(ratingLabel(3, 4)).toBe('Yes');
    expect(ratingLabel(2, 3, ['Weak', 'Fine', 'Great'])).toBe('Fine');
    expect(ratingLabel(2, 5)).toBe('2 of 5');
  });
});

describe('scoreBins', () => {
  test('half-point bins from 1 to 4, with 4 in the last one', () => {
    const bins = scoreBins([1, 1.49, 2.5, 3.99, 4, null]);
    expect(bins.map((bin) => bin.label)).toEqual(['1–1.5', '1.5–2', '2–2.5', '2.5–3', '3–3.5', '3.5–4']);
    expect(bins.map((bin) => bin.count)).toEqual([2, 0, 0, 1, 0, 2]);
  });
});
