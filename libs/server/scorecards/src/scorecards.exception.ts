import { DomainException, GraphQLErrorCode } from '@panelist/server-core';

export enum ScorecardsExceptionReason {
  SCORECARD_NOT_FOUND = 'SCORECARD_NOT_FOUND',
  NOT_ON_PANEL = 'NOT_ON_PANEL',
  EDIT_CONFLICT = 'EDIT_CONFLICT',
  STALE_VERSION = 'STALE_VERSION',
  ALREADY_SUBMITTED = 'ALREADY_SUBMITTED',
  NOT_SUBMITTED = 'NOT_SUBMITTED',
  INCOMPLETE = 'INCOMPLETE',
  INVALID_INPUT = 'INVALID_INPUT',
  NOTHING_TO_AMEND = 'NOTHING_TO_AMEND',
  NOT_LATE = 'NOT_LATE',
  NUDGED_RECENTLY = 'NUDGED_RECENTLY',
}

const CODES: Record<ScorecardsExceptionReason, GraphQLErrorCode> = {
  SCORECARD_NOT_FOUND: GraphQLErrorCode.NOT_FOUND,
  NOT_ON_PANEL: GraphQLErrorCode.NOT_FOUND,
  EDIT_CONFLICT: GraphQLErrorCode.CONFLICT,
  STALE_VERSION: GraphQLErrorCode.CONFLICT,
  ALREADY_SUBMITTED: GraphQLErrorCode.CONFLICT,
  NOT_SUBMITTED: GraphQLErrorCode.CONFLICT,
  INCOMPLETE: GraphQLErrorCode.BAD_USER_INPUT,
  INVALID_INPUT: GraphQLErrorCode.BAD_USER_INPUT,
  NOTHING_TO_AMEND: GraphQLErrorCode.BAD_USER_INPUT,
  NOT_LATE: GraphQLErrorCode.CONFLICT,
  NUDGED_RECENTLY: GraphQLErrorCode.CONFLICT,
};

export class ScorecardsException extends DomainException<ScorecardsExceptionReason> {
  constructor(reason: ScorecardsExceptionReason, message: string, field?: string, details?: Record<string, unknown>) {
    super(reason, CODES[reason], message, field, details);
  }
}
