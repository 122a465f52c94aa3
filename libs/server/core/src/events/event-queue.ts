import { isResync, Resync, RESYNC } from './panelist-event';

/** A subscriber this far behind gets one RESYNC instead of the backlog: bounded memory, and it reloads anyway. */
const MAX_QUEUED = 1_000;

/**
 * One subscriber's events as an async iterator. It listens from the moment it is made and starts with a
 * RESYNC, so a client that loads its state when the RESYNC arrives misses nothing after it. Events are
 * checked as they arrive: one that is not for this subscriber is never queued, and wakes nothing.
 */
export class EventQueue<T extends { topic: string }> implements AsyncIterableIterator<T | Resync> {
  private readonly queued: Array<T | Resync> = [{ topic: RESYNC }];
  private waiting?: (result: IteratorResult<T | Resync>) => void;
  private done = false;

  constructor(
    private readonly unsubscribe: () => void,
    private readonly accepts: (event: T) => boolean = () => true,
  ) {}

  push(item: T | Resync): void {
    if (this.done || (!isResync(item) && !this.accepts(item))) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = undefined;
      resolve({ value: item, done: false });
    } else if (this.queued.length >= MAX_QUEUED) {
      this.queued.splice(0, this.queued.length, { topic: RESYNC });
    } else {
      this.queued.push(item);
    }
  }

  next(): Promise<IteratorResult<T | Resync>> {
    if (this.queued.length > 0) return Promise.resolve({ value: this.queued.shift()!, done: false });
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.waiting = resolve));
  }

  return(): Promise<IteratorResult<T | Resync>> {
    if (!this.done) {
      this.done = true;
      this.queued.length = 0;
      this.unsubscribe();
      this.waiting?.({ value: undefined, done: true });
      this.waiting = undefined;
    }
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error?: unknown): Promise<IteratorResult<T | Resync>> {
    void this.return();
    return Promise.reject(error);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
