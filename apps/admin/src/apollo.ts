import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition, relayStylePagination } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';
import { announceSessionEnded, sessionEndedLink } from './modules/auth';

/** The server closes a live socket with this when its session ends (signed out elsewhere, revoked, deactivated). */
const SESSION_ENDED_CLOSE_CODE = 4401;

/**
 * Subscriptions share /graphql over graphql-ws. The socket opens with the first subscription (the notification bell,
 * once signed in) and the browser sends the session cookie with every (re)connection; signing out reloads the page,
 * which closes it.
 */
function createLiveLink(): GraphQLWsLink {
  const protocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return new GraphQLWsLink(
    createClient({
      url: `${protocol}//${window.location.host}/graphql`,
      lazy: true,
      retryAttempts: Infinity,
      // Random backoff growing to about 30 s, so a server coming back is not hit by every board at once.
      on: {
        closed: (event) => {
          if ((event as CloseEvent).code === SESSION_ENDED_CLOSE_CODE) announceSessionEnded();
        },
      },
      retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, Math.min(30_000, 1000 * 2 ** retries) * (0.5 + Math.random()))),
    }),
  );
}

const isSubscription = ({ query }: ApolloLink.Operation) => {
  const definition = getMainDefinition(query);
  return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
};

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    // The session is an HttpOnly cookie set by the server; the admin never sees or stores a token.
    link: ApolloLink.from([
      sessionEndedLink,
      ApolloLink.split(isSubscription, createLiveLink(), new HttpLink({ uri: '/graphql', credentials: 'same-origin' })),
    ]),
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            // One cached list per filter; "Load more" appends pages fetched with the cursor.
            questions: relayStylePagination(['filter']),
            openings: relayStylePagination(),
            candidates: relayStylePagination(['search']),
            lateFeedback: relayStylePagination(),
          },
        },
        Organization: { keyFields: ['id'] },
        // One panelist's seat on one interview: a nudge's answer updates the row it was sent from.
        LateFeedback: { keyFields: ['interviewId', 'panelistId'] },
        // An interview pins one revision of a question under the question's id: two interviews may pin
        // different revisions of the same question, so these must never be merged by id.
        InterviewQuestionView: { keyFields: false },
      },
    }),
  });
}
