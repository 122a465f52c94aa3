/** How long Panelist waits on PostgreSQL before it answers SERVICE_UNAVAILABLE instead (README: Configuration). */
export interface DatabaseTimeouts {
  /** Opening a connection, and waiting for a free one when the pool is busy. */
  connectMs: number;
  /** One statement, lock waits included; PostgreSQL cancels it after this long. */
  statementMs: number;
}

function milliseconds(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive number of milliseconds, got "${raw}"`);
  return value;
}

export function databaseTimeouts(env: NodeJS.ProcessEnv = process.env): DatabaseTimeouts {
  return {
    connectMs: milliseconds(env, 'DATABASE_CONNECT_TIMEOUT_MS', 3_000),
    statementMs: milliseconds(env, 'DATABASE_STATEMENT_TIMEOUT_MS', 15_000),
  };
}
