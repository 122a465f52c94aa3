import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from './support/free-port';

const ROOT = resolve(__dirname, '..', '..', '..');

/**
 * Runs the production server exactly as `npm start` does (built api serving the built admin) on a free
 * port with its own embedded PostgreSQL, so browser tests exercise the real product.
 */
export default async function globalSetup(): Promise<void> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'panelist-e2e-'));
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), DATA_DIR: dataDir, ALLOW_SIGNUP: 'true' };
  delete env.DATABASE_URL;
  const server = spawn(process.execPath, [join(ROOT, 'apps/api/dist/main.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`server did not start in 60 s:\n${output}`)), 60_000);
    const listen = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Panelist is ready')) {
        clearTimeout(timer);
        ready();
      }
    };
    server.stdout.on('data', listen);
    server.stderr.on('data', listen);
    server.on('exit', (code) => fail(new Error(`server exited with ${code}:\n${output}`)));
  });
  process.env.PANELIST_E2E_URL = `http://127.0.0.1:${port}`;
  (globalThis as { panelistServer?: typeof server }).panelistServer = server;
}
