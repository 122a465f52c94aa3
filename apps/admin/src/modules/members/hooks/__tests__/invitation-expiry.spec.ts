import { describe, expect, test } from '@jest/globals';
import { expiryOf } from '../invitation-expiry';

const NOW = Date.parse('2026-12-07T12:00:00Z');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const at = (offsetMs: number) => new Date(NOW + offsetMs).toISOString();

describe('when an invitation expires', () => {
  test('ahead: in days, hours or minutes, to the nearest', () => {
    expect(expiryOf(at(14 * DAY), NOW)).toMatchObject({ expired: false, relative: 'expires in 14 days' });
    // A link made a moment ago still reads as lasting 14 days.
    expect(expiryOf(at(14 * DAY - 5_000), NOW).relative).toBe('expires in 14 days');
    expect(expiryOf(at(30 * HOUR), NOW).relative).toBe('expires in 1 day');
    expect(expiryOf(at(5 * HOUR + 20 * MINUTE), NOW).relative).toBe('expires in 5 h');
    expect(expiryOf(at(20 * 1000), NOW).relative).toBe('expires in 1 min');
  });

  test('passed: how long ago, and marked expired', () => {
    expect(expiryOf(at(-2 * DAY), NOW)).toMatchObject({ expired: true, relative: 'expired 2 days ago' });
    expect(expiryOf(at(-3 * MINUTE), NOW)).toMatchObject({ expired: true, relative: 'expired 3 min ago' });
    expect(expiryOf(at(0), NOW).expired).toBe(true);
  });

  test('with the date and time as well', () => {
    expect(expiryOf(at(14 * DAY), NOW).absolute).toMatch(/2026/);
  });
});
