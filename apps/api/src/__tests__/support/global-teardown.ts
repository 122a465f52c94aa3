export default async function globalTeardown(): Promise<void> {
  await (globalThis as { panelistTestDatabase?: { stop(): Promise<void> } }).panelistTestDatabase?.stop();
}
