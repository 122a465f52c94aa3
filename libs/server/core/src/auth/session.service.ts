import { Inject, Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig, APP_CONFIG } from '../config/app-config';
import { runSql } from '../database/sql-statement';
import { EventBus } from '../events/event-bus';
import { AuthUser } from './auth-user';
import { Session } from './session.entity';
import { liveSessionSql, revokeSessionSql, revokeSessionsOfSql } from './session.sql';
import { liveApiTokenSql, revokeApiTokensOfSql } from './api-tokens.sql';
import { hashToken, isApiToken, newToken } from './tokens';

export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/** How long a session may go unused before it ends. */
export const idleSeconds = (config: AppConfig): number => Math.round(config.sessionIdleHours * 3600);

/**
 * Every request resolves its session; remembering the answer briefly saves a database round trip per
 * request. Every instance forgets a session the moment it is revoked or its member changes (through the
 * events of that change), and remembers nothing while its event listener is down, so this bounds only how
 * long an answer is reused, never how long a revocation takes.
 */
const REMEMBER_MS = 5_000;
const REMEMBER_MAX = 10_000;

@Injectable()
export class SessionService implements OnModuleInit, OnModuleDestroy {
  private readonly remembered = new Map<string, { user: AuthUser; until: number }>();
  /** Bumped by every revocation: a lookup that raced one must not remember what it read. */
  private generation = 0;
  private readonly stopListening: Array<() => void> = [];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.stopListening.push(
      this.events.on('session.revoked', ({ sessionId }) => this.forget((user) => user.sessionId === sessionId)),
      this.events.on('member.changed', ({ userId }) => this.forgetMember(userId)),
      this.events.on('sessions.revoked', ({ userId }) => this.forgetMember(userId)),
      // Revocations may have been missed while the listener was away: trust nothing remembered before.
      this.events.onResync(() => this.forget(() => true)),
    );
  }

  onModuleDestroy(): void {
    for (const stop of this.stopListening.splice(0)) stop();
  }

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
    const user = await this.lookUp(token, hash);
    if (!user) return undefined;
    if (generation !== this.generation || !this.events.listening) return user;
    if (this.remembered.size >= REMEMBER_MAX) this.remembered.delete(this.remembered.keys().next().value!);
    this.remembered.set(key, { user, until: Date.now() + REMEMBER_MS });
    return user;
  }

  private async lookUp(token: string, hash: Buffer): Promise<AuthUser | undefined> {
    if (isApiToken(token)) {
      const [row] = await runSql(this.dataSource, liveApiTokenSql(hash));
      return (
        row && { sessionId: row.token_id, userId: row.user_id, organizationId: row.organization_id, role: row.role, tokenScope: row.scope }
      );
    }
    const [row] = await runSql(this.dataSource, liveSessionSql(hash, idleSeconds(this.config)));
    return row && { sessionId: row.session_id, userId: row.user_id, organizationId: row.organization_id, role: row.role };
  }

  /** Forget remembered sessions of a member whose role or status changed (call after the change commits). */
  forgetMember(userId: string): void {
    this.forget((user) => user.userId === userId);
  }

  /**
   * Ends a session on every instance: once this resolves, this instance accepts it no more and its sockets are
   * closing; the others follow as the event reaches their listeners (milliseconds after the commit).
   */
  async revoke(session: AuthUser): Promise<void> {
    const published = await this.dataSource.transaction(async (manager) => {
      await runSql(manager, revokeSessionSql(session.sessionId));
      return this.events.publish(manager, {
        topic: 'session.revoked',
        organizationId: session.organizationId,
        sessionId: session.sessionId,
      });
    });
    this.forget((user) => user.sessionId === session.sessionId);
    await published.received();
  }

  /** Ends every session of the member, on every instance, this one included: "sign out everywhere". */
  async revokeEverywhere(session: AuthUser): Promise<void> {
    const published = await this.dataSource.transaction(async (manager) => {
      await runSql(manager, revokeSessionsOfSql(session.userId));
      return this.events.publish(manager, { topic: 'sessions.revoked', organizationId: session.organizationId, userId: session.userId });
    });
    this.forgetMember(session.userId);
    await published.received();
  }

  private forget(matches: (user: AuthUser) => boolean): void {
    this.generation++;
    for (const [key, entry] of this.remembered) if (matches(entry.user)) this.remembered.delete(key);
  }

  /** Sessions and API tokens, inside the caller's transaction (deactivation); the caller forgets the member once it has committed. */
  async revokeAllOf(manager: EntityManager, userId: string): Promise<void> {
    await runSql(manager, revokeSessionsOfSql(userId));
    await runSql(manager, revokeApiTokensOfSql(userId));
  }
}
