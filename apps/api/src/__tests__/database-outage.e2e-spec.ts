import { ServerProcess } from './support/server-process';
import { StoppablePostgres } from './support/stoppable-postgres';
import { candidatesByEmail, expectAckedOrUnavailable, signUpAdmin, Write, WriteLoad } from './support/write-load';

/**
 * The longest any answer may take while the database is away or frozen: the connect timeout (3 s, the
 * default), one health check interval (1 s), and room for a loaded two-core machine. Never a hang.
 */
const ANSWERS_WITHIN_MS = 8_000;
/** From PostgreSQL accepting connections again to a write acknowledged. */
const RECOVERS_WITHIN_MS = 5_000;
/** Once the outage is known, a request is refused without waiting on the database. */
const AT_ONCE_MS = 1_000;
/** Acknowledged writes before the outage and after it, at least. */
const WRITES_EACH_SIDE = 20;

const acked = (write: Write) => write.outcome === 'acked';
const unavailable = (write: Write) => write.outcome === 'SERVICE_UNAVAILABLE';

/**
 * Every write is acknowledged or answered SERVICE_UNAVAILABLE in time, and every acknowledged one is in the
 * database exactly once: nothing acknowledged is lost, nothing is applied twice.
 */
async function expectNoAcknowledgedWriteLost(writes: Write[], server: ServerProcess, databaseUrl: string): Promise<void> {
  expectAckedOrUnavailable(writes, ANSWERS_WITHIN_MS, server);
  const stored = await candidatesByEmail(databaseUrl);
  expect(writes.filter(acked).filter((write) => stored.get(write.email) !== 1)).toEqual([]);
  expect([...stored.values()].filter((count) => count > 1)).toEqual([]);
}

describe('a database that goes away (the built server against a PostgreSQL of the test its own)', () => {
  let postgres: StoppablePostgres;
  let server: ServerProcess;
  let token: string;
  let load: WriteLoad | undefined;

  beforeAll(async () => {
    postgres = await StoppablePostgres.create();
    server = await ServerProcess.start({ DATABASE_URL: postgres.url });
    token = await signUpAdmin(server);
  }, 120_000);

  // A test that failed half-way still stops its writers.
  afterEach(() => load?.stop());

  afterAll(async () => {
    await server?.stop();
    await postgres?.close();
  });

  it.each([
    ['stopped (fast shutdown)', () => postgres.stop()],
    ['killed', () => postgres.kill()],
  ])(
    'keeps every acknowledged write once when PostgreSQL is %s and started again',
    async (_how, takeDown) => {
      load = new WriteLoad(server, token);
      await load.until(acked, 20_000, 'acknowledged before the outage', WRITES_EACH_SIDE);

      const down = Date.now();
      await takeDown();
      await load.until((write) => write.started > down && unavailable(write), ANSWERS_WITHIN_MS, 'answered SERVICE_UNAVAILABLE');
      const refused = await load.until(
        (write) => write.started > down && unavailable(write) && write.answered - write.started < AT_ONCE_MS,
        ANSWERS_WITHIN_MS,
        'refused at once while PostgreSQL is away',
      );
      expect(await server.status('/health/ready')).toBe(503);
      expect(await server.status('/health/live')).toBe(200);

      await postgres.start();
      const back = Date.now();
      const recovered = await load.until((write) => write.started >= back && acked(write), 2 * RECOVERS_WITHIN_MS, 'acknowledged again');
      await load.until((write) => write.started >= back && acked(write), 20_000, 'acknowledged after the outage', WRITES_EACH_SIDE);
      const writes = await load.stop();

      expect(refused.answered - refused.started).toBeLessThan(AT_ONCE_MS);
      expect(recovered.answered - back).toBeLessThan(RECOVERS_WITHIN_MS);
      expect(await server.status('/health/ready')).toBe(200);
      await expectNoAcknowledgedWriteLost(writes, server, postgres.url);
    },
    60_000,
  );

  it('answers SERVICE_UNAVAILABLE within the timeout while PostgreSQL is frozen, and recovers when it resumes', async () => {
    load = new WriteLoad(server, token);
    await load.until(acked, 20_000, 'acknowledged before the pause', WRITES_EACH_SIDE);

    const paused = Date.now();
    postgres.pause();
    try {
      const first = await load.until(
        (write) => write.started > paused && unavailable(write),
        ANSWERS_WITHIN_MS,
        'answered during the pause',
      );
      await load.until(
        (write) => write.started > first.answered && unavailable(write) && write.answered - write.started < AT_ONCE_MS,
        ANSWERS_WITHIN_MS,
        'refused at once once the pause is noticed',
      );
      expect(await server.status('/health/ready')).toBe(503);
    } finally {
      postgres.resume();
    }
    const resumed = Date.now();
    const recovered = await load.until((write) => write.started >= resumed && acked(write), 2 * RECOVERS_WITHIN_MS, 'acknowledged again');
    await load.until((write) => write.started >= resumed && acked(write), 20_000, 'acknowledged after the pause', WRITES_EACH_SIDE);
    const writes = await load.stop();

    expect(recovered.answered - resumed).toBeLessThan(RECOVERS_WITHIN_MS);
    // Refusals are 503 or a GraphQL error in a 200, never a 500: also when the session is read before execution.
    expect(writes.filter((write) => write.status >= 500 && write.status !== 503).map((write) => write.status)).toEqual([]);
    await expectNoAcknowledgedWriteLost(writes, server, postgres.url);
  }, 60_000);
});
