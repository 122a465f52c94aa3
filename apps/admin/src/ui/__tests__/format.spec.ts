import { describe, expect, test } from '@jest/globals';
import { ANCHOR_RATINGS, anchorLabel, formatElapsed, formatTimeAgo } from '../format';

const NOW = Date.parse('2026-03-02T12:00:00Z');
const before = (ms: number) => new Date(NOW - ms).toISOString();
const MINUTE = 60_000;

describe('formatElapsed and formatTimeAgo', () => {
  test('under a minute reads as just now', () => {
    expect(formatElapsed(before(59_000), NOW)).toBe('less than a minute');
    expect(formatTimeAgo(before(59_000), NOW)).toBe('just now');
  });

  test('minutes, then hours, then days, rounded down', () => {
    expect(formatTimeAgo(before(12 * MINUTE + 59_000), NOW)).toBe('12 min ago');
    expect(formatTimeAgo(before(59 * MINUTE), NOW)).toBe('59 min ago');
    expect(formatElapsed(before(3 * 60 * MINUTE + 50 * MINUTE), NOW)).toBe('3 h');
    expect(formatElapsed(before(24 * 60 * MINUTE), NOW)).toBe('1 day');
    expect(formatTimeAgo(before(50 * 60 * MINUTE), NOW)).toBe('2 days ago');
  });
});

describe('anchor labels', () => {
  test('name the levels of the default rating scale, lowest first', () => {
    expect(ANCHOR_RATINGS.map(anchorLabel)).toEqual(['Strong no', 'No', 'Yes', 'Strong yes']);
  });
});
