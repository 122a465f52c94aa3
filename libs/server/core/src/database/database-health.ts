import { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import { DatabaseTimeouts } from './database-timeouts';

/** While the database answers: often enough to notice a stalled one within about a second plus the connect timeout. */
const CHECK_EVERY_MS_WHILE_UP = 1_000;
/** While it is away: often enough to be back within a second of it. */
const CHECK_EVERY_MS_WHILE_DOWN = 500;

/**
 * Whether the database answers, known from a round trip on a fresh connection of its own (outside the pool,
 * so a busy pool never looks like a dead database): once a second while it answers, every half second while
 * it does not, and at once when a request's connection fails. While it is away the pool refuses at once
 * (guarded-pool.ts) instead of letting every request wait for its timeout.
 */
export class DatabaseHealth implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Database');
  private available = true;
  private downSince = 0;
  private running?: Promise<boolean>;
  private timer?: NodeJS.Timeout;
  private stopped = true;
  private readonly downListeners = new Set<() => void>();

  constructor(
    private readonly url: string,
    private readonly timeouts: DatabaseTimeouts,
  ) {}

  isAvailable(): boolean {
    return this.available;
  }

  /** Runs whenever the database is found away (the pool drops its connections to it). */
  whenDown(listener: () => void): void {
    this.downListeners.add(listener);
  }

  /** A request's connection failed: look now rather than at the next tick. */
  suspect(): void {
    if (this.available) void this.check();
  }

  /** One round trip now (shared with one already under way); never rejects. */
  check(): Promise<boolean> {
    this.running ??= this.roundTrip()
      .then((error) => this.record(error))
      .finally(() => (this.running = undefined));
    return this.running;
  }

  onApplicationBootstrap(): void {
    this.stopped = false;
    this.scheduleNext();
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private scheduleNext(): void {
    if (this.stopped) return;
    const delay = this.available ? CHECK_EVERY_MS_WHILE_UP : CHECK_EVERY_MS_WHILE_DOWN;
    this.timer = setTimeout(() => void this.check().then(() => this.scheduleNext()), delay).unref();
  }

  /** The error of a failed round trip, or undefined when it succeeded within the connect timeout. */
  private async roundTrip(): Promise<Error | undefined> {
    const client = new Client({
      connectionString: this.url,
      application_name: 'panelist-health',
      connectionTimeoutMillis: this.timeouts.connectMs,
      query_timeout: this.timeouts.connectMs,
    });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.query('SELECT 1');
      // Not awaited: a server that stalls now must not hold up the checks after this one.
      void client.end().catch(() => undefined);
      return undefined;
    } catch (error) {
      // A stalled server would never answer end(): drop the socket instead.
      client.connection.stream.destroy();
      return error instanceof Error ? error : new Error(String(error));
    }
  }

  private record(error: Error | undefined): boolean {
    if (!error && !this.available) {
      this.available = true;
      this.logger.log(`The database is back after ${((Date.now() - this.downSince) / 1000).toFixed(1)} s`);
    } else if (error && this.available) {
      this.available = false;
      this.downSince = Date.now();
      // Connection errors name the host and port, never data.
      this.logger.warn(`The database is unavailable (${error.message}): answering SERVICE_UNAVAILABLE until it is back`);
      for (const listener of this.downListeners) listener();
    }
    return !error;
  }
}
