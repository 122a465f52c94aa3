import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  ANONYMOUS_LIMITS,
  CONNECTION_INIT_TIMEOUT_MS,
  MAX_MESSAGE_BYTES,
  MAX_SOCKETS_PER_ADDRESS_WITHOUT_SESSION,
  MAX_SUBSCRIPTIONS_PER_SOCKET,
  MAX_TOKENS,
  MEMBER_LIMITS,
  SocketLimitCloseCode,
} from '@panelist/server-core';
import { parse } from 'graphql';
import WebSocket from 'ws';
import { OpeningFactory, OrganizationFactory, type Opening, type Organization } from './factories';
import { type Closed, openSocket, type Socket, type SocketOptions } from './support/subscriptions';
import { startTestApp, TestApp } from './support/test-app';

type Board = { boardChanged: Record<string, unknown> };
type Variables = { id: string };

function subscription(selection: string): TypedDocumentNode<Board, Variables> {
  return parse(`subscription ($id: ID!) { boardChanged(openingId: $id) { ${selection} } }`) as TypedDocumentNode<Board, Variables>;
}

const BOARD = subscription('openingId kind');
const aliased = (count: number, field: string) => Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ');

/** What HTTP answers to a query: its first error's extensions, to compare the socket's with. */
async function overHttp(api: TestApp, query: string, token?: string): Promise<Record<string, unknown> | undefined> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { errors?: Array<{ extensions?: Record<string, unknown> }> };
  return body.errors?.[0]?.extensions;
}

/** A bare WebSocket speaking graphql-ws's protocol, which sends nothing unless told to. */
function rawSocket(api: TestApp): { socket: WebSocket; opened: Promise<void>; closed: Promise<Closed & { afterMs: number }> } {
  const socket = new WebSocket(`${api.url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
  const started = Date.now();
  const opened = new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  const closed = new Promise<Closed & { afterMs: number }>((resolve) =>
    socket.once('close', (code, reason) => resolve({ code, reason: reason.toString(), afterMs: Date.now() - started })),
  );
  return { socket, opened, closed };
}

/**
 * The socket (graphql-ws) is held to what HTTP is: every subscribe message to the operation limits, and the
 * socket itself to limits on subscriptions, sockets, the wait for connection_init and message size.
 */
describe('subscription socket limits', () => {
  let api: TestApp;
  let org: Organization;
  let opening: Opening;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    api = await startTestApp();
    org = await OrganizationFactory.from({ startEmpty: true }).create(api);
    opening = await OpeningFactory.from({ title: 'Site Reliability Engineer' }).create(org.hiringManager);
  });
  afterEach(async () => {
    // Closed on both ends before the next test, which may count the sockets of this address.
    await Promise.all(sockets.splice(0).map(async (socket) => Promise.all([socket.closed, socket.close()])));
  });
  afterAll(() => api.close());

  function connect(options: SocketOptions = {}): Socket {
    const socket = openSocket(api.url, options);
    sockets.push(socket);
    return socket;
  }

  /** A board subscription that listens (its first result is a RESYNC). */
  async function listen(socket: Socket) {
    const feed = socket.subscribe(BOARD, { id: opening.id });
    expect((await feed.next()).data?.boardChanged).toEqual({ openingId: opening.id, kind: 'RESYNC' });
    return feed;
  }

  it('refuses subscriptions over the operation limits with the QUERY_TOO_COMPLEX answer HTTP gives, and keeps the socket serving', async () => {
    const token = org.hiringManager.token;
    const socket = connect({ token });

    const tooManyAliases = await socket.subscribe(subscription(aliased(MEMBER_LIMITS.aliases + 1, 'openingId')), { id: opening.id }).next();
    expect(tooManyAliases.data).toBeUndefined();
    expect(tooManyAliases.errors?.[0]?.extensions).toEqual({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'aliases',
      max: MEMBER_LIMITS.aliases,
      actual: MEMBER_LIMITS.aliases + 1,
    });
    expect(tooManyAliases.errors?.[0]?.extensions).toEqual(
      await overHttp(api, `{ ${aliased(MEMBER_LIMITS.aliases + 1, 'me { id }')} }`, token),
    );

    // Directives are cheap to send and count as tokens: parsing stops at the limit, for the socket too.
    const tokens = await socket.subscribe(subscription(`kind ${'@include(if: true) '.repeat(MAX_TOKENS / 6)}`), { id: opening.id }).next();
    expect(tokens.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 'tokens', max: MAX_TOKENS });
    expect(tokens.errors?.[0]?.message).toBe(`The document has more than ${MAX_TOKENS} tokens; the limit is ${MAX_TOKENS}`);

    // Within the limits, on the same socket: a normal subscription, answered as ever.
    await listen(socket);
    expect(await Promise.race([socket.closed, 'open'])).toBe('open');
  });

  it('holds a socket without a session to the signed-out limits, before telling it to sign in', async () => {
    const socket = connect();
    const over = await socket.subscribe(subscription(aliased(ANONYMOUS_LIMITS.aliases + 1, 'openingId')), { id: opening.id }).next();
    expect(over.errors?.[0]?.extensions).toEqual({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'aliases',
      max: ANONYMOUS_LIMITS.aliases,
      actual: ANONYMOUS_LIMITS.aliases + 1,
    });
    expect(over.errors?.[0]?.message).toContain('when signed out');
    expect(over.errors?.[0]?.extensions).toEqual(
      await overHttp(api, `{ ${aliased(ANONYMOUS_LIMITS.aliases + 1, 'setupStatus { needsSetup }')} }`),
    );
    const within = await socket.subscribe(BOARD, { id: opening.id }).next();
    expect(within.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it(`answers a socket's subscription past ${MAX_SUBSCRIPTIONS_PER_SOCKET} with TOO_MANY_SUBSCRIPTIONS, until one completes`, async () => {
    const socket = connect({ token: org.recruiter.token });
    const feeds = [];
    for (let i = 0; i < MAX_SUBSCRIPTIONS_PER_SOCKET; i++) feeds.push(await listen(socket));
    const refused = await socket.subscribe(BOARD, { id: opening.id }).next();
    expect(refused.data).toBeUndefined();
    expect(refused.errors?.[0]?.extensions).toEqual({ code: 'TOO_MANY_SUBSCRIPTIONS' });
    expect(refused.errors?.[0]?.message).toContain(`at most ${MAX_SUBSCRIPTIONS_PER_SOCKET} subscriptions`);

    feeds.pop()?.complete();
    // The server learns of the complete message in its own time: a new subscription is taken once it has.
    const deadline = Date.now() + 5_000;
    for (;;) {
      const result = await socket.subscribe(BOARD, { id: opening.id }).next();
      if (!result.errors) {
        expect(result.data?.boardChanged).toEqual({ openingId: opening.id, kind: 'RESYNC' });
        break;
      }
      expect(result.errors[0]?.extensions?.code).toBe('TOO_MANY_SUBSCRIPTIONS');
      expect(Date.now()).toBeLessThan(deadline);
    }
  });

  it('closes a session’s socket past SOCKETS_PER_SESSION (20) with 1008, and takes another once one closes', async () => {
    const token = org.admin.token;
    const open: Socket[] = [];
    // Ten at a time: until it presents its session, each counts against the address too.
    for (let batch = 0; batch < 2; batch++) {
      const opened = Array.from({ length: 10 }, () => connect({ token }));
      await Promise.all(opened.map((socket) => listen(socket)));
      open.push(...opened);
    }
    const extra = connect({ token });
    expect(await extra.closed).toEqual({
      code: SocketLimitCloseCode.TOO_MANY_SOCKETS,
      reason: 'Too many sockets for this session (at most 20): close another tab',
    });
    // Another session of the organisation is counted apart.
    await listen(connect({ token: org.recruiter.token }));

    await open[0].close();
    await open[0].closed;
    const deadline = Date.now() + 5_000;
    for (;;) {
      const again = connect({ token });
      const outcome = await Promise.race([listen(again).then(() => 'listening'), again.closed.then(({ code }) => code)]);
      if (outcome === 'listening') break;
      expect(outcome).toBe(SocketLimitCloseCode.TOO_MANY_SOCKETS);
      expect(Date.now()).toBeLessThan(deadline);
    }
  });

  it(`closes a message over ${MAX_MESSAGE_BYTES / 1024} KiB with 1009 before reading it, and serves on`, async () => {
    const socket = connect({ token: org.hiringManager.token });
    await listen(socket);
    const huge = socket.subscribe(BOARD, { id: 'x'.repeat(MAX_MESSAGE_BYTES) });
    expect(await socket.closed).toEqual({ code: SocketLimitCloseCode.MESSAGE_TOO_BIG, reason: '' });
    await huge.ended;
    // Just under the limit is read, and answered.
    const other = connect({ token: org.hiringManager.token });
    const under = await other.subscribe(BOARD, { id: 'x'.repeat(MAX_MESSAGE_BYTES - 1_000) }).next();
    expect(under.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    await listen(other);
  });

  it(`closes a socket that never sends connection_init after ${CONNECTION_INIT_TIMEOUT_MS} ms, and holds an address to ${MAX_SOCKETS_PER_ADDRESS_WITHOUT_SESSION} such sockets`, async () => {
    const silent = Array.from({ length: MAX_SOCKETS_PER_ADDRESS_WITHOUT_SESSION }, () => rawSocket(api));
    await Promise.all(silent.map(({ opened }) => opened));
    const refused = rawSocket(api);
    const closed = await refused.closed;
    expect(closed).toMatchObject({
      code: SocketLimitCloseCode.TOO_MANY_SOCKETS,
      reason: `Too many sockets without a session from this address (at most ${MAX_SOCKETS_PER_ADDRESS_WITHOUT_SESSION})`,
    });
    expect(closed.afterMs).toBeLessThan(CONNECTION_INIT_TIMEOUT_MS / 2);
    // Until it has presented its session, a member's socket from the address is one of them: refused too (and retried).
    expect((await connect({ token: org.hiringManager.token }).closed).code).toBe(SocketLimitCloseCode.TOO_MANY_SOCKETS);

    for (const { closed: timedOut } of silent) {
      const { code, reason, afterMs } = await timedOut;
      expect({ code, reason }).toEqual({ code: SocketLimitCloseCode.CONNECTION_INIT_TIMEOUT, reason: 'Connection initialisation timeout' });
      expect(afterMs).toBeGreaterThanOrEqual(CONNECTION_INIT_TIMEOUT_MS - 100);
      expect(afterMs).toBeLessThan(CONNECTION_INIT_TIMEOUT_MS + 700);
    }
    // Their places are free again; a socket with a session counts against its session, not the address.
    await listen(connect({ token: org.hiringManager.token }));
    const anonymous = rawSocket(api);
    await anonymous.opened;
    anonymous.socket.send(JSON.stringify({ type: 'connection_init' }));
    const acknowledged = await new Promise((resolve) => anonymous.socket.once('message', (data) => resolve(JSON.parse(String(data)))));
    expect(acknowledged).toEqual({ type: 'connection_ack' });
    anonymous.socket.close();
    await anonymous.closed;
  });
});
