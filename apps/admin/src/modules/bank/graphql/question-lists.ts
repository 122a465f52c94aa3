import type { ApolloCache } from '@apollo/client';

/** Lists are filtered server-side, so after creating, archiving, deleting or importing, cached lists may be wrong: drop them. */
export function evictQuestionLists(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'questions' });
  cache.gc();
}
