import type { ChildProcess } from 'node:child_process';

export default async function globalTeardown(): Promise<void> {
  const database = (globalThis as { panelistTestDatabase?: ChildProcess }).panelistTestDatabase;
  if (!database || database.exitCode !== null) return;
  // SIGTERM lets the process stop PostgreSQL cleanly before it exits.
  await new Promise<void>((stopped) => {
    database.once('exit', () => stopped());
    database.kill('SIGTERM');
  });
}
