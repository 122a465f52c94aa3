import { sql } from '../database/sql-statement';
import { ApiTokenScope } from './api-token.entity';
import { Role } from './role.enum';

interface LiveApiTokenRow {
  token_id: string;
  user_id: string;
  organization_id: string;
  role: Role;
  scope: ApiTokenScope;
}

/**
 * The token of a hash, when it is live (not revoked, not expired) and its member still active: one indexed
 * lookup, which also records the use (at most once a minute, to spare writes).
 */
export const liveApiTokenSql = (tokenHash: Buffer) =>
  sql<LiveApiTokenRow>(
    `WITH live AS (
       SELECT t.id AS token_id, u.id AS user_id, u.organization_id, u.role, t.scope, t.last_used_at
         FROM api_token t JOIN user_account u ON u.id = t.user_id
        WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND t.expires_at > now() AND u.status = 'ACTIVE'
     ), used AS (
       UPDATE api_token SET last_used_at = now()
        WHERE id IN (SELECT token_id FROM live WHERE last_used_at IS NULL OR last_used_at < now() - interval '1 minute')
     )
     SELECT token_id, user_id, organization_id, role, scope FROM live`,
    [tokenHash],
  );

/** Revokes a live token of the member; answers the token when there was one to revoke. */
export const revokeApiTokenSql = (organizationId: string, userId: string, id: string) =>
  sql<{ id: string }>(
    `UPDATE api_token SET revoked_at = now()
      WHERE organization_id = $1 AND user_id = $2 AND id = $3 AND revoked_at IS NULL
      RETURNING id`,
    [organizationId, userId, id],
  );

/** Ends every live token of a member (deactivation): a member let back in makes new ones. */
export const revokeApiTokensOfSql = (userId: string) =>
  sql(`UPDATE api_token SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [userId]);
