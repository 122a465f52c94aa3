import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuthUser } from './auth-user';
import { Session } from './session.entity';
import { hashToken, newToken } from './tokens';

export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Every request resolves its session; remembering the answer briefly saves a database round trip per
 * request. This process forgets a session the moment it is revoked or its member changes; another instance
 * sharing the database may keep a stale answer for at most this long.
 */
const REMEMBER_MS = 5_000;
const REMEMBER_MAX = 10_000;

@Injectable()
export class SessionService {
  private readonly remembered = new Map<string, { user: AuthUser; until: number }>();
  /** Bumped by every revocation: a lookup that raced one must not remember what it read. */
  private generation = 0;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(manager: EntityManager, user: { id: string; organizationId: string }): Promise<string> {
    const token = newToken();
    await manager.insert(Session, {
      organizationId: user.organizationId,
      userId: user.id,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + SESSION_TTL_MS),
    });
    return token;
  }

  /** The session must be live and its member still active: one indexed lookup, remembered briefly. */
  async resolve(token: string): Promise<AuthUser | undefined> {
    const hash = hashToken(token);
    const key = hash.toString('base64');
    const hit = this.remembered.get(key);
    if (hit && hit.until > Date.now()) return hit.user;
    this.remembered.delete(key);
    const generation = this.generation;
    const [row] = await this.dataSource.query(
      `SELECT s.id AS session_id, u.id AS user_id, u.organization_id, u.role
         FROM session s JOIN user_account u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.status = 'ACTIVE'`,
      [hash],
    );
    if (!row) return undefined;
    const user: AuthUser = { sessionId: row.session_id, userId: row.user_id, organizationId: row.organization_id, role: row.role };
    if (generation !== this.generation) return user;
    if (this.remembered.size >= REMEMBER_MAX) this.remembered.delete(this.remembered.keys().next().value!);
    this.remembered.set(key, { user, until: Date.now() + REMEMBER_MS });
    return user;
  }

  /** Forget remembered sessions of a member whose role or status changed (call after the change commits). */
  forgetMember(userId: string): void {
    this.forget((user) => user.userId === userId);
  }

  async revoke(sessionId: string): Promise<void> {
    await this.dataSource.query(`UPDATE session SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [sessionId]);
    this.forget((user) => user.sessionId === sessionId);
  }

  private forget(matches: (user: AuthUser) => boolean): void {
    this.generation++;
    for (const [key, entry] of this.remembered) if (matches(entry.user)) this.remembered.delete(key);
  }

  /** Inside the caller's transaction; the caller forgets the member once it has committed. */
  async revokeAllOf(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`UPDATE session SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [userId]);
  }
}
