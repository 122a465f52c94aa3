import { useApolloClient, useSubscription } from '@apollo/client/react';
import { useCallback, useEffect, useRef } from 'react';
import type { PipelineBoardQueryVariables } from '../../../gql/graphql';
import { BoardChangedSubscription, PipelineBoardQuery } from '../graphql/pipeline.documents';
import { type BoardChange, withBoardChange } from './board-changes';

/**
 * Keeps the board in step with everyone else's changes, on any instance, without loading it again: each change is
 * applied to the cached board (see withBoardChange for when it loads the board instead). While a card is being
 * dragged (`paused`) changes wait, so the columns under the pointer stay put, and are applied when it is dropped.
 */
export function useBoardLive({
  variables,
  filtered,
  paused,
  refetch,
}: {
  variables: PipelineBoardQueryVariables;
  filtered: boolean;
  paused: boolean;
  refetch: () => unknown;
}): void {
  const { cache } = useApolloClient();
  const waiting = useRef<BoardChange[]>([]);
  const latest = useRef({ variables, filtered, paused, refetch });
  useEffect(() => {
    latest.current = { variables, filtered, paused, refetch };
  });

  const applyWaiting = useCallback(() => {
    const changes = waiting.current.splice(0);
    if (changes.length === 0) return;
    let reload = false;
    cache.updateQuery({ query: PipelineBoardQuery, variables: latest.current.variables }, (current) => {
      if (!current) return current;
      let board = current.pipelineBoard;
      for (const change of changes) {
        const outcome = withBoardChange(board, change, latest.current.filtered);
        if (outcome === 'refetch') reload = true;
        else board = outcome.board;
      }
      return board === current.pipelineBoard ? current : { pipelineBoard: board };
    });
    if (reload) void latest.current.refetch();
  }, [cache]);

  useSubscription(BoardChangedSubscription, {
    variables: { openingId: variables.openingId },
    ignoreResults: true,
    onData: ({ data }) => {
      if (!data.data) return;
      waiting.current.push(data.data.boardChanged);
      if (!latest.current.paused) applyWaiting();
    },
  });

  useEffect(() => {
    if (!paused) applyWaiting();
  }, [paused, applyWaiting]);
}
