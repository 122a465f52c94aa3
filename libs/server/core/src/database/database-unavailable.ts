import { QueryRunnerAlreadyReleasedError } from 'typeorm';

/** Thrown instead of waiting on a database the health monitor knows to be away. */
export class DatabaseUnavailableError extends Error {
  constructor() {
    super('The database is unavailable');
    this.name = 'DatabaseUnavailableError';
  }
}

/** Node's socket errors on the way to the database. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * SQLSTATEs of a server that is going, gone, starting or full (class 08, connection exception, is matched
 * as a class), and of a statement cancelled by statement_timeout.
 */
const SERVER_CODES = new Set(['57P01', '57P02', '57P03', '53300', '57014']);

/** pg's own errors carry no code: a connection that ended, a connect or pool wait that timed out, a pool shut down. */
const DRIVER_MESSAGES = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect/,
  /^Client has encountered a connection error/,
  /^Cannot use a pool after calling end/,
];

/**
 * Whether an error means the database could not answer (gone, restarting, unreachable, too slow), as
 * opposed to refusing the statement: those are worth retrying and are answered SERVICE_UNAVAILABLE.
 * TypeORM wraps driver errors (QueryFailedError.driverError), so both are looked at.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  return [error, (error as { driverError?: unknown } | undefined)?.driverError].some(isUnavailableCause);
}

function isUnavailableCause(error: unknown): boolean {
  if (error instanceof DatabaseUnavailableError) return true;
  // TypeORM releases a query runner whose connection failed: the next statement of its transaction throws this.
  if (error instanceof QueryRunnerAlreadyReleasedError) return true;
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (SOCKET_CODES.has(code) || SERVER_CODES.has(code) || code.startsWith('08'))) return true;
  return DRIVER_MESSAGES.some((pattern) => pattern.test(error.message));
}

/** A statement cancelled by statement_timeout: the database is there, only too slow. */
export function isStatementTimeout(error: unknown): boolean {
  const driverError = (error as { driverError?: unknown } | undefined)?.driverError ?? error;
  return (driverError as { code?: unknown } | undefined)?.code === '57014';
}
