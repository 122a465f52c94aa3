import { describe, expect, it } from '@jest/globals';
import { mixWarning } from '../difficulty-mix';

describe('mixWarning', () => {
  it('names the level and the only difficulties the categories offer', () => {
    expect(mixWarning({ level: 'SENIOR', offeredDifficulties: [2], unmetDifficulties: [3] })).toEqual({
      title: 'Senior round: only Intermediate questions in these categories',
      detail: expect.stringMatching(/^Its difficulty mix asks for Advanced questions too: /),
    });
    expect(mixWarning({ level: 'MID', offeredDifficulties: [3], unmetDifficulties: [2] })?.title).toBe(
      'Mid-level round: only Advanced questions in these categories',
    );
    expect(mixWarning({ level: 'JUNIOR', offeredDifficulties: [2, 3], unmetDifficulties: [1] })?.title).toBe(
      'Junior round: only Intermediate and Advanced questions in these categories',
    );
    expect(mixWarning({ level: 'JUNIOR', offeredDifficulties: [], unmetDifficulties: [1, 2] })).toMatchObject({
      title: 'Junior round: no questions left in these categories',
      detail: expect.stringMatching(/asks for Foundational and Intermediate questions too/),
    });
  });

  it('says nothing before a proposal, or when the mix can be met', () => {
    expect(mixWarning(null)).toBeNull();
    expect(mixWarning({ level: 'SENIOR', offeredDifficulties: [1, 2, 3], unmetDifficulties: [] })).toBeNull();
  });
});
