import { EventEmitter } from 'node:events';
import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { runSql } from '../database/sql-statement';
import { EventQueue } from './event-queue';
import { notifySql } from './events.sql';
import { decodeEvent, encodeEvent, EventTopic, PanelistEvent, Resync, RESYNC } from './panelist-event';
import { PgListener } from './pg-listener';

/** The longest a publisher waits to receive its own events back (the listener may be reconnecting). */
const ECHO_TIMEOUT_MS = 1_000;

/** What `publish` gives back: call `received()` after the transaction commits, when the change must hold everywhere at once. */
export interface Published {
  /**
   * Resolves once this instance has received the events back from PostgreSQL (which notifies every
   * listening instance at the same moment), or after a second at most.
   */
  received(): Promise<void>;
}

/**
 * The one way events travel: `publish` queues a NOTIFY in the writing transaction, so PostgreSQL delivers
 * it on commit and never for a rollback; every instance (this one included) receives it on its one
 * listening connection and fans it out to local subscribers. One instance and many behave alike.
 */
@Injectable()
export class EventBus implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Events');
  private readonly local = new EventEmitter().setMaxListeners(0);
  private readonly listener: PgListener;
  /** Publishers waiting for their own events to come back, by payload. */
  private readonly echoes = new Map<string, Array<() => void>>();

  constructor(@InjectDataSource() dataSource: DataSource) {
    const url = (dataSource.options as { url?: string }).url;
    if (!url) throw new Error('The event bus needs the database URL of the data source');
    this.listener = new PgListener(
      url,
      {
        notification: (payload) => this.deliver(payload),
        reconnected: () => this.local.emit(RESYNC, { topic: RESYNC } satisfies Resync),
      },
      this.logger,
    );
  }

  async onModuleInit(): Promise<void> {
    await this.listener.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.listener.stop();
  }

  /** True while the listening connection is up: events committed now will reach this instance. */
  get listening(): boolean {
    return this.listener.connected;
  }

  /** Inside the transaction that makes the change, in one statement: the events exist exactly when the change does. */
  async publish(manager: EntityManager, events: PanelistEvent | PanelistEvent[]): Promise<Published> {
    const payloads = (Array.isArray(events) ? events : [events]).map(encodeEvent);
    if (payloads.length === 0) return { received: () => Promise.resolve() };
    // Waiting starts before the commit: the echo can arrive before the commit's own answer does.
    const echo = this.listening ? this.awaitEcho(payloads[payloads.length - 1]) : Promise.resolve();
    await runSql(manager, notifySql(payloads));
    return { received: () => echo };
  }

  /**
   * Events of one topic that `accepts` lets through, as they arrive, for a GraphQL subscription: `accepts`
   * is where each event is checked against the subscriber (organisation, rights) before anything is sent.
   * It starts with a RESYNC, and gets another whenever events may have been missed.
   */
  subscribe<T extends EventTopic>(topic: T, accepts: (event: PanelistEvent<T>) => boolean): EventQueue<PanelistEvent<T>> {
    const push = (item: PanelistEvent<T> | Resync) => queue.push(item);
    const queue = new EventQueue<PanelistEvent<T>>(() => {
      this.local.off(topic, push);
      this.local.off(RESYNC, push);
    }, accepts);
    this.local.on(topic, push);
    this.local.on(RESYNC, push);
    return queue;
  }

  /** A callback for in-process consumers that are not GraphQL subscriptions (caches, open sockets); returns how to stop. */
  on<T extends EventTopic>(topic: T, handler: (event: PanelistEvent<T>) => void): () => void {
    return this.listen(topic, handler);
  }

  /** Called whenever events may have been missed: whoever keeps state from events drops or re-checks it. */
  onResync(handler: () => void): () => void {
    return this.listen(RESYNC, handler);
  }

  private listen<E>(topic: string, handler: (event: E) => void): () => void {
    const guarded = (event: E) => {
      try {
        handler(event);
      } catch (error) {
        // Its type and stack frames only: a message can quote personal data.
        this.logger.error(`A handler of ${topic} failed: ${error instanceof Error ? error.name : typeof error}`, (error as Error)?.stack);
      }
    };
    this.local.on(topic, guarded);
    return () => this.local.off(topic, guarded);
  }

  private awaitEcho(payload: string): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        const others = this.echoes.get(payload)?.filter((waiter) => waiter !== done) ?? [];
        if (others.length > 0) this.echoes.set(payload, others);
        else this.echoes.delete(payload);
        resolve();
      };
      const timer = setTimeout(done, ECHO_TIMEOUT_MS).unref();
      this.echoes.set(payload, [...(this.echoes.get(payload) ?? []), done]);
    });
  }

  private deliver(payload: string): void {
    for (const done of this.echoes.get(payload) ?? []) done();
    const event = decodeEvent(payload);
    if (!event) {
      this.logger.warn('Ignored a notification that is not a Panelist event');
      return;
    }
    this.local.emit(event.topic, event);
  }
}
