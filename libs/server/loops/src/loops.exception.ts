import { DomainException, GraphQLErrorCode } from '@panelist/server-core';

export enum LoopsExceptionReason {
  OPENING_NOT_FOUND = 'OPENING_NOT_FOUND',
  STAGE_NOT_FOUND = 'STAGE_NOT_FOUND',
  ROUND_NOT_FOUND = 'ROUND_NOT_FOUND',
  TEMPLATE_NOT_FOUND = 'TEMPLATE_NOT_FOUND',
  MEMBER_NOT_FOUND = 'MEMBER_NOT_FOUND',
  INVALID_ORDER = 'INVALID_ORDER',
  QUESTION_REPEATED = 'QUESTION_REPEATED',
  NO_QUESTIONS = 'NO_QUESTIONS',
  QUESTION_NOT_FOUND = 'QUESTION_NOT_FOUND',
  STATUS_CHANGE_FORBIDDEN = 'STATUS_CHANGE_FORBIDDEN',
}

const CODES: Record<LoopsExceptionReason, GraphQLErrorCode> = {
  OPENING_NOT_FOUND: GraphQLErrorCode.NOT_FOUND,
  STAGE_NOT_FOUND: GraphQLErrorCode.NOT_FOUND,
  ROUND_NOT_FOUND: GraphQLErrorCode.NOT_FOUND,
  TEMPLATE_NOT_FOUND: GraphQLErrorCode.NOT_FOUND,
  MEMBER_NOT_FOUND: GraphQLErrorCode.NOT_FOUND,
  INVALID_ORDER: GraphQLErrorCode.BAD_USER_INPUT,
  QUESTION_REPEATED: GraphQLErrorCode.BAD_USER_INPUT,
  NO_QUESTIONS: GraphQLErrorCode.BAD_USER_INPUT,
  QUESTION_NOT_FOUND: GraphQLErrorCode.NOT_FOUND,
  STATUS_CHANGE_FORBIDDEN: GraphQLErrorCode.FORBIDDEN,
};

export class LoopsException extends DomainException<LoopsExceptionReason> {
  constructor(reason: LoopsExceptionReason, message: string, field?: string) {
    super(reason, CODES[reason], message, field);
  }
}
