import { createServer } from 'node:net';

/**
 * A port the kernel says is free. The browser tests keep their own copy of this rather than import
 * @panelist/server-core: global setup runs in Jest's main process, where loading the server's GraphQL
 * types would register them a second time for the API tests of the same run.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().unref().on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
