import { Injectable } from '@nestjs/common';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { isDatabaseUnavailable } from '../database/database-unavailable';
import { SessionService } from '../auth/session.service';
import { sessionTokenOf } from '../auth/session.strategy';
import type { HttpGraphQLContext } from './graphql-context';
import { ANONYMOUS_LIMITS, measureQuery, MEMBER_LIMITS, overLimit } from './query-limits';

/**
 * Refuses an operation over its caller's limits (depth, aliases, cost) before any resolver runs. A caller
 * counts as a member only with a live session, so a made-up token gets the anonymous limits.
 */
@Injectable()
export class QueryLimitsPlugin {
  constructor(private readonly sessions: SessionService) {}

  plugin(): ApolloServerPlugin<HttpGraphQLContext> {
    const sessions = this.sessions;
    return {
      async requestDidStart() {
        return {
          async didResolveOperation({ schema, document, operation, request, contextValue }) {
            if (!operation) return;
            const token = sessionTokenOf(contextValue.req);
            const member = token ? await resolveOrUnavailable(sessions, token) : undefined;
            const size = measureQuery(schema, document, operation, request.variables ?? {});
            const refused = overLimit(size, member ? MEMBER_LIMITS : ANONYMOUS_LIMITS, !member);
            if (refused) throw refused;
          },
        };
      },
    };
  }
}

/**
 * The session, read before execution: a database that cannot answer is a 503 with SERVICE_UNAVAILABLE, as it is
 * inside execution, not the 500 Apollo gives any error thrown from a plugin.
 */
async function resolveOrUnavailable(sessions: SessionService, token: string) {
  try {
    return await sessions.resolve(token);
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    throw new GraphQLError('The database is unavailable', { originalError: error as Error, extensions: { http: { status: 503 } } });
  }
}

/**
 * GraphQL over HTTP: a client that accepts only `application/json` gets its request errors (a document that
 * does not parse or validate, variables that do not coerce, a limit) with status 200, as the spec asks;
 * `application/graphql-response+json` keeps 400.
 */
export const legacyJsonStatusPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ request, response }) {
        const accept = request.http?.headers.get('accept') ?? '';
        const body = response.body;
        const requestError = body.kind === 'single' && body.singleResult.data === undefined && !!body.singleResult.errors?.length;
        if (response.http.status === 400 && requestError && !accept.includes('application/graphql-response+json')) {
          response.http.status = 200;
        }
      },
    };
  },
};
