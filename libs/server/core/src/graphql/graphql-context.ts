import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Request, Response } from 'express';
import type { Context as SocketConnection } from 'graphql-ws';
import type { Extra as SocketExtra } from 'graphql-ws/use/ws';
import { AuthUser } from '../auth/auth-user';
import { socketRequest, SocketRequest } from '../auth/socket-session';
import { CommonException, CommonExceptionReason } from '../errors/domain.exception';
import { LoaderRegistry, RequestLoaders } from './loaders';

/** Every operation's context: who is calling (`req.user`, set by the guard) and the operation's loaders. */
export interface GraphQLContext {
  req: SocketRequest | (Request & { user?: AuthUser });
  loaders: RequestLoaders;
}

/** Queries and mutations arrive over HTTP (sockets carry subscriptions only), so theirs also has the response, for cookies. */
export interface HttpGraphQLContext extends GraphQLContext {
  req: Request & { user?: AuthUser };
  res: Response;
}

/** A subscription's context: `req` stands in for a request, read from the socket's connection. */
export type SocketGraphQLContext = GraphQLContext & { req: SocketRequest };

type SocketContext = SocketConnection<Record<string, unknown> | undefined, SocketExtra>;

function isSocket(input: Pick<HttpGraphQLContext, 'req' | 'res'> | SocketContext): input is SocketContext {
  return 'extra' in input;
}

/** Loaders that read the session when they first run, after the guard has set `req.user`. */
function loadersOf(registry: LoaderRegistry, req: GraphQLContext['req'], cache: boolean): RequestLoaders {
  const session = () => {
    if (!req.user) throw new CommonException(CommonExceptionReason.NOT_SIGNED_IN, 'Sign in first');
    return req.user;
  };
  return registry.forRequest(session, { cache });
}

/**
 * The GraphQL context factory, for HTTP (Apollo calls it with `{ req, res }`) and for graphql-ws (called with
 * the socket's connection, once per subscription). Each operation gets its own loaders, scoped to its
 * session's organisation; a subscription's load afresh for every event, since its context outlives them.
 */
export function graphQLContextFactory(registry: LoaderRegistry) {
  return (input: Pick<HttpGraphQLContext, 'req' | 'res'> | SocketContext): HttpGraphQLContext | SocketGraphQLContext => {
    if (isSocket(input)) {
      const req = socketRequest(input.extra.request, input.connectionParams);
      return { req, loaders: loadersOf(registry, req, false) };
    }
    return { req: input.req, res: input.res, loaders: loadersOf(registry, input.req, true) };
  };
}

/** The request's loaders, for resolvers of nested fields: `loaders.get(SomeFeatureLoaders.thing).load(id)`. */
export const Loaders = createParamDecorator(
  (_data: unknown, context: ExecutionContext): RequestLoaders => GqlExecutionContext.create(context).getContext<GraphQLContext>().loaders,
);
