import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AuditEntityType, AuditTrail, changedFields, Connection, decodeOffsetCursor, offsetPage } from '@panelist/server-core';
import { DataSource, EntityManager, In } from 'typeorm';
import { Candidate } from './candidate.entity';
import { CandidateInput } from './dtos/pipeline.input';
import { PipelineException, PipelineExceptionReason as Reason } from './pipeline.exception';
import { containsPattern } from './search-pattern';

@Injectable()
export class CandidatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
  ) {}

  async list(organizationId: string, search: string | undefined, first: number, after?: string): Promise<Connection<Candidate>> {
    const offset = decodeOffsetCursor(after);
    const query = this.dataSource
      .getRepository(Candidate)
      .createQueryBuilder('c')
      .where('c.organizationId = :organizationId', { organizationId });
    if (search?.trim()) query.andWhere('(c.name ILIKE :pattern OR c.email ILIKE :pattern)', { pattern: containsPattern(search) });
    const rows = await query
      .clone()
      .orderBy('c.createdAt', 'DESC')
      .addOrderBy('c.id')
      .skip(offset)
      .take(first + 1)
      .getMany();
    return offsetPage(rows, offset, first, async () => ({ count: await query.getCount(), exact: true }));
  }

  async get(organizationId: string, id: string, field = 'id'): Promise<Candidate> {
    const candidate = await this.dataSource.getRepository(Candidate).findOneBy({ organizationId, id });
    if (!candidate) throw new PipelineException(Reason.CANDIDATE_NOT_FOUND, 'Candidate not found', field);
    return candidate;
  }

  async byIds(organizationId: string, ids: readonly string[]): Promise<Array<Candidate | Error>> {
    const rows = await this.dataSource.getRepository(Candidate).findBy({ organizationId, id: In([...ids]) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? new PipelineException(Reason.CANDIDATE_NOT_FOUND, 'Candidate not found'));
  }

  create(actor: Actor, input: CandidateInput): Promise<Candidate> {
    const { organizationId } = actor;
    return this.dataSource.transaction(async (manager) => {
      await this.assertEmailFree(manager, organizationId, input.email);
      const fields = withDefaults(input);
      const candidate = await manager.save(manager.create(Candidate, { organizationId, ...fields }));
      await this.audit.record(manager, actor, {
        action: 'CREATED',
        entityType: AuditEntityType.CANDIDATE,
        entityId: candidate.id,
        after: fields,
      });
      return candidate;
    });
  }

  update(actor: Actor, id: string, input: CandidateInput): Promise<Candidate> {
    const { organizationId } = actor;
    return this.dataSource.transaction(async (manager) => {
      const candidate = await manager
        .getRepository(Candidate)
        .findOne({ where: { organizationId, id }, lock: { mode: 'pessimistic_write' } });
      if (!candidate) throw new PipelineException(Reason.CANDIDATE_NOT_FOUND, 'Candidate not found', 'id');
      if (input.email !== candidate.email) await this.assertEmailFree(manager, organizationId, input.email);
      const fields = withDefaults(input);
      const changed = changedFields(candidate, fields, CANDIDATE_FIELDS);
      await this.audit.record(
        manager,
        actor,
        changed && { action: 'UPDATED', entityType: AuditEntityType.CANDIDATE, entityId: id, ...changed },
      );
      return manager.save(Object.assign(candidate, fields));
    });
  }

  /** A duplicate email answers CONFLICT naming the existing candidate, so the admin can open them instead. */
  private async assertEmailFree(manager: EntityManager, organizationId: string, email: string): Promise<void> {
    const existing = await manager.getRepository(Candidate).findOneBy({ organizationId, email });
    if (existing) {
      throw new PipelineException(Reason.CANDIDATE_EMAIL_TAKEN, `${existing.name} already has this email`, 'email', {
        existingCandidateId: existing.id,
        existingCandidateName: existing.name,
      });
    }
  }
}

const CANDIDATE_FIELDS = ['name', 'email', 'phone', 'links', 'source', 'tags', 'notes'] as const;

function withDefaults(input: CandidateInput) {
  return {
    name: input.name,
    email: input.email,
    phone: input.phone ?? '',
    links: input.links ?? [],
    source: input.source ?? '',
    tags: [...new Set(input.tags ?? [])],
    notes: input.notes ?? '',
  };
}
