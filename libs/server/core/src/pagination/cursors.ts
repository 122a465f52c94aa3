import { CommonException } from '../errors/domain.exception';

/**
 * Cursors are opaque to clients: they come from the server (an edge's `cursor`, `pageInfo.endCursor`, or
 * a field such as a board column's `endCursor`) and are sent back as `after`. Anything else is
 * BAD_USER_INPUT on `after`.
 */
function notACursor(): CommonException {
  return CommonException.badInput('after', 'after: not a cursor from this list');
}

// Offset cursors: for ranked lists (search results), where a keyset on (rank, id) would not survive re-ranking anyway.
export function encodeOffsetCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

/** The offset a page after `cursor` starts at (0 without one). */
export function decodeOffsetCursor(cursor: string | undefined): number {
  if (!cursor) return 0;
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw notACursor();
  return Number(match[1]) + 1;
}

const MICROSECOND_UTC = /^[1-9]\d{3}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A keyset part that is a real instant (no 30 February, no hour 24) in the microsecond form a feature's SQL
 * writes (`to_char(… AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`): PostgreSQL would refuse anything
 * else, and a millisecond JavaScript Date would skip rows that share a millisecond.
 */
export function isCursorInstant(text: string): boolean {
  return MICROSECOND_UTC.test(text) && new Date(text).toISOString().slice(0, 23) === text.slice(0, 23);
}

export const isCursorUuid = (text: string): boolean => UUID.test(text);

/**
 * Keyset cursors: the sort key of the last row a page sent (a timestamp and an id, say). The next page
 * starts after that key, so rows added or removed meanwhile never make a page skip or repeat one.
 */
export function encodeKeysetCursor(key: readonly string[]): string {
  return Buffer.from(`k:${JSON.stringify(key)}`).toString('base64url');
}

/** The sort key in a keyset cursor: as many strings as `parts`, each passing its check. */
export function decodeKeysetCursor(cursor: string, parts: ReadonlyArray<(part: string) => boolean>): string[] {
  const text = Buffer.from(cursor, 'base64url').toString();
  let key: unknown;
  try {
    key = text.startsWith('k:') ? JSON.parse(text.slice(2)) : undefined;
  } catch {
    throw notACursor();
  }
  if (!Array.isArray(key) || key.length !== parts.length || !key.every((part, index) => typeof part === 'string' && parts[index](part)))
    throw notACursor();
  return key;
}
