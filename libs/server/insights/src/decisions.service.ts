import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditEntityType, AuditTrail, AuthUser, runSql } from '@panelist/server-core';
import { StagesService } from '@panelist/server-loops';
import { Application, ApplicationsService, ApplicationStatus } from '@panelist/server-pipeline';
import { DataSource, EntityManager, In } from 'typeorm';
import { CandidateVisibility } from './candidate-visibility';
import { DebriefNote } from './debrief-note.entity';
import { Decision, DecisionKind } from './decision.entity';
import { DecisionRow, saveDebriefNoteSql, standingDecisionsSql } from './decisions.sql';
import { InsightsException, InsightsExceptionReason as Reason } from './insights.exception';

export interface DecisionRequest {
  applicationId: string;
  decision: DecisionKind;
  reason: string;
  outcomeReasonId?: string;
}

/**
 * Decisions and the debrief's note. A decision moves its application in the same transaction: ADVANCE to the
 * next stage, HIRE to the last, REJECT out of the pipeline; reversing it undoes the move, and both are kept.
 */
@Injectable()
export class DecisionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly applications: ApplicationsService,
    private readonly stages: StagesService,
    private readonly visibility: CandidateVisibility,
    private readonly audit: AuditTrail,
  ) {}

  async record(actor: AuthUser, input: DecisionRequest): Promise<Decision> {
    const application = await this.applications.get(actor.organizationId, input.applicationId);
    (await this.visibility.of(actor, application.openingId)).assert(application.id, 'applicationId');
    if (application.status !== ApplicationStatus.ACTIVE) {
      throw new InsightsException(
        Reason.INVALID_INPUT,
        'applicationId: this application has left the pipeline: reopen it first',
        'applicationId',
      );
    }
    return this.dataSource.transaction(async (manager) => {
      const decision = await manager.save(
        manager.create(Decision, {
          organizationId: actor.organizationId,
          applicationId: application.id,
          decision: input.decision,
          reason: input.reason,
          decidedById: actor.userId,
          fromStageId: application.stageId,
        }),
      );
      await this.audit.record(manager, actor, {
        action: 'RECORDED',
        entityType: AuditEntityType.DECISION,
        entityId: decision.id,
        after: { applicationId: application.id, decision: input.decision, reason: input.reason, fromStageId: application.stageId },
      });
      await this.carryOut(manager, actor, application, input, decision.id);
      return decision;
    });
  }

  /** Undoes the standing decision's move and keeps both on record. */
  async reverse(actor: AuthUser, decisionId: string, reason: string): Promise<Decision> {
    const decision = await this.dataSource.getRepository(Decision).findOneBy({ organizationId: actor.organizationId, id: decisionId });
    if (!decision) throw new InsightsException(Reason.DECISION_NOT_FOUND, 'Decision not found', 'decisionId');
    const application = await this.applications.get(actor.organizationId, decision.applicationId);
    (await this.visibility.of(actor, application.openingId)).assert(application.id, 'decisionId');
    return this.dataSource.transaction(async (manager) => {
      const [standing] = await runSql(manager, standingDecisionsSql(actor.organizationId, [decision.applicationId]));
      if (standing?.id !== decision.id) {
        throw new InsightsException(Reason.ALREADY_REVERSED, 'Only the standing decision can be reversed', 'decisionId');
      }
      const why = `Reversed ${decision.decision.toLowerCase()} decision: ${reason}`;
      if (decision.decision === DecisionKind.REJECT) await this.applications.reopen(actor, application.id, why, manager);
      else await this.applications.move(actor, [application.id], decision.fromStageId, why, manager);
      Object.assign(decision, { reversedAt: new Date(), reversedById: actor.userId, reversalReason: reason });
      await this.audit.record(manager, actor, {
        action: 'REVERSED',
        entityType: AuditEntityType.DECISION,
        entityId: decision.id,
        before: { reversedAt: null },
        after: { reversedAt: decision.reversedAt, reversalReason: reason },
      });
      return manager.save(decision);
    });
  }

  /** The standing decision of each application, or null: one statement. */
  async standingOf(organizationId: string, applicationIds: readonly string[]): Promise<Array<Decision | null>> {
    const rows = await runSql(this.dataSource, standingDecisionsSql(organizationId, applicationIds));
    const byApplication = new Map(rows.map((row) => [row.application_id, decisionOf(row)]));
    return applicationIds.map((id) => byApplication.get(id) ?? null);
  }

  /** Every decision on each application, oldest first, reversed ones included. */
  async historyOf(organizationId: string, applicationIds: readonly string[]): Promise<Decision[][]> {
    const rows = await this.dataSource
      .getRepository(Decision)
      .find({ where: { organizationId, applicationId: In([...applicationIds]) }, order: { createdAt: 'ASC' } });
    return applicationIds.map((id) => rows.filter((row) => row.applicationId === id));
  }

  async note(organizationId: string, applicationId: string): Promise<DebriefNote> {
    const note = await this.dataSource.getRepository(DebriefNote).findOneBy({ organizationId, applicationId });
    return note ?? Object.assign(new DebriefNote(), { applicationId, organizationId, body: '', version: 0, updatedById: null });
  }

  /** Saves the discussion note if nobody saved since `version`; CONFLICT otherwise, with the current note. */
  async saveNote(actor: AuthUser, applicationId: string, body: string, version: number): Promise<DebriefNote> {
    const application = await this.applications.get(actor.organizationId, applicationId);
    (await this.visibility.of(actor, application.openingId)).assert(application.id, 'applicationId');
    const saved = await this.dataSource.transaction(async (manager) => {
      const [written] = await runSql(manager, saveDebriefNoteSql(actor.organizationId, applicationId, body, version, actor.userId));
      // The note before this save is the `after` of the previous event: each event keeps only the text it wrote.
      if (written)
        await this.audit.record(manager, actor, {
          action: 'UPDATED',
          entityType: AuditEntityType.DEBRIEF_NOTE,
          entityId: applicationId,
          before: { version },
          after: { version: written.version, body },
        });
      return written;
    });
    const note = await this.note(actor.organizationId, applicationId);
    if (!saved) {
      throw new InsightsException(
        Reason.EDIT_CONFLICT,
        'Someone else changed the note since you opened it: review theirs and save again',
        'version',
        {
          version: note.version,
          theirs: note.body,
        },
      );
    }
    return note;
  }

  private async carryOut(manager: EntityManager, actor: AuthUser, application: Application, input: DecisionRequest, decisionId: string) {
    const why = `Decision: ${input.reason}`;
    if (input.decision === DecisionKind.REJECT) {
      await this.applications.close(
        actor,
        [application.id],
        ApplicationStatus.REJECTED,
        { reasonId: input.outcomeReasonId, note: input.reason },
        manager,
      );
      return;
    }
    const stages = await this.stages.ofOpening(actor.organizationId, application.openingId);
    const here = stages.findIndex((stage) => stage.id === application.stageId);
    const target = input.decision === DecisionKind.HIRE ? stages[stages.length - 1] : stages[here + 1];
    if (!target) {
      throw new InsightsException(Reason.NO_NEXT_STAGE, 'This application is at the last stage: record HIRE instead', 'decision', {
        decisionId,
      });
    }
    await this.applications.move(actor, [application.id], target.id, why, manager);
  }
}

function decisionOf(row: DecisionRow): Decision {
  return Object.assign(new Decision(), {
    id: row.id,
    organizationId: row.organization_id,
    applicationId: row.application_id,
    decision: row.decision as DecisionKind,
    reason: row.reason,
    decidedById: row.decided_by_id,
    fromStageId: row.from_stage_id,
    createdAt: row.created_at,
    reversedAt: row.reversed_at,
    reversedById: row.reversed_by_id,
    reversalReason: row.reversal_reason,
  });
}
