import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Actor,
  AuditEntityType,
  AuditTrail,
  changedFields,
  NewOrganization,
  OrganizationInitializer,
  OrganizationInitializers,
} from '@panelist/server-core';
import { DataSource, EntityManager, In } from 'typeorm';
import { DEFAULT_OUTCOME_REASONS, OutcomeKind, OutcomeReason } from './outcome-reason.entity';
import { PipelineException, PipelineExceptionReason as Reason } from './pipeline.exception';

/** The organisation's list of reasons for rejections and withdrawals; every new organisation starts with the defaults. */
@Injectable()
export class OutcomeReasonsService implements OrganizationInitializer, OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly initializers: OrganizationInitializers,
    private readonly audit: AuditTrail,
  ) {}

  onModuleInit(): void {
    this.initializers.register(this);
  }

  async initialize(manager: EntityManager, { organizationId }: NewOrganization): Promise<void> {
    const rows = Object.entries(DEFAULT_OUTCOME_REASONS).flatMap(([kind, labels]) =>
      labels.map((label, position) => ({ organizationId, kind: kind as OutcomeKind, label, position })),
    );
    await manager.insert(OutcomeReason, rows);
  }

  list(organizationId: string, kind?: OutcomeKind, includeArchived = false): Promise<OutcomeReason[]> {
    return this.dataSource.getRepository(OutcomeReason).find({
      where: { organizationId, ...(kind ? { kind } : {}), ...(includeArchived ? {} : { archived: false }) },
      order: { kind: 'ASC', position: 'ASC' },
    });
  }

  async byIds(organizationId: string, ids: readonly string[]): Promise<Array<OutcomeReason | Error>> {
    const rows = await this.dataSource.getRepository(OutcomeReason).findBy({ organizationId, id: In([...ids]) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? notFound('id'));
  }

  async add(actor: Actor, kind: OutcomeKind, label: string): Promise<OutcomeReason> {
    const { organizationId } = actor;
    return this.dataSource.transaction(async (manager) => {
      const existing = await manager
        .getRepository(OutcomeReason)
        .find({ where: { organizationId, kind }, lock: { mode: 'pessimistic_write' } });
      const same = existing.find((reason) => reason.label.toLowerCase() === label.toLowerCase());
      if (same && !same.archived) throw new PipelineException(Reason.INVALID_REASON, `label: "${label}" is already on the list`, 'label');
      if (same) {
        await this.audit.record(manager, actor, {
          action: 'RESTORED',
          entityType: AuditEntityType.OUTCOME_REASON,
          entityId: same.id,
          before: { archived: true },
          after: { archived: false },
        });
        return manager.save(Object.assign(same, { archived: false }));
      }
      const position = existing.reduce((last, reason) => Math.max(last, reason.position + 1), 0);
      const reason = await manager.save(manager.create(OutcomeReason, { organizationId, kind, label, position }));
      await this.audit.record(manager, actor, {
        action: 'CREATED',
        entityType: AuditEntityType.OUTCOME_REASON,
        entityId: reason.id,
        after: { kind, label, position },
      });
      return reason;
    });
  }

  async update(actor: Actor, id: string, changes: { label?: string; archived?: boolean }): Promise<OutcomeReason> {
    return this.dataSource.transaction(async (manager) => {
      const reason = await manager
        .getRepository(OutcomeReason)
        .findOne({ where: { organizationId: actor.organizationId, id }, lock: { mode: 'pessimistic_write' } });
      if (!reason) throw notFound('id');
      const before = { label: reason.label, archived: reason.archived };
      // Only what the input names changes: an absent label or archived flag keeps its value.
      if (changes.label !== undefined) reason.label = changes.label;
      if (changes.archived !== undefined) reason.archived = changes.archived;
      const changed = changedFields(before, reason, ['label', 'archived']);
      await this.audit.record(
        manager,
        actor,
        changed && { action: 'UPDATED', entityType: AuditEntityType.OUTCOME_REASON, entityId: id, ...changed },
      );
      return manager.save(reason);
    });
  }

  /** The chosen reason for closing an application: one of the organisation's live reasons of that kind. */
  async choose(manager: EntityManager, organizationId: string, kind: OutcomeKind, id: string): Promise<OutcomeReason> {
    const reason = await manager.getRepository(OutcomeReason).findOneBy({ organizationId, id, kind, archived: false });
    if (!reason) {
      throw new PipelineException(
        Reason.INVALID_REASON,
        `reasonId: not one of this organisation’s ${kind === OutcomeKind.REJECTION ? 'rejection' : 'withdrawal'} reasons`,
        'reasonId',
      );
    }
    return reason;
  }
}

const notFound = (field: string) => new PipelineException(Reason.OUTCOME_REASON_NOT_FOUND, 'Reason not found', field);
