import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser, Connection, decodeOffsetCursor, offsetPage } from '@panelist/server-core';
import { DataSource, EntityManager, In } from 'typeorm';
import { CreateOpeningInput, UpdateOpeningInput } from './dtos/opening.input';
import { LoopTemplate } from './loop-template.entity';
import { LoopsException, LoopsExceptionReason as Reason } from './loops.exception';
import { Opening } from './opening.entity';
import { applyOrder } from './reorder';
import { RoundsService } from './rounds.service';
import { DEFAULT_STAGES, Stage } from './stage.entity';

@Injectable()
export class OpeningsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rounds: RoundsService,
  ) {}

  async list(organizationId: string, first: number, after?: string): Promise<Connection<Opening>> {
    const offset = decodeOffsetCursor(after);
    const rows = await this.dataSource.getRepository(Opening).find({ where: { organizationId }, order: { createdAt: 'DESC', id: 'ASC' }, skip: offset, take: first + 1 });
    return offsetPage(rows, offset, first, async () => ({ count: await this.dataSource.getRepository(Opening).countBy({ organizationId }), exact: true }));
  }

  async get(organizationId: string, id: string, field = 'id'): Promise<Opening> {
    const opening = await this.dataSource.getRepository(Opening).findOneBy({ organizationId, id });
    if (!opening) throw new LoopsException(Reason.OPENING_NOT_FOUND, 'Opening not found', field);
    return opening;
  }

  async byIds(organizationId: string, ids: readonly string[]): Promise<Array<Opening | Error>> {
    const rows = await this.dataSource.getRepository(Opening).findBy({ organizationId, id: In([...ids]) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? new LoopsException(Reason.OPENING_NOT_FOUND, 'Opening not found'));
  }

  stages(organizationId: string, openingId: string): Promise<Stage[]> {
    return this.dataSource.getRepository(Stage).find({ where: { organizationId, openingId }, order: { position: 'ASC' } });
  }

  async stagesOf(organizationId: string, openingIds: readonly string[]): Promise<Stage[][]> {
    const rows = await this.dataSource.getRepository(Stage).find({ where: { organizationId, openingId: In([...openingIds]) }, order: { position: 'ASC' } });
    return openingIds.map((id) => rows.filter((row) => row.openingId === id));
  }

  async create(actor: AuthUser, input: CreateOpeningInput): Promise<Opening> {
    return this.dataSource.transaction(async (manager) => {
      await this.assertMembers(manager, actor.organizationId, input);
      const template = input.templateId ? await this.template(manager, actor.organizationId, input.templateId) : undefined;
      const opening = await manager.save(
        manager.create(Opening, {
          organizationId: actor.organizationId,
          title: input.title,
          team: input.team ?? '',
          location: input.location ?? '',
          hiringManagerId: input.hiringManagerId ?? (actor.role === 'HIRING_MANAGER' ? actor.userId : null),
          recruiterId: input.recruiterId ?? null,
        }),
      );
      const names = input.stageNames?.map((name) => name.trim()) ?? template?.stageNames ?? DEFAULT_STAGES;
      const stages = await manager.save(names.map((name, position) => manager.create(Stage, { organizationId: actor.organizationId, openingId: opening.id, name, position })));
      if (template) await this.rounds.insertFromTemplate(manager, opening, stages, template.rounds);
      return opening;
    });
  }

  async update(organizationId: string, id: string, input: UpdateOpeningInput): Promise<Opening> {
    return this.dataSource.transaction(async (manager) => {
      const opening = await this.lock(manager, organizationId, id, 'id');
      await this.assertMembers(manager, organizationId, input);
      for (const key of ['title', 'team', 'location', 'hiringManagerId', 'recruiterId', 'status'] as const) {
        if (input[key] !== undefined) Object.assign(opening, { [key]: input[key] });
      }
      opening.version += 1;
      return manager.save(opening);
    });
  }

  async addStage(organizationId: string, openingId: string, name: string): Promise<Stage> {
    return this.dataSource.transaction(async (manager) => {
      await this.lock(manager, organizationId, openingId);
      const [{ next }] = await manager.query(`SELECT coalesce(max(position) + 1, 0)::int AS next FROM stage WHERE opening_id = $1`, [openingId]);
      return manager.save(manager.create(Stage, { organizationId, openingId, name, position: next }));
    });
  }

  async renameStage(organizationId: string, stageId: string, name: string): Promise<Stage> {
    const repository = this.dataSource.getRepository(Stage);
    const stage = await repository.findOneBy({ organizationId, id: stageId });
    if (!stage) throw new LoopsException(Reason.STAGE_NOT_FOUND, 'Stage not found', 'stageId');
    await repository.update({ id: stage.id }, { name });
    return Object.assign(stage, { name });
  }

  async reorderStages(organizationId: string, openingId: string, stageIds: string[]): Promise<Stage[]> {
    return this.dataSource.transaction(async (manager) => {
      await this.lock(manager, organizationId, openingId);
      const stages = await applyOrder(manager, 'stage', await manager.getRepository(Stage).findBy({ organizationId, openingId }), stageIds);
      if (!stages) throw new LoopsException(Reason.INVALID_ORDER, 'stageIds: must list every stage of the opening exactly once', 'stageIds');
      return stages;
    });
  }

  /** Locks the opening row: changes to its stages and loop happen one at a time. */
  async lock(manager: EntityManager, organizationId: string, openingId: string, field = 'openingId'): Promise<Opening> {
    const opening = await manager.getRepository(Opening).findOne({ where: { organizationId, id: openingId }, lock: { mode: 'pessimistic_write' } });
    if (!opening) throw new LoopsException(Reason.OPENING_NOT_FOUND, 'Opening not found', field);
    return opening;
  }

  private async template(manager: EntityManager, organizationId: string, id: string): Promise<LoopTemplate> {
    const template = await manager.getRepository(LoopTemplate).findOneBy({ organizationId, id });
    if (!template) throw new LoopsException(Reason.TEMPLATE_NOT_FOUND, 'Loop template not found', 'templateId');
    return template;
  }

  private async assertMembers(manager: EntityManager, organizationId: string, input: { hiringManagerId?: string; recruiterId?: string }): Promise<void> {
    for (const field of ['hiringManagerId', 'recruiterId'] as const) {
      const id = input[field];
      if (!id) continue;
      const [member] = await manager.query(`SELECT 1 FROM user_account WHERE organization_id = $1 AND id = $2 AND status = 'ACTIVE'`, [organizationId, id]);
      if (!member) throw new LoopsException(Reason.MEMBER_NOT_FOUND, `${field}: no active member with this id in your organisation`, field);
    }
  }
}
