/**
 * Normalises the bank once so the rest of the algorithm can trust it: sorted by id (so results do
 * not depend on the caller's array order), one entry per id, difficulty in 1..3, minutes >= 1.
 * Entries that cannot be placed at all (no string id or category, unknown length) are dropped;
 * the server validates input, this only keeps the function total.
 */
import type { Difficulty } from './types';

export interface BankQuestion {
  id: string;
  categoryId: string;
  difficulty: Difficulty;
  minutes: number;
}

export interface Bank {
  /** Sorted by id. */
  questions: BankQuestion[];
  byId: Map<string, BankQuestion>;
}

function toDifficulty(value: unknown): Difficulty {
  if (typeof value !== 'number' || Number.isNaN(value)) return 2;
  return Math.min(3, Math.max(1, Math.round(value))) as Difficulty;
}

function toQuestion(value: unknown): BankQuestion | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { id, categoryId, difficulty, estimatedMinutes } = value as Record<string, unknown>;
  if (typeof id !== 'string' || typeof categoryId !== 'string') return undefined;
  if (typeof estimatedMinutes !== 'number' || !Number.isFinite(estimatedMinutes)) return undefined;
  // Rounding short questions up to a minute keeps the budget check conservative.
  return { id, categoryId, difficulty: toDifficulty(difficulty), minutes: Math.max(1, estimatedMinutes) };
}

/** Code-unit order, independent of the runtime's locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Full-key order so that even duplicate ids resolve the same way whatever the input order. */
function compareQuestions(a: BankQuestion, b: BankQuestion): number {
  return compareStrings(a.id, b.id) || compareStrings(a.categoryId, b.categoryId) || a.difficulty - b.difficulty || a.minutes - b.minutes;
}

export function normalizeBank(questions: unknown): Bank {
  const parsed = (Array.isArray(questions) ? questions : []).map(toQuestion).filter((q) => q !== undefined);
  parsed.sort(compareQuestions);
  const byId = new Map<string, BankQuestion>();
  for (const question of parsed) if (!byId.has(question.id)) byId.set(question.id, question);
  return { questions: [...byId.values()], byId };
}

/** Strings of a list, first occurrence kept, order preserved; anything else yields []. */
export function uniqueStrings(values: unknown): string[] {
  if (!Array.isArray(values)) return [];
  return [...new Set(values.filter((value): value is string => typeof value === 'string'))];
}
