import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditEntityType, AuditFields, AuditTrail, AuthUser, MembersService, MemberStatus, Role, runSql } from '@panelist/server-core';
import { RoundsService } from '@panelist/server-loops';
import { QuestionsService } from '@panelist/server-question-bank';
import { DataSource, EntityManager, In } from 'typeorm';
import { ApplicationEvent, ApplicationEventKind } from './application-event.entity';
import { Application, ApplicationStatus } from './application.entity';
import { ScheduleInterviewInput } from './dtos/pipeline.input';
import { Interview, InterviewPanelist, InterviewQuestion, InterviewStatus } from './interview.entity';
import {
  endedPanelSeatsSql,
  endedSeatsOfOpeningSql,
  ownPanelsOfSameCandidateSql,
  scheduledPanelsSql,
  panelClashesSql,
  panelCountsSql,
  pinQuestionsSql,
  seatsOfMemberSql,
} from './interviews.sql';
import { PipelineException, PipelineExceptionReason as Reason } from './pipeline.exception';

export interface PanelSeat {
  interviewId: string;
  panelistId: string;
  endsAt: Date;
}

export interface PinnedQuestion {
  interviewId: string;
  questionId: string;
  revisionId: string;
}

type BookingEventKind =
  ApplicationEventKind.INTERVIEW_SCHEDULED | ApplicationEventKind.INTERVIEW_RESCHEDULED | ApplicationEventKind.INTERVIEW_CANCELLED;

const AUDIT_ACTIONS: Record<BookingEventKind, string> = {
  [ApplicationEventKind.INTERVIEW_SCHEDULED]: 'SCHEDULED',
  [ApplicationEventKind.INTERVIEW_RESCHEDULED]: 'RESCHEDULED',
  [ApplicationEventKind.INTERVIEW_CANCELLED]: 'CANCELLED',
};

@Injectable()
export class InterviewsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly members: MembersService,
    private readonly rounds: RoundsService,
    private readonly questions: QuestionsService,
    private readonly audit: AuditTrail,
  ) {}

  /** Interviewers see only interviews they are on; the others see every interview of the organisation. */
  async get(actor: AuthUser, id: string, field = 'interviewId'): Promise<Interview> {
    const interview = await this.dataSource.getRepository(Interview).findOneBy({ organizationId: actor.organizationId, id });
    if (!interview || (actor.role === Role.INTERVIEWER && !(await this.isPanelist(id, actor.userId)))) {
      throw new PipelineException(Reason.INTERVIEW_NOT_FOUND, 'Interview not found', field);
    }
    return interview;
  }

  /** The panels of each application's scheduled interviews, per application in order (boards ask for hundreds at once). */
  async scheduledPanelsOf(
    organizationId: string,
    applicationIds: readonly string[],
  ): Promise<Array<Array<{ interviewId: string; panel: string[] }>>> {
    const rows = await runSql(this.dataSource, scheduledPanelsSql(organizationId, applicationIds));
    const byApplication = new Map<string, Array<{ interviewId: string; panel: string[] }>>();
    for (const row of rows) {
      const panels = byApplication.get(row.application_id) ?? [];
      panels.push({ interviewId: row.interview_id, panel: row.panel });
      byApplication.set(row.application_id, panels);
    }
    return applicationIds.map((id) => byApplication.get(id) ?? []);
  }

  /** Who sat on which scheduled interview that ended since `since` (only `interviewId`'s seats when given), latest first. */
  async endedPanelSeats(organizationId: string, since: Date, interviewId: string | null = null): Promise<PanelSeat[]> {
    const rows = await runSql(this.dataSource, endedPanelSeatsSql(organizationId, since, interviewId));
    return rows.map((row) => ({ interviewId: row.interview_id, panelistId: row.user_id, endsAt: row.ends_at }));
  }

  /** Interviews by id, one result per id in order, whoever asks: for features that have checked access their own way. */
  async byIds(organizationId: string, ids: readonly string[]): Promise<Array<Interview | Error>> {
    const rows = await this.dataSource.getRepository(Interview).findBy({ organizationId, id: In([...ids]) });
    return ids.map((id) => rows.find((row) => row.id === id) ?? new PipelineException(Reason.INTERVIEW_NOT_FOUND, 'Interview not found'));
  }

  /** An interview of the organisation, whoever asks: for features that have checked access their own way. */
  find(organizationId: string, id: string): Promise<Interview | null> {
    return this.dataSource.getRepository(Interview).findOneBy({ organizationId, id });
  }

  /** The interviews a member is on, soonest first; `upcoming` keeps those not yet over and not cancelled. */
  mine(actor: Pick<AuthUser, 'organizationId' | 'userId'>, upcoming?: boolean): Promise<Interview[]> {
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
    const rows = await this.dataSource
      .getRepository(InterviewQuestion)
      .find({ where: { interviewId: In([...interviewIds]) }, order: { position: 'ASC' } });
    return interviewIds.map((id) => rows.filter((row) => row.interviewId === id));
  }

  /** For each interview, the scheduled interviews of the same candidate that the member is on (see the statement). */
  /** Every seat on an opening's ended interviews: what feedback was due, from whom, and since when. */
  endedSeatsOfOpening(organizationId: string, openingId: string) {
    return runSql(this.dataSource, endedSeatsOfOpeningSql(organizationId, openingId));
  }

  /** Where the member sits on the panels of an opening's scheduled interviews. */
  seatsOfMember(
    organizationId: string,
    userId: string,
    openingId: string,
  ): Promise<Array<{ interview_id: string; application_id: string }>> {
    return runSql(this.dataSource, seatsOfMemberSql(organizationId, userId, openingId));
  }

  async ownPanelsOfSameCandidate(organizationId: string, userId: string, interviewIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows = await runSql(this.dataSource, ownPanelsOfSameCandidateSql(organizationId, userId, interviewIds));
    const panels = new Map<string, string[]>(interviewIds.map((id) => [id, []]));
    for (const row of rows) panels.get(row.interview_id)?.push(row.panel_interview_id);
    return panels;
  }

  /** Schedules a round for an application; the round's questions are pinned at their current revisions. */
  schedule(actor: AuthUser, input: ScheduleInterviewInput): Promise<Interview> {
    return this.dataSource.transaction(async (manager) => {
      const application = await manager
        .getRepository(Application)
        .findOneBy({ organizationId: actor.organizationId, id: input.applicationId });
      if (!application) throw new PipelineException(Reason.APPLICATION_NOT_FOUND, 'Application not found', 'applicationId');
      if (application.status !== ApplicationStatus.ACTIVE)
        throw new PipelineException(Reason.NOT_IN_PIPELINE, 'This application has left the pipeline: reopen it first', 'applicationId');
      const round = await this.rounds.find(manager, actor.organizationId, input.roundId);
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
      await this.record(manager, actor, interview, ApplicationEventKind.INTERVIEW_SCHEDULED, null, {
        before: null,
        after: {
          applicationId: interview.applicationId,
          roundId: interview.roundId,
          startsAt,
          endsAt,
          panelistIds: input.panelistIds,
        },
      });
      await this.pinQuestions(manager, interview, round.id);
      return interview;
    });
  }

  /** Pins the round's questions, in the order they are asked, at the revisions they are at now. */
  private async pinQuestions(manager: EntityManager, interview: Interview, roundId: string): Promise<void> {
    const [refs] = await this.rounds.questionsOf([roundId], manager);
    if (refs.length === 0) return;
    const revisions = await this.questions.currentRevisionIds(
      manager,
      interview.organizationId,
      refs.map((ref) => ref.questionId),
    );
    const pinned = refs.filter((ref) => revisions.has(ref.questionId)).map((ref) => ref.questionId);
    await runSql(
      manager,
      pinQuestionsSql(
        interview.id,
        interview.organizationId,
        pinned,
        pinned.map((id) => revisions.get(id)!),
      ),
    );
  }

  reschedule(actor: AuthUser, interviewId: string, startsAt: Date, reason: string, panelistIds?: string[]): Promise<Interview> {
    return this.dataSource.transaction(async (manager) => {
      const interview = await this.lock(manager, actor.organizationId, interviewId);
      const before: AuditFields = { startsAt: interview.startsAt, endsAt: interview.endsAt, status: interview.status };
      if (panelistIds) {
        [before.panelistIds] = await this.panelistsOf([interview.id]);
        await this.assertPanel(manager, actor.organizationId, panelistIds);
        await this.setPanel(manager, interview, panelistIds);
      }
      const changes = {
        startsAt,
        endsAt: new Date(startsAt.getTime() + interview.durationMinutes * 60_000),
        status: InterviewStatus.SCHEDULED,
        cancelReason: null,
      };
      // One UPDATE of the locked row; save() would read it again first. Calendars apply the change by its SEQUENCE.
      await manager.update(Interview, { id: interview.id }, { ...changes, sequence: () => 'sequence + 1' });
      Object.assign(interview, changes, { sequence: interview.sequence + 1 });
      await this.record(manager, actor, interview, ApplicationEventKind.INTERVIEW_RESCHEDULED, reason, {
        before,
        after: {
          startsAt: changes.startsAt,
          endsAt: changes.endsAt,
          status: changes.status,
          ...(panelistIds ? { panelistIds } : {}),
          reason,
        },
      });
      return interview;
    });
  }

  cancel(actor: AuthUser, interviewId: string, reason: string): Promise<Interview> {
    return this.dataSource.transaction(async (manager) => {
      const interview = await this.lock(manager, actor.organizationId, interviewId);
      const before = { status: interview.status, cancelReason: interview.cancelReason };
      const changes = { status: InterviewStatus.CANCELLED, cancelReason: reason };
      await manager.update(Interview, { id: interview.id }, { ...changes, sequence: () => 'sequence + 1' });
      Object.assign(interview, changes, { sequence: interview.sequence + 1 });
      await this.record(manager, actor, interview, ApplicationEventKind.INTERVIEW_CANCELLED, reason, { before, after: changes });
      return interview;
    });
  }

  /**
   * The application's timeline keeps each booking change (who, when, the time it was for, and why), and the
   * audit trail what changed on the interview.
   */
  private async record(
    manager: EntityManager,
    actor: AuthUser,
    interview: Interview,
    kind: BookingEventKind,
    reason: string | null,
    change: { before: AuditFields | null; after: AuditFields },
  ): Promise<void> {
    await this.audit.record(manager, actor, {
      action: AUDIT_ACTIONS[kind],
      entityType: AuditEntityType.INTERVIEW,
      entityId: interview.id,
      ...change,
    });
    await manager.insert(ApplicationEvent, {
      organizationId: actor.organizationId,
      applicationId: interview.applicationId,
      kind,
      reason,
      actorId: actor.userId,
      interviewId: interview.id,
      interviewStartsAt: interview.startsAt,
    });
  }

  /**
   * Warnings of many interviews in four statements whatever their number: panelists busy elsewhere at that
   * time and panel sizes (both side by side), then those panelists' names and what the rounds ask for.
   */
  async warningsOf(organizationId: string, interviewIds: readonly string[]): Promise<string[][]> {
    const ids = [...interviewIds];
    const [clashes, panels] = await Promise.all([
      runSql(this.dataSource, panelClashesSql(ids)),
      runSql(this.dataSource, panelCountsSql(ids)),
    ]);
    const [names, wanted] = await Promise.all([
      this.members.namesOf(organizationId, [...new Set(clashes.map((clash) => clash.user_id))]),
      this.rounds.panelSizes(organizationId, [...new Set(panels.map((panel) => panel.round_id))]),
    ]);
    const busy = clashes
      .map((clash) => ({ interviewId: clash.interview_id, name: names.get(clash.user_id) ?? '' }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const warnings = new Map(ids.map((id) => [id, [] as string[]]));
    for (const { interviewId, name } of busy) warnings.get(interviewId)?.push(`${name} has another interview at that time`);
    for (const { id, round_id, panel } of panels) {
      const size = wanted.get(round_id) ?? 0;
      if (panel < size) warnings.get(id)?.push(`The round asks for ${size} panelists; ${panel} scheduled`);
    }
    return ids.map((id) => warnings.get(id)!);
  }

  private async isPanelist(interviewId: string, userId: string): Promise<boolean> {
    return this.dataSource.getRepository(InterviewPanelist).existsBy({ interviewId, userId });
  }

  private async lock(manager: EntityManager, organizationId: string, id: string): Promise<Interview> {
    const interview = await manager
      .getRepository(Interview)
      .findOne({ where: { organizationId, id }, lock: { mode: 'pessimistic_write' } });
    if (!interview) throw new PipelineException(Reason.INTERVIEW_NOT_FOUND, 'Interview not found', 'interviewId');
    return interview;
  }

  /** Panelists must be active members of this organisation; anything else is named and nothing is written. */
  private async assertPanel(manager: EntityManager, organizationId: string, panelistIds: string[]): Promise<void> {
    const unique = [...new Set(panelistIds)];
    const rows = await this.members.statusesOf(organizationId, unique, manager);
    if (rows.length !== unique.length)
      throw new PipelineException(Reason.INVALID_PANEL, 'panelistIds: not members of your organisation', 'panelistIds');
    if (rows.some((row) => row.status !== MemberStatus.ACTIVE))
      throw new PipelineException(Reason.INVALID_PANEL, 'panelistIds: a deactivated member cannot be on a panel', 'panelistIds');
  }

  private async setPanel(manager: EntityManager, interview: Interview, panelistIds: string[]): Promise<void> {
    await manager.delete(InterviewPanelist, { interviewId: interview.id });
    await manager.insert(
      InterviewPanelist,
      [...new Set(panelistIds)].map((userId) => ({ interviewId: interview.id, userId, organizationId: interview.organizationId })),
    );
  }
}
