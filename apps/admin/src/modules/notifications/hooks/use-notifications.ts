import { useApolloClient, useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useCallback } from 'react';
import {
  LatestNotificationsQuery,
  MarkNotificationsReadMutation,
  NotificationAddedSubscription,
  UnreadNotificationCountQuery,
} from '../graphql/notifications.documents';
import { LATEST_NOTIFICATIONS, withNotificationAdded, withNotificationsRead } from './notification-list';

/**
 * The unread count, kept live: each notification made for the member (on any instance) adds one and goes on top of
 * the cached list. The server sends null when the socket (re)connects or missed something, and the count and list
 * are read again then.
 */
export function useUnreadNotifications(): number {
  const client = useApolloClient();
  const { data, refetch } = useQuery(UnreadNotificationCountQuery);

  useSubscription(NotificationAddedSubscription, {
    ignoreResults: true,
    onData: ({ data: event }) => {
      if (!event.data) return;
      const added = event.data.notificationAdded;
      if (!added) {
        void refetch();
        void client.refetchQueries({ include: [LatestNotificationsQuery] });
        return;
      }
      client.cache.updateQuery({ query: UnreadNotificationCountQuery }, (current) =>
        current ? { unreadNotificationCount: current.unreadNotificationCount + 1 } : current,
      );
      client.cache.updateQuery({ query: LatestNotificationsQuery, variables: { first: LATEST_NOTIFICATIONS } }, (current) =>
        current ? withNotificationAdded(current, added) : current,
      );
    },
  });

  return data?.unreadNotificationCount ?? 0;
}

/** The latest notifications, read again each time the panel showing them opens. */
export function useLatestNotifications() {
  return useQuery(LatestNotificationsQuery, { variables: { first: LATEST_NOTIFICATIONS }, fetchPolicy: 'cache-and-network' });
}

/** Marks the notifications given (or all) read; the count and the list follow once the server has. */
export function useMarkNotificationsRead(): (ids?: string[]) => Promise<unknown> {
  const [mark] = useMutation(MarkNotificationsReadMutation);
  return useCallback(
    (ids?: string[]) =>
      mark({
        variables: { ids },
        update(cache, { data }) {
          if (!data) return;
          const wereUnread = data.markNotificationsRead;
          const readAt = new Date().toISOString();
          cache.updateQuery({ query: UnreadNotificationCountQuery }, (current) =>
            current ? { unreadNotificationCount: ids ? Math.max(0, current.unreadNotificationCount - wereUnread) : 0 } : current,
          );
          cache.updateQuery({ query: LatestNotificationsQuery, variables: { first: LATEST_NOTIFICATIONS } }, (current) =>
            current ? withNotificationsRead(current, ids, readAt) : current,
          );
        },
      }),
    [mark],
  );
}
