import { decodeKeysetCursor, encodeKeysetCursor, isCursorInstant, isCursorUuid } from '@panelist/server-core';
import { CardKey, CardRow } from './board.sql';

/** A card's cursor: its place in its column (when it entered the stage, then its id), so moves into the column never shift a page. */
export function cardCursor(row: Pick<CardRow, 'entered_at' | 'id'>): string {
  return encodeKeysetCursor([row.entered_at, row.id]);
}

export function decodeCardCursor(after: string | undefined): CardKey | undefined {
  if (!after) return undefined;
  const [enteredAt, id] = decodeKeysetCursor(after, [isCursorInstant, isCursorUuid]);
  return { enteredAt, id };
}
