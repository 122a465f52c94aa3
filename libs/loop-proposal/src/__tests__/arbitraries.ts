/** Shared fast-check arbitraries: random banks and proposal inputs with unique question ids. */
import fc from 'fast-check';
import type { CandidateQuestion, Level, ProposalInput } from '..';

export const CATEGORIES = ['algo', 'design', 'ml', 'ops', 'sql'] as const;
export const LEVELS: readonly Level[] = ['JUNIOR', 'MID', 'SENIOR'];

export const questionArb = (categories: readonly string[] = CATEGORIES, maxMinutes = 30) =>
  fc.record({
    id: fc.stringMatching(/^[a-z0-9]{1,6}$/),
    categoryId: fc.constantFrom(...categories),
    difficulty: fc.integer({ min: 1, max: 3 }),
    estimatedMinutes: fc.integer({ min: 1, max: maxMinutes }),
  });

export const bankArb = (maxLength = 40) => fc.uniqueArray(questionArb(), { selector: (question) => question.id, maxLength });

/** A proposal input over a random bank: focus categories may include one with no questions. */
export const inputArb: fc.Arbitrary<ProposalInput> = bankArb().chain((questions) => {
  const ids = questions.map((question) => question.id);
  return fc.record({
    questions: fc.constant(questions),
    categoryIds: fc.shuffledSubarray([...CATEGORIES, 'empty-category']),
    durationMinutes: fc.integer({ min: 0, max: 120 }),
    bufferMinutes: fc.option(fc.integer({ min: -5, max: 30 }), { nil: undefined }),
    level: fc.constantFrom(...LEVELS),
    excludeQuestionIds: fc.subarray(ids),
    // An unknown id now and then: it must be ignored.
    lockedQuestionIds: fc.shuffledSubarray([...ids, 'ghost'], { maxLength: Math.min(4, ids.length + 1) }),
    seed: fc.integer(),
  });
});

export function minutesOf(questions: readonly CandidateQuestion[], ids: readonly string[]): number {
  const byId = new Map(questions.map((question) => [question.id, question]));
  return ids.reduce((sum, id) => sum + (byId.get(id)?.estimatedMinutes ?? 0), 0);
}

/** Locked ids as the function must keep them: known, first occurrence, in the given order. */
export function knownLocked(input: ProposalInput): string[] {
  const known = new Set(input.questions.map((question) => question.id));
  return [...new Set(input.lockedQuestionIds ?? [])].filter((id) => known.has(id));
}

/** The budget as documented: duration minus buffer (default min(10, 20% in whole minutes)), never negative. */
export function expectedBudget(input: ProposalInput): number {
  const buffer =
    input.bufferMinutes === undefined ? Math.min(10, Math.floor(0.2 * input.durationMinutes)) : Math.max(0, input.bufferMinutes);
  return Math.max(0, input.durationMinutes - buffer);
}

export function shuffle<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed >>> 0 || 1;
  for (let index = copy.length - 1; index > 0; index--) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    const other = state % (index + 1);
    [copy[index], copy[other]] = [copy[other], copy[index]];
  }
  return copy;
}
