import { AsyncLocalStorage } from 'node:async_hooks';
import { LoggerService } from '@nestjs/common';
import { DestinationStream, Logger as Pino, LoggerOptions, pino } from 'pino';
import pretty from 'pino-pretty';
import type { LogLevelName } from '../config/app-config';

/**
 * Keys that must never reach a log, whoever logs an object holding them: pino replaces their values. Nothing
 * here logs headers, bodies or variables (request lines are built field by field); this is the second line.
 */
const REDACTED = [
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  'headers.cookie',
  'headers.authorization',
  'req.body',
  'body',
  'variables',
  'password',
  'token',
];

/** What a person at a terminal can do without: the message says it (a request's line names its method, path, status, time). */
const PEOPLE_SKIP = 'pid,instance,context,reqId,method,path,status,durationMs,operation';

/** The logger of the request being served (bound to its request id), for anything that logs while serving it. */
export const requestLoggers = new AsyncLocalStorage<Pino>();

export interface RootLoggerOptions {
  level: LogLevelName;
  /** Lines for a person at a terminal (pino-pretty) instead of JSON. */
  forPeople?: boolean;
  /** Where lines go; standard output unless given (tests write each server's log to a file). */
  destination?: DestinationStream;
}

/**
 * One JSON line per record: `level` (its name), `time` (ISO 8601), `msg`, `pid`, and where they apply
 * `instance`, `context` (who logged) and `reqId` (the request being served).
 */
export function createRootLogger({ level, forPeople = false, destination }: RootLoggerOptions): Pino {
  const options: LoggerOptions = {
    level,
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACTED, censor: '[redacted]' },
    // pino-pretty colours levels by number; JSON readers want their names.
    ...(forPeople ? {} : { formatters: { level: (label: string) => ({ level: label }) } }),
  };
  const stream =
    destination ??
    (forPeople
      ? pretty({
          sync: true,
          colorize: true,
          translateTime: 'SYS:HH:MM:ss',
          ignore: PEOPLE_SKIP,
          messageFormat: '{if context}[{context}] {end}{msg}',
        })
      : pino.destination({ dest: 1, sync: true }));
  return pino(options, stream);
}

/** Stack frames only: the first line of a stack repeats the error's message, which can quote input. */
function framesOf(stack: string): string[] {
  return stack
    .split('\n')
    .filter((line) => /^\s*at /.test(line))
    .map((line) => line.trim());
}

type Level = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';

/**
 * Nest's loggers (`new Logger('Events')`, Nest's own start-up lines) written through pino: the context Nest
 * passes last becomes `context`, an error's stack becomes its frames. Inside a request, records carry its id.
 */
export class AppLogger implements LoggerService {
  constructor(readonly root: Pino) {}

  /** After the configuration is read: LOG_LEVEL, and which instance this is (as the audit trail names it). */
  configure(level: LogLevelName, instance: string): void {
    this.root.level = level;
    this.root.setBindings({ instance });
  }

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }

  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }

  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }

  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }

  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }

  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  private write(level: Level, message: unknown, params: unknown[]): void {
    const logger = requestLoggers.getStore() ?? this.root;
    if (!logger.isLevelEnabled(level)) return;
    const rest = [...params];
    // Nest passes the context last; error() may pass a stack before it.
    const last = rest.at(-1);
    const context = typeof last === 'string' && !/\n\s*at /.test(last) ? (rest.pop() as string) : undefined;
    const frames = framesOf(rest.find((param): param is string => typeof param === 'string') ?? '');
    const fields: Record<string, unknown> = {};
    if (context) fields.context = context;
    if (frames.length) fields.stack = frames;
    if (message instanceof Error) {
      fields.stack = framesOf(message.stack ?? '');
      logger[level](fields, message.name);
      return;
    }
    logger[level](fields, typeof message === 'string' ? message : String(message));
  }
}
