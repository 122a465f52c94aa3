import { DomainException, GraphQLErrorCode } from '../errors/domain.exception';

export enum AuthExceptionReason {
  SIGN_UP_CLOSED = 'SIGN_UP_CLOSED',
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  WRONG_CREDENTIALS = 'WRONG_CREDENTIALS',
  INVITATION_INVALID = 'INVITATION_INVALID',
  MEMBER_NOT_FOUND = 'MEMBER_NOT_FOUND',
  LAST_ADMIN = 'LAST_ADMIN',
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
  /** The password opens accounts in several organisations: `extensions.organizations` lists them. */
  ORGANIZATION_REQUIRED = 'ORGANIZATION_REQUIRED',
  API_TOKEN_NOT_FOUND = 'API_TOKEN_NOT_FOUND',
  /** Managing sessions and tokens needs a signed-in session, not an API token. */
  SESSION_REQUIRED = 'SESSION_REQUIRED',
  /** A READ API token called a mutation. */
  READ_ONLY_TOKEN = 'READ_ONLY_TOKEN',
}

const CODES: Record<AuthExceptionReason, GraphQLErrorCode> = {
  SIGN_UP_CLOSED: GraphQLErrorCode.FORBIDDEN,
  EMAIL_TAKEN: GraphQLErrorCode.CONFLICT,
  WRONG_CREDENTIALS: GraphQLErrorCode.UNAUTHENTICATED,
  INVITATION_INVALID: GraphQLErrorCode.NOT_FOUND,
  MEMBER_NOT_FOUND: GraphQLErrorCode.NOT_FOUND,
  LAST_ADMIN: GraphQLErrorCode.CONFLICT,
  TOO_MANY_ATTEMPTS: GraphQLErrorCode.TOO_MANY_REQUESTS,
  ORGANIZATION_REQUIRED: GraphQLErrorCode.BAD_USER_INPUT,
  API_TOKEN_NOT_FOUND: GraphQLErrorCode.NOT_FOUND,
  SESSION_REQUIRED: GraphQLErrorCode.FORBIDDEN,
  READ_ONLY_TOKEN: GraphQLErrorCode.FORBIDDEN,
};

export class AuthException extends DomainException<AuthExceptionReason> {
  constructor(reason: AuthExceptionReason, message: string, field?: string, details?: Record<string, unknown>) {
    super(reason, CODES[reason], message, field, details);
  }
}
