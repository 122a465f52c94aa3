import { IncomingMessage } from 'node:http';
import { AuthUser } from './auth-user';
import { SESSION_COOKIE, SessionRequest } from './session.strategy';

/** A subscription socket's stand-in for an HTTP request: what the guard reads the session from, and sets `user` on. */
export interface SocketRequest extends SessionRequest {
  user?: AuthUser;
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const pair of header?.split(';') ?? []) {
    const separator = pair.indexOf('=');
    if (separator < 0 || pair.slice(0, separator).trim() !== name) continue;
    try {
      return decodeURIComponent(pair.slice(separator + 1).trim());
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * The session a socket presents: `connectionParams.authorization` ("Bearer …", for scripts), otherwise the
 * upgrade request's Authorization header or session cookie (the admin's HttpOnly cookie).
 */
export function socketRequest(upgrade: IncomingMessage, connectionParams: Readonly<Record<string, unknown>> | undefined): SocketRequest {
  const param = connectionParams?.authorization;
  return {
    headers: { authorization: typeof param === 'string' ? param : upgrade.headers.authorization },
    cookies: { [SESSION_COOKIE]: cookieValue(upgrade.headers.cookie, SESSION_COOKIE) },
  };
}

/**
 * Whether a browser page of this very site opened the socket. Browsers send the page's Origin with every
 * WebSocket handshake, and a handshake carries the member's cookie whichever site opened it, so another
 * site's page must be refused. No Origin means no browser (a script), which has no one else's cookie to abuse.
 */
export function isSameOrigin(upgrade: IncomingMessage): boolean {
  const { origin, host } = upgrade.headers;
  if (origin === undefined) return true;
  if (!host) return false;
  try {
    const page = new URL(origin);
    // Parsed alike, so default ports and letter case compare equal.
    return page.host === new URL(`${page.protocol}//${host}`).host;
  } catch {
    return false;
  }
}
