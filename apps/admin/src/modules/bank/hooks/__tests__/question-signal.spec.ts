import { describe, expect, test } from '@jest/globals';
import { describeSignal } from '../question-signal';

const figures = { timesAsked: 12, mean: 2.84, pointBiserial: 0.4123, sampleSize: 9, flags: [] };

describe('describeSignal', () => {
  test('a question nobody has rated says nothing', () => {
    expect(describeSignal({ ...figures, timesAsked: 0, mean: null, pointBiserial: null, sampleSize: 0 })).toBeNull();
  });

  test('how often it was asked, its mean and how it separates hired from rejected, in one line and in words', () => {
    expect(describeSignal(figures)).toEqual({
      short: 'Asked 12× · mean 2.8 · r 0.41 (n 9)',
      spoken: 'Asked 12 times, mean rating 2.8, correlation with being hired 0.41 over 9 ratings',
      review: [],
    });
  });

  test('no correlation until some of its candidates are decided', () => {
    expect(describeSignal({ ...figures, timesAsked: 1, pointBiserial: null, sampleSize: 0 })?.short).toBe('Asked 1× · mean 2.8');
  });

  test('the flags become reasons to review it', () => {
    expect(describeSignal({ ...figures, flags: ['NO_SPREAD', 'NO_SIGNAL'] })?.review).toEqual([
      'everyone rates it the same',
      'no signal after 12 uses',
    ]);
  });
});
