/** Seeded PRNG so that the same inputs and seed give the same proposal (never Math.random). */
export type Random = () => number;

/** mulberry32: tiny, fast and good enough for breaking ties. Returns floats in [0, 1). */
export function mulberry32(seed: number): Random {
  // `>>> 0` also maps NaN, Infinity and fractions to a valid 32-bit state.
  let state = Number(seed) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Scores closer than this are ties; keeps float noise from deciding between equal choices. */
const TIE_EPSILON = 1e-9;

/**
 * The candidate with the lowest score; equal scores are broken by the PRNG. Candidates must come
 * in a canonical order (sorted by id) so the result does not depend on the caller's array order.
 */
export function pickBest<T>(candidates: readonly T[], score: (candidate: T) => number, random: Random): T | undefined {
  let best = Infinity;
  let tied: T[] = [];
  for (const candidate of candidates) {
    const value = score(candidate);
    if (value < best - TIE_EPSILON) {
      best = value;
      tied = [candidate];
    } else if (value <= best + TIE_EPSILON) {
      tied.push(candidate);
    }
  }
  if (tied.length <= 1) return tied[0];
  return tied[Math.min(tied.length - 1, Math.floor(random() * tied.length))];
}
