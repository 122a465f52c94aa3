import { useQuery } from '@apollo/client/react';
import type { OutcomeKind } from '../../../gql/graphql';
import { OutcomeReasonsQuery } from '../graphql/outcome-reasons.documents';

/** The organisation's live reasons of one kind, in the admins' order; empty until they have loaded. */
export function useOutcomeReasons(kind: OutcomeKind) {
  const { data, error } = useQuery(OutcomeReasonsQuery, { variables: { kind }, fetchPolicy: 'cache-and-network' });
  return { reasons: data?.outcomeReasons ?? [], loaded: Boolean(data), error };
}
