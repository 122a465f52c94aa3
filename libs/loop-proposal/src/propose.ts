/**
 * proposeQuestions: locked questions first, then one question per uncovered focus category
 * (coverage), then fill the remaining time for the difficulty mix. Pure and deterministic: the
 * bank is sorted by id and every tie goes to a PRNG seeded with `seed`.
 */
import { type BankQuestion, normalizeBank, uniqueStrings } from './bank';
import { budgetMinutes } from './budget';
import { coverCategories } from './coverage';
import { targetMix, unmetDifficulties } from './difficulty-mix';
import { fillRemainingTime } from './fill';
import { interviewOrder } from './order';
import { mulberry32 } from './random';
import { Selection } from './selection';
import type { Difficulty, Proposal, ProposalInput } from './types';

export function proposeQuestions(input: ProposalInput): Proposal {
  const bank = normalizeBank(input?.questions);
  const categoryIds = uniqueStrings(input?.categoryIds);
  const budget = budgetMinutes(input?.durationMinutes, input?.bufferMinutes);
  const excluded = new Set(uniqueStrings(input?.excludeQuestionIds));
  // Unknown locked ids are ignored; a locked id that is also excluded stays (explicit choice wins).
  const locked = uniqueStrings(input?.lockedQuestionIds)
    .map((id) => bank.byId.get(id))
    .filter((question): question is BankQuestion => question !== undefined);

  const selection = new Selection();
  for (const question of locked) selection.add(question);
  const focus = new Set(categoryIds);
  const pool = bank.questions.filter((q) => focus.has(q.categoryId) && !excluded.has(q.id) && !selection.has(q.id));
  const target = targetMix(input?.level);
  const offered = new Set<Difficulty>([...locked, ...pool].map((question) => question.difficulty));

  // Locked questions are never dropped; if they alone overrun the budget nothing else is added.
  if (selection.totalMinutes <= budget) {
    const context = { pool, selection, budget, target, random: mulberry32(input?.seed) };
    coverCategories(categoryIds, context);
    fillRemainingTime(context);
  }

  return {
    questionIds: interviewOrder(locked, selection.questions.slice(locked.length), categoryIds),
    totalMinutes: selection.totalMinutes,
    budgetMinutes: budget,
    uncoveredCategoryIds: categoryIds.filter((categoryId) => !selection.covers(categoryId)),
    offeredDifficulties: [...offered].sort((a, b) => a - b),
    unmetDifficulties: unmetDifficulties(target, offered),
  };
}
