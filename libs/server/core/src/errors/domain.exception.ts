/** The GraphQL error codes clients can rely on (`extensions.code`). */
export enum GraphQLErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  /** The database is away or too slow: try again shortly (`extensions.retryable`). */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  /** Slow down: `extensions.retryAfterSeconds` says for how long. */
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
}

/**
 * Base of every feature's typed exception. A feature declares an enum of its own codes and how each
 * maps to a GraphQL code; `formatGraphQLError` turns it into `extensions { code, reason, field }`.
 */
export abstract class DomainException<Reason extends string = string> extends Error {
  protected constructor(
    readonly reason: Reason,
    readonly graphqlCode: GraphQLErrorCode,
    message: string,
    readonly field?: string,
    /** Extra facts for clients, e.g. the id of the existing record behind a CONFLICT. */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export enum CommonExceptionReason {
  INVALID_INPUT = 'INVALID_INPUT',
  NOT_SIGNED_IN = 'NOT_SIGNED_IN',
  NOT_ALLOWED = 'NOT_ALLOWED',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
}

const COMMON_CODES: Record<CommonExceptionReason, GraphQLErrorCode> = {
  INVALID_INPUT: GraphQLErrorCode.BAD_USER_INPUT,
  NOT_SIGNED_IN: GraphQLErrorCode.UNAUTHENTICATED,
  NOT_ALLOWED: GraphQLErrorCode.FORBIDDEN,
  NOT_FOUND: GraphQLErrorCode.NOT_FOUND,
  CONFLICT: GraphQLErrorCode.CONFLICT,
};

/** Errors that belong to no feature: bad input, authentication, authorisation. */
export class CommonException extends DomainException<CommonExceptionReason> {
  constructor(reason: CommonExceptionReason, message: string, field?: string) {
    super(reason, COMMON_CODES[reason], message, field);
  }

  static badInput(field: string, message: string): CommonException {
    return new CommonException(CommonExceptionReason.INVALID_INPUT, message, field);
  }

  static notFound(what: string, field = 'id'): CommonException {
    return new CommonException(CommonExceptionReason.NOT_FOUND, `${what} not found`, field);
  }
}
