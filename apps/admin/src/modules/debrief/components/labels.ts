import type { Recommendation } from '../../../gql/graphql';

export const RECOMMENDATION_LABELS: Record<Recommendation, string> = {
  STRONG_NO: 'Strong no',
  NO: 'No',
  YES: 'Yes',
  STRONG_YES: 'Strong yes',
};

/** Strongest first, as the tally reads. */
export const RECOMMENDATIONS: Recommendation[] = ['STRONG_YES', 'YES', 'NO', 'STRONG_NO'];

/** Where a rating sits on the four rating colours, whatever the length of its round's scale. */
export function ratingTone(rating: number, levels: number): number {
  return Math.min(4, Math.max(1, Math.ceil((rating / Math.max(levels, 1)) * 4)));
}

/** "2.8": scores are means on the 1–4 scale; one decimal is all they can bear. */
export function formatScore(score: number | null | undefined): string {
  return score == null ? '—' : score.toFixed(1);
}

/** "×1.5" */
export function formatWeight(weight: number): string {
  return `×${Number(weight.toFixed(2))}`;
}

/** Names from a list of ids, with a stand-in for a category the bank no longer has. */
export function namesOf(ids: readonly string[], names: ReadonlyMap<string, string>): string {
  return ids.map((id) => names.get(id) ?? 'a removed category').join(', ');
}
