/** Resolves once `check` holds, looking every 50 ms; fails after `withinMs`, naming `what` it waited for. */
export async function eventually(check: () => Promise<boolean> | boolean, withinMs: number, what: string): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not ${what} within ${withinMs} ms`);
    await new Promise((next) => setTimeout(next, 50));
  }
}
