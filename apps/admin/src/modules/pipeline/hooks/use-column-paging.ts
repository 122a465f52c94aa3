import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import type { PipelineBoardQueryVariables } from '../../../gql/graphql';
import { toUserError } from '../../../ui/errors';
import { useToast } from '../../../ui/toast';
import { BoardColumnCardsQuery, PipelineBoardQuery } from '../graphql/pipeline.documents';
import { type Board, withColumnPage } from './board-cache';

/** How many more cards "Show more" loads into a column (the board itself starts each column with the server's first 50). */
export const COLUMN_PAGE_SIZE = 50;

/**
 * "Show more" for a column: the next page after the column's cursor (the board's, then each page's) merged into
 * the cached board. Whoever asked with the keyboard carries on reading at the first card that came in.
 */
export function useColumnPaging({
  variables,
  board,
  refocusCard,
}: {
  variables: PipelineBoardQueryVariables;
  board: Board | undefined;
  refocusCard: (cardId: string) => void;
}) {
  const client = useApolloClient();
  const { notify } = useToast();
  const [loadingColumns, setLoadingColumns] = useState<ReadonlySet<string>>(new Set());

  async function showMore(stage: { id: string; name: string }) {
    const column = board?.columns.find((entry) => entry.stage.id === stage.id);
    if (!board || !column || loadingColumns.has(stage.id)) return;
    const shown = new Set(board.columns.flatMap((entry) => entry.cards.map((card) => card.id)));
    const hadFocus = document.activeElement?.matches(`[data-stage-id="${stage.id}"] .board-column-more`) ?? false;
    setLoadingColumns((current) => new Set(current).add(stage.id));
    try {
      const result = await client.query({
        query: BoardColumnCardsQuery,
        variables: {
          openingId: variables.openingId,
          stageId: stage.id,
          filter: variables.filter,
          first: COLUMN_PAGE_SIZE,
          after: column.endCursor ?? undefined,
        },
        fetchPolicy: 'network-only',
      });
      const connection = result.data!.boardColumnCards;
      const page = {
        cards: connection.edges.map((edge) => edge.node),
        totalCount: connection.totalCount,
        hasNextPage: connection.pageInfo.hasNextPage,
        endCursor: connection.pageInfo.endCursor,
      };
      const first = page.cards.find((card) => !shown.has(card.id));
      // The button may be gone once the page is in.
      if (hadFocus && first) refocusCard(first.id);
      // The board this page belongs to, even if the filter changed while it loaded.
      client.cache.updateQuery({ query: PipelineBoardQuery, variables }, (current) =>
        current ? { pipelineBoard: withColumnPage(current.pipelineBoard, stage.id, page) } : current,
      );
    } catch (caught) {
      notify(`More candidates in ${stage.name} could not load: ${toUserError(caught).message}`, 'error');
    } finally {
      setLoadingColumns((current) => {
        const next = new Set(current);
        next.delete(stage.id);
        return next;
      });
    }
  }

  return { loadingColumns, showMore };
}
