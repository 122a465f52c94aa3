import { EventQueue } from '../event-queue';
import { Resync, RESYNC } from '../panelist-event';

const resync: Resync = { topic: RESYNC };
/** Stand-ins for events: the queue only reads their topic. */
type Numbered = { topic: 'numbered'; n: number };
const event = (n: number): Numbered => ({ topic: 'numbered', n });

describe('EventQueue', () => {
  it('starts with a RESYNC, then hands out events in order, waiting for the next one', async () => {
    const queue = new EventQueue<Numbered>(() => undefined);
    queue.push(event(1));
    expect(await queue.next()).toEqual({ value: resync, done: false });
    expect(await queue.next()).toEqual({ value: event(1), done: false });
    const waiting = queue.next();
    queue.push(event(2));
    expect(await waiting).toEqual({ value: event(2), done: false });
  });

  it('replaces the backlog of a subscriber 1,000 items behind with one RESYNC', async () => {
    const queue = new EventQueue<Numbered>(() => undefined);
    // The first RESYNC and 999 events fill it; the next event finds it full.
    for (let i = 0; i < 1_000; i++) queue.push(event(i));
    queue.push(event(1_000));
    expect(await queue.next()).toEqual({ value: resync, done: false });
    expect(await queue.next()).toEqual({ value: event(1_000), done: false });
  });

  it('queues only the events it accepts, and every RESYNC', async () => {
    const queue = new EventQueue<Numbered>(
      () => undefined,
      ({ n }) => n % 2 === 0,
    );
    queue.push(event(1));
    queue.push(event(2));
    queue.push(resync);
    expect(await queue.next()).toEqual({ value: resync, done: false });
    expect(await queue.next()).toEqual({ value: event(2), done: false });
    expect(await queue.next()).toEqual({ value: resync, done: false });
  });

  it('unsubscribes once when returned, ending a waiting reader and ignoring later events', async () => {
    const unsubscribe = jest.fn();
    const queue = new EventQueue<Numbered>(unsubscribe);
    await queue.next();
    const waiting = queue.next();
    await queue.return();
    await queue.return();
    queue.push(event(1));
    expect(await waiting).toEqual({ value: undefined, done: true });
    expect(await queue.next()).toEqual({ value: undefined, done: true });
    expect(unsubscribe).toHaveBeenCalledTimes(1);
  });
});
