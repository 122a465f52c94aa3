import { DomainException, GraphQLErrorCode } from '@panelist/server-core';

export enum QuestionBankExceptionReason {
  CATEGORY_NOT_FOUND = 'CATEGORY_NOT_FOUND',
  CATEGORY_NAME_TAKEN = 'CATEGORY_NAME_TAKEN',
  CATEGORY_NOT_EMPTY = 'CATEGORY_NOT_EMPTY',
  QUESTION_NOT_FOUND = 'QUESTION_NOT_FOUND',
  QUESTION_IN_USE = 'QUESTION_IN_USE',
  QUESTION_SET_NOT_FOUND = 'QUESTION_SET_NOT_FOUND',
  STALE_REVISION = 'STALE_REVISION',
  REVISION_NOT_FOUND = 'REVISION_NOT_FOUND',
  REVISION_IS_CURRENT = 'REVISION_IS_CURRENT',
  INVALID_ORDER = 'INVALID_ORDER',
  EMPTY_DOCUMENT = 'EMPTY_DOCUMENT',
}

const CODES: Record<QuestionBankExceptionReason, GraphQLErrorCode> = {
  CATEGORY_NOT_FOUND: GraphQLErrorCode.NOT_FOUND,
  CATEGORY_NAME_TAKEN: GraphQLErrorCode.CONFLICT,
  CATEGORY_NOT_EMPTY: GraphQLErrorCode.CONFLICT,
  QUESTION_NOT_FOUND: GraphQLErrorCode.NOT_FOUND,
  QUESTION_IN_USE: GraphQLErrorCode.CONFLICT,
  QUESTION_SET_NOT_FOUND: GraphQLErrorCode.NOT_FOUND,
  STALE_REVISION: GraphQLErrorCode.CONFLICT,
  REVISION_NOT_FOUND: GraphQLErrorCode.NOT_FOUND,
  REVISION_IS_CURRENT: GraphQLErrorCode.BAD_USER_INPUT,
  INVALID_ORDER: GraphQLErrorCode.BAD_USER_INPUT,
  EMPTY_DOCUMENT: GraphQLErrorCode.BAD_USER_INPUT,
};

export class QuestionBankException extends DomainException<QuestionBankExceptionReason> {
  constructor(reason: QuestionBankExceptionReason, message: string, field?: string) {
    super(reason, CODES[reason], message, field);
  }
}
