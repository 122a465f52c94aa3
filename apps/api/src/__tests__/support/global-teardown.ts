import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { runLogProblems } from './test-logs';

/** The most problems listed when logs fail the check (the folder is kept, with them all). */
const SHOWN = 20;

export default async function globalTeardown(): Promise<void> {
  const database = (globalThis as { panelistTestDatabase?: ChildProcess }).panelistTestDatabase;
  if (database && database.exitCode === null) {
    // SIGTERM lets the process stop PostgreSQL cleanly before it exits.
    await new Promise<void>((stopped) => {
      database.once('exit', () => stopped());
      database.kill('SIGTERM');
    });
  }
  checkLogs();
}

/**
 * Every test server's log (docs/security.md, Logs): each line a JSON record, none holding a secret the run used
 * (passwords, session and invitation tokens) or a test address. A failure fails the run and keeps the logs.
 */
function checkLogs(): void {
  const folder = process.env.PANELIST_TEST_LOG_DIR;
  if (!folder) return;
  const problems = runLogProblems(folder);
  if (problems.length === 0) return void rmSync(folder, { recursive: true, force: true });
  const more = problems.length > SHOWN ? `\n… and ${problems.length - SHOWN} more` : '';
  throw new Error(`The test servers' logs, kept in ${folder}, break the logging rules:\n${problems.slice(0, SHOWN).join('\n')}${more}`);
}
