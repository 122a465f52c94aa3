import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedDatabase } from '@panelist/server-core';

/** A throwaway embedded PostgreSQL for tools that need an empty database (migration checks, tests). */
export async function withTemporaryDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'panelist-db-'));
  const database = await startEmbeddedDatabase(dir);
  try {
    return await work(database.url);
  } finally {
    await database.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
