import type { TestApp } from '../test-app';

/** For each table: its row count and the newest row version (max xmin). Any insert, update or delete changes it. */
type Fingerprint = Record<string, string>;

function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  return Object.keys(after)
    .filter((table) => before[table] !== after[table])
    .map((table) => `${table} (${before[table]} -> ${after[table]})`);
}

/**
 * Tables that record the request itself rather than a change it made: failed sign-ins are counted to slow
 * guessing (login_throttle, left out), and sessions and API tokens note their last use (compared by row count,
 * so creating or deleting one still shows).
 */
const REQUEST_BOOKKEEPING: Record<string, 'ignored' | 'count'> = { login_throttle: 'ignored', session: 'count', api_token: 'count' };

/**
 * Answers which tables changed since it was last asked. Cheap when nothing was written: every table is
 * fingerprinted (in one statement) only when a transaction with writes ended meanwhile, which moves the
 * snapshot's xmax on.
 */
export async function changeWatcher(api: TestApp): Promise<() => Promise<string[]>> {
  const tables = await api.sql<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  const columns = tables
    .filter(({ name }) => REQUEST_BOOKKEEPING[name] !== 'ignored')
    .map(({ name }) =>
      REQUEST_BOOKKEEPING[name] === 'count'
        ? `(SELECT count(*) || ' rows' FROM "${name}") AS "${name}"`
        : `(SELECT count(*) || ' rows, newest ' || coalesce(max(xmin::text::bigint), 0) FROM "${name}") AS "${name}"`,
    );
  const fingerprint = async () => (await api.sql<Fingerprint>(`SELECT ${columns.join(', ')}`))[0];
  const nextTransaction = async () =>
    (await api.sql<{ xmax: string }>(`SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS xmax`))[0].xmax;
  let seenTransaction = await nextTransaction();
  let seen = await fingerprint();
  return async () => {
    const transaction = await nextTransaction();
    if (transaction === seenTransaction) return [];
    const now = await fingerprint();
    const changed = changedTables(seen, now);
    [seenTransaction, seen] = [transaction, now];
    return changed;
  };
}

/** The columns (`table.column`) holding a value whose text is at least `length` characters long. */
export async function columnsHoldingTextOf(api: TestApp, length: number): Promise<string[]> {
  const columns = await api.sql<{ table: string; column: string }>(
    `SELECT table_name AS table, column_name AS column FROM information_schema.columns
      WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'ARRAY', 'jsonb') ORDER BY 1, 2`,
  );
  const checks = columns.map(
    ({ table, column }) =>
      `SELECT '${table}.${column}' AS name WHERE EXISTS (SELECT 1 FROM "${table}" WHERE length("${column}"::text) >= $1)`,
  );
  return (await api.sql<{ name: string }>(checks.join(' UNION ALL '), [length])).map((row) => row.name);
}
