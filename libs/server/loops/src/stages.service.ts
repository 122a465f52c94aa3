import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AuditEntityType, AuditTrail, AuthUser, fieldsOf, runSql } from '@panelist/server-core';
import { DataSource, EntityManager, In } from 'typeorm';
import { LoopsException, LoopsExceptionReason as Reason } from './loops.exception';
import { OpeningsService } from './openings.service';
import { applyOrder, reorderChanges } from './reorder';
import { StageOccupants, StageRemoval } from './stage-occupants';
import { Stage } from './stage.entity';
import { closeStageGapSql, nextStagePositionSql } from './stages.sql';

/** The stages of openings' pipelines: reading them and their whole lifecycle. Other features come here for stages. */
@Injectable()
export class StagesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly openings: OpeningsService,
    private readonly occupants: StageOccupants,
    private readonly audit: AuditTrail,
  ) {}

  ofOpening(organizationId: string, openingId: string): Promise<Stage[]> {
    return this.dataSource.getRepository(Stage).find({ where: { organizationId, openingId }, order: { position: 'ASC' } });
  }

  async ofOpenings(organizationId: string, openingIds: readonly string[]): Promise<Stage[][]> {
    const rows = await this.dataSource
      .getRepository(Stage)
      .find({ where: { organizationId, openingId: In([...openingIds]) }, order: { position: 'ASC' } });
    return openingIds.map((id) => rows.filter((row) => row.openingId === id));
  }

  /** The stage new applications enter. */
  async first(manager: EntityManager, openingId: string): Promise<Stage> {
    const [first] = await manager.getRepository(Stage).find({ where: { openingId }, order: { position: 'ASC' }, take: 1 });
    return first;
  }

  find(manager: EntityManager, organizationId: string, id: string): Promise<Stage | null> {
    return manager.getRepository(Stage).findOneBy({ organizationId, id });
  }

  async inOpening(organizationId: string, openingId: string, stageId: string): Promise<Stage> {
    const stage = await this.dataSource.getRepository(Stage).findOneBy({ organizationId, openingId, id: stageId });
    if (!stage) throw new LoopsException(Reason.STAGE_NOT_FOUND, 'stageId: not a stage of this opening', 'stageId');
    return stage;
  }

  add(actor: Actor, openingId: string, name: string): Promise<Stage> {
    const { organizationId } = actor;
    return this.dataSource.transaction(async (manager) => {
      await this.openings.lock(manager, organizationId, openingId);
      const [{ next }] = await runSql(manager, nextStagePositionSql(openingId));
      const stage = await manager.save(manager.create(Stage, { organizationId, openingId, name, position: next }));
      await this.audit.record(manager, actor, {
        action: 'CREATED',
        entityType: AuditEntityType.STAGE,
        entityId: stage.id,
        after: fieldsOf(stage, ['openingId', 'name', 'position']),
      });
      return stage;
    });
  }

  async rename(actor: Actor, stageId: string, name: string): Promise<Stage> {
    return this.dataSource.transaction(async (manager) => {
      const stage = await this.find(manager, actor.organizationId, stageId);
      if (!stage) throw new LoopsException(Reason.STAGE_NOT_FOUND, 'Stage not found', 'stageId');
      await manager.update(Stage, { id: stage.id }, { name });
      if (name !== stage.name)
        await this.audit.record(manager, actor, {
          action: 'UPDATED',
          entityType: AuditEntityType.STAGE,
          entityId: stage.id,
          before: { name: stage.name },
          after: { name },
        });
      return Object.assign(stage, { name });
    });
  }

  reorder(actor: Actor, openingId: string, stageIds: string[]): Promise<Stage[]> {
    const { organizationId } = actor;
    return this.dataSource.transaction(async (manager) => {
      await this.openings.lock(manager, organizationId, openingId);
      const existing = await manager.getRepository(Stage).findBy({ organizationId, openingId });
      const positions = new Map(existing.map((stage) => [stage.id, stage.position]));
      const stages = await applyOrder(manager, 'stage', existing, stageIds);
      if (!stages)
        throw new LoopsException(Reason.INVALID_ORDER, 'stageIds: must list every stage of the opening exactly once', 'stageIds');
      await this.audit.record(manager, actor, reorderChanges(AuditEntityType.STAGE, positions, stages));
      return stages;
    });
  }

  /** Deletes a stage once the features whose rows stand in it have moved them to `moveToStageId`, in one transaction. */
  delete(actor: AuthUser, stageId: string, moveToStageId: string | undefined): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const stage = await this.find(manager, actor.organizationId, stageId);
      if (!stage) throw new LoopsException(Reason.STAGE_NOT_FOUND, 'Stage not found', 'stageId');
      await this.openings.lock(manager, actor.organizationId, stage.openingId);
      let destination: Promise<Stage | undefined> | undefined;
      const removal: StageRemoval = { actor, stage, destination: () => (destination ??= this.destination(manager, stage, moveToStageId)) };
      await this.occupants.vacate(manager, removal);
      // A stage that rounds belong to is protected by their foreign key (CONFLICT).
      await manager.delete(Stage, { id: stageId });
      await runSql(manager, closeStageGapSql(stage.openingId, stage.position));
      await this.audit.record(manager, actor, {
        action: 'DELETED',
        entityType: AuditEntityType.STAGE,
        entityId: stageId,
        before: fieldsOf(stage, ['openingId', 'name', 'position']),
        after: { moveToStageId: moveToStageId ?? null },
      });
      return true;
    });
  }

  private async destination(manager: EntityManager, stage: Stage, moveToStageId: string | undefined): Promise<Stage | undefined> {
    if (!moveToStageId) return undefined;
    const target = await this.find(manager, stage.organizationId, moveToStageId);
    return target && target.openingId === stage.openingId && target.id !== stage.id ? target : undefined;
  }
}
