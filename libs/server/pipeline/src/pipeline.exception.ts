import { DomainException, GraphQLErrorCode } from '@panelist/server-core';

export enum PipelineExceptionReason {
  CANDIDATE_NOT_FOUND = 'CANDIDATE_NOT_FOUND',
  CANDIDATE_EMAIL_TAKEN = 'CANDIDATE_EMAIL_TAKEN',
  APPLICATION_NOT_FOUND = 'APPLICATION_NOT_FOUND',
  ALREADY_APPLIED = 'ALREADY_APPLIED',
  WRONG_OPENING = 'WRONG_OPENING',
  NOT_IN_PIPELINE = 'NOT_IN_PIPELINE',
  STAGE_NOT_EMPTY = 'STAGE_NOT_EMPTY',
  INTERVIEW_NOT_FOUND = 'INTERVIEW_NOT_FOUND',
  INVALID_PANEL = 'INVALID_PANEL',
  INVALID_TIME = 'INVALID_TIME',
  CALENDAR_FEED_NOT_FOUND = 'CALENDAR_FEED_NOT_FOUND',
  OUTCOME_REASON_NOT_FOUND = 'OUTCOME_REASON_NOT_FOUND',
  INVALID_REASON = 'INVALID_REASON',
  OPENING_CLOSED = 'OPENING_CLOSED',
}

const CODES: Record<PipelineExceptionReason, GraphQLErrorCode> = {
  CANDIDATE_NOT_FOUND: GraphQLErrorCode.NOT_FOUND,
  CANDIDATE_EMAIL_TAKEN: GraphQLErrorCode.CONFLICT,
  APPLICATION_NOT_FOUND: GraphQLErrorCode.NOT_FOUND,
  ALREADY_APPLIED: GraphQLErrorCode.CONFLICT,
  WRONG_OPENING: GraphQLErrorCode.BAD_USER_INPUT,
  NOT_IN_PIPELINE: GraphQLErrorCode.CONFLICT,
  STAGE_NOT_EMPTY: GraphQLErrorCode.CONFLICT,
  INTERVIEW_NOT_FOUND: GraphQLErrorCode.NOT_FOUND,
  INVALID_PANEL: GraphQLErrorCode.BAD_USER_INPUT,
  INVALID_TIME: GraphQLErrorCode.BAD_USER_INPUT,
  CALENDAR_FEED_NOT_FOUND: GraphQLErrorCode.NOT_FOUND,
  OUTCOME_REASON_NOT_FOUND: GraphQLErrorCode.NOT_FOUND,
  INVALID_REASON: GraphQLErrorCode.BAD_USER_INPUT,
  OPENING_CLOSED: GraphQLErrorCode.CONFLICT,
};

export class PipelineException extends DomainException<PipelineExceptionReason> {
  constructor(reason: PipelineExceptionReason, message: string, field?: string, details?: Record<string, string | number>) {
    super(reason, CODES[reason], message, field, details);
  }
}
