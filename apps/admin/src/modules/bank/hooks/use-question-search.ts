import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import type { BankQuestionsQuery, QuestionFilter } from '../../../gql/graphql';
import { BankQuestionsQuery as BankQuestionsDocument } from '../graphql/bank.documents';

const PAGE_SIZE = 25;

/** A question of the list; `signal` only when asked for, and then null for interviewers. */
export type BankQuestion = BankQuestionsQuery['questions']['edges'][number]['node'];

interface QuestionSearch {
  questions: BankQuestion[];
  totalCount: number | null;
  /** False when the server estimated a large total. */
  totalCountIsExact: boolean;
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

/** `withSignal` adds how each question has rated so far (the bank shows it; pickers have no room for it). */
export function useQuestionSearch(filter: QuestionFilter, { withSignal = false } = {}): QuestionSearch {
  const { data, previousData, loading, networkStatus, error, fetchMore, refetch } = useQuery(BankQuestionsDocument, {
    variables: { filter, first: PAGE_SIZE, withSignal },
    notifyOnNetworkStatusChange: true,
  });
  // Keeping the last results while the next search loads is what makes typing feel instant.
  const shown = data ?? previousData;
  const [shownFilter, setShownFilter] = useState<QuestionFilter | null>(null);
  if (data && shownFilter !== filter) setShownFilter(filter);
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
    totalCountIsExact: connection?.totalCountIsExact ?? true,
    shownFilter,
    refreshing: loading && !loadingMore,
    loadingMore,
    hasMore,
    loadMore,
    error,
    retry,
  };
}
