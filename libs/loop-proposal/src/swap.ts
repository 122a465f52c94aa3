/**
 * swapCandidates: questions of the same category that could replace `questionId` in the round
 * `current` — never excluded, never already in the round. Ranked by fit: first those that keep the
 * round within the time budget, then by how close the round's difficulty mix gets to the target
 * after the swap, then by closeness to the replaced question's difficulty and length, then by id.
 */
import { type BankQuestion, compareStrings, normalizeBank, uniqueStrings } from './bank';
import { budgetMinutes } from './budget';
import { distanceWith, targetMix } from './difficulty-mix';
import { Selection } from './selection';
import type { SwapInput } from './types';

interface Ranked {
  question: BankQuestion;
  overBudget: number;
  distance: number;
  difficultyGap: number;
  minutesGap: number;
}

export function swapCandidates(input: SwapInput): string[] {
  const bank = normalizeBank(input?.questions);
  const replaced = typeof input?.questionId === 'string' ? bank.byId.get(input.questionId) : undefined;
  if (!replaced) return [];
  const excluded = new Set(uniqueStrings(input.excludeQuestionIds));
  const current = new Set(uniqueStrings(input.current));
  const budget = budgetMinutes(input.durationMinutes, input.bufferMinutes);
  const target = targetMix(input.level);

  // The round without the question being swapped out.
  const rest = new Selection();
  for (const id of current) {
    const question = bank.byId.get(id);
    if (question && question.id !== replaced.id) rest.add(question);
  }

  const ranked: Ranked[] = bank.questions
    .filter((q) => q.categoryId === replaced.categoryId && q.id !== replaced.id)
    .filter((q) => !excluded.has(q.id) && !current.has(q.id))
    .map((question) => ({
      question,
      overBudget: rest.totalMinutes + question.minutes <= budget ? 0 : 1,
      // Rounded so float noise does not outrank the readable tie-breakers below.
      distance: Math.round(distanceWith(rest.tally, target, question.difficulty, question.minutes) * 1e9),
      difficultyGap: Math.abs(question.difficulty - replaced.difficulty),
      minutesGap: Math.abs(question.minutes - replaced.minutes),
    }));
  ranked.sort(
    (a, b) =>
      a.overBudget - b.overBudget ||
      a.distance - b.distance ||
      a.difficultyGap - b.difficultyGap ||
      a.minutesGap - b.minutesGap ||
      compareStrings(a.question.id, b.question.id),
  );
  return ranked.map((entry) => entry.question.id);
}
