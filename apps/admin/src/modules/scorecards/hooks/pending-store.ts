import { del, get, set } from 'idb-keyval';
import type { PendingEdits } from './edit-queue';
import type { PendingStore } from './scorecard-saver';

const keyOf = (scorecardId: string) => `panelist:scorecard-edits:${scorecardId}`;

/** Unsent scorecard edits in IndexedDB, by scorecard id (each panelist has their own), so a reload or closed tab keeps them. */
export const indexedDbPendingStore: PendingStore = {
  load: (scorecardId) => get<PendingEdits>(keyOf(scorecardId)),
  save: (scorecardId, pending) => (pending ? set(keyOf(scorecardId), pending) : del(keyOf(scorecardId))),
};
