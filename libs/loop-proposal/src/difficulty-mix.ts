/**
 * Difficulty mix: the share of the round's minutes spent at each difficulty. Shares are weighted
 * by minutes, not by question count, because a 20-minute scenario shapes a round more than a
 * 3-minute warm-up.
 */
import type { Difficulty, Level } from './types';

const DIFFICULTIES: readonly Difficulty[] = [1, 2, 3];

/**
 * A difficulty the mix gives at least this share is one the level asks for: without any question of it
 * the round cannot look like its level (a Senior round of Intermediate questions only). Smaller shares
 * (a Senior round's 10% of warm-ups, a Mid-level round's 30% of Advanced) are nice to have, and missing
 * them is not worth a warning: most banks are mostly Intermediate, which is what a Mid-level round asks.
 */
const ASKED_SHARE = 0.35;

export const DIFFICULTY_MIX: Readonly<Record<Level, Readonly<Record<Difficulty, number>>>> = Object.freeze({
  JUNIOR: Object.freeze({ 1: 0.5, 2: 0.4, 3: 0.1 }),
  MID: Object.freeze({ 1: 0.2, 2: 0.5, 3: 0.3 }),
  SENIOR: Object.freeze({ 1: 0.1, 2: 0.4, 3: 0.5 }),
});

export type MixTarget = Readonly<Record<Difficulty, number>>;

/** Minutes spent per difficulty. */
export type MixTally = Record<Difficulty, number>;

/** Unknown levels (untyped callers) get the middle mix rather than a crash. */
export function targetMix(level: unknown): MixTarget {
  return level === 'JUNIOR' || level === 'MID' || level === 'SENIOR' ? DIFFICULTY_MIX[level] : DIFFICULTY_MIX.MID;
}

export function emptyTally(): MixTally {
  return { 1: 0, 2: 0, 3: 0 };
}

/** Achieved share of minutes per difficulty; all zero for an empty round. */
function achievedMix(tally: MixTally): Record<Difficulty, number> {
  const total = tally[1] + tally[2] + tally[3];
  if (total <= 0) return { 1: 0, 2: 0, 3: 0 };
  return { 1: tally[1] / total, 2: tally[2] / total, 3: tally[3] / total };
}

/** L1 distance between the achieved shares and the target (0 = perfect, 2 = as far as it gets). */
function mixDistance(tally: MixTally, target: MixTarget): number {
  const shares = achievedMix(tally);
  return DIFFICULTIES.reduce((sum, difficulty) => sum + Math.abs(shares[difficulty] - target[difficulty]), 0);
}

/** Distance after adding `minutes` at `difficulty`, without mutating the tally. */
export function distanceWith(tally: MixTally, target: MixTarget, difficulty: Difficulty, minutes: number): number {
  return mixDistance({ ...tally, [difficulty]: tally[difficulty] + minutes }, target);
}

/**
 * The difficulties the level's mix asks for of which `offered` has no question, ascending: the proposal
 * cannot match the mix, whatever the seed.
 */
export function unmetDifficulties(target: MixTarget, offered: ReadonlySet<Difficulty>): Difficulty[] {
  return DIFFICULTIES.filter((difficulty) => target[difficulty] >= ASKED_SHARE && !offered.has(difficulty));
}
