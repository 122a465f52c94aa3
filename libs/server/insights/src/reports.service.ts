import { Injectable } from '@nestjs/common';
import { AuthUser } from '@panelist/server-core';
import { OpeningsService, StagesService } from '@panelist/server-loops';
import { ApplicationsService, ApplicationStatus, InterviewsService, OutcomeReasonsService } from '@panelist/server-pipeline';
import { FeedbackDeadlinesService, ScorecardStatus, SubmittedRatings } from '@panelist/server-scorecards';
import { stringify } from 'csv-stringify/sync';
import { MIN_SHARED_CANDIDATES } from './comparison.service';
import { FeedbackTimeliness, OpeningReport, ReasonCount } from './insights.types';

const MINUTE = 60_000;
const NO_REASON = 'No reason chosen';

export interface InterviewerFigures {
  panelistId: string;
  seats: number;
  scorecardsSubmitted: number;
  recommendationOnTimeRate: number | null;
  scorecardOnTimeRate: number | null;
  ratingDistribution: number[];
  leniency: number | null;
  sharedCandidates: number;
  leniencyBacked: boolean;
  agreementRate: number | null;
  agreementSample: number;
}

/** The opening report (funnel, time in stage, exits and their reasons, feedback on time) and the interviewer report. */
@Injectable()
export class ReportsService {
  constructor(
    private readonly openings: OpeningsService,
    private readonly stages: StagesService,
    private readonly applications: ApplicationsService,
    private readonly interviews: InterviewsService,
    private readonly reasons: OutcomeReasonsService,
    private readonly ratings: SubmittedRatings,
    private readonly deadlines: FeedbackDeadlinesService,
  ) {}

  async openingReport(reader: AuthUser, openingId: string): Promise<OpeningReport> {
    const { organizationId } = reader;
    await this.openings.get(organizationId, openingId, 'openingId');
    const [funnel, stages, reasons, seats] = await Promise.all([
      this.applications.funnelOf(organizationId, openingId),
      this.stages.ofOpening(organizationId, openingId),
      this.reasons.list(organizationId, undefined, true),
      this.seatsWithTimes(organizationId, openingId),
    ]);
    const label = new Map(reasons.map((reason) => [reason.id, reason.label]));
    const stageName = new Map(stages.map((stage) => [stage.id, stage.name]));
    const exits = funnel.outcomes.map((row) => ({ ...row, reason: row.reason_id ? (label.get(row.reason_id) ?? NO_REASON) : NO_REASON }));
    const tally = (status: ApplicationStatus): ReasonCount[] => {
      const counts = new Map<string, number>();
      for (const exit of exits.filter((row) => row.status === status)) counts.set(exit.reason, (counts.get(exit.reason) ?? 0) + exit.count);
      return [...counts]
        .map(([reason, count]) => ({ reason, count }))
        .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
    };
    return {
      stages: funnel.stages.map((row) => {
        const here = exits.filter((exit) => exit.stage_id === row.stage_id);
        return {
          stageId: row.stage_id,
          stageName: stageName.get(row.stage_id) ?? '',
          entered: row.entered,
          movedOn: row.moved_on,
          left: here.reduce((sum, exit) => sum + exit.count, 0),
          current: row.current,
          exits: here.map((exit) => ({ status: exit.status as ApplicationStatus, reason: exit.reason, count: exit.count })),
          medianHoursInStage: row.median_seconds === null ? null : row.median_seconds / 3600,
        };
      }),
      rejectionReasons: tally(ApplicationStatus.REJECTED),
      withdrawalReasons: tally(ApplicationStatus.WITHDRAWN),
      feedback: timeliness(seats),
    };
  }

  async openingReportCsv(reader: AuthUser, openingId: string): Promise<string> {
    const report = await this.openingReport(reader, openingId);
    const hours = (value: number | null) => (value === null ? '' : value.toFixed(1));
    return stringify([
      ['Stage', 'Entered', 'Moved on', 'Left', 'Median hours in stage', 'Why they left'],
      ...report.stages.map((stage) => [
        stage.stageName,
        stage.entered,
        stage.movedOn,
        stage.left,
        hours(stage.medianHoursInStage),
        stage.exits
          .map((exit) => `${exit.status === ApplicationStatus.REJECTED ? 'Rejected' : 'Withdrew'}: ${exit.reason} (${exit.count})`)
          .join('; '),
      ]),
    ]);
  }

  async interviewerReport(reader: AuthUser, openingId: string): Promise<InterviewerFigures[]> {
    const { organizationId } = reader;
    await this.openings.get(organizationId, openingId, 'openingId');
    const [seats, distribution, leniency, agreement] = await Promise.all([
      this.seatsWithTimes(organizationId, openingId),
      this.ratings.ratingDistribution(organizationId, openingId),
      this.ratings.leniency(organizationId, openingId),
      this.ratings.directionAgreement(organizationId, openingId),
    ]);
    const panelists = [...new Set([...seats.map((seat) => seat.panelistId), ...distribution.map((row) => row.panelist_id)])];
    return panelists.map((panelistId) => {
      const own = seats.filter((seat) => seat.panelistId === panelistId);
      const times = timeliness(own);
      const levels = [1, 2, 3, 4].map((level) =>
        distribution.filter((row) => row.panelist_id === panelistId && row.level === level).reduce((sum, row) => sum + row.count, 0),
      );
      const offset = leniency.find((row) => row.panelist_id === panelistId);
      const agreed = agreement.find((row) => row.panelist_id === panelistId);
      return {
        panelistId,
        seats: own.length,
        scorecardsSubmitted: times.scorecardsSubmitted,
        recommendationOnTimeRate: own.length ? times.recommendationsOnTime / own.length : null,
        scorecardOnTimeRate: own.length ? times.scorecardsOnTime / own.length : null,
        ratingDistribution: levels,
        leniency: offset?.offset_score ?? null,
        sharedCandidates: offset?.shared_candidates ?? 0,
        leniencyBacked: (offset?.shared_candidates ?? 0) >= MIN_SHARED_CANDIDATES,
        agreementRate: agreed ? agreed.agreed / agreed.compared : null,
        agreementSample: agreed?.compared ?? 0,
      };
    });
  }

  /** Every seat of the opening's ended interviews with its deadlines and when its recommendation and scorecard came. */
  private async seatsWithTimes(organizationId: string, openingId: string) {
    const [seats, policy] = await Promise.all([
      this.interviews.endedSeatsOfOpening(organizationId, openingId),
      this.deadlines.policy(organizationId),
    ]);
    const times = await this.ratings.feedbackTimes(organizationId, [...new Set(seats.map((seat) => seat.interview_id))]);
    return seats.map((seat) => {
      const card = times.find((row) => row.interview_id === seat.interview_id && row.panelist_id === seat.panelist_id);
      const ended = seat.ends_at.getTime();
      return {
        panelistId: seat.panelist_id,
        submitted: card?.status === ScorecardStatus.SUBMITTED,
        recommendationOnTime: !!card?.recommended_at && card.recommended_at.getTime() <= ended + policy.recommendationDueMinutes * MINUTE,
        scorecardOnTime:
          card?.status === ScorecardStatus.SUBMITTED &&
          !!card.submitted_at &&
          card.submitted_at.getTime() <= ended + policy.scorecardDueMinutes * MINUTE,
      };
    });
  }
}

function timeliness(seats: Array<{ submitted: boolean; recommendationOnTime: boolean; scorecardOnTime: boolean }>): FeedbackTimeliness {
  return {
    seats: seats.length,
    recommendationsOnTime: seats.filter((seat) => seat.recommendationOnTime).length,
    scorecardsOnTime: seats.filter((seat) => seat.scorecardOnTime).length,
    scorecardsSubmitted: seats.filter((seat) => seat.submitted).length,
  };
}
