import { Injectable } from '@nestjs/common';
import { AuthUser, EventBus, isResync, Resync, Role, RoleGroup } from '@panelist/server-core';
import { OpeningsService } from '@panelist/server-loops';
import { BoardChange, BoardChangeKind } from './board-change.types';
import { BoardChangedEvent } from './board-events';
import { BoardService } from './board.service';
import { BoardCard } from './board.types';

const LEFT_THE_BOARD = new Set([BoardChangeKind.REJECTED, BoardChangeKind.WITHDRAWN]);

/** Who may watch a board: whoever may read it. */
export const BOARD_WATCHERS = RoleGroup.HIRING_TEAM;

/**
 * The changes of boards as subscribers receive them. An event reaches every subscriber of the instance, so
 * what it turns into is made once per event, not once per subscriber: the change, and its card (one
 * statement per event, for the event's organisation only).
 */
@Injectable()
export class BoardChangeFeed {
  private readonly changes = new WeakMap<BoardChangedEvent, BoardChange>();
  private readonly cards = new WeakMap<BoardChange, Promise<BoardCard | null>>();

  constructor(
    private readonly events: EventBus,
    private readonly openings: OpeningsService,
    private readonly board: BoardService,
  ) {}

  /**
   * The changes of one board from now on, once the opening is known to be the subscriber's organisation's
   * (NOT_FOUND otherwise). Every event is checked against the subscriber before it is queued: their
   * organisation, the opening, and their rights.
   */
  async subscribe(subscriber: AuthUser, openingId: string): Promise<AsyncIterableIterator<BoardChangedEvent | Resync>> {
    await this.openings.get(subscriber.organizationId, openingId, 'openingId');
    const opening = openingId.toLowerCase();
    const mayWatch = (BOARD_WATCHERS as readonly Role[]).includes(subscriber.role);
    return this.events.subscribe(
      'board.changed',
      (event) => mayWatch && event.organizationId === subscriber.organizationId && event.openingId === opening,
    );
  }

  changeOf(event: BoardChangedEvent | Resync, openingId: string): BoardChange {
    if (isResync(event)) {
      return { openingId, applicationId: null, kind: BoardChangeKind.RESYNC, fromStageId: null, toStageId: null, organizationId: null };
    }
    let change = this.changes.get(event);
    if (!change) {
      const { organizationId, applicationId, kind, fromStageId, toStageId } = event;
      change = { openingId: event.openingId, applicationId, kind, fromStageId, toStageId, organizationId };
      this.changes.set(event, change);
    }
    return change;
  }

  /**
   * The card as it is now, read for the subscriber's organisation: null for a change that took it off the
   * board, for a RESYNC, and once it has left the board since.
   */
  cardOf(change: BoardChange, organizationId: string): Promise<BoardCard | null> {
    if (!change.applicationId || LEFT_THE_BOARD.has(change.kind) || change.organizationId !== organizationId) return Promise.resolve(null);
    let card = this.cards.get(change);
    if (!card) {
      card = this.board.card(organizationId, change.applicationId);
      this.cards.set(change, card);
    }
    return card;
  }
}
