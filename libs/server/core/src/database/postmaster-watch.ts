import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const CHECK_EVERY_MS = 500;

/** The postmaster's process id: PostgreSQL writes it on the first line of postmaster.pid when it starts. */
export function postmasterPid(clusterDir: string): number | undefined {
  try {
    const pid = Number(readFileSync(join(clusterDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, only not ours to signal.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Calls `onExit` once, within half a second of process `pid` ending; the returned function stops watching. */
export function watchProcess(pid: number, onExit: () => void): () => void {
  const timer = setInterval(() => {
    if (isProcessAlive(pid)) return;
    clearInterval(timer);
    onExit();
  }, CHECK_EVERY_MS).unref();
  return () => clearInterval(timer);
}
