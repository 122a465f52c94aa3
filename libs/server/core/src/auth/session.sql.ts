import { sql } from '../database/sql-statement';
import { Role } from './role.enum';

interface LiveSessionRow {
  session_id: string;
  user_id: string;
  organization_id: string;
  role: Role;
}

/**
 * The session of a token hash, when it is live (not revoked, not past its end, not idle too long) and its
 * member still active: one indexed lookup, which also records the use (at most once a minute, to spare writes).
 */
export const liveSessionSql = (tokenHash: Buffer, idleSeconds: number) =>
  sql<LiveSessionRow>(
    `WITH live AS (
       SELECT s.id AS session_id, u.id AS user_id, u.organization_id, u.role, s.last_seen_at
         FROM session s JOIN user_account u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
          AND s.last_seen_at > now() - make_interval(secs => $2) AND u.status = 'ACTIVE'
     ), seen AS (
       UPDATE session SET last_seen_at = now()
        WHERE id IN (SELECT session_id FROM live WHERE last_seen_at < now() - interval '1 minute')
     )
     SELECT session_id, user_id, organization_id, role FROM live`,
    [tokenHash, idleSeconds],
  );

export const revokeSessionSql = (sessionId: string) =>
  sql(`UPDATE session SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [sessionId]);

export const revokeSessionsOfSql = (userId: string) =>
  sql(`UPDATE session SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [userId]);

/**
 * Which of these sessions (or API tokens, which stand in for a session) are still live, with their member's
 * role now: the re-check of open sockets.
 */
export const liveSessionsSql = (sessionIds: string[], idleSeconds: number) =>
  sql<{ session_id: string; role: Role }>(
    `SELECT s.id AS session_id, u.role
         FROM session s JOIN user_account u ON u.id = s.user_id
        WHERE s.id = ANY($1::uuid[]) AND s.revoked_at IS NULL AND s.expires_at > now()
          AND s.last_seen_at > now() - make_interval(secs => $2) AND u.status = 'ACTIVE'
     UNION ALL
     SELECT t.id, u.role
         FROM api_token t JOIN user_account u ON u.id = t.user_id
        WHERE t.id = ANY($1::uuid[]) AND t.revoked_at IS NULL AND t.expires_at > now() AND u.status = 'ACTIVE'`,
    [sessionIds, idleSeconds],
  );
