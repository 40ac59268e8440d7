import { graphql } from '@/generated';

/** What the inbox shows of a notification; the live subscription selects the same. */
export const NotificationItemFragment = graphql(`
  fragment NotificationItem_notification on Notification {
    id
    kind
    summary
    url
    readAt
    createdAt
    actor {
      id
      displayName
    }
    problem {
      id
      key
      title
    }
  }
`);

/** The bell's figure: the viewer's unread count (on `User`, so a cache write reaches it). */
export const NotificationBellQueryDocument = graphql(`
  query NotificationBell {
    me {
      id
      unreadNotificationCount
    }
  }
`);

export const NotificationAddedSubscriptionDocument = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      ...NotificationItem_notification @unmask
    }
  }
`);

export const NotificationsPageQueryDocument = graphql(`
  query NotificationsPage($first: Int!, $after: String, $unreadOnly: Boolean!) {
    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...NotificationItem_notification @unmask
        }
      }
    }
  }
`);

export const MarkNotificationsReadMutationDocument = graphql(`
  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {
    markNotificationsRead(ids: $ids, all: $all)
  }
`);

export const NotificationPreferencesQueryDocument = graphql(`
  query NotificationPreferencesPage {
    me {
      id
      notificationPreferences {
        email
        emailAvailable
        muted
      }
    }
  }
`);

export const UpdateNotificationPreferencesMutationDocument = graphql(`
  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
      email
      emailAvailable
      muted
    }
  }
`);
