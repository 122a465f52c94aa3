import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals';
import { FieldKey } from '@panelist/scoring';
import type { PendingEdits } from '../edit-queue';
import { type PendingStore, SAVE_MAX_WAIT_MS, SAVE_RETRY_MS, type SaveOutcome, ScorecardSaver } from '../scorecard-saver';

const notes = FieldKey.questionNotes('q1');
const rating = FieldKey.questionRating('q1');

function memoryStore(initial?: PendingEdits): PendingStore & { saved: Map<string, PendingEdits | null> } {
  const saved = new Map<string, PendingEdits | null>(initial ? [['card', initial]] : []);
  return {
    saved,
    load: async (id) => saved.get(id) ?? undefined,
    save: async (id, pending) => void saved.set(id, pending),
  };
}

/** A server that answers each save with what the test says, and records what it was sent. */
function fakeServer(...outcomes: SaveOutcome[]) {
  const sent: unknown[] = [];
  let version = 1;
  const send = jest.fn(async (input: unknown) => {
    sent.push(input);
    const outcome = outcomes.shift() ?? { kind: 'saved', version: ++version };
    return outcome;
  });
  return { send, sent };
}

async function started(saver: ScorecardSaver) {
  await saver.start();
  return saver;
}

describe('the scorecard saver', () => {
  beforeEach(() => {
    jest.useFakeTimers();
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  test('typing is sent once, within a second, with the version it was based on', async () => {
    const server = fakeServer();
    const store = memoryStore();
    const saver = await started(new ScorecardSaver('card', 1, server.send, store));
    for (const text of ['D', 'Dr', 'Dri', 'Drif', 'Drift']) {
      saver.edit(notes, text);
      await jest.advanceTimersByTimeAsync(150);
    }
    await jest.advanceTimersByTimeAsync(SAVE_MAX_WAIT_MS);
    expect(server.sent).toEqual([{ scorecardId: 'card', version: 1, ratings: [{ questionId: 'q1', notes: 'Drift' }] }]);
    expect(saver.getState().pending).toBeNull();
    expect(store.saved.get('card')).toBeNull();
  });

  test('edits that cannot reach the server stay on the device and go when the retry succeeds', async () => {
    const server = fakeServer({ kind: 'unreachable' });
    const store = memoryStore();
    const saver = await started(new ScorecardSaver('card', 1, server.send, store));
    saver.edit(rating, 3);
    await jest.advanceTimersByTimeAsync(SAVE_MAX_WAIT_MS);
    expect(saver.getState()).toMatchObject({ unreachable: true, pending: { edits: { [rating]: 3 } } });
    expect(store.saved.get('card')).toEqual({ baseVersion: 1, edits: { [rating]: 3 } });
    await jest.advanceTimersByTimeAsync(SAVE_RETRY_MS);
    expect(server.send).toHaveBeenCalledTimes(2);
    expect(saver.getState()).toMatchObject({ unreachable: false, pending: null });
  });

  test('edits kept by an earlier visit are sent as soon as the page opens', async () => {
    const server = fakeServer();
    const store = memoryStore({ baseVersion: 1, edits: { [notes]: 'typed offline' } });
    const saver = await started(new ScorecardSaver('card', 4, server.send, store));
    await jest.advanceTimersByTimeAsync(0);
    expect(server.sent).toEqual([{ scorecardId: 'card', version: 1, ratings: [{ questionId: 'q1', notes: 'typed offline' }] }]);
    expect(saver.getState().pending).toBeNull();
  });

  test('a conflict holds the edits until each field is decided, then keeps mine from the version it named', async () => {
    const conflict: SaveOutcome = { kind: 'conflict', version: 7, conflicts: [{ field: rating, yours: 2, theirs: 4 }] };
    const server = fakeServer(conflict);
    const saver = await started(new ScorecardSaver('card', 1, server.send, memoryStore()));
    saver.edit(rating, 2);
    await jest.advanceTimersByTimeAsync(SAVE_MAX_WAIT_MS);
    expect(saver.getState().conflict).toEqual({ version: 7, conflicts: conflict.conflicts });
    saver.edit(notes, 'more');
    await jest.advanceTimersByTimeAsync(SAVE_MAX_WAIT_MS);
    expect(server.send).toHaveBeenCalledTimes(1);
    saver.keepMine(rating);
    await jest.advanceTimersByTimeAsync(0);
    expect(server.sent[1]).toEqual({ scorecardId: 'card', version: 7, ratings: [{ questionId: 'q1', rating: 2, notes: 'more' }] });
    expect(saver.getState()).toMatchObject({ conflict: null, pending: null });
  });

  test('keeping the other device’s value drops this one’s and sends nothing for it', async () => {
    const server = fakeServer({ kind: 'conflict', version: 7, conflicts: [{ field: rating, yours: 2, theirs: 4 }] });
    const saver = await started(new ScorecardSaver('card', 1, server.send, memoryStore()));
    saver.edit(rating, 2);
    await jest.advanceTimersByTimeAsync(SAVE_MAX_WAIT_MS);
    saver.keepTheirs(rating);
    await jest.advanceTimersByTimeAsync(0);
    expect(server.send).toHaveBeenCalledTimes(1);
    expect(saver.getState()).toMatchObject({ conflict: null, pending: null });
  });

  test('an edit made while a save is on its way follows it, based on the version that save made', async () => {
    let answer: (outcome: SaveOutcome) => void = () => undefined;
    const send = jest
      .fn<(input: unknown) => Promise<SaveOutcome>>()
      .mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)))
      .mockResolvedValue({ kind: 'saved', version: 3 });
    const saver = await started(new ScorecardSaver('card', 1, send, memoryStore()));
    saver.edit(notes, 'first');
    await jest.advanceTimersByTimeAsync(SAVE_MAX_WAIT_MS);
    saver.edit(notes, 'first and second');
    answer({ kind: 'saved', version: 2 });
    await jest.advanceTimersByTimeAsync(SAVE_MAX_WAIT_MS);
    expect(send.mock.calls[1][0]).toEqual({ scorecardId: 'card', version: 2, ratings: [{ questionId: 'q1', notes: 'first and second' }] });
    expect(saver.getState().pending).toBeNull();
  });

  test('nothing is edited before the stored edits are read, so they cannot overwrite newer typing', () => {
    const saver = new ScorecardSaver('card', 1, fakeServer().send, memoryStore());
    saver.edit(notes, 'too early');
    expect(saver.getState().pending).toBeNull();
  });
});
