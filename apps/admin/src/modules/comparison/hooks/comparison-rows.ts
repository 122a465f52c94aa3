import type { ComparisonQuery, DecisionKind, Recommendation } from '../../../gql/graphql';
import { DEFAULT_RATING_SCALE } from '../../../ui/format';

export type ComparisonRow = ComparisonQuery['comparison']['rows'][number];

/** A candidate column of the table: by name, by one category's mean, by scorecards, or by a score. */
export type SortKey = 'name' | 'scorecards' | 'overall' | 'calibrated' | `category:${string}`;
export type SortDirection = 'ascending' | 'descending';
export interface Sort {
  key: SortKey;
  direction: SortDirection;
}

/** The server's own order: best overall score first. */
export const DEFAULT_SORT: Sort = { key: 'overall', direction: 'descending' };

/** Names read best A to Z; numbers best highest first. */
export function firstDirection(key: SortKey): SortDirection {
  return key === 'name' ? 'ascending' : 'descending';
}

export function nextSort(current: Sort, key: SortKey): Sort {
  if (current.key !== key) return { key, direction: firstDirection(key) };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

function valueOf(row: ComparisonRow, key: SortKey): number | string | null {
  if (key === 'name') return row.candidateName;
  if (key === 'scorecards') return row.scorecardCount;
  if (key === 'overall') return row.overallScore;
  if (key === 'calibrated') return row.calibratedScore;
  const categoryId = key.slice('category:'.length);
  return row.categoryScores.find((score) => score.categoryId === categoryId)?.mean ?? null;
}

/**
 * Rows in the order asked for. A candidate without a value (nobody rated it yet) goes last either way: an
 * unknown score is neither the best nor the worst. Ties keep the name order, so the table never reshuffles.
 */
export function sortRows(rows: readonly ComparisonRow[], sort: Sort): ComparisonRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const byName = (a: ComparisonRow, b: ComparisonRow) => a.candidateName.localeCompare(b.candidateName);
  return [...rows].sort((a, b) => {
    const left = valueOf(a, sort.key);
    const right = valueOf(b, sort.key);
    if (left === null || right === null) return left === right ? byName(a, b) : left === null ? 1 : -1;
    const order = typeof left === 'string' ? left.localeCompare(String(right)) : left - (right as number);
    return order === 0 ? byName(a, b) : sign * order;
  });
}

/** The most candidates drawn against the average at once: more bars per category stop being readable. */
export const MAX_CHARTED = 4;

export const RECOMMENDATION_LABELS: Record<Recommendation, string> = {
  STRONG_NO: 'Strong no',
  NO: 'No',
  YES: 'Yes',
  STRONG_YES: 'Strong yes',
};

export const DECISION_LABELS: Record<DecisionKind, string> = {
  ADVANCE: 'Advance',
  HIRE: 'Hire',
  REJECT: 'Reject',
};

/** "2 Strong yes, 1 No", strongest first as the server sends them. */
export function recommendationTally(recommendations: ComparisonRow['recommendations']): string {
  const given = recommendations.filter((entry) => entry.count > 0);
  if (given.length === 0) return 'None yet';
  return given.map((entry) => `${entry.count} ${RECOMMENDATION_LABELS[entry.recommendation]}`).join(', ');
}

/** A score on the 1–4 scale as text; an em dash when there is none. */
export function formatScore(value: number | null | undefined, digits = 1): string {
  return value == null ? '—' : value.toFixed(digits);
}

/** "+0.50" lenient, "−0.25" strict (a real minus sign, read as "minus"). */
export function formatOffset(value: number): string {
  const text = Math.abs(value).toFixed(2);
  if (Number(text) === 0) return '0.00';
  return `${value > 0 ? '+' : '−'}${text}`;
}

/** The rating level a score is closest to, for its colour: 1 (Strong no) to 4 (Strong yes). */
export function scoreLevel(value: number): 1 | 2 | 3 | 4 {
  return Math.min(4, Math.max(1, Math.round(value))) as 1 | 2 | 3 | 4;
}

/** A panelist's rating in words: the round's own label when known, the default scale's for four levels. */
export function ratingLabel(rating: number, levels: number, scale?: readonly string[]): string {
  const labels = scale && scale.length === levels ? scale : levels === DEFAULT_RATING_SCALE.length ? DEFAULT_RATING_SCALE : null;
  return labels?.[rating - 1] ?? `${rating} of ${levels}`;
}

export interface Bin {
  label: string;
  /** For a sentence: "between 1 and 1.5". */
  spoken: string;
  count: number;
}

const BIN_WIDTH = 0.5;

/** Overall scores in half-point bins over the 1–4 scale; 4 itself falls in the last bin. */
export function scoreBins(scores: ReadonlyArray<number | null>): Bin[] {
  const bins: Bin[] = [];
  for (let start = 1; start < 4; start += BIN_WIDTH) {
    const end = start + BIN_WIDTH;
    bins.push({ label: `${start}–${end}`, spoken: `${start} and ${end}`, count: 0 });
  }
  for (const score of scores) {
    if (score === null) continue;
    const index = Math.min(bins.length - 1, Math.max(0, Math.floor((score - 1) / BIN_WIDTH)));
    bins[index].count += 1;
  }
  return bins;
}

/** "My Opening!" -> "my-opening", for a file name. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
