import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { isDatabaseUnavailable } from '../database/database-unavailable';
import { DomainException, GraphQLErrorCode } from './domain.exception';

const logger = new Logger('HTTP');

const STATUSES: Record<GraphQLErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
  SERVICE_UNAVAILABLE: 503,
};

/**
 * For plain HTTP routes outside GraphQL (calendar files): the same codes as formatGraphQLError, as HTTP statuses
 * with a JSON body `{ code, message }`. Anything unexpected is logged by its type and stack frames only, never
 * its message or the URL, which can hold personal data or a secret token.
 */
@Catch()
export class HttpDomainExceptionFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const { status, code, message } = describe(exception);
    if (response.headersSent) return void response.end();
    if (code === GraphQLErrorCode.SERVICE_UNAVAILABLE) response.setHeader('Retry-After', '1');
    response.status(status).setHeader('Cache-Control', 'no-store').json({ code, message });
  }
}

function describe(exception: unknown): { status: number; code: string; message: string } {
  if (exception instanceof DomainException) {
    return { status: STATUSES[exception.graphqlCode], code: exception.graphqlCode, message: exception.message };
  }
  if (isDatabaseUnavailable(exception)) {
    return { status: 503, code: GraphQLErrorCode.SERVICE_UNAVAILABLE, message: 'The database is unavailable: try again in a few seconds' };
  }
  if (exception instanceof HttpException && exception.getStatus() < 500) {
    return { status: exception.getStatus(), code: exception.name, message: exception.message };
  }
  const where = exception instanceof Error ? (exception.stack ?? '').split('\n').slice(1, 6).join('\n') : '';
  logger.error(exception instanceof Error ? exception.name : typeof exception, where);
  return { status: 500, code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' };
}
