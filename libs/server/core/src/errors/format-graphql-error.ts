import { Logger } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { DomainException, GraphQLErrorCode } from './domain.exception';

const logger = new Logger('GraphQL');

/** PostgreSQL errors that are the client's fault, not the server's. */
const PG_CODES: Record<string, { code: GraphQLErrorCode; message: string }> = {
  '22P02': { code: GraphQLErrorCode.BAD_USER_INPUT, message: 'A value has the wrong format (an id must be a UUID)' },
  '22001': { code: GraphQLErrorCode.BAD_USER_INPUT, message: 'A value is too long' },
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
]);

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
      extensions: { code: original.graphqlCode, reason: original.reason, ...(original.field ? { field: original.field } : {}), ...original.details },
    };
  }
  // TypeORM wraps driver errors (QueryFailedError.driverError); the SQLSTATE is on the driver's error.
  const driverError = ((original as { driverError?: unknown } | undefined)?.driverError ?? original) as { code?: unknown; column?: unknown } | undefined;
  const pgCode = driverError?.code;
  if (typeof pgCode === 'string' && PG_CODES[pgCode]) {
    const { code, message } = PG_CODES[pgCode];
    // A missing value names its column, which is the input field in camelCase.
    const field = pgCode === '23502' && typeof driverError?.column === 'string' ? driverError.column.replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase()) : undefined;
    return field ? { message: `${field}: ${message.toLowerCase()}`, path, locations, extensions: { code, field } } : { message, path, locations, extensions: { code } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PASSTHROUGH.has(code)) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  // The message can quote input (a value PostgreSQL rejected, say), so only the error's type and where it came from.
  const where = original instanceof Error ? (original.stack ?? '').split('\n').slice(1, 6).join('\n') : '';
  logger.error(`${formatted.path?.join('.') ?? 'request'}: ${original instanceof Error ? original.name : typeof original}\n${where}`);
  return { message: 'Internal server error', path, locations, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
