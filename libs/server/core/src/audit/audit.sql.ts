import { sql } from '../database/sql-statement';
import { AuditEntityType, AuditEvent, AuditFields } from './audit-event.entity';

export interface AuditRow {
  action: string;
  entity_type: AuditEntityType;
  entity_id: string;
  before: AuditFields | null;
  after: AuditFields | null;
}

/** Every change of one write in one statement, inside the writing transaction. */
export const insertAuditEventsSql = (organizationId: string, actorId: string | null, instance: string, rows: AuditRow[]) =>
  sql(
    `INSERT INTO audit_event (organization_id, actor_id, instance, action, entity_type, entity_id, before, after)
     SELECT $1, $2, $3, e.action, e.entity_type, e.entity_id, e.before, e.after
       FROM jsonb_to_recordset($4::jsonb) AS e(action text, entity_type text, entity_id uuid, before jsonb, after jsonb)`,
    [organizationId, actorId, instance, JSON.stringify(rows)],
  );

export interface AuditQuery {
  entityType?: AuditEntityType;
  entityId?: string;
  actorId?: string;
  action?: string;
  from?: Date;
  to?: Date;
}

const COLUMNS = `id, organization_id AS "organizationId", actor_id AS "actorId", action, entity_type AS "entityType",
  entity_id AS "entityId", before, after, at, instance`;

/** $1 the organisation, $2…$7 the filter; a left-out filter is null and matches everything. */
const WHERE = `organization_id = $1
  AND ($2::text IS NULL OR entity_type = $2) AND ($3::uuid IS NULL OR entity_id = $3)
  AND ($4::uuid IS NULL OR actor_id = $4) AND ($5::text IS NULL OR action = $5)
  AND ($6::timestamptz IS NULL OR at >= $6) AND ($7::timestamptz IS NULL OR at < $7)`;

const filterValues = (organizationId: string, filter: AuditQuery) => [
  organizationId,
  filter.entityType ?? null,
  filter.entityId ?? null,
  filter.actorId ?? null,
  filter.action ?? null,
  filter.from ?? null,
  filter.to ?? null,
];

/** Newest first, after the keyset (at, id) of the last event a page sent. */
export const auditPageSql = (organizationId: string, filter: AuditQuery, limit: number, after?: { at: string; id: string }) =>
  sql<AuditEvent & { cursorAt: string }>(
    `SELECT ${COLUMNS}, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "cursorAt"
       FROM audit_event
      WHERE ${WHERE} AND ($9::timestamptz IS NULL OR (at, id) < ($9::timestamptz, $10::uuid))
      ORDER BY at DESC, id DESC LIMIT $8`,
    [...filterValues(organizationId, filter), limit, after?.at ?? null, after?.id ?? null],
  );

export const countAuditSql = (organizationId: string, filter: AuditQuery) =>
  sql<{ count: number }>(`SELECT count(*)::int AS count FROM audit_event WHERE ${WHERE}`, filterValues(organizationId, filter));

/** The export: newest first, with each actor's name and email as they are now. */
export const auditExportSql = (organizationId: string, filter: AuditQuery, limit: number) =>
  sql<AuditEvent & { actorName: string | null; actorEmail: string | null }>(
    `SELECT a.id, a.actor_id AS "actorId", u.name AS "actorName", u.email AS "actorEmail", a.action, a.entity_type AS "entityType",
            a.entity_id AS "entityId", a.before, a.after, a.at, a.instance
       FROM (SELECT * FROM audit_event WHERE ${WHERE} ORDER BY at DESC, id DESC LIMIT $8) AS a
       LEFT JOIN user_account u ON u.id = a.actor_id AND u.organization_id = a.organization_id
      ORDER BY a.at DESC, a.id DESC`,
    [...filterValues(organizationId, filter), limit],
  );

/** Lets this transaction's UPDATEs of audit_event through the append-only trigger: candidate erasure only. */
export const allowAuditRedactionSql = () => sql(`SET LOCAL panelist.erasure = 'on'`);

/**
 * Redacts the audit copies of these records: every text, list or object value in before and after becomes
 * "[erased]", while numbers, booleans and the keys themselves (which fields changed) stay.
 */
export const redactAuditRecordsSql = (organizationId: string, entityIds: string[]) =>
  sql(
    `UPDATE audit_event SET before = redacted_json(before), after = redacted_json(after)
      WHERE organization_id = $1 AND entity_id = ANY($2::uuid[])`,
    [organizationId, entityIds],
  );
