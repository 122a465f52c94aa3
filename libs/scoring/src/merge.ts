import { FieldValue, sameValue, ScorecardFields } from './scorecard-fields';

/** A field both sides changed to different values since the version the save was based on. */
export interface FieldConflict {
  field: string;
  /** What the save asked for. */
  yours: FieldValue;
  /** What another save stored after the base version. */
  theirs: FieldValue;
}

export interface StoredScorecard {
  version: number;
  fields: ScorecardFields;
  /** For each field, the version that last changed it. */
  changedAt: Record<string, number>;
}

export type MergeResult =
  | { ok: true; fields: ScorecardFields; changedAt: Record<string, number>; changed: string[]; version: number }
  | { ok: false; conflicts: FieldConflict[] };

/**
 * Applies the fields of a save made from `baseVersion` onto what is stored. A field changed since the
 * base is a conflict only when the save sets it to something else; edits to different fields merge.
 * A save that changes nothing keeps the version.
 */
export function mergeSave(stored: StoredScorecard, baseVersion: number, edits: ScorecardFields): MergeResult {
  const conflicts: FieldConflict[] = [];
  const changed: string[] = [];
  for (const [field, value] of Object.entries(edits)) {
    if (sameValue(stored.fields[field], value)) continue;
    if ((stored.changedAt[field] ?? 0) > baseVersion) {
      conflicts.push({ field, yours: value, theirs: stored.fields[field] ?? null });
      continue;
    }
    changed.push(field);
  }
  if (conflicts.length > 0) return { ok: false, conflicts };
  if (changed.length === 0) return { ok: true, fields: stored.fields, changedAt: stored.changedAt, changed, version: stored.version };
  const version = stored.version + 1;
  const fields = { ...stored.fields };
  const changedAt = { ...stored.changedAt };
  for (const field of changed) {
    fields[field] = edits[field];
    changedAt[field] = version;
  }
  return { ok: true, fields, changedAt, changed, version };
}
