import fc from 'fast-check';
import { type CandidateQuestion, type ProposalInput, proposeQuestions, swapCandidates } from '..';
import { inputArb } from './arbitraries';

const q = (id: string, categoryId: string, difficulty: number, estimatedMinutes: number): CandidateQuestion => ({
  id,
  categoryId,
  difficulty,
  estimatedMinutes,
});

const BANK = [
  q('a1', 'algo', 1, 10),
  q('a2', 'algo', 2, 10),
  q('a2-long', 'algo', 2, 40),
  q('a3', 'algo', 3, 10),
  q('a2-used', 'algo', 2, 10),
  q('d2', 'design', 2, 10),
  q('d3', 'design', 3, 10),
];

const base: ProposalInput = {
  questions: BANK,
  categoryIds: ['algo', 'design'],
  durationMinutes: 40,
  bufferMinutes: 0,
  level: 'MID',
  seed: 1,
};

describe('swapCandidates', () => {
  it('offers same-category questions that are not excluded and not already in the round', () => {
    const current = ['a2', 'a1', 'd2'];
    const ids = swapCandidates({ ...base, excludeQuestionIds: ['a2-used'], current, questionId: 'a2' });
    expect(ids.sort()).toEqual(['a2-long', 'a3']);
  });

  it('ranks questions that keep the round in budget first, then the best difficulty fit', () => {
    // Round: a2 (swapped out), d3 = 20 of 40 minutes. a2-long would overrun the budget.
    const ids = swapCandidates({ ...base, current: ['a2', 'd3'], questionId: 'a2' });
    expect(ids).toEqual(['a2-used', 'a1', 'a3', 'a2-long']);
  });

  it('returns nothing for an unknown question', () => {
    expect(swapCandidates({ ...base, current: [], questionId: 'ghost' })).toEqual([]);
  });

  it('always offers same-category, non-excluded ids outside the round (property)', () => {
    fc.assert(
      fc.property(inputArb, fc.nat(), (input, pick) => {
        const current = proposeQuestions(input).questionIds;
        if (current.length === 0) return;
        const questionId = current[pick % current.length];
        const byId = new Map(input.questions.map((question) => [question.id, question]));
        const excluded = new Set(input.excludeQuestionIds);
        const ids = swapCandidates({ ...input, current, questionId });
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) {
          expect(byId.get(id)?.categoryId).toBe(byId.get(questionId)!.categoryId);
          expect(excluded.has(id)).toBe(false);
          expect(current).not.toContain(id);
        }
        // Everything eligible is offered.
        const categoryId = byId.get(questionId)!.categoryId;
        const eligible = input.questions.filter(
          (question) => question.categoryId === categoryId && !excluded.has(question.id) && !current.includes(question.id),
        );
        expect(ids.length).toBe(eligible.length);
      }),
      { numRuns: 200 },
    );
  });
});
