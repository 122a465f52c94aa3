import { DataSourceOptions } from 'typeorm';
import { DatabaseHealth } from './database-health';
import { databaseTimeouts } from './database-timeouts';
import { guardedPgDriver } from './guarded-pool';
import { SnakeNamingStrategy } from './snake-naming.strategy';
import { SqlTraceLogger } from './sql-trace';

/**
 * Set on every connection. Panelist's working set lives in memory: price random reads like it, so selective
 * full-text searches use their GIN index instead of scanning (measured: "drift" in 100,000 questions,
 * 28 ms -> 8 ms).
 */
export const POSTGRES_SESSION_OPTIONS = '-c random_page_cost=1.1';

/**
 * The one description of how Panelist talks to PostgreSQL, shared by the app, the CLI and tests. The server
 * passes its DatabaseHealth, so its pool fails fast while the database is away (see guarded-pool.ts).
 */
export function createDataSourceOptions(
  url: string,
  entities: DataSourceOptions['entities'],
  migrations: DataSourceOptions['migrations'],
  health?: DatabaseHealth,
): DataSourceOptions {
  const timeouts = databaseTimeouts();
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+, so ids need no extension.
    uuidExtension: 'pgcrypto',
    namingStrategy: new SnakeNamingStrategy(),
    logger: new SqlTraceLogger(),
    ...(health ? { driver: guardedPgDriver(health) } : {}),
    extra: {
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      application_name: 'panelist',
      options: POSTGRES_SESSION_OPTIONS,
      // Bounds both a new connection and the wait for a free one, so a request never queues past it.
      connectionTimeoutMillis: timeouts.connectMs,
      statement_timeout: timeouts.statementMs,
      idleTimeoutMillis: 10_000,
    },
  };
}
