import { sql } from '../database/sql-statement';
import { Notification } from './notification.entity';

const COLUMNS =
  'id, organization_id AS "organizationId", user_id AS "userId", kind, title, body, link, read_at AS "readAt", created_at AS "createdAt"';

/** A member's notifications, newest first, after the keyset (created_at, id) of the last one a page sent. */
export const notificationsPageSql = (userId: string, limit: number, after?: { createdAt: string; id: string }) =>
  sql<Notification & { cursorAt: string }>(
    `SELECT ${COLUMNS}, to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "cursorAt"
       FROM notification WHERE user_id = $1
        AND ($3::timestamptz IS NULL OR (created_at, id) < ($3::timestamptz, $4::uuid))
      ORDER BY created_at DESC, id DESC LIMIT $2`,
    [userId, limit, after?.createdAt ?? null, after?.id ?? null],
  );

export const countNotificationsSql = (userId: string, unreadOnly: boolean) =>
  sql<{ count: number }>(`SELECT count(*)::int AS count FROM notification WHERE user_id = $1 AND ($2 = false OR read_at IS NULL)`, [
    userId,
    unreadOnly,
  ]);

/** Marks some of the member's notifications (all of them without ids) read; how many were unread. */
export const markReadSql = (userId: string, ids: readonly string[] | null) =>
  sql<{ id: string }>(
    `UPDATE notification SET read_at = now() WHERE user_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[])) RETURNING id`,
    [userId, ids],
  );

/** Where each member's email goes: only for sending, never for a log. */
export const recipientsSql = (organizationId: string, userIds: readonly string[]) =>
  sql<{ id: string; email: string; name: string }>(
    `SELECT id, email, name FROM user_account WHERE organization_id = $1 AND id = ANY($2::uuid[]) AND status = 'ACTIVE'`,
    [organizationId, userIds],
  );

/** Candidate erasure: their name leaves every notice that mentions it. */
export const redactMentionsSql = (organizationId: string, name: string) =>
  sql(
    `UPDATE notification SET title = replace(title, $2, 'an erased candidate'), body = replace(body, $2, 'an erased candidate')
      WHERE organization_id = $1 AND (strpos(title, $2) > 0 OR strpos(body, $2) > 0)`,
    [organizationId, name],
  );
