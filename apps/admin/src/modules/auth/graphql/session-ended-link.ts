import { CombinedGraphQLErrors } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';

/** Fired when the server says the session is gone mid-use; the session gate sends the person to sign in. */
export const SESSION_ENDED_EVENT = 'panelist:session-ended';

const PUBLIC_OPERATIONS = new Set(['Me', 'SetupStatus', 'Login', 'SignUp', 'Invitation', 'AcceptInvitation', 'Logout']);

let signingOut = false;

/** Signing out ends the session on purpose: requests answered UNAUTHENTICATED meanwhile are expected. */
export function markSigningOut(): void {
  signingOut = true;
}

/**
 * Tells the app its session is gone (a request answered UNAUTHENTICATED, or the live socket was closed for it),
 * unless the member is signing out: that page load says so itself.
 */
export function announceSessionEnded(): void {
  if (!signingOut) window.dispatchEvent(new Event(SESSION_ENDED_EVENT));
}

/** The Apollo link that tells the app when a signed-in request finds the session gone. */
export const sessionEndedLink = new ErrorLink(({ error, operation }) => {
  if (PUBLIC_OPERATIONS.has(operation.operationName ?? '')) return;
  if (CombinedGraphQLErrors.is(error) && error.errors.some((item) => item.extensions?.code === 'UNAUTHENTICATED')) announceSessionEnded();
});
