import { useApolloClient, useQuery, useSubscription } from '@apollo/client/react';
import { PanelProgressQuery, PanelProgressSubscription } from '../graphql/scorecards.documents';

/**
 * Each panelist's progress on an interview, kept live: every change is written into the cached interview (so My
 * interviews and the scorecard page agree), and a RESYNC, which says changes may have been missed, reads it again.
 */
export function usePanelProgress(interviewId: string) {
  const { cache } = useApolloClient();
  const query = useQuery(PanelProgressQuery, { variables: { interviewId }, fetchPolicy: 'cache-and-network' });
  const { refetch } = query;
  useSubscription(PanelProgressSubscription, {
    variables: { interviewId },
    ignoreResults: true,
    onData: ({ data }) => {
      const change = data.data?.panelProgress;
      if (!change) return;
      if (change.resync) {
        void refetch();
        return;
      }
      cache.updateQuery({ query: PanelProgressQuery, variables: { interviewId } }, (current) =>
        current
          ? {
              interview: {
                ...current.interview,
                panelProgress: current.interview.panelProgress.map((entry) =>
                  entry.panelistId === change.panelistId ? { ...entry, status: change.status } : entry,
                ),
              },
            }
          : current,
      );
    },
  });
  return query;
}
