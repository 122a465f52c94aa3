import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Connection, decodeOffsetCursor, offsetPage } from '@panelist/server-core';
import { DataSource, EntityManager, In } from 'typeorm';
import { Candidate } from './candidate.entity';
import { CandidateInput } from './dtos/pipeline.input';
import { PipelineException, PipelineExceptionReason as Reason } from './pipeline.exception';
import { containsPattern } from './search-pattern';

@Injectable()
export class CandidatesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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

  create(organizationId: string, input: CandidateInput): Promise<Candidate> {
    return this.dataSource.transaction(async (manager) => {
      await this.assertEmailFree(manager, organizationId, input.email);
      return manager.save(manager.create(Candidate, { organizationId, ...withDefaults(input) }));
    });
  }

  update(organizationId: string, id: string, input: CandidateInput): Promise<Candidate> {
    return this.dataSource.transaction(async (manager) => {
      const candidate = await manager
        .getRepository(Candidate)
        .findOne({ where: { organizationId, id }, lock: { mode: 'pessimistic_write' } });
      if (!candidate) throw new PipelineException(Reason.CANDIDATE_NOT_FOUND, 'Candidate not found', 'id');
      if (input.email !== candidate.email) await this.assertEmailFree(manager, organizationId, input.email);
      return manager.save(Object.assign(candidate, withDefaults(input)));
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
