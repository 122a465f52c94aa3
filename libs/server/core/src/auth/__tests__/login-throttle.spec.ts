import { blockSeconds } from '../login-throttle';

describe('blockSeconds', () => {
  it('blocks nothing while failures are free, then 1, 2, 4 … seconds, at most 15 minutes', () => {
    expect([1, 5].map((failures) => blockSeconds(failures, 5))).toEqual([0, 0]);
    expect([6, 7, 8, 9].map((failures) => blockSeconds(failures, 5))).toEqual([1, 2, 4, 8]);
    expect(blockSeconds(200, 5)).toBe(900);
  });
});
