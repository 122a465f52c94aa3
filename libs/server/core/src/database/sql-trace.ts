import { AsyncLocalStorage } from 'node:async_hooks';
import { NextFunction, Request, Response } from 'express';
import { AbstractLogger, LogLevel, LogMessage, QueryRunner } from 'typeorm';

interface TracedStatement {
  text: string;
  params: unknown[];
}

const traces = new AsyncLocalStorage<TracedStatement[]>();

/**
 * Counts the SQL statements each request runs (the "no N+1" check: constant per query, whatever the data).
 * With PANELIST_SQL_TRACE=true a request sending `x-sql-trace: 1` gets them back in the GraphQL response's
 * extensions, parameters included, so a benchmark can replay exactly the same SQL through `pg` as its floor.
 * Off by default: parameters can hold personal data.
 */
export function sqlTraceMiddleware(enabled: boolean) {
  return (req: Request, _res: Response, next: NextFunction) => {
    if (!enabled || req.headers['x-sql-trace'] !== '1') return next();
    traces.run([], next);
  };
}

/** TypeORM logger that records statements into the current request's trace (when there is one). */
export class SqlTraceLogger extends AbstractLogger {
  override logQuery(query: string, parameters?: unknown[], _queryRunner?: QueryRunner): void {
    traces.getStore()?.push({ text: query, params: parameters ?? [] });
  }

  protected writeLog(_level: LogLevel, _message: LogMessage | string | number | LogMessage[], _queryRunner?: QueryRunner): void {
    // Errors reach clients and the server log through formatGraphQLError; nothing else to write.
  }
}

/** Apollo plugin: puts the request's statement count (and statements) into the response's extensions. */
export const sqlTracePlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({
        response,
      }: {
        response: { body: { kind: string; singleResult?: { extensions?: Record<string, unknown> } } };
      }) {
        const statements = traces.getStore();
        if (!statements || response.body.kind !== 'single' || !response.body.singleResult) return;
        response.body.singleResult.extensions = { ...response.body.singleResult.extensions, sql: { count: statements.length, statements } };
      },
    };
  },
};
