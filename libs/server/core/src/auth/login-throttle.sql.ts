import { sql } from '../database/sql-statement';

/** The latest moment any of these keys is blocked until, if one is blocked now. */
export const blockedUntilSql = (keys: readonly string[]) =>
  sql<{ until: Date | null }>(
    `SELECT max(blocked_until) AS until FROM login_throttle WHERE key = ANY($1::text[]) AND blocked_until > now()`,
    [keys],
  );

/** Counts a failure for each key; a count idle for `forgetAfterSeconds` starts again. */
export const recordFailureSql = (keys: readonly string[], forgetAfterSeconds: number) =>
  sql<{ key: string; failures: number }>(
    `INSERT INTO login_throttle AS t (key, failures, blocked_until, updated_at)
     SELECT key, 1, NULL, now() FROM unnest($1::text[]) AS key
     ON CONFLICT (key) DO UPDATE SET
       failures = CASE WHEN t.updated_at < now() - make_interval(secs => $2) THEN 1 ELSE t.failures + 1 END,
       updated_at = now()
     RETURNING key, failures`,
    [keys, forgetAfterSeconds],
  );

export const blockSql = (key: string, seconds: number) =>
  sql(`UPDATE login_throttle SET blocked_until = now() + make_interval(secs => $2) WHERE key = $1`, [key, seconds]);

export const forgetSql = (key: string) => sql(`DELETE FROM login_throttle WHERE key = $1`, [key]);
