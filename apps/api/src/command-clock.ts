import { readFileSync } from 'node:fs';

/** Linux counts process start times in clock ticks of 1/100 s (USER_HZ, the same on every architecture it runs Node on). */
const TICKS_PER_SECOND = 100;

/** A process's start, in ticks since boot, from /proc/<pid>/stat; and its parent. */
function processStart(pid: number): { startTicks: number; parent: number; name: string } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The name is in parentheses and may itself hold spaces and parentheses: the fields follow the last ')'.
    const close = stat.lastIndexOf(')');
    const fields = stat.slice(close + 2).split(' ');
    return { startTicks: Number(fields[19]), parent: Number(fields[1]), name: stat.slice(stat.indexOf('(') + 1, close) };
  } catch {
    return undefined;
  }
}

/**
 * Seconds since the command a person typed began: under `npm start`, since npm itself started (npm and its
 * shell start before this process does); otherwise since this process started.
 */
export function secondsSinceCommandStart(env: NodeJS.ProcessEnv = process.env): number {
  const own = process.uptime();
  if (!env.npm_lifecycle_event) return own;
  const self = processStart(process.pid);
  if (!self) return own;
  // npm starts the script through a shell: look a few generations up for npm itself.
  let ancestor = processStart(self.parent);
  for (let depth = 0; ancestor && depth < 3; depth++) {
    if (ancestor.name.startsWith('npm')) return own + (self.startTicks - ancestor.startTicks) / TICKS_PER_SECOND;
    ancestor = processStart(ancestor.parent);
  }
  return own;
}
