import type { BoardCardFieldsFragment, PipelineBoardQuery } from '../../../gql/graphql';

export type Board = PipelineBoardQuery['pipelineBoard'];

/** A page of one column as `boardColumnCards` answers it. */
interface BoardColumnPage {
  cards: BoardCardFieldsFragment[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null | undefined;
}

/**
 * The board with one card moved to another column, newest arrival last (cards are ordered longest in stage first).
 * Counts cover the whole column, shown or not; a column that had more cards than it showed still has.
 */
export function withCardMoved(board: Board, cardId: string, toStageId: string): Board {
  const card = board.columns.flatMap((column) => column.cards).find((entry) => entry.id === cardId);
  if (!card) return board;
  return {
    ...board,
    columns: board.columns.map((column) => {
      const had = column.cards.some((entry) => entry.id === cardId);
      if (column.stage.id === toStageId) {
        return had ? column : { ...column, count: column.count + 1, cards: [...column.cards, { ...card, timeInStageSeconds: 0 }] };
      }
      return had ? { ...column, count: column.count - 1, cards: column.cards.filter((entry) => entry.id !== cardId) } : column;
    }),
  };
}

/**
 * The board with the next page of one column merged in, each card once. A card the page carries takes its place
 * in the page: one moved into this column during the visit is last in the server's order, so the last page brings
 * it back at the end. A card the page carries that now sits in another column moved while the page loaded: the
 * board's own move stands. The column's cursor becomes the page's, so the next page starts after it.
 */
export function withColumnPage(board: Board, stageId: string, page: BoardColumnPage): Board {
  const elsewhere = new Set(
    board.columns.filter((column) => column.stage.id !== stageId).flatMap((column) => column.cards.map((card) => card.id)),
  );
  const arrived = page.cards.filter((card) => !elsewhere.has(card.id));
  const arrivedIds = new Set(arrived.map((card) => card.id));
  return {
    ...board,
    columns: board.columns.map((column) => {
      if (column.stage.id !== stageId) return column;
      const cards = [...column.cards.filter((card) => !arrivedIds.has(card.id)), ...arrived];
      // The server's last word on the column: its count now, and no button once it says nothing follows.
      return {
        ...column,
        cards,
        count: page.totalCount,
        hasMoreCards: page.hasNextPage && cards.length < page.totalCount,
        endCursor: page.endCursor ?? column.endCursor,
      };
    }),
  };
}
