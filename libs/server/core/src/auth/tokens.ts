import { createHash, randomBytes } from 'node:crypto';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

/** Personal API tokens carry a prefix: they are told apart from session tokens, and secret scanners can find them. */
export const API_TOKEN_PREFIX = 'pnl_';

export function newApiToken(): string {
  return API_TOKEN_PREFIX + newToken();
}

export function isApiToken(token: string): boolean {
  return token.startsWith(API_TOKEN_PREFIX);
}
