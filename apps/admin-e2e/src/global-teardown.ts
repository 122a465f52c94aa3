import { ChildProcess } from 'node:child_process';

export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as { panelistServer?: ChildProcess }).panelistServer;
  if (!server || server.exitCode !== null) return;
  // SIGTERM lets the server stop its embedded PostgreSQL cleanly.
  await new Promise<void>((done) => {
    server.once('exit', () => done());
    server.kill('SIGTERM');
  });
}
