import { DomainException, GraphQLErrorCode } from '@panelist/server-core';

export enum InsightsExceptionReason {
  INVALID_INPUT = 'INVALID_INPUT',
  /** The reader sits on a panel of this candidate and has not submitted: independence hides the rest. */
  FEEDBACK_PENDING = 'FEEDBACK_PENDING',
  NOT_YOUR_CANDIDATE = 'NOT_YOUR_CANDIDATE',
  DECISION_NOT_FOUND = 'DECISION_NOT_FOUND',
  ALREADY_REVERSED = 'ALREADY_REVERSED',
  NO_NEXT_STAGE = 'NO_NEXT_STAGE',
  EDIT_CONFLICT = 'EDIT_CONFLICT',
}

const CODES: Record<InsightsExceptionReason, GraphQLErrorCode> = {
  INVALID_INPUT: GraphQLErrorCode.BAD_USER_INPUT,
  FEEDBACK_PENDING: GraphQLErrorCode.FORBIDDEN,
  NOT_YOUR_CANDIDATE: GraphQLErrorCode.FORBIDDEN,
  DECISION_NOT_FOUND: GraphQLErrorCode.NOT_FOUND,
  ALREADY_REVERSED: GraphQLErrorCode.CONFLICT,
  NO_NEXT_STAGE: GraphQLErrorCode.CONFLICT,
  EDIT_CONFLICT: GraphQLErrorCode.CONFLICT,
};

export class InsightsException extends DomainException<InsightsExceptionReason> {
  constructor(reason: InsightsExceptionReason, message: string, field?: string, details?: Record<string, unknown>) {
    super(reason, CODES[reason], message, field, details);
  }
}
