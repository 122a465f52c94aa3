import { fork } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * One PostgreSQL for the whole run: DATABASE_URL when set (CI's PostgreSQL 15 service), otherwise an
 * embedded one started by embedded-database-process.cjs. Each test file then creates its own database on
 * it (see test-app.ts). And one folder for every test server's log, which global teardown checks.
 */
export default async function globalSetup(): Promise<void> {
  process.env.PANELIST_TEST_LOG_DIR = mkdtempSync(join(tmpdir(), 'panelist-test-logs-'));
  if (process.env.DATABASE_URL) {
    process.env.PANELIST_TEST_SERVER_URL = process.env.DATABASE_URL;
    return;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'panelist-test-'));
  const database = fork(join(__dirname, 'embedded-database-process.cjs'), [dataDir], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const { url } = await new Promise<{ url: string }>((started, failed) => {
    database.once('message', (message) => started(message as { url: string }));
    database.once('exit', (code) => failed(new Error(`the embedded PostgreSQL for the API tests did not start (exit ${code})`)));
  });
  process.env.PANELIST_TEST_SERVER_URL = url;
  (globalThis as { panelistTestDatabase?: typeof database }).panelistTestDatabase = database;
}
