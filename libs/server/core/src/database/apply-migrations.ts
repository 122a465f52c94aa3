import { DataSource, MigrationExecutor } from 'typeorm';

/** One key for every Panelist instance on a database: whoever holds it is migrating. */
export const MIGRATION_LOCK_KEY = 0x70616e656c;

export interface MigrationProgress {
  /** Said before and after applying, so a first run that applies them all does not look hung. */
  log(message: string): void;
}

/**
 * Applies the pending migrations, one instance at a time: replicas started together on one database wait
 * on a session advisory lock while the first applies them, then find nothing left to do.
 */
export async function applyMigrations(dataSource: DataSource, progress: MigrationProgress): Promise<number> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    // Waiting for another instance's migrations may take longer than one statement may.
    await runner.query('SET statement_timeout = 0');
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const pending = await new MigrationExecutor(dataSource).getPendingMigrations();
    if (pending.length === 0) return 0;
    const began = Date.now();
    progress.log(`Applying ${plural(pending.length, 'database migration')}…`);
    await dataSource.runMigrations({ transaction: 'each' });
    progress.log(`Applied ${plural(pending.length, 'database migration')} in ${((Date.now() - began) / 1000).toFixed(1)} s`);
    return pending.length;
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await runner.query('RESET statement_timeout').catch(() => undefined);
    await runner.release();
  }
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
