import { LoggerService } from '@nestjs/common';
import { Client } from 'pg';
import { heartbeatSql, listenSql } from './events.sql';

const FIRST_RETRY_MS = 100;
const LAST_RETRY_MS = 5_000;
/** A listening connection that goes quiet this long is checked with a round trip; a dead one reconnects. */
const HEARTBEAT_MS = 10_000;
/** How long connecting, LISTEN or a heartbeat may take before the connection counts as lost. */
const TIMEOUT_MS = 5_000;

export interface PgListenerHandlers {
  notification(payload: string): void;
  /** Listening again after the connection was lost (or never came up): notifications sent meanwhile are gone. */
  reconnected(): void;
}

/**
 * One dedicated connection (outside the pool: notifications arrive only on the connection that listened)
 * that LISTENs on the events channel, and reconnects with backoff and listens again by itself when it drops.
 */
export class PgListener {
  private client?: Client;
  private stopped = false;
  private retryMs = FIRST_RETRY_MS;
  private retry?: NodeJS.Timeout;
  private heartbeat?: NodeJS.Timeout;
  /** Set once a connection failed or was lost: the next one to listen has a gap to report. */
  private interrupted = false;

  constructor(
    private readonly url: string,
    private readonly handlers: PgListenerHandlers,
    private readonly logger: LoggerService,
  ) {}

  /** True while listening: notifications committed from now on reach this instance. */
  get connected(): boolean {
    return this.client !== undefined;
  }

  /** Resolves once listening; when the database is away it keeps trying in the background instead. */
  async start(): Promise<void> {
    this.stopped = false;
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    clearInterval(this.heartbeat);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new Client({
      connectionString: this.url,
      application_name: 'panelist-events',
      connectionTimeoutMillis: TIMEOUT_MS,
      query_timeout: TIMEOUT_MS,
      keepAlive: true,
    });
    client.on('notification', (message) => {
      if (message.payload !== undefined) this.handlers.notification(message.payload);
    });
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(listenSql().text);
    } catch (error) {
      void client.end().catch(() => undefined);
      this.interrupted = true;
      this.logger.warn?.(`Event listener could not connect (${(error as Error).message}); retrying in ${this.retryMs} ms`);
      this.scheduleRetry();
      return;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.retryMs = FIRST_RETRY_MS;
    clearInterval(this.heartbeat);
    this.heartbeat = setInterval(() => void client.query(heartbeatSql().text).catch(() => this.lost(client)), HEARTBEAT_MS).unref();
    if (this.interrupted) {
      this.interrupted = false;
      this.logger.log?.('Event listener is listening again');
      this.handlers.reconnected();
    }
  }

  private lost(client: Client): void {
    if (this.client !== client) return;
    this.client = undefined;
    this.interrupted = true;
    clearInterval(this.heartbeat);
    void client.end().catch(() => undefined);
    if (this.stopped) return;
    this.logger.warn?.('Event listener lost its connection; reconnecting');
    this.scheduleRetry();
  }

  private scheduleRetry(): void {
    if (this.stopped) return;
    clearTimeout(this.retry);
    this.retry = setTimeout(() => void this.connect(), this.retryMs);
    this.retry.unref();
    this.retryMs = Math.min(this.retryMs * 2, LAST_RETRY_MS);
  }
}
