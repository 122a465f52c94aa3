/**
 * What each level of a round's scale looks like for a question that has no anchors of its own, written
 * in terms of its talking points so every panelist reads a level the same way.
 */
const FOUR_LEVELS = [
  'Covers few of the talking points, or gets them wrong; needs heavy prompting',
  'Covers some talking points but misses key ones; stays general when pushed',
  'Covers most talking points correctly, with relevant examples',
  'Covers the talking points and goes beyond them: trade-offs, failure modes, lived experience',
];

/** One anchor per level of `scale`, lowest first; scales of another length spread the four descriptions over their levels. */
export function defaultAnchors(scale: readonly string[]): string[] {
  if (scale.length <= 1) return scale.map(() => FOUR_LEVELS[2]);
  return scale.map((_, level) => FOUR_LEVELS[Math.round((level * (FOUR_LEVELS.length - 1)) / (scale.length - 1))]);
}
