import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { stringify } from 'csv-stringify/sync';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { runSql } from '../database/sql-statement';
import { asSpreadsheetText } from '../export/spreadsheet-text';
import { Connection } from '../pagination/connection.types';
import { decodeKeysetCursor, encodeKeysetCursor, isCursorInstant, isCursorUuid } from '../pagination/cursors';
import { connectionOf } from '../pagination/pages';
import { Actor, AuditChange } from './audit-changes';
import { AuditEvent } from './audit-event.entity';
import {
  allowAuditRedactionSql,
  auditExportSql,
  auditPageSql,
  AuditQuery,
  countAuditSql,
  insertAuditEventsSql,
  redactAuditRecordsSql,
} from './audit.sql';

/** The most events one CSV export holds, newest first: a narrower filter (a date range) reaches older ones. */
export const MAX_EXPORTED_EVENTS = 10_000;

/**
 * The audit trail: every feature records its changes here, inside the transaction that makes them, so a
 * committed change always has its rows and a rolled-back one has none. Admins read it; nobody edits it.
 */
@Injectable()
export class AuditTrail {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Records the changes of one write in one statement, in the writing transaction (`manager`). Entries left
   * undefined (an update that changed nothing) are skipped; with none left nothing runs.
   */
  async record(
    manager: EntityManager,
    actor: Actor,
    changes: AuditChange | undefined | ReadonlyArray<AuditChange | undefined>,
  ): Promise<void> {
    const rows = (Array.isArray(changes) ? (changes as ReadonlyArray<AuditChange | undefined>) : [changes as AuditChange | undefined])
      .filter((change): change is AuditChange => change !== undefined)
      .map((change) => ({
        action: change.action,
        entity_type: change.entityType,
        entity_id: change.entityId,
        before: change.before ?? null,
        after: change.after ?? null,
      }));
    if (rows.length === 0) return;
    await runSql(manager, insertAuditEventsSql(actor.organizationId, actor.userId, this.config.instanceName, rows));
  }

  /**
   * Candidate erasure: redacts the personal data in the trail's copies of these records (the one change the
   * append-only trigger lets through, and only in this transaction). Who did what, and when, stays.
   */
  async redactRecords(manager: EntityManager, organizationId: string, entityIds: string[]): Promise<void> {
    if (entityIds.length === 0) return;
    await runSql(manager, allowAuditRedactionSql());
    await runSql(manager, redactAuditRecordsSql(organizationId, entityIds));
  }

  async page(organizationId: string, filter: AuditQuery, first: number, after?: string): Promise<Connection<AuditEvent>> {
    const key = after ? decodeKeysetCursor(after, [isCursorInstant, isCursorUuid]) : undefined;
    const rows = await runSql(this.dataSource, auditPageSql(organizationId, filter, first + 1, key && { at: key[0], id: key[1] }));
    return connectionOf(
      rows.map(({ cursorAt, ...node }) => ({ node, cursor: encodeKeysetCursor([cursorAt, node.id]) })),
      first,
      Boolean(after),
      async () => ({ count: (await runSql(this.dataSource, countAuditSql(organizationId, filter)))[0].count, exact: true }),
    );
  }

  /** The matching events as CSV, newest first, at most MAX_EXPORTED_EVENTS; every cell stays text in a spreadsheet. */
  async csv(organizationId: string, filter: AuditQuery): Promise<string> {
    const rows = await runSql(this.dataSource, auditExportSql(organizationId, filter, MAX_EXPORTED_EVENTS));
    const json = (value: unknown) => (value === null || value === undefined ? '' : JSON.stringify(value));
    return stringify([
      ['At', 'Actor id', 'Actor', 'Actor email', 'Action', 'Entity type', 'Entity id', 'Before', 'After', 'Instance'],
      ...rows.map((row) =>
        [
          row.at.toISOString(),
          row.actorId ?? '',
          row.actorName ?? '',
          row.actorEmail ?? '',
          row.action,
          row.entityType,
          row.entityId,
          json(row.before),
          json(row.after),
          row.instance,
        ].map(asSpreadsheetText),
      ),
    ]);
  }
}
