import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AuditEntityType,
  AuditFields,
  AuditTrail,
  AuthUser,
  Connection,
  decodeOffsetCursor,
  EventBus,
  offsetPage,
  runSql,
} from '@panelist/server-core';
import { OpeningStatus, OpeningsService, StageRemoval, StagesService } from '@panelist/server-loops';
import { DataSource, EntityManager, In } from 'typeorm';
import { ApplicationEvent, ApplicationEventKind } from './application-event.entity';
import { Application, ApplicationStatus } from './application.entity';
import { ApplicationCounts } from './application.types';
import { applicationCountsSql, namedApplicationsSql } from './applications.sql';
import { ApplicationChangeKind, BoardChangeKind } from './board-change.types';
import { BoardChangedEvent } from './board-events';
import { CandidatesService } from './candidates.service';
import { OutcomeCountRow, outcomeCountsSql, StageFlowRow, stageFlowSql } from './opening-funnel.sql';
import { OutcomeKind } from './outcome-reason.entity';
import { OutcomeReasonsService } from './outcome-reasons.service';
import { PipelineException, PipelineExceptionReason as Reason } from './pipeline.exception';

/** An application with the names a list shows beside it. */
export type NamedApplication = Application & { candidateName: string; stageName: string };

/** Why an application leaves the pipeline: one of the organisation's reasons, a note, or both. */
export interface Outcome {
  reasonId?: string | null;
  note?: string | null;
}

/** The timeline events that change a board, and how its subscribers hear of them. */
type BoardEventKind =
  | ApplicationEventKind.CREATED
  | ApplicationEventKind.MOVED
  | ApplicationEventKind.REJECTED
  | ApplicationEventKind.WITHDRAWN
  | ApplicationEventKind.REOPENED;

const BOARD_CHANGES: Record<BoardEventKind, ApplicationChangeKind> = {
  [ApplicationEventKind.CREATED]: BoardChangeKind.ADDED,
  [ApplicationEventKind.MOVED]: BoardChangeKind.MOVED,
  [ApplicationEventKind.REJECTED]: BoardChangeKind.REJECTED,
  [ApplicationEventKind.WITHDRAWN]: BoardChangeKind.WITHDRAWN,
  [ApplicationEventKind.REOPENED]: BoardChangeKind.REOPENED,
};

@Injectable()
export class ApplicationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly candidates: CandidatesService,
    private readonly openings: OpeningsService,
    private readonly stages: StagesService,
    private readonly events: EventBus,
    private readonly reasons: OutcomeReasonsService,
    private readonly audit: AuditTrail,
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

  /**
   * Every application of an opening, in the order they came in, with its candidate's and stage's names: one
   * statement without entity hydration, for lists that show every candidate of an opening at once.
   */
  async ofOpening(organizationId: string, openingId: string): Promise<NamedApplication[]> {
    const rows = await runSql(this.dataSource, namedApplicationsSql(organizationId, openingId));
    return rows.map((row) =>
      Object.assign(new Application(), {
        id: row.id,
        organizationId: row.organization_id,
        candidateId: row.candidate_id,
        openingId: row.opening_id,
        stageId: row.stage_id,
        status: row.status,
        outcomeReason: row.outcome_reason,
        outcomeReasonId: row.outcome_reason_id,
        stageEnteredAt: row.stage_entered_at,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
        candidateName: row.candidate_name,
        stageName: row.stage_name,
      }),
    );
  }

  /** The applications that left an opening's pipeline (rejected, withdrawn or either), latest first. */
  async closed(
    organizationId: string,
    openingId: string,
    status: ApplicationStatus | undefined,
    first: number,
    after?: string,
  ): Promise<Connection<Application>> {
    // Another organisation's opening answers NOT_FOUND, not an empty list (DESIGN.md: tenancy).
    await this.openings.get(organizationId, openingId, 'openingId');
    const offset = decodeOffsetCursor(after);
    const statuses = status && status !== ApplicationStatus.ACTIVE ? [status] : [ApplicationStatus.REJECTED, ApplicationStatus.WITHDRAWN];
    const where = { organizationId, openingId, status: In(statuses) };
    const repository = this.dataSource.getRepository(Application);
    const rows = await repository.find({ where, order: { updatedAt: 'DESC', id: 'ASC' }, skip: offset, take: first + 1 });
    return offsetPage(rows, offset, first, async () => ({ count: await repository.countBy(where), exact: true }));
  }

  /** How applications flowed through an opening's stages, and which left from where and why. */
  async funnelOf(organizationId: string, openingId: string): Promise<{ stages: StageFlowRow[]; outcomes: OutcomeCountRow[] }> {
    const [stages, outcomes] = await Promise.all([
      runSql(this.dataSource, stageFlowSql(organizationId, openingId)),
      runSql(this.dataSource, outcomeCountsSql(organizationId, openingId)),
    ]);
    return { stages, outcomes };
  }

  ofCandidate(organizationId: string, candidateId: string): Promise<Application[]> {
    return this.dataSource.getRepository(Application).find({ where: { organizationId, candidateId }, order: { createdAt: 'DESC' } });
  }

  timeline(organizationId: string, applicationId: string): Promise<ApplicationEvent[]> {
    return this.dataSource.getRepository(ApplicationEvent).find({ where: { organizationId, applicationId }, order: { createdAt: 'ASC' } });
  }

  /** Application counts of many openings in one statement (the board and the openings list). */
  async countsOf(organizationId: string, openingIds: readonly string[]): Promise<ApplicationCounts[]> {
    const rows = await runSql(this.dataSource, applicationCountsSql(organizationId, openingIds));
    const byOpening = new Map(rows.map(({ opening_id, ...counts }) => [opening_id, counts]));
    return openingIds.map((id) => byOpening.get(id) ?? { active: 0, rejected: 0, withdrawn: 0 });
  }

  /** Puts a candidate into an opening's first stage; a closed opening only when `allowClosedOpening` says so. */
  create(actor: AuthUser, candidateId: string, openingId: string, allowClosedOpening = false): Promise<Application> {
    return this.dataSource.transaction(async (manager) => {
      await this.candidates.get(actor.organizationId, candidateId, 'candidateId');
      const opening = await this.openings.lock(manager, actor.organizationId, openingId);
      if (opening.status === OpeningStatus.CLOSED && !allowClosedOpening)
        throw new PipelineException(
          Reason.OPENING_CLOSED,
          'openingId: this opening is closed; set allowClosedOpening to add the candidate anyway',
          'openingId',
        );
      const existing = await manager.getRepository(Application).findOneBy({ organizationId: actor.organizationId, candidateId, openingId });
      if (existing)
        throw new PipelineException(Reason.ALREADY_APPLIED, 'This candidate is already in this opening', 'candidateId', {
          existingApplicationId: existing.id,
        });
      const first = await this.stages.first(manager, openingId);
      const application = await manager.save(
        manager.create(Application, { organizationId: actor.organizationId, candidateId, openingId, stageId: first.id }),
      );
      await this.record(manager, actor, [application], ApplicationEventKind.CREATED, () => null, first.id, null);
      return application;
    });
  }

  /** Inside `within` when given (a decision moves its application in the decision's transaction), else in its own. */
  move(actor: AuthUser, applicationIds: string[], stageId: string, reason: string | null, within?: EntityManager): Promise<Application[]> {
    return this.transaction(within, async (manager) => {
      const applications = await this.lock(manager, actor.organizationId, applicationIds);
      const stage = await this.stages.find(manager, actor.organizationId, stageId);
      for (const application of applications) {
        if (!stage || stage.openingId !== application.openingId) {
          throw new PipelineException(Reason.WRONG_OPENING, 'stageId: not a stage of this application’s opening', 'stageId');
        }
        if (application.status !== ApplicationStatus.ACTIVE) {
          throw new PipelineException(Reason.NOT_IN_PIPELINE, 'This application has left the pipeline: reopen it first', 'applicationId', {
            applicationId: application.id,
          });
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

  /** Rejects or withdraws, with one of the organisation's reasons, a note, or both. */
  close(
    actor: AuthUser,
    applicationIds: string[],
    status: ApplicationStatus.REJECTED | ApplicationStatus.WITHDRAWN,
    outcome: Outcome,
    within?: EntityManager,
  ): Promise<Application[]> {
    return this.transaction(within, async (manager) => {
      const note = outcome.note?.trim() || null;
      if (!outcome.reasonId && !note) {
        throw new PipelineException(Reason.INVALID_REASON, 'reason: say why, or choose one of the organisation’s reasons', 'reason');
      }
      const kind = status === ApplicationStatus.REJECTED ? OutcomeKind.REJECTION : OutcomeKind.WITHDRAWAL;
      const chosen = outcome.reasonId ? await this.reasons.choose(manager, actor.organizationId, kind, outcome.reasonId) : null;
      const reason = [chosen?.label, note].filter(Boolean).join(': ');
      const applications = await this.lock(manager, actor.organizationId, applicationIds);
      for (const application of applications) {
        if (application.status !== ApplicationStatus.ACTIVE) {
          throw new PipelineException(Reason.NOT_IN_PIPELINE, 'This application has already left the pipeline', 'applicationId', {
            applicationId: application.id,
          });
        }
      }
      const event = status === ApplicationStatus.REJECTED ? ApplicationEventKind.REJECTED : ApplicationEventKind.WITHDRAWN;
      await this.record(manager, actor, applications, event, (application) => application.stageId, null, reason);
      const changes = { status, outcomeReason: note, outcomeReasonId: chosen?.id ?? null };
      await manager.update(Application, { id: In(applications.map((application) => application.id)) }, changes);
      for (const application of applications) Object.assign(application, changes);
      return applications;
    });
  }

  reopen(actor: AuthUser, applicationId: string, reason: string | null, within?: EntityManager): Promise<Application> {
    return this.transaction(within, async (manager) => {
      const [application] = await this.lock(manager, actor.organizationId, [applicationId]);
      if (application.status === ApplicationStatus.ACTIVE)
        throw new PipelineException(Reason.NOT_IN_PIPELINE, 'This application is already in the pipeline', 'applicationId');
      await this.record(manager, actor, [application], ApplicationEventKind.REOPENED, () => null, application.stageId, reason);
      Object.assign(application, {
        status: ApplicationStatus.ACTIVE,
        outcomeReason: null,
        outcomeReasonId: null,
        stageEnteredAt: new Date(),
      });
      return manager.save(application);
    });
  }

  /**
   * Moves the applications of a stage being deleted to the stage chosen for them, inside the deletion's
   * transaction; without a valid destination a stage holding applications is not deleted.
   */
  async vacateStage(manager: EntityManager, { actor, stage, destination }: StageRemoval): Promise<void> {
    const held = await manager.getRepository(Application).find({ where: { stageId: stage.id }, lock: { mode: 'pessimistic_write' } });
    if (held.length === 0) return;
    const target = await destination();
    if (!target) {
      throw new PipelineException(
        Reason.STAGE_NOT_EMPTY,
        `This stage holds ${held.length} applications: choose another stage of this opening to move them to`,
        'moveToStageId',
        { applicationCount: held.length },
      );
    }
    await this.record(manager, actor, held, ApplicationEventKind.MOVED, () => stage.id, target.id, `Stage "${stage.name}" was deleted`);
    await manager.update(
      Application,
      { id: In(held.map((application) => application.id)) },
      { stageId: target.id, stageEnteredAt: new Date() },
    );
  }

  private transaction<T>(within: EntityManager | undefined, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return within ? work(within) : this.dataSource.transaction(work);
  }

  private async lock(manager: EntityManager, organizationId: string, ids: string[]): Promise<Application[]> {
    const unique = [...new Set(ids)];
    const rows = await manager
      .getRepository(Application)
      .find({ where: { organizationId, id: In(unique) }, lock: { mode: 'pessimistic_write' }, order: { id: 'ASC' } });
    if (rows.length !== unique.length)
      throw new PipelineException(
        Reason.APPLICATION_NOT_FOUND,
        'Application not found',
        ids.length > 1 ? 'applicationIds' : 'applicationId',
      );
    return rows;
  }

  /**
   * One timeline event per application, written in one statement, and the board's change events, published in
   * the same transaction (they reach subscribers on every instance when it commits, and never if it rolls back).
   */
  private async record(
    manager: EntityManager,
    actor: AuthUser,
    applications: Application[],
    kind: BoardEventKind,
    fromStageId: (application: Application) => string | null,
    toStageId: string | null,
    reason: string | null,
  ): Promise<void> {
    const rows = applications.map((application) => ({
      organizationId: actor.organizationId,
      applicationId: application.id,
      kind,
      fromStageId: fromStageId(application),
      toStageId,
      reason,
      actorId: actor.userId,
    }));
    await manager.insert(ApplicationEvent, rows);
    await this.audit.record(
      manager,
      actor,
      applications.map((application, i) => ({
        action: kind,
        entityType: AuditEntityType.APPLICATION,
        entityId: application.id,
        ...auditedChange(kind, application, rows[i].fromStageId, toStageId, reason),
      })),
    );
    await this.events.publish(
      manager,
      applications.map((application, i): BoardChangedEvent => ({
        topic: 'board.changed',
        organizationId: actor.organizationId,
        openingId: application.openingId,
        applicationId: application.id,
        kind: BOARD_CHANGES[kind],
        fromStageId: rows[i].fromStageId,
        toStageId,
      })),
    );
  }
}

/** What an application's audit event shows: where it stood and where it went, or how it left and came back. */
function auditedChange(
  kind: BoardEventKind,
  application: Application,
  fromStageId: string | null,
  toStageId: string | null,
  reason: string | null,
): { before: AuditFields | null; after: AuditFields } {
  switch (kind) {
    case ApplicationEventKind.CREATED:
      return { before: null, after: { candidateId: application.candidateId, openingId: application.openingId, stageId: toStageId } };
    case ApplicationEventKind.MOVED:
      return { before: { stageId: fromStageId }, after: { stageId: toStageId, reason } };
    case ApplicationEventKind.REOPENED:
      return { before: { status: application.status }, after: { status: ApplicationStatus.ACTIVE, stageId: toStageId, reason } };
    default:
      return { before: { status: ApplicationStatus.ACTIVE }, after: { status: kind, reason } };
  }
}
