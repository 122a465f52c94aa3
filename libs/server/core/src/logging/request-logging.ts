import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import type { Logger as Pino } from 'pino';
import { pinoHttp } from 'pino-http';
import { requestLoggers } from './app-logger';

/** Where a path segment is a secret by its place, after these segments: a calendar feed's token, an invitation's token. */
const SECRET_PLACES = [['calendar', 'feed'], ['invite']];
/** A segment that looks like a token (long, URL-safe base64), unless it is a UUID: record ids are fine to log. */
const TOKEN_LIKE = /^[A-Za-z0-9_-]{24,}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LONGEST_PATH = 200;
/** A request id a load balancer passes on (X-Request-Id) is kept when it is plainly an id. */
const INCOMING_ID = /^[A-Za-z0-9._-]{1,64}$/;
/** A GraphQL name: an operation name can be logged, nothing else of the operation (never its variables). */
const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;
const FIRST_OPERATION = /^\s*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]{0,99})/;

/**
 * The path of a URL as it may be logged: no query string, no fragment, and segments that carry secrets or
 * personal data (a calendar feed's token, an invitation's token, anything token-like, an address) replaced.
 */
export function loggablePath(url: string): string {
  const path = url.split(/[?#]/, 1)[0];
  const segments = path.split('/');
  const redacted = segments.map((segment, index) => {
    const secretHere = SECRET_PLACES.some((place) => place.every((name, at) => segments[index - place.length + at] === name));
    if (segment.includes('@')) return '[redacted]';
    // A token keeps its extension (`/calendar/feed/[redacted].ics`): what was asked for, not who.
    const [stem, ...extension] = segment.split('.');
    return secretHere || (TOKEN_LIKE.test(stem) && !UUID.test(stem)) ? ['[redacted]', ...extension].join('.') : segment;
  });
  const loggable = redacted.join('/');
  return loggable.length > LONGEST_PATH ? `${loggable.slice(0, LONGEST_PATH)}…` : loggable;
}

/** The operation's name, from the body's `operationName` or the document's first operation; never anything else of it. */
function operationOf(req: Request): string | undefined {
  const body = req.body as { operationName?: unknown; query?: unknown } | undefined;
  if (typeof body?.operationName === 'string') return GRAPHQL_NAME.test(body.operationName) ? body.operationName : undefined;
  return typeof body?.query === 'string' ? FIRST_OPERATION.exec(body.query.slice(0, 1_000))?.[1] : undefined;
}

/** Probes ask every second or so: their lines are debug. */
function isProbe(req: Request): boolean {
  const path = req.originalUrl.split('?', 1)[0];
  return path.startsWith('/health/') || (req.method === 'HEAD' && path === '/');
}

/** The line's message, for people reading it: `POST /graphql 200 in 12 ms`. */
function summary(req: Request, res: ServerResponse, ms: number): string {
  return `${req.method} ${loggablePath(req.originalUrl)} ${res.statusCode} in ${ms} ms`;
}

function describe(req: Request, res: Response, durationMs: number) {
  const path = loggablePath(req.originalUrl);
  const operation = path === '/graphql' ? operationOf(req) : undefined;
  return {
    method: req.method,
    path,
    status: res.statusCode,
    durationMs,
    ...(operation ? { operation } : {}),
    // The client went away before the answer was sent.
    ...(res.writableFinished ? {} : { aborted: true }),
  };
}

/**
 * One line per HTTP request when its answer is sent: method, path (see loggablePath), status, duration and, for
 * GraphQL, the operation's name; never headers (cookies, Authorization), bodies or variables. Each request gets
 * an id (X-Request-Id, echoed back), which every record logged while serving it carries.
 */
export function requestLogging(root: Pino) {
  const http = pinoHttp({
    logger: root,
    // Only the request id is bound to records logged during the request: never the request object.
    quietReqLogger: true,
    quietResLogger: true,
    genReqId(req: IncomingMessage, res: ServerResponse) {
      const incoming = req.headers['x-request-id'];
      const id = typeof incoming === 'string' && INCOMING_ID.test(incoming) ? incoming : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    customLogLevel(req: IncomingMessage, res: ServerResponse, error?: Error) {
      if (error || res.statusCode >= 500) return 'error';
      return isProbe(req as Request) ? 'debug' : 'info';
    },
    customSuccessMessage: (req: IncomingMessage, res: ServerResponse, ms: number) => summary(req as Request, res, ms),
    // pino-http passes the duration after the error, which its types leave out.
    customErrorMessage: (req: IncomingMessage, res: ServerResponse, _error: Error, ms?: number) => summary(req as Request, res, ms ?? 0),
    customSuccessObject: (req: IncomingMessage, res: ServerResponse, { responseTime }: { responseTime: number }) =>
      describe(req as Request, res as Response, responseTime),
    // pino-http's own error for a 5xx is made up ("failed with status code 500"): the cause is logged where it happened.
    customErrorObject: (req: IncomingMessage, res: ServerResponse, _error: Error, { responseTime }: { responseTime: number }) =>
      describe(req as Request, res as Response, responseTime),
  });
  return (req: Request, res: Response, next: NextFunction) => http(req, res, () => requestLoggers.run(req.log, next));
}
