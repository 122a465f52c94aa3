import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, APP_CONFIG } from '../config/app-config';
import { runSql } from '../database/sql-statement';
import { EventBus } from '../events/event-bus';
import { AuthUser } from './auth-user';
import { idleSeconds } from './session.service';
import { liveSessionsSql } from './session.sql';

/** How a subscription socket is closed by the server (besides graphql-ws's own codes). */
export enum SocketCloseCode {
  /** The session ended (signed out, expired, member deactivated): sign in again. graphql-ws clients do not retry it. */
  SESSION_ENDED = 4401,
  /** Refused: opened by another site's page, or the member's rights changed (reconnect to subscribe with the new ones). */
  FORBIDDEN = 4403,
}

/** The safety net for events an instance missed: every open socket's session is re-read this often. */
const RECHECK_MS = 10_000;

export interface ClosableSocket {
  close(code: number, reason: string): void;
}

/**
 * The subscription sockets open on this instance and whose session each carries. Sign-out, revocation and
 * member changes, published by whichever instance made them, close the affected sockets here; a periodic
 * re-check (and one whenever events may have been missed) closes any that an event did not reach.
 */
@Injectable()
export class LiveSockets implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Sockets');
  private readonly open = new Map<ClosableSocket, AuthUser>();
  private readonly stopListening: Array<() => void> = [];
  private timer?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.stopListening.push(
      this.events.on('session.revoked', ({ sessionId }) =>
        this.closeWhere((user) => user.sessionId === sessionId, SocketCloseCode.SESSION_ENDED, 'Signed out'),
      ),
      this.events.on('sessions.revoked', ({ userId }) =>
        this.closeWhere((user) => user.userId === userId, SocketCloseCode.SESSION_ENDED, 'Signed out everywhere'),
      ),
      this.events.on('member.changed', ({ userId, signedOut }) =>
        signedOut
          ? this.closeWhere((user) => user.userId === userId, SocketCloseCode.SESSION_ENDED, 'Member deactivated')
          : this.closeWhere((user) => user.userId === userId, SocketCloseCode.FORBIDDEN, 'Rights changed: reconnect'),
      ),
      this.events.onResync(() => void this.recheck()),
    );
    this.timer = setInterval(() => void this.recheck(), RECHECK_MS).unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
    for (const stop of this.stopListening.splice(0)) stop();
  }

  /** A socket whose connection presented a live session. */
  add(socket: ClosableSocket, user: AuthUser): void {
    this.open.set(socket, user);
  }

  remove(socket: ClosableSocket): void {
    this.open.delete(socket);
  }

  get size(): number {
    return this.open.size;
  }

  /** Re-reads every open socket's session in one statement; closes those that ended or whose member's role changed. */
  async recheck(): Promise<void> {
    const checked = [...this.open];
    if (checked.length === 0) return;
    let live: Map<string, string>;
    try {
      const rows = await runSql(
        this.dataSource,
        liveSessionsSql([...new Set(checked.map(([, user]) => user.sessionId))], idleSeconds(this.config)),
      );
      live = new Map(rows.map((row) => [row.session_id, row.role]));
    } catch (error) {
      this.logger.warn(`Could not re-check open sockets (${(error as Error).message}); trying again later`);
      return;
    }
    for (const [socket, user] of checked) {
      if (!this.open.has(socket)) continue;
      const role = live.get(user.sessionId);
      if (role === undefined) this.close(socket, SocketCloseCode.SESSION_ENDED, 'Session ended');
      else if (role !== user.role) this.close(socket, SocketCloseCode.FORBIDDEN, 'Rights changed: reconnect');
    }
  }

  private closeWhere(matches: (user: AuthUser) => boolean, code: SocketCloseCode, reason: string): void {
    for (const [socket, user] of this.open) if (matches(user)) this.close(socket, code, reason);
  }

  private close(socket: ClosableSocket, code: SocketCloseCode, reason: string): void {
    this.open.delete(socket);
    socket.close(code, reason);
  }
}
