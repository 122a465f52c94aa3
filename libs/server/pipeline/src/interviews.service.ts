import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser, Role } from '@panelist/server-core';
import { Round } from '@panelist/server-loops';
import { DataSource, EntityManager, In } from 'typeorm';
import { ApplicationEvent, ApplicationEventKind } from './application-event.entity';
import { Application, ApplicationStatus } from './application.entity';
import { ScheduleInterviewInput } from './dtos/pipeline.input';
import { Interview, InterviewPanelist, InterviewQuestion, InterviewStatus } from './interview.entity';
import { PipelineException, PipelineExceptionReason as Reason } from './pipeline.exception';

export interface PinnedQuestion {
  interviewId: string;
  questionId: string;
  revisionId: string;
}

@Injectable()
export class InterviewsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Interviewers see only interviews they are on; the others see every interview of the organisation. */
  async get(actor: AuthUser, id: string, field = 'interviewId'): Promise<Interview> {
    const interview = await this.dataSource.getRepository(Interview).findOneBy({ organizationId: actor.organizationId, id });
    if (!interview || (actor.role === Role.INTERVIEWER && !(await this.isPanelist(id, actor.userId)))) {
      throw new PipelineException(Reason.INTERVIEW_NOT_FOUND, 'Interview not found', field);
    }
    return interview;
  }

  /** The interviews a member is on, soonest first; `upcoming` keeps those not yet over and not cancelled. */
  mine(actor: AuthUser, upcoming?: boolean): Promise<Interview[]> {
    const query = this.dataSource
      .getRepository(Interview)
      .createQueryBuilder('i')
      .innerJoin(InterviewPanelist, 'p', 'p.interviewId = i.id AND p.userId = :userId', { userId: actor.userId })
      .where('i.organizationId = :organizationId', { organizationId: actor.organizationId })
      .orderBy('i.startsAt', upcoming === false ? 'DESC' : 'ASC');
    if (upcoming === true) query.andWhere('i.endsAt > now() AND i.status = :scheduled', { scheduled: InterviewStatus.SCHEDULED });
    if (upcoming === false) query.andWhere('(i.endsAt <= now() OR i.status = :cancelled)', { cancelled: InterviewStatus.CANCELLED });
    return query.getMany();
  }

  ofApplications(organizationId: string, applicationIds: readonly string[]): Promise<Interview[][]> {
    return this.dataSource
      .getRepository(Interview)
      .find({ where: { organizationId, applicationId: In([...applicationIds]) }, order: { startsAt: 'ASC' } })
      .then((rows) => applicationIds.map((id) => rows.filter((row) => row.applicationId === id)));
  }

  async panelistsOf(interviewIds: readonly string[]): Promise<string[][]> {
    const rows = await this.dataSource.getRepository(InterviewPanelist).findBy({ interviewId: In([...interviewIds]) });
    return interviewIds.map((id) => rows.filter((row) => row.interviewId === id).map((row) => row.userId));
  }

  async questionsOf(interviewIds: readonly string[]): Promise<PinnedQuestion[][]> {
    const rows = await this.dataSource.getRepository(InterviewQuestion).find({ where: { interviewId: In([...interviewIds]) }, order: { position: 'ASC' } });
    return interviewIds.map((id) => rows.filter((row) => row.interviewId === id));
  }

  /** Schedules a round for an application; the round's questions are pinned at their current revisions. */
  schedule(actor: AuthUser, input: ScheduleInterviewInput): Promise<Interview> {
    return this.dataSource.transaction(async (manager) => {
      const application = await manager.getRepository(Application).findOneBy({ organizationId: actor.organizationId, id: input.applicationId });
      if (!application) throw new PipelineException(Reason.APPLICATION_NOT_FOUND, 'Application not found', 'applicationId');
      if (application.status !== ApplicationStatus.ACTIVE) throw new PipelineException(Reason.NOT_IN_PIPELINE, 'This application has left the pipeline: reopen it first', 'applicationId');
      const round = await manager.getRepository(Round).findOneBy({ organizationId: actor.organizationId, id: input.roundId });
      if (!round || round.openingId !== application.openingId) {
        throw new PipelineException(Reason.WRONG_OPENING, 'roundId: not a round of this application’s opening', 'roundId');
      }
      await this.assertPanel(manager, actor.organizationId, input.panelistIds);
      const startsAt = input.startsAt;
      const endsAt = input.endsAt ?? new Date(startsAt.getTime() + round.durationMinutes * 60_000);
      if (endsAt <= startsAt) throw new PipelineException(Reason.INVALID_TIME, 'endsAt: must be after startsAt', 'endsAt');
      const interview = await manager.save(
        manager.create(Interview, {
          organizationId: actor.organizationId,
          applicationId: application.id,
          roundId: round.id,
          startsAt,
          endsAt,
          durationMinutes: Math.round((endsAt.getTime() - startsAt.getTime()) / 60_000),
          scheduledById: actor.userId,
        }),
      );
      await this.setPanel(manager, interview, input.panelistIds);
      await this.record(manager, actor, interview, ApplicationEventKind.INTERVIEW_SCHEDULED, null);
      await manager.query(
        `INSERT INTO interview_question (interview_id, question_id, organization_id, revision_id, position)
         SELECT $1, rq.question_id, $2, qr.id, rq.position
           FROM round_question rq
           JOIN question q ON q.id = rq.question_id
           JOIN question_revision qr ON qr.question_id = q.id AND qr.revision = q.revision
          WHERE rq.round_id = $3`,
        [interview.id, actor.organizationId, round.id],
      );
      return interview;
    });
  }

  reschedule(actor: AuthUser, interviewId: string, startsAt: Date, reason: string, panelistIds?: string[]): Promise<Interview> {
    return this.dataSource.transaction(async (manager) => {
      const interview = await this.lock(manager, actor.organizationId, interviewId);
      if (panelistIds) {
        await this.assertPanel(manager, actor.organizationId, panelistIds);
        await this.setPanel(manager, interview, panelistIds);
      }
      const changes = { startsAt, endsAt: new Date(startsAt.getTime() + interview.durationMinutes * 60_000), status: InterviewStatus.SCHEDULED, cancelReason: null };
      // One UPDATE of the locked row; save() would read it again first.
      await manager.update(Interview, { id: interview.id }, changes);
      Object.assign(interview, changes);
      await this.record(manager, actor, interview, ApplicationEventKind.INTERVIEW_RESCHEDULED, reason);
      return interview;
    });
  }

  cancel(actor: AuthUser, interviewId: string, reason: string): Promise<Interview> {
    return this.dataSource.transaction(async (manager) => {
      const interview = await this.lock(manager, actor.organizationId, interviewId);
      const changes = { status: InterviewStatus.CANCELLED, cancelReason: reason };
      await manager.update(Interview, { id: interview.id }, changes);
      Object.assign(interview, changes);
      await this.record(manager, actor, interview, ApplicationEventKind.INTERVIEW_CANCELLED, reason);
      return interview;
    });
  }

  /** The application's timeline keeps each booking change: who, when, the time it was for, and why. */
  private record(manager: EntityManager, actor: AuthUser, interview: Interview, kind: ApplicationEventKind, reason: string | null) {
    return manager.insert(ApplicationEvent, {
      organizationId: actor.organizationId,
      applicationId: interview.applicationId,
      kind,
      reason,
      actorId: actor.userId,
      interviewId: interview.id,
      interviewStartsAt: interview.startsAt,
    });
  }

  /** Warnings of many interviews in two statements: panelists busy elsewhere at that time, and panels smaller than their round asks. */
  async warningsOf(interviewIds: readonly string[]): Promise<string[][]> {
    const ids = [...interviewIds];
    const [clashes, panels]: [Array<{ interview_id: string; name: string }>, Array<{ id: string; panel: number; wanted: number }>] = await Promise.all([
      this.dataSource.query(
        `SELECT DISTINCT me.id AS interview_id, u.name FROM interview me
           JOIN interview_panelist mine ON mine.interview_id = me.id
           JOIN interview_panelist theirs ON theirs.user_id = mine.user_id AND theirs.interview_id <> me.id
           JOIN interview other ON other.id = theirs.interview_id AND other.status = 'SCHEDULED'
           JOIN user_account u ON u.id = mine.user_id
          WHERE me.id = ANY($1::uuid[]) AND other.starts_at < me.ends_at AND other.ends_at > me.starts_at
          ORDER BY u.name`,
        [ids],
      ),
      this.dataSource.query(
        `SELECT i.id, (SELECT count(*)::int FROM interview_panelist p WHERE p.interview_id = i.id) AS panel, r.panel_size AS wanted
           FROM interview i JOIN round r ON r.id = i.round_id WHERE i.id = ANY($1::uuid[])`,
        [ids],
      ),
    ]);
    const warnings = new Map(ids.map((id) => [id, [] as string[]]));
    for (const clash of clashes) warnings.get(clash.interview_id)?.push(`${clash.name} has another interview at that time`);
    for (const { id, panel, wanted } of panels) if (panel < wanted) warnings.get(id)?.push(`The round asks for ${wanted} panelists; ${panel} scheduled`);
    return ids.map((id) => warnings.get(id)!);
  }

  private async isPanelist(interviewId: string, userId: string): Promise<boolean> {
    return this.dataSource.getRepository(InterviewPanelist).existsBy({ interviewId, userId });
  }

  private async lock(manager: EntityManager, organizationId: string, id: string): Promise<Interview> {
    const interview = await manager.getRepository(Interview).findOne({ where: { organizationId, id }, lock: { mode: 'pessimistic_write' } });
    if (!interview) throw new PipelineException(Reason.INTERVIEW_NOT_FOUND, 'Interview not found', 'interviewId');
    return interview;
  }

  /** Panelists must be active members of this organisation; anything else is named and nothing is written. */
  private async assertPanel(manager: EntityManager, organizationId: string, panelistIds: string[]): Promise<void> {
    const unique = [...new Set(panelistIds)];
    const rows: Array<{ id: string; status: string }> = await manager.query(`SELECT id, status FROM user_account WHERE organization_id = $1 AND id = ANY($2::uuid[])`, [organizationId, unique]);
    if (rows.length !== unique.length) throw new PipelineException(Reason.INVALID_PANEL, 'panelistIds: not members of your organisation', 'panelistIds');
    if (rows.some((row) => row.status !== 'ACTIVE')) throw new PipelineException(Reason.INVALID_PANEL, 'panelistIds: a deactivated member cannot be on a panel', 'panelistIds');
  }

  private async setPanel(manager: EntityManager, interview: Interview, panelistIds: string[]): Promise<void> {
    await manager.delete(InterviewPanelist, { interviewId: interview.id });
    await manager.insert(InterviewPanelist, [...new Set(panelistIds)].map((userId) => ({ interviewId: interview.id, userId, organizationId: interview.organizationId })));
  }
}
