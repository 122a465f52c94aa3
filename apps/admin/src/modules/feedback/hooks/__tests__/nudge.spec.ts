import { describe, expect, test } from '@jest/globals';
import { CombinedGraphQLErrors } from '@apollo/client';
import { NUDGE_INTERVAL_MS, isNoLongerLate, lastNudgeOfRefusal, nudgedRecently } from '../nudge';

const NOW = Date.parse('2026-03-02T12:00:00Z');

const refusal = (extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ errors: [{ message: 'refused', extensions: { code: 'CONFLICT', ...extensions } }] });

describe('nudgedRecently', () => {
  test('within the hour after a nudge, and not before any', () => {
    expect(nudgedRecently(null, NOW)).toBe(false);
    expect(nudgedRecently(new Date(NOW - 12 * 60_000).toISOString(), NOW)).toBe(true);
    expect(nudgedRecently(new Date(NOW - NUDGE_INTERVAL_MS).toISOString(), NOW)).toBe(false);
  });
});

describe('lastNudgeOfRefusal', () => {
  test('an hour before the next nudge the server allows', () => {
    expect(lastNudgeOfRefusal(refusal({ reason: 'NUDGED_RECENTLY', nextNudgeAt: '2026-03-02T12:40:00.000Z' }))).toBe(
      '2026-03-02T11:40:00.000Z',
    );
  });

  test('null for any other refusal or error', () => {
    expect(lastNudgeOfRefusal(refusal({ reason: 'NOT_LATE' }))).toBeNull();
    expect(lastNudgeOfRefusal(new Error('offline'))).toBeNull();
  });
});

describe('isNoLongerLate', () => {
  test('recognises NOT_LATE only', () => {
    expect(isNoLongerLate(refusal({ reason: 'NOT_LATE' }))).toBe(true);
    expect(isNoLongerLate(refusal({ reason: 'NUDGED_RECENTLY' }))).toBe(false);
  });
});
