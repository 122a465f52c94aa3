import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MIGRATION_LOCK_KEY } from '@panelist/server-core';
import { Client } from 'pg';
import { eventually } from './support/eventually';
import { ServerProcess } from './support/server-process';
import { createDatabase } from './support/test-app';

const READY_WITHIN_MS = 90_000;

describe('starting the server', () => {
  it('on a first run, says what it is doing while it waits, and times "ready" from the command to the first page served', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'panelist-first-run-'));
    const spawned = Date.now();
    const server = await ServerProcess.spawn({ DATA_DIR: dataDir }, { npmStart: true });
    try {
      await server.waitFor('Panelist is ready', READY_WITHIN_MS);
      const observedSeconds = (Date.now() - spawned) / 1000;
      const log = server.log();
      const steps = [
        'First run: creating the database',
        'Created the database',
        'Applying',
        'database migrations',
        'Applied',
        'Panelist is ready',
      ];
      const positions = steps.map((step) => log.indexOf(step));
      expect(positions.every((position) => position >= 0)).toBe(true);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
      // The figure counts npm, loading the code and setting up the database: nearly all of what the test saw.
      const printed = Number(/ready in ([\d.]+) s/.exec(log)![1]);
      expect(printed).toBeLessThanOrEqual(observedSeconds + 0.1);
      expect(printed).toBeGreaterThanOrEqual(observedSeconds * 0.75);
      // "Ready" is true: the first page is already served.
      expect(await server.status('/')).toBe(200);
    } finally {
      await server.stop();
      // npm does not pass SIGTERM on: the server notices npm went away and stops its PostgreSQL.
      await eventually(() => !existsSync(join(dataDir, 'postgres', 'postmaster.pid')), 20_000, 'PostgreSQL stopped');
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 180_000);

  describe('on a shared database', () => {
    let database: Awaited<ReturnType<typeof createDatabase>>;
    beforeEach(async () => {
      database = await createDatabase();
    });
    afterEach(() => database.drop());

    it('waits while another instance holds the migration lock, then applies nothing twice', async () => {
      const other = new Client({ connectionString: database.url });
      await other.connect();
      await other.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
      const server = await ServerProcess.spawn({ DATABASE_URL: database.url });
      try {
        await eventually(
          async () => (await other.query(`SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`)).rowCount! > 0,
          READY_WITHIN_MS,
          'waiting on the migration lock',
        );
        expect(server.log()).not.toContain('Applying');
        await other.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
        await server.waitFor('Panelist is ready', READY_WITHIN_MS);
        expect(server.log()).toMatch(/Applied \d+ database migrations/);
      } finally {
        await other.end();
        await server.stop();
      }
    }, 180_000);

    it('two instances started together on an empty database both start, and one of them applies the migrations', async () => {
      const servers = await Promise.all([
        ServerProcess.spawn({ DATABASE_URL: database.url }),
        ServerProcess.spawn({ DATABASE_URL: database.url }),
      ]);
      try {
        await Promise.all(servers.map((server) => server.waitFor('Panelist is ready', READY_WITHIN_MS)));
        expect(servers.filter((server) => server.log().includes('Applying')).length).toBe(1);
        for (const server of servers) expect(await server.status('/health/ready')).toBe(200);
      } finally {
        await Promise.all(servers.map((server) => server.stop()));
      }
    }, 180_000);
  });
});
