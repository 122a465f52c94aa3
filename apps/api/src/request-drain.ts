import type { Server } from 'node:http';

export interface RequestDrain {
  /** Stops accepting connections and resolves once every request in flight has been answered. */
  drain(): Promise<void>;
}

/**
 * Counts the requests in flight on `server` from now on. While draining, each answer closes its connection
 * (a keep-alive connection left idle would otherwise hold the server open for its keep-alive timeout).
 * Upgraded connections (subscriptions) are not requests: they close with the app.
 */
export function trackRequests(server: Server): RequestDrain {
  let inFlight = 0;
  let draining = false;
  let drained: () => void = () => undefined;
  server.prependListener('request', (_request, response) => {
    inFlight += 1;
    if (draining) response.setHeader('Connection', 'close');
    response.once('close', () => {
      inFlight -= 1;
      if (!draining) return;
      // Once this response is out, its keep-alive connection is idle: close it now.
      setImmediate(() => server.closeIdleConnections());
      if (inFlight === 0) drained();
    });
  });
  return {
    drain() {
      draining = true;
      server.close();
      server.closeIdleConnections();
      return inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => (drained = resolve));
    },
  };
}
