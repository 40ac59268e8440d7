import type { MockLink } from '@apollo/client/testing';
import { ADA } from '@/test/graphql-mocks';
import {
  MarkNotificationsReadMutationDocument,
  NotificationAddedSubscriptionDocument,
  NotificationBellQueryDocument,
  NotificationsPageQueryDocument,
} from '../graphql/notifications.graphql';

export function notification(id: string, summary: string, read = false) {
  return {
    __typename: 'Notification',
    id,
    kind: 'MENTIONED',
    summary,
    url: '/problems/HOUS-12/discussion',
    readAt: read ? '2026-12-01T10:00:00.000Z' : null,
    createdAt: new Date(Date.now() - 3 * 3600_000).toISOString(),
    actor: { __typename: 'User', id: 'VXNlcjoy', displayName: 'Amira Haddad' },
    problem: { __typename: 'Problem', id: 'Problem:12', key: 'HOUS-12', title: 'Rough sleeping' },
  };
}

export type NotificationFixture = ReturnType<typeof notification>;

export function bellMock(count: number): MockLink.MockedResponse {
  return {
    request: { query: NotificationBellQueryDocument },
    result: { data: { me: { __typename: 'User', id: ADA.id, unreadNotificationCount: count } } },
  };
}

export function inboxMock(
  nodes: NotificationFixture[],
  options: { unreadOnly?: boolean; after?: string; endCursor?: string; totalCount?: number } = {},
): MockLink.MockedResponse {
  return {
    request: {
      query: NotificationsPageQueryDocument,
      variables: {
        first: 20,
        unreadOnly: options.unreadOnly ?? false,
        ...(options.after ? { after: options.after } : {}),
      },
    },
    result: {
      data: {
        notifications: {
          __typename: 'NotificationConnection',
          totalCount: options.totalCount ?? nodes.length,
          pageInfo: {
            __typename: 'PageInfo',
            hasNextPage: Boolean(options.endCursor),
            endCursor: options.endCursor ?? null,
          },
          edges: nodes.map((node) => ({ __typename: 'NotificationEdge', node })),
        },
      },
    },
  };
}

export function markReadMock(
  variables: { ids: string[] } | { all: true },
  changed: number,
): MockLink.MockedResponse {
  return {
    request: { query: MarkNotificationsReadMutationDocument, variables },
    result: { data: { markNotificationsRead: changed } },
  };
}

export function notificationAddedMock(
  node: NotificationFixture,
  delay = 50,
): MockLink.MockedResponse {
  return {
    request: { query: NotificationAddedSubscriptionDocument },
    result: { data: { notificationAdded: node } },
    delay,
  };
}
