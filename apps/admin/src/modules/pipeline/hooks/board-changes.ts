import type { BoardChangedSubscription } from '../../../gql/graphql';
import type { Board } from './board-cache';

export type BoardChange = BoardChangedSubscription['boardChanged'];

/** What the board does with a change: show this board, or load the board again. */
export type BoardChangeOutcome = { board: Board } | 'refetch';

const columnOf = (board: Board, cardId: string) => board.columns.find((column) => column.cards.some((card) => card.id === cardId));

/** The card leaves the column that shows it, or, if no column shows it, the one the change says (it was not loaded). */
function withoutCard(board: Board, cardId: string, fromStageId: string | null | undefined): Board {
  const stageId = columnOf(board, cardId)?.stage.id ?? fromStageId;
  return {
    ...board,
    columns: board.columns.map((column) =>
      column.stage.id === stageId
        ? { ...column, count: Math.max(0, column.count - 1), cards: column.cards.filter((card) => card.id !== cardId) }
        : column,
    ),
  };
}

/** The card arrives last in its column (it is the newest in stage); a column shows a card once. */
function withCardIn(board: Board, card: NonNullable<BoardChange['card']>, toStageId: string): Board {
  return {
    ...board,
    columns: board.columns.map((column) =>
      column.stage.id === toStageId ? { ...column, count: column.count + 1, cards: [...column.cards, card] } : column,
    ),
  };
}

/**
 * One change applied to the board in place. A change the board already shows (the member's own move coming back,
 * or a change delivered twice) leaves it as it is: a card already in its new column, or a removed card that no fully
 * loaded column shows. Under a search or tag filter only cards the board shows are known to match it, so a change
 * about any other card loads the board again, as do RESYNC and a change naming a column the board does not have.
 */
export function withBoardChange(board: Board, change: BoardChange, filtered: boolean): BoardChangeOutcome {
  const { applicationId: cardId, kind, fromStageId, toStageId, card } = change;
  if (kind === 'RESYNC' || !cardId) return 'refetch';
  const shownIn = columnOf(board, cardId);
  if (filtered && !shownIn) return 'refetch';
  const from = board.columns.find((column) => column.stage.id === fromStageId);

  if (kind === 'REJECTED' || kind === 'WITHDRAWN') {
    if (!shownIn && !from) return 'refetch';
    if (!shownIn && !from?.hasMoreCards) return { board };
    const removed = withoutCard(board, cardId, fromStageId);
    return kind === 'REJECTED'
      ? { board: { ...removed, rejectedCount: board.rejectedCount + 1 } }
      : { board: { ...removed, withdrawnCount: board.withdrawnCount + 1 } };
  }

  // The card changed where it is (its panel's feedback): the column that shows it shows the new one.
  if (kind === 'UPDATED') {
    if (!shownIn || !card) return { board };
    return {
      board: {
        ...board,
        columns: board.columns.map((column) =>
          column === shownIn ? { ...column, cards: column.cards.map((shown) => (shown.id === cardId ? card : shown)) } : column,
        ),
      },
    };
  }

  // ADDED, MOVED and REOPENED: the card is in `toStageId` now.
  if (!card || !board.columns.some((column) => column.stage.id === toStageId) || !toStageId) return 'refetch';
  if (shownIn?.stage.id === toStageId) return { board };
  // A reopened card was rejected or withdrawn, and the change does not say which: the totals come from the server.
  if (kind === 'REOPENED') return 'refetch';
  // A moved card no column shows must be one its old column had not loaded yet; otherwise the board is out of step.
  if (kind === 'MOVED' && !shownIn && !from?.hasMoreCards) return 'refetch';
  const left = kind === 'MOVED' || shownIn ? withoutCard(board, cardId, fromStageId) : board;
  return { board: withCardIn(left, card, toStageId) };
}
