import type { FieldConflict, FieldValue } from '@panelist/scoring';
import { afterSave, changesOf, keepingMine, keepingTheirs, type PendingEdits, type ScorecardChanges, withEdit } from './edit-queue';

/** A save waits this long for the next keystroke... */
export const SAVE_DEBOUNCE_MS = 400;
/** ...but never longer than this after the first unsent edit, so every change is on its way within a second. */
export const SAVE_MAX_WAIT_MS = 1000;
/** How soon a save that could not reach the server is tried again (the browser's `online` event also retries). */
export const SAVE_RETRY_MS = 4000;

export type SaveOutcome =
  | { kind: 'saved'; version: number }
  | { kind: 'conflict'; version: number; conflicts: FieldConflict[] }
  /** Offline, a failed request, or a server that answered it is busy: the same save will do later. */
  | { kind: 'unreachable' }
  /** The server will not take this save as it is (the scorecard was submitted elsewhere, say). */
  | { kind: 'refused'; message: string };

/** Where unsent edits outlive the page: IndexedDB in the browser. */
export interface PendingStore {
  load(scorecardId: string): Promise<PendingEdits | undefined>;
  save(scorecardId: string, pending: PendingEdits | null): Promise<void>;
}

export interface SaverState {
  /** The stored edits of an earlier visit have been read (editing waits for that). */
  ready: boolean;
  pending: PendingEdits | null;
  sending: boolean;
  /** The last save could not reach the server: the edits wait on this device. */
  unreachable: boolean;
  /** The device could not keep the edits (no IndexedDB): closing the page would lose them. */
  storeFailed: boolean;
  conflict: { version: number; conflicts: FieldConflict[] } | null;
  refusal: string | null;
}

/**
 * Sends a scorecard's edits to the server as they are made: batched, based on the version they were made on,
 * kept in a store until the server has them, and sent again after a failure. Outside React, so the timing can be
 * tested with fake timers; useScorecardAutosave binds it to Apollo and IndexedDB.
 */
export class ScorecardSaver {
  private state: SaverState = {
    ready: false,
    pending: null,
    sending: false,
    unreachable: false,
    storeFailed: false,
    conflict: null,
    refusal: null,
  };
  private readonly listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private firstUnsentAt: number | null = null;
  private draining: Promise<boolean> | null = null;
  private storing: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly scorecardId: string,
    private serverVersion: number,
    private readonly send: (changes: ScorecardChanges & { scorecardId: string; version: number }) => Promise<SaveOutcome>,
    private readonly store: PendingStore,
  ) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): SaverState => this.state;

  /** Reads the edits an earlier visit could not send, and sends them on top of what the server has now. */
  async start(): Promise<void> {
    this.stopped = false;
    const stored = await this.store.load(this.scorecardId).catch(() => undefined);
    if (this.stopped) return;
    this.update({ ready: true, pending: stored ?? null });
    if (stored) void this.flush();
  }

  /** Leaving the page: what is pending goes out once more; whatever its answer, the store keeps it for next time. */
  stop(): void {
    if (this.state.pending && !this.state.sending) void this.flush();
    this.stopped = true;
    clearTimeout(this.timer);
  }

  /** The version the server last answered with (a save, or a fresh read after keeping another device's value). */
  serverAt(version: number): void {
    this.serverVersion = Math.max(this.serverVersion, version);
  }

  version(): number {
    return this.serverVersion;
  }

  edit(field: string, value: FieldValue): void {
    if (!this.state.ready) return;
    this.setPending(withEdit(this.state.pending, this.serverVersion, field, value));
    const now = Date.now();
    this.firstUnsentAt ??= now;
    this.later(Math.max(0, Math.min(SAVE_DEBOUNCE_MS, SAVE_MAX_WAIT_MS - (now - this.firstUnsentAt))));
  }

  /** Sends what is pending now; true once the server has every edit. */
  flush(): Promise<boolean> {
    clearTimeout(this.timer);
    this.draining ??= this.drain().finally(() => {
      this.draining = null;
    });
    return this.draining;
  }

  /** Keeps this device's value of a conflicting field. */
  keepMine(field: string): void {
    const conflict = this.state.conflict;
    if (!conflict) return;
    this.resolve(field, keepingMine(this.state.pending, conflict.version));
  }

  /** Drops this device's value of a conflicting field; the caller reads the scorecard again to show theirs. */
  keepTheirs(field: string): void {
    const conflict = this.state.conflict;
    if (!conflict) return;
    this.resolve(field, keepingTheirs(this.state.pending, field, conflict.version));
  }

  /** After a refusal: try once more (the caller has read the scorecard again meanwhile). */
  retry(): void {
    this.update({ refusal: null });
    void this.flush();
  }

  private resolve(field: string, pending: PendingEdits | null): void {
    const conflict = this.state.conflict!;
    this.serverAt(conflict.version);
    const conflicts = conflict.conflicts.filter((entry) => entry.field !== field);
    this.setPending(pending);
    this.update({ conflict: conflicts.length > 0 ? { ...conflict, conflicts } : null });
    if (conflicts.length === 0) void this.flush();
  }

  private async drain(): Promise<boolean> {
    for (;;) {
      const pending = this.state.pending;
      if (!pending) return true;
      if (this.state.conflict || this.state.refusal || this.stopped) return false;
      this.firstUnsentAt = null;
      this.update({ sending: true });
      const outcome = await this.send({ scorecardId: this.scorecardId, version: pending.baseVersion, ...changesOf(pending.edits) }).catch(
        (): SaveOutcome => ({ kind: 'unreachable' }),
      );
      if (this.stopped) return false;
      if (outcome.kind === 'saved') {
        this.serverAt(outcome.version);
        this.update({ sending: false, unreachable: false });
        this.setPending(afterSave(this.state.pending, pending.edits, outcome.version));
        continue;
      }
      if (outcome.kind === 'conflict')
        this.update({ sending: false, conflict: { version: outcome.version, conflicts: outcome.conflicts } });
      else if (outcome.kind === 'refused') this.update({ sending: false, refusal: outcome.message });
      else {
        this.update({ sending: false, unreachable: true });
        this.later(SAVE_RETRY_MS);
      }
      return false;
    }
  }

  private later(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), delayMs);
  }

  /** Writes go to the store one after another, so an older write can never land after a newer one. */
  private setPending(pending: PendingEdits | null): void {
    this.update({ pending });
    this.storing = this.storing.then(() =>
      this.store.save(this.scorecardId, pending).then(
        () => {
          if (this.state.storeFailed) this.update({ storeFailed: false });
        },
        () => this.update({ storeFailed: true }),
      ),
    );
  }

  private update(change: Partial<SaverState>): void {
    this.state = { ...this.state, ...change };
    for (const listener of this.listeners) listener();
  }
}
