import fc from 'fast-check';
import { DIFFICULTY_MIX, type ProposalInput, proposeQuestions } from '..';
import { CATEGORIES, LEVELS, expectedBudget, inputArb, knownLocked, minutesOf, questionArb, shuffle } from './arbitraries';

const RUNS = { numRuns: 200 };

/** Questions the algorithm may propose: focus category, not excluded, not locked. */
function pool(input: ProposalInput) {
  const focus = new Set(input.categoryIds);
  const excluded = new Set(input.excludeQuestionIds ?? []);
  const locked = new Set(knownLocked(input));
  return input.questions.filter((q) => focus.has(q.categoryId) && !excluded.has(q.id) && !locked.has(q.id));
}

function shortestIn(input: ProposalInput, categoryId: string): number | undefined {
  const minutes = pool(input)
    .filter((q) => q.categoryId === categoryId)
    .map((q) => q.estimatedMinutes);
  return minutes.length > 0 ? Math.min(...minutes) : undefined;
}

function coveredByLocked(input: ProposalInput): Set<string> {
  const byId = new Map(input.questions.map((q) => [q.id, q]));
  return new Set(knownLocked(input).map((id) => byId.get(id)!.categoryId));
}

describe('proposeQuestions (properties)', () => {
  it('respects the time budget; locked questions that overrun it come back alone', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const proposal = proposeQuestions(input);
        const locked = knownLocked(input);
        expect(proposal.budgetMinutes).toBe(expectedBudget(input));
        expect(proposal.totalMinutes).toBe(minutesOf(input.questions, proposal.questionIds));
        if (minutesOf(input.questions, locked) <= proposal.budgetMinutes) {
          expect(proposal.totalMinutes).toBeLessThanOrEqual(proposal.budgetMinutes);
        } else {
          expect(proposal.questionIds).toEqual(locked);
        }
      }),
      RUNS,
    );
  });

  it('proposes only bank questions of a focus category (or locked), without duplicates or excluded ids', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { questionIds } = proposeQuestions(input);
        const byId = new Map(input.questions.map((q) => [q.id, q]));
        const locked = new Set(knownLocked(input));
        const excluded = new Set(input.excludeQuestionIds);
        expect(new Set(questionIds).size).toBe(questionIds.length);
        for (const id of questionIds) {
          expect(byId.has(id)).toBe(true);
          if (locked.has(id)) continue;
          expect(input.categoryIds).toContain(byId.get(id)!.categoryId);
          expect(excluded.has(id)).toBe(false);
        }
      }),
      RUNS,
    );
  });

  it('keeps every known locked id, first, in the given order', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const locked = knownLocked(input);
        expect(proposeQuestions(input).questionIds.slice(0, locked.length)).toEqual(locked);
      }),
      RUNS,
    );
  });

  it('orders the rest by focus-category priority, easier before harder within a category', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const byId = new Map(input.questions.map((q) => [q.id, q]));
        const rest = proposeQuestions(input)
          .questionIds.slice(knownLocked(input).length)
          .map((id) => byId.get(id)!);
        const key = (q: (typeof rest)[number]) => input.categoryIds.indexOf(q.categoryId) * 10 + q.difficulty;
        for (let index = 1; index < rest.length; index++) {
          expect(key(rest[index - 1])).toBeLessThanOrEqual(key(rest[index]));
        }
      }),
      RUNS,
    );
  });

  it('is deterministic: same input and seed, even with the bank shuffled, give the same proposal', () => {
    fc.assert(
      fc.property(inputArb, fc.integer(), (input, shuffleSeed) => {
        const first = proposeQuestions(input);
        expect(proposeQuestions(structuredClone(input))).toEqual(first);
        expect(proposeQuestions({ ...input, questions: shuffle(input.questions, shuffleSeed) })).toEqual(first);
      }),
      RUNS,
    );
  });

  it('reports exactly the focus categories without a proposed question, in input order', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const proposal = proposeQuestions(input);
        const byId = new Map(input.questions.map((q) => [q.id, q]));
        const covered = new Set(proposal.questionIds.map((id) => byId.get(id)!.categoryId));
        expect(proposal.uncoveredCategoryIds).toEqual(input.categoryIds.filter((c) => !covered.has(c)));
      }),
      RUNS,
    );
  });

  it('fills the time: once done, no proposable question fits in the time left', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const proposal = proposeQuestions(input);
        if (minutesOf(input.questions, knownLocked(input)) > proposal.budgetMinutes) return;
        const left = proposal.budgetMinutes - proposal.totalMinutes;
        const chosen = new Set(proposal.questionIds);
        const fitting = pool(input).filter((q) => !chosen.has(q.id) && q.estimatedMinutes <= left);
        expect(fitting).toEqual([]);
      }),
      RUNS,
    );
  });

  it('leaves a category uncovered only when higher-priority categories (at their shortest) leave it no room', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const proposal = proposeQuestions(input);
        const lockedMinutes = minutesOf(input.questions, knownLocked(input));
        if (lockedMinutes > proposal.budgetMinutes) return;
        const byLocked = coveredByLocked(input);
        let roomLeft = proposal.budgetMinutes - lockedMinutes;
        for (const categoryId of input.categoryIds) {
          if (byLocked.has(categoryId)) continue;
          const shortest = shortestIn(input, categoryId);
          if (proposal.uncoveredCategoryIds.includes(categoryId) && shortest !== undefined) {
            expect(shortest).toBeGreaterThan(roomLeft);
          }
          // Higher priority categories are at most this demanding on the time left.
          if (shortest !== undefined) roomLeft -= shortest;
        }
      }),
      RUNS,
    );
  });

  it('covers every focus category when the shortest question of each fits in the budget together', () => {
    // Build inputs where coverage is possible: the duration leaves room for the locked questions
    // plus the shortest proposable question of each focus category still uncovered.
    const coverableArb = inputArb
      .filter((input) => input.categoryIds.every((c) => coveredByLocked(input).has(c) || shortestIn(input, c) !== undefined))
      .chain((input) =>
        fc.integer({ min: 0, max: 20 }).map((slack): ProposalInput => {
          const byLocked = coveredByLocked(input);
          const needed =
            minutesOf(input.questions, knownLocked(input)) +
            input.categoryIds.filter((c) => !byLocked.has(c)).reduce((sum, c) => sum + shortestIn(input, c)!, 0);
          const buffer = Math.max(0, input.bufferMinutes ?? 0);
          return { ...input, bufferMinutes: buffer, durationMinutes: needed + buffer + slack };
        }),
      );
    fc.assert(
      fc.property(coverableArb, (input) => {
        expect(proposeQuestions(input).uncoveredCategoryIds).toEqual([]);
      }),
      RUNS,
    );
  });

  it('gets close to the difficulty mix for a large bank and a long round', () => {
    const largeInputArb = fc.record({
      // ~90 questions over three categories, every difficulty well represented.
      questions: fc.uniqueArray(questionArb(CATEGORIES.slice(0, 3), 15), {
        selector: (q) => q.id,
        minLength: 90,
        maxLength: 120,
      }),
      level: fc.constantFrom(...LEVELS),
      durationMinutes: fc.integer({ min: 120, max: 240 }),
      seed: fc.integer(),
    });
    fc.assert(
      fc.property(largeInputArb, ({ questions, level, durationMinutes, seed }) => {
        // Each difficulty needs enough minutes in the bank to reach its share of the round.
        for (const difficulty of [1, 2, 3]) {
          const available = minutesOf(
            questions,
            questions.filter((q) => q.difficulty === difficulty).map((q) => q.id),
          );
          fc.pre(available >= durationMinutes);
        }
        const proposal = proposeQuestions({
          questions,
          level,
          durationMinutes,
          seed,
          categoryIds: CATEGORIES.slice(0, 3),
        });
        const byId = new Map(questions.map((q) => [q.id, q]));
        for (const difficulty of [1, 2, 3] as const) {
          const minutes = proposal.questionIds
            .map((id) => byId.get(id)!)
            .filter((q) => q.difficulty === difficulty)
            .reduce((sum, q) => sum + q.estimatedMinutes, 0);
          const share = minutes / proposal.totalMinutes;
          expect(Math.abs(share - DIFFICULTY_MIX[level][difficulty])).toBeLessThanOrEqual(0.1);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('never throws or loops on odd input', () => {
    const oddNumber = fc.oneof(fc.double(), fc.integer({ min: -50, max: 200 }), fc.constant(Number.NaN), fc.constant(Infinity));
    const oddInputArb = fc.record({
      questions: fc.array(
        fc.record({
          id: fc.oneof(fc.stringMatching(/^[a-c]{1,2}$/), fc.constant(undefined)),
          categoryId: fc.constantFrom('a', 'b', 'c'),
          difficulty: oddNumber,
          estimatedMinutes: oddNumber,
        }),
        { maxLength: 30 },
      ),
      categoryIds: fc.array(fc.constantFrom('a', 'b', 'c', 'x')),
      durationMinutes: oddNumber,
      bufferMinutes: fc.option(oddNumber, { nil: undefined }),
      level: fc.constantFrom('JUNIOR', 'MID', 'SENIOR', 'INTERN', undefined),
      lockedQuestionIds: fc.array(fc.stringMatching(/^[a-c]{1,2}$/), { maxLength: 5 }),
      excludeQuestionIds: fc.array(fc.stringMatching(/^[a-c]{1,2}$/), { maxLength: 5 }),
      seed: oddNumber,
    });
    fc.assert(
      fc.property(oddInputArb, (input) => {
        const proposal = proposeQuestions(input as unknown as ProposalInput);
        expect(proposal.budgetMinutes).toBeGreaterThanOrEqual(0);
        expect(Number.isFinite(proposal.budgetMinutes)).toBe(true);
        expect(new Set(proposal.questionIds).size).toBe(proposal.questionIds.length);
        if ((input.lockedQuestionIds ?? []).length === 0) {
          expect(proposal.totalMinutes).toBeLessThanOrEqual(proposal.budgetMinutes);
        }
      }),
      RUNS,
    );
  });
});
