import { graphql } from '../../gql/index.js';

export const notificationFragment = graphql(`
  fragment NotificationFields on Notification {
    id
    type
    title
    createdAt
    readAt
    case {
      id
      reference
    }
    notice {
      id
      reference
    }
  }
`);

/** The number on the bell. */
export const unreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const notificationsQuery = graphql(`
  query Notifications($unreadOnly: Boolean!, $first: Int, $after: String) {
    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...NotificationFields
      }
    }
  }
`);

export const notificationAddedSubscription = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      ...NotificationFields
    }
  }
`);

export const markNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) {
      marked
      unreadCount
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
