import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { graphql } from './gql';
import { eventually } from './support/eventually';
import { ServerProcess } from './support/server-process';
import { StoppablePostgres } from './support/stoppable-postgres';
import { openSocket } from './support/subscriptions';
import { uniqueEmail } from './support/test-app';
import { candidatesByEmail, createCandidate, signUpAdmin } from './support/write-load';

const STOPS_WITHIN_MS = 10_000;
/** WebSocket close code 1001: the server is going away. */
const GOING_AWAY = 1001;

const BoardChanged = graphql(`
  subscription ShutdownBoardChanged($openingId: ID!) {
    boardChanged(openingId: $openingId) {
      kind
    }
  }
`);

describe('SIGTERM (the built server as a supervisor runs it)', () => {
  let postgres: StoppablePostgres;

  beforeAll(async () => {
    postgres = await StoppablePostgres.create();
  }, 60_000);

  afterAll(() => postgres?.close());

  it('answers the request in flight, refuses new connections, closes subscriptions as going away, and exits 0 within 10 s', async () => {
    const server = await ServerProcess.start({ DATABASE_URL: postgres.url });
    const db = new Client({ connectionString: postgres.url });
    await db.connect();
    try {
      const token = await signUpAdmin(server);
      const socket = openSocket(server.url, { token });
      // Any answer (an unknown opening is refused) shows the socket is open and signed in.
      await socket.subscribe(BoardChanged, { openingId: randomUUID() }).next(10_000);
      // A write held up by the test's lock stays in flight for as long as the test wants.
      await db.query('BEGIN');
      await db.query('LOCK TABLE candidate IN EXCLUSIVE MODE');
      const email = uniqueEmail('in-flight');
      const inFlight = createCandidate(server, token, email);
      await eventually(
        async () => (await db.query(`SELECT 1 FROM pg_locks WHERE relation = 'candidate'::regclass AND NOT granted`)).rowCount! > 0,
        10_000,
        'waiting on the lock',
      );

      const signalled = Date.now();
      server.signal('SIGTERM');
      await server.waitFor('answering the requests in flight', STOPS_WITHIN_MS);
      // Refused, or reset when the client sent it on a kept-alive connection the server was closing: never served.
      const tooLate = uniqueEmail('too-late');
      expect(['ECONNREFUSED', 'ECONNRESET']).toContain((await createCandidate(server, token, tooLate)).failure);

      await db.query('COMMIT');
      expect((await inFlight).data?.createCandidate.email).toBe(email);
      expect((await socket.closed).code).toBe(GOING_AWAY);
      expect(await server.exited).toBe(0);
      expect(Date.now() - signalled).toBeLessThan(STOPS_WITHIN_MS);
      const stored = await candidatesByEmail(postgres.url);
      expect(stored.get(email)).toBe(1);
      expect(stored.has(tooLate)).toBe(false);
    } finally {
      await db.end();
      await server.stop();
    }
  }, 60_000);
});
