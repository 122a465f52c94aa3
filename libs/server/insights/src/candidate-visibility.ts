import { Injectable } from '@nestjs/common';
import { AuthUser, Role } from '@panelist/server-core';
import { ScorecardsService } from '@panelist/server-scorecards';
import { InsightsException, InsightsExceptionReason as Reason } from './insights.exception';

/** Whether a reader may see one candidate's comparison, grid and debrief. */
export interface Visibility {
  visible(applicationId: string): boolean;
  /** Hidden only until the reader submits their own scorecard for this candidate. */
  pending(applicationId: string): boolean;
  /** Throws FORBIDDEN naming why, for a candidate the reader may not see. */
  assert(applicationId: string, field?: string): void;
}

/**
 * Independence: a panelist who has not submitted for a candidate sees nothing of the others' judgement of
 * that candidate; an interviewer sees only candidates of their own (submitted) interviews.
 */
@Injectable()
export class CandidateVisibility {
  constructor(private readonly scorecards: ScorecardsService) {}

  async of(reader: AuthUser, openingId: string): Promise<Visibility> {
    const { pending, submitted } = await this.scorecards.standingOn(reader, openingId);
    const refusal = (applicationId: string, field?: string) => {
      if (pending.has(applicationId)) {
        return new InsightsException(Reason.FEEDBACK_PENDING, 'Submit your own scorecard for this candidate first', field);
      }
      if (reader.role === Role.INTERVIEWER && !submitted.has(applicationId)) {
        return new InsightsException(Reason.NOT_YOUR_CANDIDATE, 'Interviewers see only candidates they interviewed', field);
      }
      return null;
    };
    return {
      visible: (applicationId) => refusal(applicationId) === null,
      pending: (applicationId) => pending.has(applicationId),
      assert: (applicationId, field) => {
        const refused = refusal(applicationId, field);
        if (refused) throw refused;
      },
    };
  }
}
