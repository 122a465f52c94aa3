import { FieldKey, describeField, sameValue, type FieldValue, type Recommendation, type ScorecardFields } from '@panelist/scoring';
import type { CategoryRatingInput, QuestionRatingInput } from '../../../gql/graphql';

/**
 * Edits the server has not acknowledged yet, as the flat fields of @panelist/scoring, with the version they were
 * made on: that version is what a save sends, so the server can tell our edits from changes made elsewhere since.
 */
export interface PendingEdits {
  baseVersion: number;
  edits: ScorecardFields;
}

/** What a scorecard answer from the server holds, as the same flat fields the server merges. */
export interface ScorecardValues {
  ratings: ReadonlyArray<{ questionId: string; rating?: number | null; notAsked: boolean; notes: string; talkingPointsCovered: number[] }>;
  categoryRatings: ReadonlyArray<{ categoryId: string; rating?: number | null }>;
  recommendation?: Recommendation | null;
  summary: string;
}

export function fieldsOfScorecard(scorecard: ScorecardValues): ScorecardFields {
  const fields: ScorecardFields = {};
  for (const rating of scorecard.ratings) {
    fields[FieldKey.questionRating(rating.questionId)] = rating.notAsked ? 'NOT_ASKED' : (rating.rating ?? null);
    fields[FieldKey.questionNotes(rating.questionId)] = rating.notes;
    fields[FieldKey.questionCovered(rating.questionId)] = rating.talkingPointsCovered;
  }
  for (const rating of scorecard.categoryRatings) fields[FieldKey.categoryRating(rating.categoryId)] = rating.rating ?? null;
  fields[FieldKey.recommendation] = scorecard.recommendation ?? null;
  fields[FieldKey.summary] = scorecard.summary;
  return fields;
}

/** One more edit; the first of a batch is based on the version the page has from the server. */
export function withEdit(pending: PendingEdits | null, serverVersion: number, field: string, value: FieldValue): PendingEdits {
  return { baseVersion: pending?.baseVersion ?? serverVersion, edits: { ...pending?.edits, [field]: value } };
}

/**
 * What is left after the server stored `sent` at `savedVersion`: fields changed again while the save was on its
 * way stay, now based on the saved version (which holds our own earlier value of them).
 */
export function afterSave(pending: PendingEdits | null, sent: ScorecardFields, savedVersion: number): PendingEdits | null {
  if (!pending) return null;
  const left = Object.entries(pending.edits).filter(([field, value]) => !(field in sent) || !sameValue(sent[field], value));
  return left.length === 0 ? null : { baseVersion: savedVersion, edits: Object.fromEntries(left) };
}

/** What the page shows: the server's scorecard with this device's unsent edits on top. */
export function overServer(server: ScorecardFields, pending: PendingEdits | null): ScorecardFields {
  return pending ? { ...server, ...pending.edits } : server;
}

/** Keeps this device's value of a conflicting field: it is sent again on top of the version the conflict named. */
export function keepingMine(pending: PendingEdits | null, conflictVersion: number): PendingEdits | null {
  return pending && { ...pending, baseVersion: Math.max(pending.baseVersion, conflictVersion) };
}

/** Gives up this device's value of a field, so the other device's stands. */
export function keepingTheirs(pending: PendingEdits | null, field: string, conflictVersion: number): PendingEdits | null {
  if (!pending) return null;
  const edits = Object.fromEntries(Object.entries(pending.edits).filter(([key]) => key !== field));
  return Object.keys(edits).length === 0 ? null : { baseVersion: Math.max(pending.baseVersion, conflictVersion), edits };
}

export interface ScorecardChanges {
  ratings?: QuestionRatingInput[];
  categoryRatings?: CategoryRatingInput[];
  recommendation?: Recommendation | null;
  summary?: string | null;
}

/** The save (or amendment) input for some fields: one entry per question or category touched, only the parts changed. */
export function changesOf(edits: ScorecardFields): ScorecardChanges {
  const ratings = new Map<string, QuestionRatingInput>();
  const categoryRatings: CategoryRatingInput[] = [];
  const changes: ScorecardChanges = {};
  for (const [field, value] of Object.entries(edits)) {
    const { kind, id, part } = describeField(field);
    if (kind === 'question' && id) {
      const input = ratings.get(id) ?? { questionId: id };
      if (part === 'rating') Object.assign(input, value === 'NOT_ASKED' ? { notAsked: true } : { rating: value as number | null });
      else if (part === 'notes') input.notes = value as string | null;
      else if (part === 'covered') input.talkingPointsCovered = value as number[];
      ratings.set(id, input);
    } else if (kind === 'category' && id) {
      categoryRatings.push({ categoryId: id, rating: value as number | null });
    } else if (kind === 'recommendation') {
      changes.recommendation = value as Recommendation | null;
    } else {
      changes.summary = value as string | null;
    }
  }
  if (ratings.size > 0) changes.ratings = [...ratings.values()];
  if (categoryRatings.length > 0) changes.categoryRatings = categoryRatings;
  return changes;
}
