import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Actor,
  AuditEntityType,
  AuditTrail,
  CandidateDataHolder,
  CandidateDataHolders,
  CandidateRef,
  NotificationsService,
  runSql,
} from '@panelist/server-core';
import { DataSource, EntityManager } from 'typeorm';
import { Candidate } from './candidate.entity';
import { erasePipelineSql, pipelineExportSql } from './candidate-data.sql';
import { PipelineException, PipelineExceptionReason as Reason } from './pipeline.exception';

/** The candidate, their applications, timelines and interviews. */
const PIPELINE_HOLDER: CandidateDataHolder = {
  section: 'pipeline',
  async export(manager: EntityManager, { organizationId, candidateId }: CandidateRef) {
    const [row] = await runSql(manager, pipelineExportSql(organizationId, candidateId));
    return row;
  },
  async erase(manager: EntityManager, { organizationId, candidateId }: CandidateRef) {
    return (await runSql(manager, erasePipelineSql(organizationId, candidateId))).map((row) => row.id);
  },
};

/**
 * A candidate's data protection: export everything held about them (a subject access request) and erase their
 * personal data everywhere while their anonymised scores stay. Every feature holding something about candidates
 * takes part through CandidateDataHolders; the pipeline holds the candidate itself.
 */
@Injectable()
export class CandidateDataService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly holders: CandidateDataHolders,
    private readonly audit: AuditTrail,
    private readonly notifications: NotificationsService,
  ) {}

  onModuleInit(): void {
    this.holders.register(PIPELINE_HOLDER);
  }

  async exportCandidate(organizationId: string, candidateId: string): Promise<string> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      await this.lock(manager, organizationId, candidateId, false);
      const sections = await this.holders.exportAll(manager, { organizationId, candidateId });
      return JSON.stringify({ exportedAt: new Date().toISOString(), candidateId, ...sections }, null, 2);
    });
  }

  /**
   * Idempotent: erasing an erased candidate answers when it was erased. `cause` says why on the audit record
   * (the retention job erases with no member as actor).
   */
  async eraseCandidate(actor: Actor, candidateId: string, cause?: Record<string, unknown>): Promise<Date> {
    return this.dataSource.transaction(async (manager) => {
      const candidate = await this.lock(manager, actor.organizationId, candidateId, true);
      if (candidate.erasedAt) return candidate.erasedAt;
      const touched = await this.holders.eraseAll(manager, { organizationId: actor.organizationId, candidateId });
      await this.notifications.redactMentions(manager, actor.organizationId, candidate.name);
      await this.audit.redactRecords(manager, actor.organizationId, [...new Set(touched)]);
      // The erasure itself is on record: who and when, without the data.
      await this.audit.record(manager, actor, {
        action: 'CANDIDATE_ERASED',
        entityType: AuditEntityType.CANDIDATE,
        entityId: candidateId,
        after: cause ?? null,
      });
      const { erasedAt } = await manager.findOneByOrFail(Candidate, { id: candidateId });
      return erasedAt!;
    });
  }

  private async lock(manager: EntityManager, organizationId: string, id: string, forUpdate: boolean): Promise<Candidate> {
    const query = manager.getRepository(Candidate).createQueryBuilder('c').where('c.organizationId = :organizationId AND c.id = :id', {
      organizationId,
      id,
    });
    const candidate = await (forUpdate ? query.setLock('pessimistic_write') : query).getOne();
    if (!candidate) throw new PipelineException(Reason.CANDIDATE_NOT_FOUND, 'Candidate not found', 'id');
    return candidate;
  }
}
