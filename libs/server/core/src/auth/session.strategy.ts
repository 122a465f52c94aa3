import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-custom';
import { AuthUser } from './auth-user';
import { SessionService } from './session.service';

export const SESSION_COOKIE = 'panelist_session';

/** What a session is read from: an HTTP request, or what a subscription socket presented (see socket-session.ts). */
export interface SessionRequest {
  headers: { authorization?: string };
  cookies?: Record<string, string | undefined>;
}

/** Reads the session token from `Authorization: Bearer` (scripts) or the HttpOnly cookie (the admin). */
export function sessionTokenOf(req: SessionRequest): string | undefined {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim() || undefined;
  return req.cookies?.[SESSION_COOKIE] || undefined;
}

@Injectable()
export class SessionStrategy extends PassportStrategy(Strategy, 'session') {
  constructor(private readonly sessions: SessionService) {
    super();
  }

  async validate(req: SessionRequest): Promise<AuthUser | false> {
    const token = sessionTokenOf(req);
    return (token && (await this.sessions.resolve(token))) || false;
  }
}
