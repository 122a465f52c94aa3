import type { LatestNotificationsQuery, NotificationItemFragment } from '../../../gql/graphql';

/** How many of the latest notifications the bell lists. */
export const LATEST_NOTIFICATIONS = 10;

/** The cached list with a notification that just arrived on top, still the latest few; unchanged if already listed. */
export function withNotificationAdded(list: LatestNotificationsQuery, added: NotificationItemFragment): LatestNotificationsQuery {
  const { edges } = list.notifications;
  if (edges.some((edge) => edge.node.id === added.id)) return list;
  const edge = { __typename: 'NotificationEdge' as const, node: added };
  return { ...list, notifications: { ...list.notifications, edges: [edge, ...edges].slice(0, LATEST_NOTIFICATIONS) } };
}

/** The cached list with the notifications given (all when `ids` is left out) read at `readAt`. */
export function withNotificationsRead(list: LatestNotificationsQuery, ids: string[] | undefined, readAt: string): LatestNotificationsQuery {
  const edges = list.notifications.edges.map((edge) =>
    edge.node.readAt || (ids && !ids.includes(edge.node.id)) ? edge : { ...edge, node: { ...edge.node, readAt } },
  );
  return { ...list, notifications: { ...list.notifications, edges } };
}

/** "Notifications, 2 unread": the bell's name, with the count it shows. */
export function bellLabel(unread: number): string {
  return unread > 0 ? `Notifications, ${unreadBadge(unread)} unread` : 'Notifications';
}

/** The badge stays two digits wide. */
export function unreadBadge(unread: number): string {
  return unread > 99 ? '99+' : String(unread);
}
