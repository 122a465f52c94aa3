import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useCallback, useRef } from 'react';
import type { QuestionFilter, QuestionSummaryFragment } from '../../../gql/graphql';
import { BankQuestionsQuery } from '../graphql/bank.documents';

export const PAGE_SIZE = 25;

export interface QuestionSearch {
  questions: QuestionSummaryFragment[];
  totalCount: number | null;
  /** The filter the questions on screen answer, which lags behind `filter` while a search runs. */
  shownFilter: QuestionFilter | null;
  /** A new search is running; the previous results stay on screen meanwhile. */
  refreshing: boolean;
  loadingMore: boolean;
  hasMore: boolean;
  loadMore: () => void;
  error: unknown;
  retry: () => void;
}

export function useQuestionSearch(filter: QuestionFilter): QuestionSearch {
  const { data, previousData, loading, networkStatus, error, fetchMore, refetch } = useQuery(BankQuestionsQuery, {
    variables: { filter, first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  // Keeping the last results while the next search loads is what makes typing feel instant.
  const shown = data ?? previousData;
  const shownFilter = useRef<QuestionFilter | null>(null);
  if (data) shownFilter.current = filter;
  const connection = shown?.questions;
  const endCursor = data?.questions.pageInfo.endCursor;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  const hasMore = Boolean(data?.questions.pageInfo.hasNextPage);
  const loadMore = useCallback(() => {
    if (!endCursor || loadingMore) return;
    void fetchMore({ variables: { after: endCursor } });
  }, [endCursor, fetchMore, loadingMore]);
  const retry = useCallback(() => void refetch(), [refetch]);
  return {
    questions: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection ? connection.totalCount : null,
    shownFilter: shownFilter.current,
    refreshing: loading && !loadingMore,
    loadingMore,
    hasMore,
    loadMore,
    error,
    retry,
  };
}
