import { graphql } from '../../../gql';

export const UnreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const NotificationItem = graphql(`
  fragment NotificationItem on Notification {
    id
    kind
    title
    body
    link
    readAt
    createdAt
  }
`);

export const LatestNotificationsQuery = graphql(`
  query LatestNotifications($first: Int!) {
    notifications(first: $first) {
      edges {
        node {
          ...NotificationItem
        }
      }
    }
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

export const NotificationAddedSubscription = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      ...NotificationItem
    }
  }
`);
