import { randomBytes } from 'node:crypto';
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';

/**
 * Every test server of a run writes its log into one folder (global setup makes it), beside the secrets the run
 * used (session and invitation tokens, passwords); global teardown then checks every line of every log.
 */
export function logFolder(): string {
  process.env.PANELIST_TEST_LOG_DIR ??= mkdtempSync(join(tmpdir(), 'panelist-test-logs-'));
  return process.env.PANELIST_TEST_LOG_DIR;
}

const SECRETS_FILE = 'secrets.txt';

/** A file of its own in the run's log folder, for one server. */
export function newLogFile(kind: string): string {
  return join(logFolder(), `${kind}-${randomBytes(4).toString('hex')}.log`);
}

/**
 * Where an in-process server's records go: all of them to its file, and errors also to standard error, so that
 * an unexpected error shows in the test's output as it did before logs were files.
 */
export function logDestination(file: string) {
  return pino.multistream([
    { level: 'trace', stream: { write: (line: string) => appendFileSync(file, line) } },
    { level: 'error', stream: process.stderr },
  ]);
}

const remembered = new Set<string>();

/** A secret the run used (a token, a password): no log of the run may contain it. */
export function rememberSecret(secret: string): void {
  if (remembered.has(secret)) return;
  remembered.add(secret);
  appendFileSync(join(logFolder(), SECRETS_FILE), `${secret}\n`);
}

/** Whatever the run's secrets were, these never belong in a log: the tests' addresses, bearer tokens, the session cookie. */
const NEVER_LOGGED = [/@example\.test/, /Bearer\s/i, /panelist_session=/];

/**
 * What is wrong with a log: each line that is not one JSON record with `level`, `time` and `msg`, or that holds
 * one of `secrets` (compared as they are and as JSON escapes them) or matches NEVER_LOGGED.
 */
export function logProblems(log: string, secrets: readonly string[]): string[] {
  const problems: string[] = [];
  // Short values would match by chance; the run's secrets are tokens and passwords.
  const escaped = secrets.filter((secret) => secret.length >= 8).flatMap((secret) => [secret, JSON.stringify(secret).slice(1, -1)]);
  for (const line of log.split('\n')) {
    if (line.trim() === '') continue;
    let record: Record<string, unknown> | undefined;
    try {
      record = JSON.parse(line) as Record<string, unknown>;
    } catch {
      record = undefined;
    }
    if (!record || typeof record !== 'object' || !('level' in record && 'time' in record && 'msg' in record)) {
      problems.push(`not a JSON record with level, time and msg: ${line.slice(0, 300)}`);
    }
    const secret = escaped.find((value) => line.includes(value));
    if (secret) problems.push(`holds the secret "${secret}": ${line.slice(0, 300)}`);
    const pattern = NEVER_LOGGED.find((never) => never.test(line));
    if (pattern) problems.push(`matches ${pattern}: ${line.slice(0, 300)}`);
  }
  return problems;
}

/** Every log of the run against every secret the run used, by file. */
export function runLogProblems(folder: string): string[] {
  if (!existsSync(folder)) return [];
  const secretsFile = join(folder, SECRETS_FILE);
  const secrets = existsSync(secretsFile) ? readFileSync(secretsFile, 'utf8').split('\n').filter(Boolean) : [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.log'))
    .flatMap((name) => logProblems(readFileSync(join(folder, name), 'utf8'), secrets).map((problem) => `${name}: ${problem}`));
}
