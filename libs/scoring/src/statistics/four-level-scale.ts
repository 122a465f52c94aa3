/**
 * Maps a level on a scale of `levels` onto the default 1..4 scale, so rounds with other scales compare: 1 + 3·(level−1)/(levels−1).
 * A scale needs two levels to have ends to map, so fewer throws a RangeError.
 */
export function onFourLevelScale(level: number, levels: number): number {
  if (!(levels >= 2)) throw new RangeError(`A scale needs at least two levels, got ${levels}`);
  return 1 + (3 * (level - 1)) / (levels - 1);
}
