import { QUERY_TOO_COMPLEX } from '../graphql/query-limits';
import { TOO_MANY_SUBSCRIPTIONS } from '../graphql/socket-limits';
import { Logger } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { isDatabaseUnavailable, isStatementTimeout } from '../database/database-unavailable';
import { DomainException, GraphQLErrorCode } from './domain.exception';

const logger = new Logger('GraphQL');

/** PostgreSQL errors that are the client's fault, not the server's. */
const PG_CODES: Record<string, { code: GraphQLErrorCode; message: string }> = {
  '22P02': { code: GraphQLErrorCode.BAD_USER_INPUT, message: 'A value has the wrong format (an id must be a UUID)' },
  '22001': { code: GraphQLErrorCode.BAD_USER_INPUT, message: 'A value is too long' },
  // InputSafetyPipe refuses these values first, naming the field; should one get past it, it is still the client's value.
  '22003': { code: GraphQLErrorCode.BAD_USER_INPUT, message: 'A number is out of range' },
  '22008': { code: GraphQLErrorCode.BAD_USER_INPUT, message: 'A date is out of range' },
  '22021': { code: GraphQLErrorCode.BAD_USER_INPUT, message: 'A text has a character that cannot be stored' },
  '22P05': { code: GraphQLErrorCode.BAD_USER_INPUT, message: 'A text has a character that cannot be stored' },
  '23502': { code: GraphQLErrorCode.BAD_USER_INPUT, message: 'A required value is missing' },
  '23505': { code: GraphQLErrorCode.CONFLICT, message: 'This already exists' },
  '23503': { code: GraphQLErrorCode.CONFLICT, message: 'This is still in use (or refers to something that is gone)' },
  '23001': { code: GraphQLErrorCode.CONFLICT, message: 'This is still in use' },
};

const PASSTHROUGH = new Set<string>([
  ...Object.values(GraphQLErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  QUERY_TOO_COMPLEX,
  TOO_MANY_SUBSCRIPTIONS,
]);

/** graphql-js stops parsing at the token limit with a syntax error: it is a limit, and says so with its own code. */
const TOKEN_LIMIT = /^Syntax Error: Document contains more th(?:an|at) (\d+) tokens/;

/**
 * The one place where errors become what clients see: domain exceptions keep their code and field,
 * known database errors become BAD_USER_INPUT or CONFLICT, anything else is logged (its type and stack
 * frames, never messages or variables, which may hold personal data) and answered as a generic internal
 * error with no stack.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const { path, locations } = formatted;

  if (original instanceof DomainException) {
    return {
      message: original.message,
      path,
      locations,
      extensions: {
        code: original.graphqlCode,
        reason: original.reason,
        ...(original.field ? { field: original.field } : {}),
        ...original.details,
      },
    };
  }
  // Logged once by the database's health monitor, not once per request.
  if (isDatabaseUnavailable(original)) {
    const message = isStatementTimeout(original)
      ? 'The database took too long to answer: try again in a moment'
      : 'The database is unavailable: try again in a few seconds';
    return { message, path, locations, extensions: { code: GraphQLErrorCode.SERVICE_UNAVAILABLE, retryable: true } };
  }
  // TypeORM wraps driver errors (QueryFailedError.driverError); the SQLSTATE is on the driver's error.
  const driverError = ((original as { driverError?: unknown } | undefined)?.driverError ?? original) as
    { code?: unknown; column?: unknown } | undefined;
  const pgCode = driverError?.code;
  if (typeof pgCode === 'string' && PG_CODES[pgCode]) {
    const { code, message } = PG_CODES[pgCode];
    // A missing value names its column, which is the input field in camelCase.
    const field =
      pgCode === '23502' && typeof driverError?.column === 'string'
        ? driverError.column.replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase())
        : undefined;
    return field
      ? { message: `${field}: ${message.toLowerCase()}`, path, locations, extensions: { code, field } }
      : { message, path, locations, extensions: { code } };
  }
  const tokens = TOKEN_LIMIT.exec(formatted.message);
  if (tokens) {
    return {
      message: `The document has more than ${tokens[1]} tokens; the limit is ${tokens[1]}`,
      extensions: { code: QUERY_TOO_COMPLEX, limit: 'tokens', max: Number(tokens[1]) },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PASSTHROUGH.has(code)) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  // The message can quote input (a value PostgreSQL rejected, say), so only the error's type and where it came from.
  const where = original instanceof Error ? (original.stack ?? '').split('\n').slice(1, 6).join('\n') : '';
  logger.error(`${formatted.path?.join('.') ?? 'request'}: ${original instanceof Error ? original.name : typeof original}`, where);
  return { message: 'Internal server error', path, locations, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
