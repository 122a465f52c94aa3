import { type CandidateQuestion, type ProposalInput, budgetMinutes, bufferMinutes, proposeQuestions } from '..';

const q = (id: string, categoryId: string, difficulty: number, estimatedMinutes: number): CandidateQuestion => ({
  id,
  categoryId,
  difficulty,
  estimatedMinutes,
});

/** Three categories, every difficulty, 5- and 10-minute questions. */
const BANK: CandidateQuestion[] = ['algo', 'design', 'ml'].flatMap((categoryId) =>
  [1, 2, 3].flatMap((difficulty) =>
    [1, 2, 3, 4].map((n) => q(`${categoryId}-${difficulty}-${n}`, categoryId, difficulty, n % 2 === 0 ? 10 : 5)),
  ),
);

const base: ProposalInput = {
  questions: BANK,
  categoryIds: ['algo', 'design', 'ml'],
  durationMinutes: 90,
  level: 'MID',
  seed: 42,
};

function minutesShare(input: ProposalInput, difficulty: number): number {
  const proposal = proposeQuestions(input);
  const byId = new Map(input.questions.map((question) => [question.id, question]));
  const minutes = proposal.questionIds
    .map((id) => byId.get(id)!)
    .filter((question) => question.difficulty === difficulty)
    .reduce((sum, question) => sum + question.estimatedMinutes, 0);
  return minutes / proposal.totalMinutes;
}

describe('budget', () => {
  it('defaults the buffer to 10 minutes, or 20% of a short round', () => {
    expect(bufferMinutes(60, undefined)).toBe(10);
    expect(bufferMinutes(30, undefined)).toBe(6);
    expect(budgetMinutes(60, undefined)).toBe(50);
    expect(budgetMinutes(30, undefined)).toBe(24);
  });

  it('keeps the default buffer in whole minutes, as the API answers them (Int)', () => {
    expect(bufferMinutes(17, undefined)).toBe(3);
    expect(budgetMinutes(17, undefined)).toBe(14);
  });

  it('uses the given buffer, never negative, and never a negative budget', () => {
    expect(budgetMinutes(60, 0)).toBe(60);
    expect(budgetMinutes(60, 15)).toBe(45);
    expect(budgetMinutes(60, -5)).toBe(60);
    expect(budgetMinutes(10, 15)).toBe(0);
    expect(budgetMinutes(Number.NaN, undefined)).toBe(0);
  });
});

describe('proposeQuestions (examples)', () => {
  it('fills the budget and covers every focus category', () => {
    const proposal = proposeQuestions(base);
    expect(proposal.budgetMinutes).toBe(80);
    expect(proposal.totalMinutes).toBe(80);
    expect(proposal.uncoveredCategoryIds).toEqual([]);
  });

  it('leans easier for a junior and harder for a senior', () => {
    const junior = { ...base, level: 'JUNIOR' as const };
    const senior = { ...base, level: 'SENIOR' as const };
    expect(minutesShare(junior, 1)).toBeGreaterThan(minutesShare(senior, 1));
    expect(minutesShare(junior, 3)).toBeLessThan(minutesShare(senior, 3));
    expect(minutesShare(junior, 1)).toBeGreaterThanOrEqual(0.4);
    expect(minutesShare(senior, 3)).toBeGreaterThanOrEqual(0.4);
  });

  it('groups by focus-category priority, easier before harder', () => {
    const input = { ...base, categoryIds: ['ml', 'algo'], durationMinutes: 60, bufferMinutes: 0 };
    const byId = new Map(BANK.map((question) => [question.id, question]));
    const proposed = proposeQuestions(input).questionIds.map((id) => byId.get(id)!);
    const categories = proposed.map((question) => question.categoryId);
    expect(categories.indexOf('algo')).toBeGreaterThan(categories.lastIndexOf('ml'));
    for (const categoryId of ['ml', 'algo']) {
      const difficulties = proposed.filter((question) => question.categoryId === categoryId).map((question) => question.difficulty);
      expect(difficulties).toEqual([...difficulties].sort());
    }
  });

  it('returns nothing when the round is shorter than the buffer', () => {
    expect(proposeQuestions({ ...base, durationMinutes: 8, bufferMinutes: 10 })).toEqual({
      questionIds: [],
      totalMinutes: 0,
      budgetMinutes: 0,
      uncoveredCategoryIds: ['algo', 'design', 'ml'],
      offeredDifficulties: [1, 2, 3],
      unmetDifficulties: [],
    });
  });

  it('reports every category uncovered for an empty bank', () => {
    expect(proposeQuestions({ ...base, questions: [] }).uncoveredCategoryIds).toEqual(['algo', 'design', 'ml']);
  });

  it('reports categories without a fitting question, in input order', () => {
    const questions = [q('a1', 'algo', 2, 5), q('d1', 'design', 2, 45), q('m1', 'ml', 2, 5)];
    const categoryIds = ['ops', 'design', 'ml', 'algo'];
    const proposal = proposeQuestions({ ...base, questions, categoryIds, durationMinutes: 30 });
    expect(proposal.uncoveredCategoryIds).toEqual(['ops', 'design']);
    expect(proposal.questionIds).toEqual(['m1', 'a1']);
  });

  it('keeps room for later categories instead of spending it on a better-fitting long question', () => {
    // For a senior the 40-minute hard algo question fits the mix best, but it would leave no room for design.
    const questions = [q('a-hard', 'algo', 3, 40), q('a-easy', 'algo', 1, 10), q('d1', 'design', 1, 10)];
    const proposal = proposeQuestions({
      ...base,
      questions,
      categoryIds: ['algo', 'design'],
      durationMinutes: 45,
      bufferMinutes: 0,
      level: 'SENIOR',
    });
    expect(proposal.uncoveredCategoryIds).toEqual([]);
    expect(proposal.questionIds).toEqual(['a-easy', 'd1']);
  });

  it('gives up a lower-priority category before a higher-priority one', () => {
    const questions = [q('a1', 'algo', 2, 20), q('d1', 'design', 2, 20)];
    const categoryIds = ['design', 'algo'];
    const proposal = proposeQuestions({ ...base, questions, categoryIds, durationMinutes: 30, bufferMinutes: 0 });
    expect(proposal.questionIds).toEqual(['d1']);
    expect(proposal.uncoveredCategoryIds).toEqual(['algo']);
  });

  it('never proposes excluded questions, but keeps a locked one even if excluded', () => {
    const excludeQuestionIds = BANK.filter((question) => question.categoryId === 'algo').map((question) => question.id);
    const proposal = proposeQuestions({ ...base, excludeQuestionIds, lockedQuestionIds: ['algo-3-2'] });
    expect(proposal.questionIds[0]).toBe('algo-3-2');
    expect(proposal.questionIds.filter((id) => id.startsWith('algo-'))).toEqual(['algo-3-2']);
    expect(proposal.uncoveredCategoryIds).toEqual([]);
  });

  it('keeps locked questions first in the given order, from any category, and ignores unknown ids', () => {
    const questions = [...BANK, q('ops-1', 'ops', 2, 5)];
    const lockedQuestionIds = ['ml-2-1', 'ghost', 'ops-1', 'ml-2-1'];
    const proposal = proposeQuestions({ ...base, questions, lockedQuestionIds });
    expect(proposal.questionIds.slice(0, 2)).toEqual(['ml-2-1', 'ops-1']);
    expect(proposal.questionIds).not.toContain('ghost');
  });

  it('returns only the locked questions when they overrun the budget', () => {
    const proposal = proposeQuestions({
      ...base,
      durationMinutes: 20,
      bufferMinutes: 0,
      lockedQuestionIds: ['ml-3-2', 'ml-1-2', 'ml-2-2'],
    });
    expect(proposal).toEqual({
      questionIds: ['ml-3-2', 'ml-1-2', 'ml-2-2'],
      totalMinutes: 30,
      budgetMinutes: 20,
      uncoveredCategoryIds: ['algo', 'design'],
      offeredDifficulties: [1, 2, 3],
      unmetDifficulties: [],
    });
  });

  it('re-proposes the rest around locked questions', () => {
    const first = proposeQuestions(base);
    const keep = first.questionIds.slice(0, 2);
    const again = proposeQuestions({ ...base, lockedQuestionIds: keep, seed: 7 });
    expect(again.questionIds.slice(0, 2)).toEqual(keep);
    expect(again.totalMinutes).toBeLessThanOrEqual(again.budgetMinutes);
  });

  it('breaks ties with the seed: different seeds can give different proposals', () => {
    const proposals = new Set(Array.from({ length: 20 }, (_, seed) => proposeQuestions({ ...base, seed }).questionIds.join(',')));
    expect(proposals.size).toBeGreaterThan(1);
  });
});

describe('proposeQuestions: the difficulty mix it cannot match', () => {
  /** Two categories of Intermediate questions only, and one of every difficulty. */
  const INTERMEDIATE: CandidateQuestion[] = [q('a1', 'algo', 2, 5), q('a2', 'algo', 2, 10), q('d1', 'design', 2, 5)];
  const input: ProposalInput = {
    questions: [...INTERMEDIATE, ...BANK.filter((question) => question.categoryId === 'ml')],
    categoryIds: ['algo', 'design'],
    durationMinutes: 40,
    level: 'SENIOR',
    seed: 3,
  };

  it('says which difficulties there were to choose from and which the level asks for in vain', () => {
    const proposal = proposeQuestions(input);
    expect(proposal.questionIds).toHaveLength(3);
    expect(proposal.offeredDifficulties).toEqual([2]);
    // Senior asks for Advanced (half the minutes); its 10% of Foundational is not worth a warning.
    expect(proposal.unmetDifficulties).toEqual([3]);
    expect(proposeQuestions({ ...input, level: 'JUNIOR' }).unmetDifficulties).toEqual([1]);
    // Mid-level asks for Intermediate above all; its 30% of Advanced is not worth a warning either.
    expect(proposeQuestions({ ...input, level: 'MID' }).unmetDifficulties).toEqual([]);
    const advancedOnly = [q('a1', 'algo', 3, 5), q('d1', 'design', 3, 10)];
    expect(proposeQuestions({ ...input, questions: advancedOnly, level: 'MID' }).unmetDifficulties).toEqual([2]);
  });

  it('has nothing to say when every difficulty the level asks for is there', () => {
    expect(proposeQuestions(base).unmetDifficulties).toEqual([]);
    expect(proposeQuestions({ ...base, level: 'SENIOR' }).unmetDifficulties).toEqual([]);
    // A Junior round does not need Advanced questions.
    const easy = BANK.filter((question) => question.difficulty < 3);
    expect(proposeQuestions({ ...base, questions: easy, level: 'JUNIOR' }).unmetDifficulties).toEqual([]);
  });

  it('counts locked questions from any category, and not the excluded ones', () => {
    expect(proposeQuestions({ ...input, lockedQuestionIds: ['ml-3-1'] }).unmetDifficulties).toEqual([]);
    expect(proposeQuestions({ ...input, lockedQuestionIds: ['ml-3-1'] }).offeredDifficulties).toEqual([2, 3]);
    const withAdvanced = { ...input, questions: [...input.questions, q('a3', 'algo', 3, 10)] };
    expect(proposeQuestions(withAdvanced).unmetDifficulties).toEqual([]);
    expect(proposeQuestions({ ...withAdvanced, excludeQuestionIds: ['a3'] }).unmetDifficulties).toEqual([3]);
  });

  it('offers nothing when every question of the categories is excluded', () => {
    const proposal = proposeQuestions({ ...input, excludeQuestionIds: ['a1', 'a2', 'd1'] });
    expect(proposal.offeredDifficulties).toEqual([]);
    expect(proposal.unmetDifficulties).toEqual([2, 3]);
  });
});
