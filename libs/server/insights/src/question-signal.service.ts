import { Injectable } from '@nestjs/common';
import { distribution, mean, onFourLevelScale, pointBiserial, questionFlags } from '@panelist/scoring';
import { ApplicationsService, ApplicationStatus } from '@panelist/server-pipeline';
import { SubmittedRatings } from '@panelist/server-scorecards';
import { DecisionKind } from './decision.entity';
import { DecisionsService } from './decisions.service';
import { QuestionSignal } from './insights.types';

/**
 * How each question's ratings spread, and whether they separate candidates later hired (a standing HIRE
 * decision) from those rejected; candidates still in the pipeline or withdrawn do not count towards the signal.
 * Three statements for any number of questions.
 */
@Injectable()
export class QuestionSignalService {
  constructor(
    private readonly ratings: SubmittedRatings,
    private readonly applications: ApplicationsService,
    private readonly decisions: DecisionsService,
  ) {}

  async signalOf(organizationId: string, questionIds: readonly string[]): Promise<QuestionSignal[]> {
    const rows = await this.ratings.questionRatings(organizationId, questionIds);
    const applicationIds = [...new Set(rows.map((row) => row.application_id))];
    const [applications, standing] = applicationIds.length
      ? await Promise.all([
          this.applications.byIds(organizationId, applicationIds),
          this.decisions.standingOf(organizationId, applicationIds),
        ])
      : [[], []];
    const outcome = new Map<string, boolean>();
    applicationIds.forEach((id, i) => {
      const application = applications[i];
      if (standing[i]?.decision === DecisionKind.HIRE) outcome.set(id, true);
      else if (!(application instanceof Error) && application.status === ApplicationStatus.REJECTED) outcome.set(id, false);
    });
    return questionIds.map((questionId) => {
      const own = rows.filter((row) => row.question_id === questionId);
      const values = own.map((row) => onFourLevelScale(row.level, row.levels));
      const signal = pointBiserial(
        own.flatMap((row, i) => (outcome.has(row.application_id) ? [{ value: values[i], outcome: outcome.get(row.application_id)! }] : [])),
      );
      return {
        questionId,
        timesAsked: own.length,
        mean: mean(values),
        distribution: distribution(values.map(Math.round), 4),
        pointBiserial: signal.r,
        sampleSize: signal.n,
        flags: questionFlags(values, signal),
      };
    });
  }
}
