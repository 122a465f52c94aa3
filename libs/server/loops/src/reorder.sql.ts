import { sql } from '@panelist/server-core';

/** Every row of `table` takes its index in `ids` as its position, in one UPDATE. */
export const reorderSql = (table: 'stage' | 'round', ids: string[]) =>
  sql(`UPDATE ${table} t SET position = o.position - 1 FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, position) WHERE t.id = o.id`, [
    ids,
  ]);
