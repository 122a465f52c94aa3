import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AuditEntityType,
  AuditTrail,
  AuthUser,
  changedFields,
  Connection,
  noticeTime,
  NotificationKind,
  NotificationsService,
  offsetPage,
  decodeOffsetCursor,
  runSql,
} from '@panelist/server-core';
import { ApplicationsService, CandidatesService, Interview, InterviewsService, InterviewStatus } from '@panelist/server-pipeline';
import { DataSource } from 'typeorm';
import { FeedbackPolicyInput, NudgePanelistInput } from './dtos/feedback-policy.input';
import { FeedbackDue, FeedbackMissing, LateFeedback } from './feedback-due.types';
import { DEFAULT_RECOMMENDATION_DUE_MINUTES, DEFAULT_SCORECARD_DUE_MINUTES, FeedbackNudge, FeedbackPolicy } from './feedback-policy.entity';
import { PanelistStatus } from './scorecard.types';
import { ScorecardsException, ScorecardsExceptionReason as Reason } from './scorecards.exception';
import { lastNudgesSql, panelistStatusOf, progressOfSql } from './scorecards.sql';

/** Late feedback older than this is history, not a reminder. */
const LOOKBACK_DAYS = 90;
/** One reminder an hour per panel seat at most. */
const NUDGE_EVERY_MS = 60 * 60_000;
const MINUTE = 60_000;

interface SeatState {
  status: PanelistStatus;
  hasRecommendation: boolean;
}

/** What is overdue for one seat at `now`: the recommendation first, then the scorecard. */
function lateness(endsAt: Date, state: SeatState, policy: FeedbackPolicy, now: number): { missing: FeedbackMissing; dueAt: Date } | null {
  if (state.status === PanelistStatus.SUBMITTED) return null;
  const recommendationDueAt = new Date(endsAt.getTime() + policy.recommendationDueMinutes * MINUTE);
  const scorecardDueAt = new Date(endsAt.getTime() + policy.scorecardDueMinutes * MINUTE);
  if (!state.hasRecommendation && recommendationDueAt.getTime() < now)
    return { missing: FeedbackMissing.RECOMMENDATION, dueAt: recommendationDueAt };
  if (scorecardDueAt.getTime() < now) return { missing: FeedbackMissing.SCORECARD, dueAt: scorecardDueAt };
  return null;
}

/** Deadlines for feedback after an interview, late feedback for the hiring team, and reminders to panelists. */
@Injectable()
export class FeedbackDeadlinesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly interviews: InterviewsService,
    private readonly applications: ApplicationsService,
    private readonly candidates: CandidatesService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditTrail,
  ) {}

  async policy(organizationId: string): Promise<FeedbackPolicy> {
    const stored = await this.dataSource.getRepository(FeedbackPolicy).findOneBy({ organizationId });
    return (
      stored ??
      Object.assign(new FeedbackPolicy(), {
        organizationId,
        recommendationDueMinutes: DEFAULT_RECOMMENDATION_DUE_MINUTES,
        scorecardDueMinutes: DEFAULT_SCORECARD_DUE_MINUTES,
      })
    );
  }

  async updatePolicy(actor: AuthUser, input: FeedbackPolicyInput): Promise<FeedbackPolicy> {
    const current = await this.policy(actor.organizationId);
    const next = { ...current, ...input };
    if (next.recommendationDueMinutes > next.scorecardDueMinutes) {
      throw new ScorecardsException(
        Reason.INVALID_INPUT,
        'recommendationDueMinutes: must not be later than the scorecard’s deadline',
        'recommendationDueMinutes',
      );
    }
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(FeedbackPolicy).upsert(
        {
          organizationId: actor.organizationId,
          recommendationDueMinutes: next.recommendationDueMinutes,
          scorecardDueMinutes: next.scorecardDueMinutes,
        },
        ['organizationId'],
      );
      const changed = changedFields(current, next, ['recommendationDueMinutes', 'scorecardDueMinutes']);
      await this.audit.record(
        manager,
        actor,
        changed && { action: 'UPDATED', entityType: AuditEntityType.FEEDBACK_POLICY, entityId: actor.organizationId, ...changed },
      );
    });
    return this.policy(actor.organizationId);
  }

  /** The viewer's own deadlines for each interview they sit on (null for the others and for cancelled ones). */
  async dueFor(viewer: AuthUser, interviews: readonly Interview[]): Promise<Array<FeedbackDue | null>> {
    const ids = interviews.map((interview) => interview.id);
    const [policy, panels, states] = await Promise.all([
      this.policy(viewer.organizationId),
      this.interviews.panelistsOf(ids),
      this.statesOf(viewer.organizationId, ids),
    ]);
    const now = Date.now();
    return interviews.map((interview, i) => {
      if (interview.status !== InterviewStatus.SCHEDULED || !panels[i].includes(viewer.userId)) return null;
      const state = states.get(`${interview.id}/${viewer.userId}`) ?? { status: PanelistStatus.NOT_STARTED, hasRecommendation: false };
      return {
        status: state.status,
        recommendationDueAt: new Date(interview.endsAt.getTime() + policy.recommendationDueMinutes * MINUTE),
        scorecardDueAt: new Date(interview.endsAt.getTime() + policy.scorecardDueMinutes * MINUTE),
        late: lateness(interview.endsAt, state, policy, now)?.missing ?? null,
      };
    });
  }

  /** Every overdue panel seat of the organisation in the last 90 days, the longest overdue first. */
  async late(organizationId: string, first: number, after?: string): Promise<Connection<LateFeedback>> {
    const all = await this.lateSeats(organizationId);
    const offset = decodeOffsetCursor(after);
    return offsetPage(all.slice(offset, offset + first + 1), offset, first, async () => ({ count: all.length, exact: true }));
  }

  /** Reminds a panelist in the app (and by email with SMTP) that their feedback is overdue; once an hour at most. */
  async nudge(actor: AuthUser, input: NudgePanelistInput, appUrl?: string): Promise<LateFeedback> {
    const interview = await this.interviews.get(actor, input.interviewId, 'interviewId');
    const seat = (await this.lateSeats(actor.organizationId, interview.id)).find(
      (late) => late.panelistId === input.panelistId.toLowerCase(),
    );
    if (!seat) throw new ScorecardsException(Reason.NOT_LATE, 'This panelist’s feedback is not overdue', 'panelistId');
    if (seat.lastNudgedAt && Date.now() - seat.lastNudgedAt.getTime() < NUDGE_EVERY_MS) {
      throw new ScorecardsException(Reason.NUDGED_RECENTLY, 'They were reminded less than an hour ago', 'panelistId', {
        nextNudgeAt: new Date(seat.lastNudgedAt.getTime() + NUDGE_EVERY_MS).toISOString(),
      });
    }
    const nudge = await this.dataSource
      .getRepository(FeedbackNudge)
      .save({ organizationId: actor.organizationId, interviewId: interview.id, panelistId: seat.panelistId, nudgedById: actor.userId });
    const application = await this.applications.get(actor.organizationId, interview.applicationId);
    const candidate = await this.candidates.get(actor.organizationId, application.candidateId);
    const what = seat.missing === FeedbackMissing.RECOMMENDATION ? 'recommendation' : 'scorecard';
    await this.notifications.notify(
      actor.organizationId,
      [
        {
          userId: seat.panelistId,
          kind: NotificationKind.FEEDBACK_NUDGE,
          title: `Your ${what} for ${candidate.name} is overdue`,
          body: `Your ${what} for the interview with ${candidate.name} was due ${noticeTime(seat.dueAt)}. The hiring team is waiting for it.`,
          link: `/interviews/${interview.id}/score`,
        },
      ],
      appUrl,
    );
    return { ...seat, lastNudgedAt: nudge.createdAt };
  }

  private async lateSeats(organizationId: string, interviewId?: string): Promise<LateFeedback[]> {
    const since = new Date(Date.now() - LOOKBACK_DAYS * 24 * 60 * MINUTE);
    const seats = await this.interviews.endedPanelSeats(organizationId, since, interviewId);
    if (seats.length === 0) return [];
    const ids = [...new Set(seats.map((seat) => seat.interviewId))];
    const [policy, states, nudges] = await Promise.all([
      this.policy(organizationId),
      this.statesOf(organizationId, ids),
      runSql(this.dataSource, lastNudgesSql(organizationId, ids)),
    ]);
    const now = Date.now();
    return seats
      .flatMap((seat) => {
        const key = `${seat.interviewId}/${seat.panelistId}`;
        const late = lateness(
          seat.endsAt,
          states.get(key) ?? { status: PanelistStatus.NOT_STARTED, hasRecommendation: false },
          policy,
          now,
        );
        if (!late) return [];
        const nudged = nudges.find((row) => row.interview_id === seat.interviewId && row.panelist_id === seat.panelistId);
        return [{ interviewId: seat.interviewId, panelistId: seat.panelistId, ...late, lastNudgedAt: nudged?.at ?? null }];
      })
      .sort(
        (a, b) =>
          a.dueAt.getTime() - b.dueAt.getTime() || a.interviewId.localeCompare(b.interviewId) || a.panelistId.localeCompare(b.panelistId),
      );
  }

  private async statesOf(organizationId: string, interviewIds: readonly string[]): Promise<Map<string, SeatState>> {
    const rows = await runSql(this.dataSource, progressOfSql(organizationId, interviewIds));
    return new Map(
      rows.map((row) => [
        `${row.interview_id}/${row.panelist_id}`,
        { status: panelistStatusOf(row), hasRecommendation: row.has_recommendation },
      ]),
    );
  }
}
