import type { IncomingMessage } from 'node:http';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost, ModuleRef } from '@nestjs/core';
import { GraphQLModule, GraphQLSchemaHost } from '@nestjs/graphql';
import { DocumentNode, ExecutionArgs, getOperationAST, GraphQLError, GraphQLFormattedError, GraphQLSchema, parse, validate } from 'graphql';
import type { ServerOptions } from 'graphql-ws';
import type { Extra } from 'graphql-ws/use/ws';
import type { WebSocket } from 'ws';
import { AuthUser } from '../auth/auth-user';
import { LiveSockets } from '../auth/live-sockets';
import { SessionService } from '../auth/session.service';
import { sessionTokenOf } from '../auth/session.strategy';
import { isSameOrigin, socketRequest } from '../auth/socket-session';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { formatGraphQLError } from '../errors/format-graphql-error';
import { ANONYMOUS_LIMITS, MAX_TOKENS, measureQuery, MEMBER_LIMITS, overLimit } from './query-limits';
import { subscribeSharingResults } from './shared-subscription-results';
import {
  CONNECTION_INIT_TIMEOUT_MS,
  MAX_MESSAGE_BYTES,
  MAX_SOCKETS_PER_ADDRESS_WITHOUT_SESSION,
  MAX_SUBSCRIPTIONS_PER_SOCKET,
  SocketLimitCloseCode,
  TOO_MANY_SUBSCRIPTIONS,
} from './socket-limits';

const logger = new Logger('Sockets');

/** 1013 "Try again later": graphql-ws clients retry it, as they should while the database is away. */
const TRY_AGAIN_LATER = 1013;

/** The hooks given to graphql-ws; its `extra` is typed unknown there, and is the ws socket and upgrade request (`Extra`). */
type SocketOptions = Pick<
  ServerOptions<Record<string, unknown> | undefined>,
  'subscribe' | 'onConnect' | 'onClose' | 'onSubscribe' | 'onNext' | 'onError' | 'connectionInitWaitTimeout'
>;

/** What the limits know of an open socket: the session it presented, and which count it is in. */
interface SocketState {
  user?: AuthUser;
  /** `address …` while it has no live session, `session …` once it has one. */
  countedAs: string;
}

/** The part of ws's server that the limits set: @nestjs/graphql has a ws copy of its own, so it is not ws's type. */
interface WebSocketServerLike {
  options: { maxPayload?: number };
  on(event: 'connection', listener: (socket: WebSocket, request: IncomingMessage) => void): unknown;
}

/** Errors graphql-ws raises itself (validation) carry no code; they are the client's, like Apollo's GRAPHQL_VALIDATION_FAILED. */
function formatSocketError(error: GraphQLError): GraphQLFormattedError {
  const formatted = error.toJSON();
  const coded =
    error.originalError || formatted.extensions?.code ? formatted : { ...formatted, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
  const answer = formatGraphQLError(coded, error);
  // Apollo leaves the status it answers with (`http`) out of an error's extensions; so does the socket.
  if (!answer.extensions || !('http' in answer.extensions)) return answer;
  const { http: _status, ...extensions } = answer.extensions;
  return { ...answer, extensions };
}

function refusal(message: string, code: string): readonly GraphQLError[] {
  return [new GraphQLError(message, { extensions: { code } })];
}

/**
 * @nestjs/apollo keeps the ws server it serves graphql-ws with to itself (GqlSubscriptionService's `wss`);
 * its message size limit and its connections are only reachable there. Refuses to start should that change.
 */
function webSocketServerOf(graphql: GraphQLModule): WebSocketServerLike {
  const service = (graphql.graphQlAdapter as unknown as { _subscriptionService?: { wss?: Partial<WebSocketServerLike> } })
    ._subscriptionService;
  const wss = service?.wss;
  if (!wss || typeof wss.on !== 'function' || typeof wss.options !== 'object') {
    throw new Error('The GraphQL driver has no graphql-ws server to set the socket limits on');
  }
  return wss as WebSocketServerLike;
}

/**
 * ws closes a socket itself when its client breaks the protocol (a message past maxPayload: 1009; a malformed
 * frame: 1002, 1007) and then emits the error; graphql-ws's listener would print each one to the console as an
 * internal error, which a client could repeat at will. They are the client's: a debug line. Other errors go on
 * to graphql-ws's listeners.
 */
function quietenClientProtocolErrors(socket: WebSocket): void {
  const others = socket.listeners('error') as Array<(error: Error) => void>;
  socket.removeAllListeners('error');
  socket.on('error', (error: Error & { code?: unknown }) => {
    if (typeof error.code === 'string' && error.code.startsWith('WS_ERR_')) {
      logger.debug(`A socket was closed for breaking the protocol (${error.code})`);
      return;
    }
    for (const listener of others) listener.call(socket, error);
  });
}

/**
 * graphql-ws on /graphql (the Apollo driver's `subscriptions: { 'graphql-ws': … }`). A connection from
 * another site's page is refused (4403); the session it presents (cookie on the upgrade, or
 * `connectionParams.authorization`) is remembered so that sign-out, revocation and member changes close it;
 * the global guard then checks every subscription as it would a query. Sockets carry subscriptions only, and
 * their errors are formatted like HTTP's; subscriptions marked @OneResultPerOrganization() share their results.
 *
 * Limits (socket-limits.ts): every subscribe message is held to the operation limits HTTP applies (tokens,
 * depth, aliases, cost; a socket without a live session to the anonymous ones) and answered QUERY_TOO_COMPLEX;
 * a socket holds at most MAX_SUBSCRIPTIONS_PER_SOCKET subscriptions; a session at most SOCKETS_PER_SESSION
 * sockets and an address at most MAX_SOCKETS_PER_ADDRESS_WITHOUT_SESSION without one (1008 closes the next);
 * connection_init must come within CONNECTION_INIT_TIMEOUT_MS (4408) and no message may pass MAX_MESSAGE_BYTES (1009).
 */
@Injectable()
export class SubscriptionServer implements OnApplicationBootstrap {
  private readonly states = new WeakMap<object, SocketState>();
  /** Open sockets by what they are counted as (`address …` or `session …`). */
  private readonly counts = new Map<string, number>();
  private schema?: GraphQLSchema;

  constructor(
    private readonly sockets: LiveSockets,
    private readonly sessions: SessionService,
    private readonly moduleRef: ModuleRef,
    private readonly httpAdapterHost: HttpAdapterHost,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** After GraphQLModule has started its driver (onModuleInit), before the server listens. */
  onApplicationBootstrap(): void {
    this.schema = this.moduleRef.get(GraphQLSchemaHost, { strict: false }).schema;
    const wss = webSocketServerOf(this.moduleRef.get(GraphQLModule, { strict: false }));
    // Read by ws at each upgrade: a frame announcing more is refused (1009) before its body is read.
    wss.options.maxPayload = MAX_MESSAGE_BYTES;
    wss.on('connection', (socket, request) => this.opened(socket, request));
  }

  /** Every new socket counts against its address until it presents a live session. */
  private opened(socket: WebSocket, request: IncomingMessage): void {
    quietenClientProtocolErrors(socket);
    const countedAs = `address ${this.addressOf(request)}`;
    if ((this.counts.get(countedAs) ?? 0) >= MAX_SOCKETS_PER_ADDRESS_WITHOUT_SESSION) {
      socket.close(
        SocketLimitCloseCode.TOO_MANY_SOCKETS,
        `Too many sockets without a session from this address (at most ${MAX_SOCKETS_PER_ADDRESS_WITHOUT_SESSION})`,
      );
      return;
    }
    const state: SocketState = { countedAs };
    this.count(countedAs, 1);
    this.states.set(socket, state);
    socket.once('close', () => {
      this.count(state.countedAs, -1);
      this.states.delete(socket);
    });
  }

  private count(key: string, change: 1 | -1): void {
    const next = (this.counts.get(key) ?? 0) + change;
    if (next > 0) this.counts.set(key, next);
    else this.counts.delete(key);
  }

  /** The caller's address as Express reads it for HTTP requests (`req.ip`), so TRUST_PROXY applies alike. */
  private addressOf(request: IncomingMessage): string {
    const express = this.httpAdapterHost.httpAdapter?.getInstance() as { request?: object } | undefined;
    if (express?.request) {
      const view = Object.create(express.request, {
        headers: { value: request.headers },
        socket: { value: request.socket },
        connection: { value: request.socket },
      }) as { ip?: string };
      if (view.ip) return view.ip;
    }
    return request.socket.remoteAddress ?? 'unknown';
  }

  /** A socket with a live session leaves its address's count for its session's, unless the session has its fill. */
  private admit(socket: WebSocket, state: SocketState, user: AuthUser): boolean {
    const countedAs = `session ${user.sessionId}`;
    if ((this.counts.get(countedAs) ?? 0) >= this.config.socketsPerSession) {
      socket.close(
        SocketLimitCloseCode.TOO_MANY_SOCKETS,
        `Too many sockets for this session (at most ${this.config.socketsPerSession}): close another tab`,
      );
      return false;
    }
    this.count(state.countedAs, -1);
    this.count(countedAs, 1);
    state.countedAs = countedAs;
    state.user = user;
    return true;
  }

  /** The subscribe message as graphql-ws would run it, or why it will not: parsed, validated and measured once. */
  private prepare(
    socket: WebSocket,
    openSubscriptions: number,
    payload: { query: string; operationName?: string | null; variables?: Record<string, unknown> | null },
  ): ExecutionArgs | readonly GraphQLError[] {
    if (openSubscriptions > MAX_SUBSCRIPTIONS_PER_SOCKET) {
      return refusal(
        `A socket holds at most ${MAX_SUBSCRIPTIONS_PER_SOCKET} subscriptions at once: complete one, or open another socket`,
        TOO_MANY_SUBSCRIPTIONS,
      );
    }
    let document: DocumentNode;
    try {
      document = parse(payload.query, { maxTokens: MAX_TOKENS });
    } catch (error) {
      return refusal((error as Error).message, 'GRAPHQL_PARSE_FAILED');
    }
    const operation = getOperationAST(document, payload.operationName);
    if (operation && operation.operation !== 'subscription') {
      return refusal('Only subscriptions run over this socket: send queries and mutations over HTTP', 'BAD_REQUEST');
    }
    const schema = this.schema;
    if (!schema) throw new Error('The subscription server has no schema yet');
    const invalid = validate(schema, document);
    if (invalid.length > 0) return invalid;
    if (operation) {
      const member = this.states.get(socket)?.user;
      const size = measureQuery(schema, document, operation, payload.variables ?? {});
      const refused = overLimit(size, member ? MEMBER_LIMITS : ANONYMOUS_LIMITS, !member);
      if (refused) return [refused];
    }
    // graphql-ws adds the root value and the context, and answers an operation it cannot identify.
    return { schema, document, operationName: payload.operationName, variableValues: payload.variables };
  }

  options(): SocketOptions {
    const { sockets, sessions } = this;
    return {
      subscribe: subscribeSharingResults,
      connectionInitWaitTimeout: CONNECTION_INIT_TIMEOUT_MS,
      onConnect: async (connection) => {
        const extra = connection.extra as Extra;
        if (!isSameOrigin(extra.request)) return false;
        const token = sessionTokenOf(socketRequest(extra.request, connection.connectionParams));
        let user: AuthUser | undefined;
        try {
          user = token ? await sessions.resolve(token) : undefined;
        } catch (error) {
          logger.warn(`Could not read a socket's session (${(error as Error).message})`);
          extra.socket.close(TRY_AGAIN_LATER, 'Try again later');
          return false;
        }
        // Closed meanwhile, or refused for its address's count when it opened.
        const state = this.states.get(extra.socket);
        if (!state || extra.socket.readyState !== extra.socket.OPEN) return false;
        // Without a live session the socket stays anonymous: the guard answers its subscriptions UNAUTHENTICATED.
        if (!user) return true;
        if (!this.admit(extra.socket, state, user)) return false;
        sockets.add(extra.socket, user);
        return true;
      },
      onClose(connection) {
        sockets.remove((connection.extra as Extra).socket);
      },
      onSubscribe: (connection, _id, payload) => {
        // graphql-ws has entered this subscription's id already, so the count includes it.
        return this.prepare((connection.extra as Extra).socket, Object.keys(connection.subscriptions).length, payload);
      },
      onNext(_connection, _id, _payload, _args, result) {
        // Called for every event of every subscriber: results without errors go out untouched.
        if (!result.errors) return undefined;
        return { ...result, errors: result.errors.map(formatSocketError) };
      },
      onError(_connection, _id, _payload, errors) {
        return errors.map(formatSocketError);
      },
    };
  }
}
