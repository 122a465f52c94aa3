import { RECOMMENDATIONS } from './suggest';
import { Recommendation, ScorecardFields } from './scorecard-fields';

export interface RatedField {
  subject: 'CATEGORY' | 'QUESTION' | 'RECOMMENDATION';
  /** The category or question; null for the recommendation. */
  subjectId: string | null;
  level: number;
  levels: number;
}

/**
 * The ratings a scorecard's fields hold, one per rated question and category (on the round's scale of
 * `levels`) and the recommendation (STRONG_NO = 1 … STRONG_YES = 4). Unrated and not-asked questions carry none.
 */
export function ratedFields(fields: ScorecardFields, levels: number): RatedField[] {
  const rated: RatedField[] = [];
  for (const [key, value] of Object.entries(fields)) {
    const [scope, id, part] = key.split(':');
    if (part === 'rating' && typeof value === 'number' && (scope === 'question' || scope === 'category')) {
      rated.push({ subject: scope === 'question' ? 'QUESTION' : 'CATEGORY', subjectId: id, level: value, levels });
    }
  }
  const recommendation = RECOMMENDATIONS.indexOf(fields.recommendation as Recommendation);
  if (recommendation >= 0)
    rated.push({ subject: 'RECOMMENDATION', subjectId: null, level: recommendation + 1, levels: RECOMMENDATIONS.length });
  return rated;
}
