import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// Import the one file, not the package: global setup shares the process with --runInBand tests, and loading
// the entities here would register their GraphQL metadata twice.
import { startEmbeddedDatabase } from '../../../../../libs/server/core/src/database/embedded-database';

/**
 * One PostgreSQL for the whole run: DATABASE_URL when set (CI's PostgreSQL 15 service), otherwise an
 * embedded one. Each test file then creates its own database on it (see test-app.ts).
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) {
    process.env.PANELIST_TEST_SERVER_URL = process.env.DATABASE_URL;
    return;
  }
  const database = await startEmbeddedDatabase(mkdtempSync(join(tmpdir(), 'panelist-test-')));
  process.env.PANELIST_TEST_SERVER_URL = database.url;
  (globalThis as { panelistTestDatabase?: typeof database }).panelistTestDatabase = database;
}
