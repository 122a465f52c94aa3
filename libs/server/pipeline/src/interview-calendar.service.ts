import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser, hashToken, MembersService, newToken, runSql } from '@panelist/server-core';
import { OpeningsService, RoundsService } from '@panelist/server-loops';
import { DataSource, EntityManager } from 'typeorm';
import { ApplicationsService } from './applications.service';
import { addFeedSql, feedOwnerSql, retireSurplusFeedsSql, revokeFeedsSql } from './calendar-feeds.sql';
import { CandidatesService } from './candidates.service';
import { Interview, InterviewStatus } from './interview.entity';
import { interviewCalendar, InterviewCalendarEvent } from './interview-calendar';
import { InterviewsService } from './interviews.service';

/** newToken()'s shape (32 random bytes, base64url): anything else is no feed, without asking the database. */
const FEED_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** How often subscribed calendars are asked to fetch the feed again (clients may poll less often). */
const FEED_REFRESH_MINUTES = 15;

/**
 * Interviews as iCalendar: one booking as a file, and each member's private feed of the interviews they are on.
 * `origin` is where members reach the app (core's publicOrigin: PUBLIC_URL, or where the request came in).
 */
@Injectable()
export class InterviewCalendarService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly interviews: InterviewsService,
    private readonly applications: ApplicationsService,
    private readonly candidates: CandidatesService,
    private readonly openings: OpeningsService,
    private readonly rounds: RoundsService,
    private readonly members: MembersService,
  ) {}

  /** One booking, for whoever may open the interview (interviewers only their own panels). */
  async interviewFile(actor: AuthUser, interviewId: string, origin: string): Promise<string> {
    const interview = await this.interviews.get(actor, interviewId, 'id');
    return interviewCalendar('Panelist interview', await this.eventsOf(actor.organizationId, [interview], origin));
  }

  /** One booking's file as its panel receives it by email, whoever changed it. */
  async bookingFile(
    organizationId: string,
    interview: Interview,
    origin: string,
  ): Promise<{ file: string; event: InterviewCalendarEvent }> {
    const [event] = await this.eventsOf(organizationId, [interview], origin);
    return { file: interviewCalendar('Panelist interview', [event]), event };
  }

  /** A new private feed URL; the ones handed out before keep working until reset. */
  feedUrl(actor: AuthUser, origin: string): Promise<string> {
    return this.dataSource.transaction((manager) => this.mint(manager, actor, origin));
  }

  /** Revokes every feed URL of the member and hands out a new one, in one transaction. */
  resetFeedUrl(actor: AuthUser, origin: string): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      await runSql(manager, revokeFeedsSql(actor.organizationId, actor.userId));
      return this.mint(manager, actor, origin);
    });
  }

  /** The feed a token opens, or undefined for an unknown or revoked token or a deactivated member. */
  async feed(token: string, origin: string): Promise<string | undefined> {
    if (!FEED_TOKEN.test(token)) return undefined;
    const [owner] = await runSql(this.dataSource, feedOwnerSql(hashToken(token)));
    if (!owner || !(await this.members.isActiveMember(owner.organization_id, owner.user_id))) return undefined;
    const interviews = await this.interviews.mine({ organizationId: owner.organization_id, userId: owner.user_id });
    return interviewCalendar('Panelist interviews', await this.eventsOf(owner.organization_id, interviews, origin), {
      refreshMinutes: FEED_REFRESH_MINUTES,
    });
  }

  private async mint(manager: EntityManager, actor: AuthUser, origin: string): Promise<string> {
    const token = newToken();
    await runSql(manager, addFeedSql(actor.organizationId, actor.userId, hashToken(token)));
    await runSql(manager, retireSurplusFeedsSql(actor.organizationId, actor.userId));
    return `${origin}/calendar/feed/${token}.ics`;
  }

  /** Round, candidate and opening of every interview in four statements, whatever their number. */
  private async eventsOf(organizationId: string, interviews: Interview[], origin: string): Promise<InterviewCalendarEvent[]> {
    if (interviews.length === 0) return [];
    const applications = await this.applications.byIds(organizationId, [
      ...new Set(interviews.map((interview) => interview.applicationId)),
    ]);
    const found = applications.flatMap((application) => (application instanceof Error ? [] : [application]));
    const openingIds = [...new Set(found.map((application) => application.openingId))];
    const [candidates, openings, rounds] = await Promise.all([
      this.candidates.byIds(organizationId, [...new Set(found.map((application) => application.candidateId))]),
      this.openings.byIds(organizationId, openingIds),
      this.rounds.roundsOf(organizationId, openingIds),
    ]);
    const application = new Map(found.map((row) => [row.id, row]));
    const candidateName = new Map(candidates.flatMap((row) => (row instanceof Error ? [] : [[row.id, row.name] as const])));
    const openingTitle = new Map(openings.flatMap((row) => (row instanceof Error ? [] : [[row.id, row.title] as const])));
    const roundName = new Map(rounds.flat().map((round) => [round.id, round.name]));
    return interviews.map((interview) => {
      const { candidateId = '', openingId = '' } = application.get(interview.applicationId) ?? {};
      return {
        interviewId: interview.id,
        startsAt: interview.startsAt,
        endsAt: interview.endsAt,
        cancelled: interview.status === InterviewStatus.CANCELLED,
        sequence: interview.sequence,
        roundName: roundName.get(interview.roundId) ?? 'Interview',
        candidateName: candidateName.get(candidateId) ?? '',
        openingTitle: openingTitle.get(openingId) ?? '',
        url: `${origin}/interviews/${interview.id}`,
      };
    });
  }
}
