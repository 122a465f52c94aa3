import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Request } from 'express';
import { Strategy } from 'passport-custom';
import { AuthUser } from './auth-user';
import { SessionService } from './session.service';

export const SESSION_COOKIE = 'panelist_session';

/** Reads the session token from `Authorization: Bearer` (scripts) or the HttpOnly cookie (the admin). */
export function tokenFromRequest(req: Request): string | undefined {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim() || undefined;
  const cookie = (req as Request & { cookies?: Record<string, string> }).cookies?.[SESSION_COOKIE];
  return cookie || undefined;
}

@Injectable()
export class SessionStrategy extends PassportStrategy(Strategy, 'session') {
  constructor(private readonly sessions: SessionService) {
    super();
  }

  async validate(req: Request): Promise<AuthUser | false> {
    const token = tokenFromRequest(req);
    return (token && (await this.sessions.resolve(token))) || false;
  }
}
