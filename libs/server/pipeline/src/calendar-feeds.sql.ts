import { sql } from '@panelist/server-core';

/** A member keeps this many feed URLs at most: asking for another retires the oldest. */
export const MAX_FEEDS_PER_MEMBER = 20;

export const addFeedSql = (organizationId: string, userId: string, tokenHash: Buffer) =>
  sql(`INSERT INTO calendar_feed (organization_id, user_id, token_hash) VALUES ($1, $2, $3)`, [organizationId, userId, tokenHash]);

export const retireSurplusFeedsSql = (organizationId: string, userId: string) =>
  sql(
    `DELETE FROM calendar_feed WHERE organization_id = $1 AND user_id = $2 AND id NOT IN (
       SELECT id FROM calendar_feed WHERE organization_id = $1 AND user_id = $2 ORDER BY created_at DESC, id LIMIT $3)`,
    [organizationId, userId, MAX_FEEDS_PER_MEMBER],
  );

export const revokeFeedsSql = (organizationId: string, userId: string) =>
  sql(`DELETE FROM calendar_feed WHERE organization_id = $1 AND user_id = $2`, [organizationId, userId]);

/** Whose feed a token hash opens: one indexed lookup (the member's status is checked by its owner, core). */
export const feedOwnerSql = (tokenHash: Buffer) =>
  sql<{ organization_id: string; user_id: string }>(`SELECT organization_id, user_id FROM calendar_feed WHERE token_hash = $1`, [
    tokenHash,
  ]);
