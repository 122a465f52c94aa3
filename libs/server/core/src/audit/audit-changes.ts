import { AuditEntityType, AuditFields } from './audit-event.entity';

/** Who made a change: the session's member and organisation, or no member (sign-up, an invitation accepted). */
export interface Actor {
  organizationId: string;
  userId: string | null;
}

/** One change to record: the record, what happened, and only the fields that changed. */
export interface AuditChange {
  action: string;
  entityType: AuditEntityType;
  entityId: string;
  before?: AuditFields | null;
  after?: AuditFields | null;
}

/** The named fields of a record, for a created or deleted one's `after` or `before`. */
export function fieldsOf<T extends object>(record: T, keys: ReadonlyArray<keyof T & string>): AuditFields {
  return Object.fromEntries(keys.map((key) => [key, record[key] ?? null]));
}

/** JSON is how the fields are stored, so two values are the same when their JSON is (dates, arrays, objects). */
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The fields among `keys` whose values differ between two versions of a record, before and after; undefined
 * when none did, so an update that changed nothing records nothing.
 */
export function changedFields<K extends string>(
  before: Partial<Record<K, unknown>>,
  after: Partial<Record<K, unknown>>,
  keys: readonly K[],
): { before: AuditFields; after: AuditFields } | undefined {
  const changed = keys.filter((key) => key in after && !same(before[key], after[key]));
  if (changed.length === 0) return undefined;
  return {
    before: Object.fromEntries(changed.map((key) => [key, before[key] ?? null])),
    after: Object.fromEntries(changed.map((key) => [key, after[key] ?? null])),
  };
}
