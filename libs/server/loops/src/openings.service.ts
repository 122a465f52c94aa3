import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Actor,
  AuditEntityType,
  AuditTrail,
  AuthUser,
  changedFields,
  Connection,
  decodeOffsetCursor,
  fieldsOf,
  MembersService,
  offsetPage,
} from '@panelist/server-core';
import { DataSource, EntityManager, In } from 'typeorm';
import { CreateOpeningInput, UpdateOpeningInput } from './dtos/opening.input';
import { LoopTemplate } from './loop-template.entity';
import { LoopsException, LoopsExceptionReason as Reason } from './loops.exception';
import { OpeningStatus } from './opening-status.enum';
import { statusChoices } from './opening-status-changes';
import { Opening } from './opening.entity';
import { RoundsService } from './rounds.service';
import { DEFAULT_STAGES, Stage } from './stage.entity';

/** The fields of an opening its audit events show. */
const OPENING_FIELDS = ['title', 'team', 'location', 'hiringManagerId', 'recruiterId', 'status'] as const;

@Injectable()
export class OpeningsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rounds: RoundsService,
    private readonly members: MembersService,
    private readonly audit: AuditTrail,
  ) {}

  async list(organizationId: string, first: number, after?: string): Promise<Connection<Opening>> {
    const offset = decodeOffsetCursor(after);
    const rows = await this.dataSource
      .getRepository(Opening)
      .find({ where: { organizationId }, order: { createdAt: 'DESC', id: 'ASC' }, skip: offset, take: first + 1 });
    return offsetPage(rows, offset, first, async () => ({
      count: await this.dataSource.getRepository(Opening).countBy({ organizationId }),
      exact: true,
    }));
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
      const stages = await manager.save(
        names.map((name, position) =>
          manager.create(Stage, { organizationId: actor.organizationId, openingId: opening.id, name, position }),
        ),
      );
      if (template) await this.rounds.insertFromTemplate(manager, opening, stages, template.rounds);
      await this.audit.record(manager, actor, {
        action: 'CREATED',
        entityType: AuditEntityType.OPENING,
        entityId: opening.id,
        after: { ...fieldsOf(opening, OPENING_FIELDS), stageNames: names, templateId: input.templateId ?? null },
      });
      return opening;
    });
  }

  async update(actor: Actor, id: string, input: UpdateOpeningInput): Promise<Opening> {
    const { organizationId } = actor;
    return this.dataSource.transaction(async (manager) => {
      const opening = await this.lock(manager, organizationId, id, 'id');
      await this.assertMembers(manager, organizationId, input);
      return this.apply(manager, actor, opening, input);
    });
  }

  /** Changes only the status, as far as the member's role allows from the status the opening has now. */
  async setStatus(actor: AuthUser, id: string, status: OpeningStatus): Promise<Opening> {
    return this.dataSource.transaction(async (manager) => {
      const opening = await this.lock(manager, actor.organizationId, id, 'id');
      if (opening.status === status) return opening;
      if (!statusChoices(actor.role, opening.status).includes(status))
        throw new LoopsException(
          Reason.STATUS_CHANGE_FORBIDDEN,
          `status: your role cannot change an opening from ${opening.status} to ${status}; ask its hiring manager or an admin`,
          'status',
        );
      return this.apply(manager, actor, opening, { status });
    });
  }

  private async apply(manager: EntityManager, actor: Actor, opening: Opening, input: UpdateOpeningInput): Promise<Opening> {
    const before = { ...opening };
    for (const key of OPENING_FIELDS) {
      if (input[key] !== undefined) Object.assign(opening, { [key]: input[key] });
    }
    opening.version += 1;
    const changed = changedFields(before, opening, OPENING_FIELDS);
    await this.audit.record(
      manager,
      actor,
      changed && { action: 'UPDATED', entityType: AuditEntityType.OPENING, entityId: opening.id, ...changed },
    );
    return manager.save(opening);
  }

  /** Locks the opening row: changes to its stages and loop happen one at a time. */
  async lock(manager: EntityManager, organizationId: string, openingId: string, field = 'openingId'): Promise<Opening> {
    const opening = await manager
      .getRepository(Opening)
      .findOne({ where: { organizationId, id: openingId }, lock: { mode: 'pessimistic_write' } });
    if (!opening) throw new LoopsException(Reason.OPENING_NOT_FOUND, 'Opening not found', field);
    return opening;
  }

  private async template(manager: EntityManager, organizationId: string, id: string): Promise<LoopTemplate> {
    const template = await manager.getRepository(LoopTemplate).findOneBy({ organizationId, id });
    if (!template) throw new LoopsException(Reason.TEMPLATE_NOT_FOUND, 'Loop template not found', 'templateId');
    return template;
  }

  private async assertMembers(
    manager: EntityManager,
    organizationId: string,
    input: { hiringManagerId?: string; recruiterId?: string },
  ): Promise<void> {
    for (const field of ['hiringManagerId', 'recruiterId'] as const) {
      const id = input[field];
      if (!id) continue;
      if (!(await this.members.isActiveMember(organizationId, id, manager)))
        throw new LoopsException(Reason.MEMBER_NOT_FOUND, `${field}: no active member with this id in your organisation`, field);
    }
  }
}
