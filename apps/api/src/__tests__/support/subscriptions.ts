import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { createClient, type FormattedExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';
import type { GraphQLError } from './test-app';

/** How a socket presents itself: a bearer token in connectionParams, or a browser's cookie and Origin on the upgrade. */
export interface SocketOptions {
  token?: string;
  cookie?: string;
  origin?: string;
}

export interface Closed {
  code: number;
  reason: string;
}

export type SubscriptionResult<TResult> = FormattedExecutionResult<TResult> & { errors?: GraphQLError[] };

/** One subscription's results, in order. */
export interface Feed<TResult> {
  /** The next result (data, or the errors the server answered); fails when none comes within `withinMs`. */
  next(withinMs?: number): Promise<SubscriptionResult<TResult>>;
  /** Every result received so far and not yet taken by next(). */
  readonly pending: ReadonlyArray<SubscriptionResult<TResult>>;
  /** Resolves once the server has completed it or the socket has closed. */
  readonly ended: Promise<void>;
  /** Stops it, as a client does (a complete message), leaving the socket open. */
  complete(): void;
}

/** A real graphql-ws client over a real WebSocket (`ws`), as a script or the admin would connect. */
export interface Socket {
  subscribe<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables: TVariables): Feed<TResult>;
  /** Resolves when the socket closes, with the server's close code. */
  readonly closed: Promise<Closed>;
  close(): Promise<void>;
}

const DEFAULT_WAIT_MS = 5_000;

function feed<TResult>(): Omit<Feed<TResult>, 'complete'> & {
  push(result: SubscriptionResult<TResult>): void;
  end(): void;
} {
  const pending: Array<SubscriptionResult<TResult>> = [];
  let waiting: ((result: SubscriptionResult<TResult>) => void) | undefined;
  let end!: () => void;
  const ended = new Promise<void>((resolve) => (end = resolve));
  return {
    pending,
    ended,
    end,
    push(result) {
      if (waiting) {
        const resolve = waiting;
        waiting = undefined;
        resolve(result);
      } else pending.push(result);
    },
    next(withinMs = DEFAULT_WAIT_MS) {
      const queued = pending.shift();
      if (queued) return Promise.resolve(queued);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiting = undefined;
          reject(new Error(`no subscription result within ${withinMs} ms`));
        }, withinMs);
        waiting = (result) => {
          clearTimeout(timer);
          resolve(result);
        };
      });
    },
  };
}

/** Opens a socket to the server's /graphql at once (not on first subscription), and never reconnects. */
export function openSocket(serverUrl: string, { token, cookie, origin }: SocketOptions = {}): Socket {
  const headers: Record<string, string> = { ...(cookie ? { cookie } : {}), ...(origin ? { origin } : {}) };
  class HeaderedWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  let closedWith!: (closed: Closed) => void;
  const closed = new Promise<Closed>((resolve) => (closedWith = resolve));
  const client = createClient({
    url: `${serverUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: HeaderedWebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : undefined,
    lazy: false,
    retryAttempts: 0,
    onNonLazyError: () => undefined,
    on: { closed: (event) => closedWith({ code: (event as Closed).code, reason: String((event as Closed).reason) }) },
  });
  return {
    closed,
    subscribe<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables: TVariables) {
      const results = feed<TResult>();
      const unsubscribe = client.subscribe<TResult>(
        { query: print(document), variables: variables as Record<string, unknown> },
        {
          next: (result) => results.push(result as SubscriptionResult<TResult>),
          error: (error) => {
            // graphql-ws hands over an error message's errors as an array, a closed socket as its close event.
            if (Array.isArray(error)) results.push({ errors: error as GraphQLError[] });
            results.end();
          },
          complete: () => results.end(),
        },
      );
      return Object.assign(results, { complete: unsubscribe });
    },
    async close() {
      await client.dispose();
    },
  };
}
