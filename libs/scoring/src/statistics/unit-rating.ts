/** One rater's value for one unit (e.g. a panelist's rating of one candidate on one category). */
export interface UnitRating {
  unit: string;
  rater: string;
  value: number;
}

/**
 * Each unit's values by rater. A rater who rated the same unit more than once counts once, with the last value given:
 * a later rating is a correction of the earlier one, and counting both would double that rater's weight in the unit.
 */
export function valuesByUnit<T extends UnitRating>(ratings: readonly T[]): Map<string, Map<string, T>> {
  const units = new Map<string, Map<string, T>>();
  for (const rating of ratings) {
    let byRater = units.get(rating.unit);
    if (!byRater) units.set(rating.unit, (byRater = new Map()));
    byRater.set(rating.rater, rating);
  }
  return units;
}
