import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { relayStylePagination } from '@apollo/client/utilities';

/** Fired when the server says the session is gone mid-use; the session gate sends the person to sign in. */
export const SESSION_ENDED_EVENT = 'panelist:session-ended';

const PUBLIC_OPERATIONS = new Set(['Me', 'SetupStatus', 'Login', 'SignUp', 'Invitation', 'AcceptInvitation', 'Logout']);

let signingOut = false;

/** Signing out ends the session on purpose: requests answered UNAUTHENTICATED meanwhile are expected. */
export function markSigningOut(): void {
  signingOut = true;
}

const sessionEndedLink = new ErrorLink(({ error, operation }) => {
  if (signingOut || PUBLIC_OPERATIONS.has(operation.operationName ?? '')) return;
  if (CombinedGraphQLErrors.is(error) && error.errors.some((item) => item.extensions?.code === 'UNAUTHENTICATED')) {
    window.dispatchEvent(new Event(SESSION_ENDED_EVENT));
  }
});

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    // The session is an HttpOnly cookie set by the server; the admin never sees or stores a token.
    link: ApolloLink.from([sessionEndedLink, new HttpLink({ uri: '/graphql', credentials: 'same-origin' })]),
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            // One cached list per filter; "Load more" appends pages fetched with the cursor.
            questions: relayStylePagination(['filter']),
            openings: relayStylePagination(),
            candidates: relayStylePagination(['search']),
          },
        },
        Organization: { keyFields: ['id'] },
        // An interview pins one revision of a question under the question's id: two interviews may pin
        // different revisions of the same question, so these must never be merged by id.
        InterviewQuestionView: { keyFields: false },
      },
    }),
  });
}
