import { ChildProcess, spawn, SpawnOptions } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { findFreePort } from '@panelist/server-core';
import { print } from 'graphql';
import type { GraphQLError } from './test-app';
import { newLogFile, rememberSecret } from './test-logs';

const ROOT = join(__dirname, '..', '..', '..', '..', '..');
const READY_WITHIN_MS = 60_000;
/** Graceful shutdown promises 10 s; past 15 s the server is killed. */
const STOPS_WITHIN_MS = 15_000;

/** What a request came back with, however it ended, and how long it took. */
export interface Answer<TResult> {
  ms: number;
  status?: number;
  data?: TResult | null;
  errors?: GraphQLError[];
  /** The request got no HTTP answer: refused, reset or timed out. */
  failure?: string;
}

/**
 * The built server (`node apps/api/dist/main.js`, as a supervisor runs it) in a child process of its own,
 * so a test can signal it and watch it exit. Run `nx run @panelist/api:build` first (npm run test:api does).
 */
export class ServerProcess {
  private output = '';
  /** Where its output also goes, for global teardown's check of every log of the run. */
  private readonly logFile = newLogFile('server');
  readonly exited: Promise<number | null>;

  private constructor(
    readonly url: string,
    private readonly child: ChildProcess,
  ) {
    const keep = (chunk: Buffer) => {
      this.output += chunk.toString();
      appendFileSync(this.logFile, chunk);
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    this.exited = new Promise((exit) => child.once('exit', (code) => exit(code)));
  }

  /** `env` on top of this process's, without DATABASE_URL unless given (so, by default, with embedded PostgreSQL). */
  static async start(env: Record<string, string>): Promise<ServerProcess> {
    const server = await ServerProcess.spawn(env);
    await server.waitFor('Panelist is ready', READY_WITHIN_MS);
    return server;
  }

  /** As start, without waiting for it to be ready; `npmStart` runs it as a person does, through `npm start`. */
  static async spawn(env: Record<string, string>, { npmStart = false } = {}): Promise<ServerProcess> {
    const port = await findFreePort();
    const childEnv: NodeJS.ProcessEnv = { ...process.env, ALLOW_SIGNUP: 'true', PORT: String(port), ...env };
    if (!env.DATABASE_URL) delete childEnv.DATABASE_URL;
    const options: SpawnOptions = { cwd: ROOT, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] };
    const child = npmStart
      ? spawn('npm', ['start', '--silent'], options)
      : spawn(process.execPath, [join(ROOT, 'apps/api/dist/main.js')], options);
    return new ServerProcess(`http://127.0.0.1:${port}`, child);
  }

  /** Everything the server printed so far. */
  log(): string {
    return this.output;
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** Resolves once the server has printed `text`; fails when it exits first or `withinMs` passes. */
  waitFor(text: string, withinMs: number): Promise<void> {
    return new Promise((found, failed) => {
      const timer = setTimeout(() => failed(new Error(`the server did not print "${text}" in ${withinMs} ms:\n${this.output}`)), withinMs);
      const look = () => {
        if (!this.output.includes(text)) return;
        clearTimeout(timer);
        found();
      };
      this.child.stdout!.on('data', look);
      this.child.stderr!.on('data', look);
      void this.exited.then((code) => failed(new Error(`the server exited with ${code}:\n${this.output}`)));
      look();
    });
  }

  signal(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }

  /**
   * SIGTERM, and the exit code (a test that failed half-way still stops its server). A server that has not
   * exited in time is killed, so a failed test can never leave a process that keeps Jest from exiting.
   */
  async stop(): Promise<number | null> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGTERM');
    const late = setTimeout(() => this.child.kill('SIGKILL'), STOPS_WITHIN_MS);
    try {
      return await this.exited;
    } finally {
      clearTimeout(late);
    }
  }

  /** One operation over HTTP, never waiting longer than `timeoutMs`; a token signs it in. */
  async gql<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables: TVariables,
    { token, timeoutMs = 20_000 }: { token?: string; timeoutMs?: number } = {},
  ): Promise<Answer<TResult>> {
    const started = Date.now();
    if (token) rememberSecret(token);
    try {
      const response = await fetch(`${this.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query: print(document), variables }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      const body = (await response.json()) as { data?: TResult | null; errors?: GraphQLError[] };
      return { ms: Date.now() - started, status: response.status, data: body.data, errors: body.errors };
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      return { ms: Date.now() - started, failure: cause ?? (error as Error).name };
    }
  }

  /** The status of GET `path` (0 when there was no answer). */
  async status(path: string): Promise<number> {
    const response = await fetch(`${this.url}${path}`, { signal: AbortSignal.timeout(10_000) }).catch(() => undefined);
    return response?.status ?? 0;
  }
}
