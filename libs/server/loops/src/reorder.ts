import { AuditChange, AuditEntityType, runSql } from '@panelist/server-core';
import { EntityManager } from 'typeorm';
import { reorderSql } from './reorder.sql';

/**
 * Gives all `rows` (the stages, or the rounds, of one opening) the order of `ids` in one UPDATE and
 * returns them in that order; undefined, with nothing written, when `ids` does not list every row exactly once.
 */
export async function applyOrder<T extends { id: string; position: number }>(
  manager: EntityManager,
  table: 'stage' | 'round',
  rows: T[],
  ids: string[],
): Promise<T[] | undefined> {
  const byId = new Map(rows.map((row) => [row.id, row]));
  if (new Set(ids).size !== ids.length || ids.length !== byId.size || ids.some((id) => !byId.has(id))) return undefined;
  await runSql(manager, reorderSql(table, ids));
  return ids.map((id, position) => Object.assign(byId.get(id)!, { position }));
}

/** An audit event for each row `applyOrder` moved: its position before (from `positions`) and after. */
export function reorderChanges(
  entityType: AuditEntityType,
  positions: ReadonlyMap<string, number>,
  ordered: Array<{ id: string; position: number }>,
): AuditChange[] {
  return ordered
    .filter((row) => positions.get(row.id) !== row.position)
    .map((row) => ({
      action: 'REORDERED',
      entityType,
      entityId: row.id,
      before: { position: positions.get(row.id) ?? null },
      after: { position: row.position },
    }));
}
