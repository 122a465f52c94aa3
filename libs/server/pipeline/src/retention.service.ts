import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AuditEntityType, AuditTrail, CommonException, runSql } from '@panelist/server-core';
import { DataSource } from 'typeorm';
import { CandidateDataService } from './candidate-data.service';
import { RetentionPolicy } from './retention-policy.entity';
import { DueCandidate, RetentionPreview } from './retention.types';
import { dueCandidatesSql, duePoliciesSql, markRunSql, retentionJobLockSql } from './retention.sql';

export const MIN_RETENTION_DAYS = 30;
export const MAX_RETENTION_DAYS = 3650;
const PREVIEW_LIMIT = 200;
/** Each instance checks hourly; each organisation's job runs once a day, on one instance (an advisory lock). */
const CHECK_EVERY_MS = 60 * 60 * 1000;
const FIRST_CHECK_AFTER_MS = 60 * 1000;
/** Erased per batch, each in a transaction of its own so one failure loses nothing done before it. */
const BATCH = 100;

/**
 * Retention per organisation: candidates whose last application ended more than N days ago are anonymised
 * (erased as eraseCandidate does) by a scheduled job, or at once on demand; admins preview who is affected.
 */
@Injectable()
export class RetentionService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Retention');
  private timer?: NodeJS.Timeout;
  private first?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly candidateData: CandidateDataService,
    private readonly audit: AuditTrail,
  ) {}

  onModuleInit(): void {
    const check = () => void this.runDue().catch((error: unknown) => this.logger.error(`Retention run failed: ${(error as Error).name}`));
    this.first = setTimeout(check, FIRST_CHECK_AFTER_MS).unref();
    this.timer = setInterval(check, CHECK_EVERY_MS).unref();
  }

  onModuleDestroy(): void {
    clearTimeout(this.first);
    clearInterval(this.timer);
  }

  async policy(organizationId: string): Promise<RetentionPolicy> {
    return (
      (await this.dataSource.getRepository(RetentionPolicy).findOneBy({ organizationId })) ?? {
        organizationId,
        days: null,
        lastRunAt: null,
      }
    );
  }

  async setPolicy(actor: Actor, days: number | null): Promise<RetentionPolicy> {
    if (days !== null && (!Number.isInteger(days) || days < MIN_RETENTION_DAYS || days > MAX_RETENTION_DAYS)) {
      throw CommonException.badInput(
        'days',
        `days: must be a whole number from ${MIN_RETENTION_DAYS} to ${MAX_RETENTION_DAYS}, or null to keep candidates`,
      );
    }
    return this.dataSource.transaction(async (manager) => {
      const before = await this.policy(actor.organizationId);
      await manager.upsert(RetentionPolicy, { organizationId: actor.organizationId, days }, ['organizationId']);
      if (before.days !== days) {
        await this.audit.record(manager, actor, {
          action: 'RETENTION_POLICY_SET',
          entityType: AuditEntityType.RETENTION_POLICY,
          entityId: actor.organizationId,
          before: { days: before.days },
          after: { days },
        });
      }
      return manager.findOneByOrFail(RetentionPolicy, { organizationId: actor.organizationId });
    });
  }

  /** Who the policy would anonymise now (the first 200, longest gone first). */
  async preview(organizationId: string): Promise<RetentionPreview> {
    const { days } = await this.policy(organizationId);
    if (days === null) return { days, candidates: [], more: false };
    const rows = await runSql(this.dataSource, dueCandidatesSql(organizationId, days, PREVIEW_LIMIT + 1));
    return { days, candidates: rows.slice(0, PREVIEW_LIMIT) satisfies DueCandidate[], more: rows.length > PREVIEW_LIMIT };
  }

  /** Anonymises every candidate due under the organisation's policy now; answers how many. */
  async applyNow(actor: Actor): Promise<number> {
    const { days } = await this.policy(actor.organizationId);
    if (days === null) throw CommonException.badInput('days', 'days: set a retention period first');
    return this.eraseDue(actor, days);
  }

  /**
   * The scheduled job: every organisation whose policy has not run for a day. One instance at a time runs it
   * (an advisory lock held by a transaction of its own for the whole run); the others skip this check.
   */
  async runDue(): Promise<number> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      const [{ locked }] = await runSql(runner.manager, retentionJobLockSql());
      if (!locked) return 0;
      let erased = 0;
      for (const { organizationId, days } of await runSql(runner.manager, duePoliciesSql())) {
        erased += await this.eraseDue({ organizationId, userId: null }, days);
        await runSql(runner.manager, markRunSql(organizationId));
      }
      if (erased) this.logger.log(`Anonymised ${erased} candidates past their organisations' retention`);
      return erased;
    } finally {
      if (runner.isTransactionActive) await runner.commitTransaction();
      await runner.release();
    }
  }

  private async eraseDue(actor: Actor, days: number): Promise<number> {
    let erased = 0;
    for (;;) {
      const due = await runSql(this.dataSource, dueCandidatesSql(actor.organizationId, days, BATCH));
      for (const candidate of due) await this.candidateData.eraseCandidate(actor, candidate.id, { retentionDays: days });
      erased += due.length;
      if (due.length < BATCH) return erased;
    }
  }
}
