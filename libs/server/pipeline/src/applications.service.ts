import { Injectable } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser } from '@panelist/server-core';
import { OpeningsService, Stage } from '@panelist/server-loops';
import { DataSource, EntityManager, In } from 'typeorm';
import { ApplicationEvent, ApplicationEventKind } from './application-event.entity';
import { Application, ApplicationStatus } from './application.entity';
import { CandidatesService } from './candidates.service';
import { PipelineException, PipelineExceptionReason as Reason } from './pipeline.exception';

@ObjectType({ description: 'How many applications an opening holds, by outcome' })
export class ApplicationCounts {
  @Field(() => Int, { description: 'Still in the pipeline' })
  active: number;

  @Field(() => Int)
  rejected: number;

  @Field(() => Int)
  withdrawn: number;
}

@Injectable()
export class ApplicationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly candidates: CandidatesService,
    private readonly openings: OpeningsService,
  ) {}

  async get(organizationId: string, id: string, field = 'applicationId'): Promise<Application> {
    const application = await this.dataSource.getRepository(Application).findOneBy({ organizationId, id });
    if (!application) throw new PipelineException(Reason.APPLICATION_NOT_FOUND, 'Application not found', field);
    return application;
  }

  async byIds(organizationId: string, ids: readonly string[]): Promise<Array<Application | Error>> {
    const rows = await this.dataSource.getRepository(Application).findBy({ organizationId, id: In([...ids]) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? new PipelineException(Reason.APPLICATION_NOT_FOUND, 'Application not found'));
  }

  ofCandidate(organizationId: string, candidateId: string): Promise<Application[]> {
    return this.dataSource.getRepository(Application).find({ where: { organizationId, candidateId }, order: { createdAt: 'DESC' } });
  }

  timeline(organizationId: string, applicationId: string): Promise<ApplicationEvent[]> {
    return this.dataSource.getRepository(ApplicationEvent).find({ where: { organizationId, applicationId }, order: { createdAt: 'ASC' } });
  }

  /** Application counts of many openings in one statement (the board and the openings list). */
  async countsOf(organizationId: string, openingIds: readonly string[]): Promise<ApplicationCounts[]> {
    const rows: Array<ApplicationCounts & { opening_id: string }> = await this.dataSource.query(
      `SELECT opening_id, count(*) FILTER (WHERE status = 'ACTIVE')::int AS active, count(*) FILTER (WHERE status = 'REJECTED')::int AS rejected,
              count(*) FILTER (WHERE status = 'WITHDRAWN')::int AS withdrawn
         FROM application WHERE organization_id = $1 AND opening_id = ANY($2::uuid[]) GROUP BY opening_id`,
      [organizationId, [...openingIds]],
    );
    const byOpening = new Map(rows.map(({ opening_id, ...counts }) => [opening_id, counts]));
    return openingIds.map((id) => byOpening.get(id) ?? { active: 0, rejected: 0, withdrawn: 0 });
  }

  /** Puts a candidate into an opening's first stage. */
  create(actor: AuthUser, candidateId: string, openingId: string): Promise<Application> {
    return this.dataSource.transaction(async (manager) => {
      await this.candidates.get(actor.organizationId, candidateId, 'candidateId');
      await this.openings.lock(manager, actor.organizationId, openingId);
      const existing = await manager.getRepository(Application).findOneBy({ organizationId: actor.organizationId, candidateId, openingId });
      if (existing) throw new PipelineException(Reason.ALREADY_APPLIED, 'This candidate is already in this opening', 'candidateId', { existingApplicationId: existing.id });
      const [first] = await manager.getRepository(Stage).find({ where: { openingId }, order: { position: 'ASC' }, take: 1 });
      const application = await manager.save(manager.create(Application, { organizationId: actor.organizationId, candidateId, openingId, stageId: first.id }));
      await this.record(manager, actor, [application], ApplicationEventKind.CREATED, () => null, first.id, null);
      return application;
    });
  }

  move(actor: AuthUser, applicationIds: string[], stageId: string, reason: string | null): Promise<Application[]> {
    return this.dataSource.transaction(async (manager) => {
      const applications = await this.lock(manager, actor.organizationId, applicationIds);
      const stage = await manager.getRepository(Stage).findOneBy({ organizationId: actor.organizationId, id: stageId });
      for (const application of applications) {
        if (!stage || stage.openingId !== application.openingId) {
          throw new PipelineException(Reason.WRONG_OPENING, 'stageId: not a stage of this application’s opening', 'stageId');
        }
        if (application.status !== ApplicationStatus.ACTIVE) {
          throw new PipelineException(Reason.NOT_IN_PIPELINE, 'This application has left the pipeline: reopen it first', 'applicationId', { applicationId: application.id });
        }
      }
      const moving = applications.filter((application) => application.stageId !== stageId);
      if (moving.length === 0) return applications;
      await this.record(manager, actor, moving, ApplicationEventKind.MOVED, (application) => application.stageId, stageId, reason);
      // One UPDATE for all of them; save() would read each row back first.
      const changes = { stageId, stageEnteredAt: new Date() };
      await manager.update(Application, { id: In(moving.map((application) => application.id)) }, changes);
      for (const application of moving) Object.assign(application, changes);
      return applications;
    });
  }

  close(actor: AuthUser, applicationIds: string[], status: ApplicationStatus.REJECTED | ApplicationStatus.WITHDRAWN, reason: string): Promise<Application[]> {
    return this.dataSource.transaction(async (manager) => {
      const applications = await this.lock(manager, actor.organizationId, applicationIds);
      for (const application of applications) {
        if (application.status !== ApplicationStatus.ACTIVE) {
          throw new PipelineException(Reason.NOT_IN_PIPELINE, 'This application has already left the pipeline', 'applicationId', { applicationId: application.id });
        }
      }
      const kind = status === ApplicationStatus.REJECTED ? ApplicationEventKind.REJECTED : ApplicationEventKind.WITHDRAWN;
      await this.record(manager, actor, applications, kind, (application) => application.stageId, null, reason);
      const changes = { status, outcomeReason: reason };
      await manager.update(Application, { id: In(applications.map((application) => application.id)) }, changes);
      for (const application of applications) Object.assign(application, changes);
      return applications;
    });
  }

  reopen(actor: AuthUser, applicationId: string, reason: string | null): Promise<Application> {
    return this.dataSource.transaction(async (manager) => {
      const [application] = await this.lock(manager, actor.organizationId, [applicationId]);
      if (application.status === ApplicationStatus.ACTIVE) throw new PipelineException(Reason.NOT_IN_PIPELINE, 'This application is already in the pipeline', 'applicationId');
      await this.record(manager, actor, [application], ApplicationEventKind.REOPENED, () => null, application.stageId, reason);
      Object.assign(application, { status: ApplicationStatus.ACTIVE, outcomeReason: null, stageEnteredAt: new Date() });
      return manager.save(application);
    });
  }

  /** Deletes a stage; its applications must move to `moveToStageId` (same opening) in the same transaction. */
  deleteStage(actor: AuthUser, stageId: string, moveToStageId: string | undefined): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const stage = await manager.getRepository(Stage).findOneBy({ organizationId: actor.organizationId, id: stageId });
      if (!stage) throw new PipelineException(Reason.STAGE_NOT_FOUND, 'Stage not found', 'stageId');
      await this.openings.lock(manager, actor.organizationId, stage.openingId);
      const held = await manager.getRepository(Application).find({ where: { stageId }, lock: { mode: 'pessimistic_write' } });
      if (held.length > 0) {
        const target = moveToStageId ? await manager.getRepository(Stage).findOneBy({ organizationId: actor.organizationId, id: moveToStageId }) : null;
        if (!target || target.openingId !== stage.openingId || target.id === stage.id) {
          throw new PipelineException(Reason.STAGE_NOT_EMPTY, `This stage holds ${held.length} applications: choose another stage of this opening to move them to`, 'moveToStageId', { applicationCount: held.length });
        }
        await this.record(manager, actor, held, ApplicationEventKind.MOVED, () => stage.id, target.id, `Stage "${stage.name}" was deleted`);
        await manager.update(Application, { id: In(held.map((application) => application.id)) }, { stageId: target.id, stageEnteredAt: new Date() });
      }
      // A stage that rounds belong to is protected by their foreign key (CONFLICT).
      await manager.delete(Stage, { id: stageId });
      await manager.query(`UPDATE stage SET position = position - 1 WHERE opening_id = $1 AND position > $2`, [stage.openingId, stage.position]);
      return true;
    });
  }

  private async lock(manager: EntityManager, organizationId: string, ids: string[]): Promise<Application[]> {
    const unique = [...new Set(ids)];
    const rows = await manager.getRepository(Application).find({ where: { organizationId, id: In(unique) }, lock: { mode: 'pessimistic_write' }, order: { id: 'ASC' } });
    if (rows.length !== unique.length) throw new PipelineException(Reason.APPLICATION_NOT_FOUND, 'Application not found', ids.length > 1 ? 'applicationIds' : 'applicationId');
    return rows;
  }

  /** One timeline event per application, written in one statement. */
  private record(
    manager: EntityManager,
    actor: AuthUser,
    applications: Application[],
    kind: ApplicationEventKind,
    fromStageId: (application: Application) => string | null,
    toStageId: string | null,
    reason: string | null,
  ) {
    return manager.insert(
      ApplicationEvent,
      applications.map((application) => ({ organizationId: actor.organizationId, applicationId: application.id, kind, fromStageId: fromStageId(application), toStageId, reason, actorId: actor.userId })),
    );
  }
}
