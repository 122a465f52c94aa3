import { Injectable, Logger } from '@nestjs/common';
import { DocumentNode, getOperationAST, GraphQLError, GraphQLFormattedError, parse } from 'graphql';
import type { ServerOptions } from 'graphql-ws';
import type { Extra } from 'graphql-ws/use/ws';
import { AuthUser } from '../auth/auth-user';
import { LiveSockets } from '../auth/live-sockets';
import { SessionService } from '../auth/session.service';
import { sessionTokenOf } from '../auth/session.strategy';
import { isSameOrigin, socketRequest } from '../auth/socket-session';
import { formatGraphQLError } from '../errors/format-graphql-error';
import { subscribeSharingResults } from './shared-subscription-results';

const logger = new Logger('Sockets');

/** 1013 "Try again later": graphql-ws clients retry it, as they should while the database is away. */
const TRY_AGAIN_LATER = 1013;

/** The hooks given to graphql-ws; its `extra` is typed unknown there, and is the ws socket and upgrade request (`Extra`). */
type SocketOptions = Pick<
  ServerOptions<Record<string, unknown> | undefined>,
  'subscribe' | 'onConnect' | 'onClose' | 'onSubscribe' | 'onNext' | 'onError'
>;

/** Errors graphql-ws raises itself (validation) carry no code; they are the client's, like Apollo's GRAPHQL_VALIDATION_FAILED. */
function formatSocketError(error: GraphQLError): GraphQLFormattedError {
  const formatted = error.toJSON();
  const coded =
    error.originalError || formatted.extensions?.code ? formatted : { ...formatted, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
  return formatGraphQLError(coded, error);
}

function refusal(message: string, code: string): readonly GraphQLError[] {
  return [new GraphQLError(message, { extensions: { code } })];
}

/**
 * graphql-ws on /graphql (the Apollo driver's `subscriptions: { 'graphql-ws': … }`). A connection from
 * another site's page is refused (4403); the session it presents (cookie on the upgrade, or
 * `connectionParams.authorization`) is remembered so that sign-out, revocation and member changes close it;
 * the global guard then checks every subscription as it would a query. Sockets carry subscriptions only, and
 * their errors are formatted like HTTP's; subscriptions marked @OneResultPerOrganization() share their results.
 */
@Injectable()
export class SubscriptionServer {
  constructor(
    private readonly sockets: LiveSockets,
    private readonly sessions: SessionService,
  ) {}

  options(): SocketOptions {
    const { sockets, sessions } = this;
    return {
      subscribe: subscribeSharingResults,
      async onConnect(connection) {
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
        // Without a live session the socket stays anonymous: the guard answers its subscriptions UNAUTHENTICATED.
        if (user && extra.socket.readyState === extra.socket.OPEN) sockets.add(extra.socket, user);
        return true;
      },
      onClose(connection) {
        sockets.remove((connection.extra as Extra).socket);
      },
      onSubscribe(_connection, _id, payload) {
        let document: DocumentNode;
        try {
          document = parse(payload.query);
        } catch (error) {
          return refusal((error as Error).message, 'GRAPHQL_PARSE_FAILED');
        }
        const operation = getOperationAST(document, payload.operationName);
        if (operation && operation.operation !== 'subscription') {
          return refusal('Only subscriptions run over this socket: send queries and mutations over HTTP', 'BAD_REQUEST');
        }
        return undefined;
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
