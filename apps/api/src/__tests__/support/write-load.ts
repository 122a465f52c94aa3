import type { ResultOf } from '@graphql-typed-document-node/core';
import { Client } from 'pg';
import { graphql } from '../gql';
import { Answer, ServerProcess } from './server-process';
import { PASSWORD, uniqueEmail } from './test-app';

const SignUp = graphql(`
  mutation OutageSignUp($input: SignUpInput!) {
    signUp(input: $input) {
      token
    }
  }
`);

const CreateCandidate = graphql(`
  mutation OutageCreateCandidate($input: CandidateInput!) {
    createCandidate(input: $input) {
      id
      email
    }
  }
`);

/** Between one writer's writes: a steady rate that keeps a loaded two-core machine responsive. */
const PACE_MS = 25;
/** A load stops by itself after this long, so a test that failed before stopping it cannot keep Jest running. */
const RUNS_AT_MOST_MS = 90_000;

/** One createCandidate: `acked` when the API returned the candidate, otherwise the error code or why no answer came. */
export interface Write {
  email: string;
  started: number;
  answered: number;
  outcome: string;
  /** The HTTP status of the answer (0 when none came). */
  status: number;
}

/** One createCandidate for `email`, as the load writes them. */
export function createCandidate(server: ServerProcess, token: string, email: string): Promise<Answer<ResultOf<typeof CreateCandidate>>> {
  return server.gql(CreateCandidate, { input: { name: 'Load Candidate', email } }, { token });
}

/** An organisation's admin on `server`, signed up through the API: a session token for the writes. */
export async function signUpAdmin(server: ServerProcess): Promise<string> {
  const input = { organizationName: 'Outage Ltd', name: 'Ada Admin', email: uniqueEmail('admin'), password: PASSWORD, startEmpty: true };
  const answer = await server.gql(SignUp, { input });
  const token = answer.data?.signUp.token;
  if (!token) throw new Error(`the API refused the sign-up the test relies on: ${JSON.stringify(answer)}`);
  return token;
}

/**
 * Writers creating candidates with unique emails, one write at a time each, until stopped: what each write
 * answered is kept, so a test can check every acknowledged write against the database afterwards.
 */
export class WriteLoad {
  readonly writes: Write[] = [];
  private running = true;
  private readonly stopsBy = Date.now() + RUNS_AT_MOST_MS;
  private readonly writers: Promise<void>[];
  private readonly waiting = new Set<() => void>();

  constructor(
    private readonly server: ServerProcess,
    private readonly token: string,
    writers = 2,
  ) {
    this.writers = Array.from({ length: writers }, () => this.write());
  }

  /** The `count`th write matching `predicate` (counting those already answered); fails after `withinMs`. */
  until(predicate: (write: Write) => boolean, withinMs: number, what: string, count = 1): Promise<Write> {
    return new Promise((found, failed) => {
      const timer = setTimeout(() => {
        this.waiting.delete(look);
        failed(new Error(`not ${count} writes ${what} within ${withinMs} ms; answers: ${JSON.stringify(this.outcomes())}`));
      }, withinMs);
      const look = () => {
        const match = this.writes.filter(predicate)[count - 1];
        if (!match) return;
        clearTimeout(timer);
        this.waiting.delete(look);
        found(match);
      };
      this.waiting.add(look);
      look();
    });
  }

  /** How many writes ended each way, e.g. `{ acked: 120, SERVICE_UNAVAILABLE: 31 }`. */
  outcomes(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const write of this.writes) counts[write.outcome] = (counts[write.outcome] ?? 0) + 1;
    return counts;
  }

  async stop(): Promise<Write[]> {
    this.running = false;
    await Promise.all(this.writers);
    return this.writes;
  }

  private async write(): Promise<void> {
    while (this.running && Date.now() < this.stopsBy) {
      const email = uniqueEmail('outage');
      const started = Date.now();
      const answer = await createCandidate(this.server, this.token, email);
      const outcome =
        answer.data?.createCandidate?.email === email
          ? 'acked'
          : (answer.errors?.[0]?.extensions?.code ?? answer.failure ?? `HTTP ${answer.status} without data or errors`);
      this.writes.push({ email, started, answered: started + answer.ms, outcome, status: answer.status ?? 0 });
      for (const look of [...this.waiting]) look();
      await new Promise((paced) => setTimeout(paced, PACE_MS));
    }
  }
}

/**
 * Every write was acknowledged or answered SERVICE_UNAVAILABLE within `withinMs`; otherwise fails with the
 * server's errors (it logs an unexpected error's type and stack frames).
 */
export function expectAckedOrUnavailable(writes: Write[], withinMs: number, server: ServerProcess): void {
  const unexpected = writes.filter(
    (write) => (write.outcome !== 'acked' && write.outcome !== 'SERVICE_UNAVAILABLE') || write.answered - write.started > withinMs,
  );
  if (unexpected.length === 0) return;
  const errors = server
    .log()
    .split('\n')
    .filter((line) => /ERROR|^\s+at /.test(line));
  throw new Error(`unexpected answers: ${JSON.stringify(unexpected)}\nthe server logged:\n${errors.join('\n')}`);
}

/** How many candidates each email has in the database behind `url`. */
export async function candidatesByEmail(url: string): Promise<Map<string, number>> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    const { rows } = await db.query<{ email: string; count: string }>('SELECT email, count(*) FROM candidate GROUP BY email');
    return new Map(rows.map((row) => [row.email, Number(row.count)]));
  } finally {
    await db.end();
  }
}
