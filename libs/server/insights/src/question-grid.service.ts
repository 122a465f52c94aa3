import { Injectable } from '@nestjs/common';
import { FieldKey } from '@panelist/scoring';
import { AuthUser } from '@panelist/server-core';
import { ApplicationsService } from '@panelist/server-pipeline';
import { QuestionsService } from '@panelist/server-question-bank';
import { SubmittedRatings } from '@panelist/server-scorecards';
import { CandidateVisibility } from './candidate-visibility';
import { GridCell, QuestionGrid } from './insights.types';
import { InsightsException, InsightsExceptionReason as Reason } from './insights.exception';

export const GRID_MAX_CANDIDATES = 20;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const QUESTION_FIELD = /^question:([0-9a-f-]{36}):(rating|notes|covered)$/;

/** The same questions across candidates of one opening, from their submitted scorecards. */
@Injectable()
export class QuestionGridService {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly questions: QuestionsService,
    private readonly ratings: SubmittedRatings,
    private readonly visibility: CandidateVisibility,
  ) {}

  async grid(reader: AuthUser, openingId: string, applicationIds: string[]): Promise<QuestionGrid> {
    const ids = [...new Set(applicationIds.map((id) => id.toLowerCase()))];
    if (ids.length === 0 || ids.length > GRID_MAX_CANDIDATES) {
      throw new InsightsException(Reason.INVALID_INPUT, `applicationIds: pick 1 to ${GRID_MAX_CANDIDATES} candidates`, 'applicationIds');
    }
    const malformed = ids.findIndex((id) => !UUID.test(id));
    if (malformed >= 0) {
      throw new InsightsException(
        Reason.INVALID_INPUT,
        `applicationIds.${malformed}: must be an application id`,
        `applicationIds.${malformed}`,
      );
    }
    const [applications, visibility] = await Promise.all([
      this.applications.byIds(reader.organizationId, ids),
      this.visibility.of(reader, openingId),
    ]);
    const found = applications.map((application, i) => {
      if (application instanceof Error || application.openingId !== openingId) {
        throw new InsightsException(Reason.INVALID_INPUT, `applicationIds.${i}: not a candidate of this opening`, `applicationIds.${i}`);
      }
      visibility.assert(application.id, `applicationIds.${i}`);
      return application;
    });
    const scorecards = await this.ratings.scorecardsOf(reader.organizationId, ids);
    const cells = new Map<string, GridCell>();
    for (const scorecard of scorecards) {
      const asked = new Set<string>();
      for (const key of Object.keys(scorecard.fields)) {
        const match = QUESTION_FIELD.exec(key);
        if (match) asked.add(match[1]);
      }
      for (const questionId of asked) {
        const key = `${questionId}/${scorecard.application_id}`;
        if (!cells.has(key)) cells.set(key, { questionId, applicationId: scorecard.application_id, ratings: [] });
        const rating = scorecard.fields[FieldKey.questionRating(questionId)];
        cells.get(key)!.ratings.push({
          panelistId: scorecard.panelist_id,
          roundId: scorecard.round_id,
          rating: typeof rating === 'number' ? rating : null,
          levels: scorecard.levels,
          notAsked: rating === 'NOT_ASKED',
          notes: (scorecard.fields[FieldKey.questionNotes(questionId)] as string | undefined) ?? '',
          talkingPointsCovered: (scorecard.fields[FieldKey.questionCovered(questionId)] as number[] | undefined) ?? [],
        });
      }
    }
    const questionIds = [...new Set([...cells.values()].map((cell) => cell.questionId))];
    const questions = (await this.questions.byIds(reader.organizationId, questionIds)).filter(
      (question): question is Exclude<typeof question, Error> => !(question instanceof Error),
    );
    questions.sort((a, b) => a.categoryId.localeCompare(b.categoryId) || a.position - b.position);
    return { questions, applications: found, cells: [...cells.values()] };
  }
}
