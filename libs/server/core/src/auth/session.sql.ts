import { sql } from '../database/sql-statement';
import { Role } from './role.enum';

interface LiveSessionRow {
  session_id: string;
  user_id: string;
  organization_id: string;
  role: Role;
}

/** The session of a token hash, when it is live and its member still active: one indexed lookup. */
export const liveSessionSql = (tokenHash: Buffer) =>
  sql<LiveSessionRow>(
    `SELECT s.id AS session_id, u.id AS user_id, u.organization_id, u.role
         FROM session s JOIN user_account u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.status = 'ACTIVE'`,
    [tokenHash],
  );

export const revokeSessionSql = (sessionId: string) =>
  sql(`UPDATE session SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [sessionId]);

export const revokeSessionsOfSql = (userId: string) =>
  sql(`UPDATE session SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [userId]);

/** Which of these sessions are still live, with their member's role now: the re-check of open sockets. */
export const liveSessionsSql = (sessionIds: string[]) =>
  sql<{ session_id: string; role: Role }>(
    `SELECT s.id AS session_id, u.role
         FROM session s JOIN user_account u ON u.id = s.user_id
        WHERE s.id = ANY($1::uuid[]) AND s.revoked_at IS NULL AND s.expires_at > now() AND u.status = 'ACTIVE'`,
    [sessionIds],
  );
