import { sql } from '@panelist/server-core';

export const nextStagePositionSql = (openingId: string) =>
  sql<{ next: number }>(`SELECT coalesce(max(position) + 1, 0)::int AS next FROM stage WHERE opening_id = $1`, [openingId]);

/** Closes the gap a deleted stage leaves in its opening's order. */
export const closeStageGapSql = (openingId: string, position: number) =>
  sql(`UPDATE stage SET position = position - 1 WHERE opening_id = $1 AND position > $2`, [openingId, position]);

export const stageOfOpeningSql = (stageId: string, openingId: string) =>
  sql<{ '?column?': number }>(`SELECT 1 FROM stage WHERE id = $1 AND opening_id = $2`, [stageId, openingId]);
