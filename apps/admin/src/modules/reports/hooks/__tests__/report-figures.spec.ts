import { describe, expect, test } from '@jest/globals';
import {
  exitText,
  formatDeadline,
  formatRate,
  formatStay,
  funnelBars,
  funnelHighlights,
  leniencyOf,
  ratingSummary,
  reportFileName,
  sortedExits,
  type StageFunnel,
} from '../report-figures';

function stage(
  stageName: string,
  entered: number,
  movedOn: number,
  left: number,
  exits: StageFunnel['exits'] = [],
  current = 0,
): StageFunnel {
  return { stageId: stageName, stageName, entered, movedOn, left, current, exits, medianHoursInStage: null };
}

describe('formatStay', () => {
  test('hours under two days, days after, nothing when no stay has ended', () => {
    expect(formatStay(null)).toBe('—');
    expect(formatStay(0.2)).toBe('under an hour');
    expect(formatStay(5.4)).toBe('5 h');
    expect(formatStay(47)).toBe('47 h');
    expect(formatStay(60)).toBe('2.5 days');
    expect(formatStay(72)).toBe('3 days');
    expect(formatStay(24 * 12.4)).toBe('12 days');
  });
});

describe('funnelBars', () => {
  test('splits each stage into moved on, still here (as the server counts it now) and left', () => {
    expect(funnelBars([stage('Applied', 4, 2, 1, [], 1), stage('Onsite', 1, 1, 1)])).toEqual([
      { stage: 'Applied', entered: 4, movedOn: 2, left: 1, stillHere: 1 },
      { stage: 'Onsite', entered: 1, movedOn: 1, left: 1, stillHere: 0 },
    ]);
  });
});

describe('funnelHighlights', () => {
  test('how many came in, how far they got, where most left', () => {
    const stages = [stage('Applied', 4, 1, 2), stage('Screen', 1, 0, 1), stage('Hired', 0, 0, 0)];
    expect(funnelHighlights(stages)).toBe('4 applications entered Applied; 1 reached Screen. Most left from Applied (2).');
    expect(funnelHighlights([stage('Applied', 1, 0, 0)])).toBe('1 application entered Applied. No one has left yet.');
  });
});

describe('exits', () => {
  test('rejections before withdrawals, most first, in words', () => {
    const exits: StageFunnel['exits'] = [
      { status: 'WITHDRAWN', reason: 'Timing', count: 1 },
      { status: 'REJECTED', reason: 'Other', count: 1 },
      { status: 'REJECTED', reason: 'Skills gap', count: 2 },
    ];
    expect(sortedExits(exits).map(exitText)).toEqual(['Rejected: Skills gap (2)', 'Rejected: Other (1)', 'Withdrew: Timing (1)']);
  });
});

describe('figures in words', () => {
  test('rates, leniency, ratings, deadlines and the file name', () => {
    expect(formatRate(null)).toBe('—');
    expect(formatRate(0.666)).toBe('67%');
    expect(leniencyOf(0.5)).toEqual({ text: '+0.50', lean: 'lenient' });
    expect(leniencyOf(-0.254)).toEqual({ text: '−0.25', lean: 'strict' });
    expect(leniencyOf(0.001)).toEqual({ text: '0.00', lean: 'even' });
    expect(ratingSummary([2, 1, 3, 0])).toBe('2 Strong no, 1 No, 3 Yes, 0 Strong yes');
    expect(formatDeadline(30)).toBe('30 minutes');
    expect(formatDeadline(120)).toBe('2 h');
    expect(formatDeadline(90)).toBe('1.5 h');
    expect(formatDeadline(2880)).toBe('2 days');
    expect(reportFileName('MLOps Engineer (Zürich)')).toBe('mlops-engineer-zurich-report.csv');
    expect(reportFileName('***')).toBe('opening-report.csv');
  });
});
