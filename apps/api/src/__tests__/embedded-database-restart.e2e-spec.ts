import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ServerProcess } from './support/server-process';
import { candidatesByEmail, expectAckedOrUnavailable, signUpAdmin, Write, WriteLoad } from './support/write-load';

/** PostgreSQL's crash recovery on a loaded two-core machine, then the server noticing. */
const RESTARTS_WITHIN_MS = 30_000;
const RECOVERS_WITHIN_MS = 5_000;

const acked = (write: Write) => write.outcome === 'acked';

/** The embedded postmaster as PostgreSQL describes it in postmaster.pid: its process id and port. */
function postmaster(dataDir: string): { pid: number; port: number } {
  const lines = readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n');
  return { pid: Number(lines[0]), port: Number(lines[3]) };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('the embedded PostgreSQL (the built server without DATABASE_URL)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'panelist-restart-'));
  let server: ServerProcess;
  let databaseUrl: string;

  beforeAll(async () => {
    chmodSync(dataDir, 0o755);
    server = await ServerProcess.start({ DATA_DIR: dataDir });
    const password = readFileSync(join(dataDir, 'postgres.password'), 'utf8').trim();
    databaseUrl = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${postmaster(dataDir).port}/panelist`;
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('is restarted when its postmaster is killed, and the server recovers by itself', async () => {
    const token = await signUpAdmin(server);
    const load = new WriteLoad(server, token);
    await load.until(acked, 10_000, 'acknowledged before the kill');

    const killed = postmaster(dataDir).pid;
    const since = Date.now();
    process.kill(killed, 'SIGKILL');
    await load.until((write) => write.started > since && write.outcome === 'SERVICE_UNAVAILABLE', RESTARTS_WITHIN_MS, 'refused');
    await server.waitFor('The embedded PostgreSQL is running again', RESTARTS_WITHIN_MS);
    const back = Date.now();
    const recovered = await load.until((write) => write.started >= back && acked(write), 2 * RECOVERS_WITHIN_MS, 'acknowledged again');
    const writes = await load.stop();

    expect(recovered.answered - back).toBeLessThan(RECOVERS_WITHIN_MS);
    expect(postmaster(dataDir).pid).not.toBe(killed);
    expectAckedOrUnavailable(writes, RESTARTS_WITHIN_MS, server);
    const stored = await candidatesByEmail(databaseUrl);
    expect(writes.filter(acked).filter((write) => stored.get(write.email) !== 1)).toEqual([]);
  }, 60_000);

  it('stops with the server on SIGTERM, which exits 0', async () => {
    const { pid } = postmaster(dataDir);
    expect(await server.stop()).toBe(0);
    expect(isAlive(pid)).toBe(false);
  }, 30_000);
});
