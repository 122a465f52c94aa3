/**
 * Limits on the subscription socket (graphql-ws on /graphql), besides the operation limits every subscribe
 * message is held to (query-limits.ts). Counts are per instance.
 */

/** Subscriptions one socket may hold at once; one more is answered with an error message, TOO_MANY_SUBSCRIPTIONS. */
export const MAX_SUBSCRIPTIONS_PER_SOCKET = 50;
/** SOCKETS_PER_SESSION's default: sockets one session (or API token) may hold open at once, a tab each. */
export const DEFAULT_SOCKETS_PER_SESSION = 20;
/** Sockets one address may hold open without a live session: not yet initialised, or anonymous. */
export const MAX_SOCKETS_PER_ADDRESS_WITHOUT_SESSION = 20;
/** A socket must send connection_init this soon after opening, or graphql-ws closes it with 4408. */
export const CONNECTION_INIT_TIMEOUT_MS = 2_000;
/** The largest message a client may send (ws `maxPayload`); a larger one closes the socket with 1009. */
export const MAX_MESSAGE_BYTES = 64 * 1024;

export const TOO_MANY_SUBSCRIPTIONS = 'TOO_MANY_SUBSCRIPTIONS';

/** How the socket limits close a socket (graphql-ws's and the session's own codes are elsewhere: LiveSockets). */
export enum SocketLimitCloseCode {
  /** 1008 "Policy Violation": too many sockets for the session, or without a session from the address. Clients retry. */
  TOO_MANY_SOCKETS = 1008,
  /** 1009 "Message Too Big": closed by ws itself, before the message is read, past MAX_MESSAGE_BYTES. */
  MESSAGE_TOO_BIG = 1009,
  /** graphql-ws's own: no connection_init within CONNECTION_INIT_TIMEOUT_MS. */
  CONNECTION_INIT_TIMEOUT = 4408,
}
