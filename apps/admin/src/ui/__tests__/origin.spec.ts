import { describe, expect, test } from '@jest/globals';
import { originOf } from '../origin';

describe('originOf', () => {
  test('reads the page a link said it came from, with its query string and its own state', () => {
    const from = { to: '/openings/1/pipeline?q=Ada&tag=referral', label: 'Senior MLOps engineer', state: { returnToBoard: true } };
    expect(originOf({ from })).toEqual(from);
  });

  test('nothing when the page was opened directly or the state is not an origin', () => {
    expect(originOf(null)).toBeNull();
    expect(originOf(undefined)).toBeNull();
    expect(originOf('x')).toBeNull();
    expect(originOf({ returnToBoard: true })).toBeNull();
    expect(originOf({ from: null })).toBeNull();
    expect(originOf({ from: { to: '/candidates' } })).toBeNull();
    expect(originOf({ from: { to: 42, label: 'Candidates' } })).toBeNull();
  });

  test('never an address outside the admin', () => {
    for (const to of ['https://example.com/', '//example.com/candidates', '/\\example.com', 'javascript:alert(1)', 'candidates'])
      expect(originOf({ from: { to, label: 'Candidates' } })).toBeNull();
  });
});
