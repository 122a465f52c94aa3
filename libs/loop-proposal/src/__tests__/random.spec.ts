import fc from 'fast-check';
import { mulberry32, pickBest } from '../random';

describe('mulberry32', () => {
  it('is deterministic per seed and stays in [0, 1)', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const a = mulberry32(seed);
        const b = mulberry32(seed);
        for (let index = 0; index < 20; index++) {
          const value = a();
          expect(value).toBe(b());
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThan(1);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('accepts odd seeds', () => {
    expect(() => mulberry32(Number.NaN)()).not.toThrow();
    expect(mulberry32(Infinity)()).toBe(mulberry32(0)());
  });
});

describe('pickBest', () => {
  it('takes the lowest score and breaks ties only among the tied', () => {
    expect(
      pickBest(
        [3, 1, 2],
        (n) => n,
        () => 0.99,
      ),
    ).toBe(1);
    expect(
      pickBest(
        ['a', 'b', 'c'],
        (s) => (s === 'c' ? 1 : 0),
        () => 0.99,
      ),
    ).toBe('b');
    expect(
      pickBest(
        ['a', 'b', 'c'],
        (s) => (s === 'c' ? 1 : 0),
        () => 0,
      ),
    ).toBe('a');
    expect(
      pickBest(
        [],
        () => 0,
        () => 0,
      ),
    ).toBeUndefined();
  });
});
