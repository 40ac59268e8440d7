import type { ApolloCache, Reference } from '@apollo/client';
import type { NotificationItem_NotificationFragment } from '@/generated/graphql';
import { NotificationItemFragment } from '../graphql/notifications.graphql';

interface StoredEdge {
  __typename?: string;
  node: Reference;
}
interface StoredConnection {
  totalCount?: number;
  edges?: readonly StoredEdge[];
}

function isConnection(value: unknown): value is StoredConnection {
  return typeof value === 'object' && value !== null && 'edges' in value;
}

function userId(cache: ApolloCache, viewerId: string): string | undefined {
  return cache.identify({ __typename: 'User', id: viewerId });
}

/**
 * A notification that just arrived: into the cache, at the top of every inbox list already
 * loaded (all and unread-only; it is new, so unread), and into the bell's count.
 */
export function addNotification(
  cache: ApolloCache,
  viewerId: string,
  notification: NotificationItem_NotificationFragment,
): void {
  const ref = cache.writeFragment({
    fragment: NotificationItemFragment,
    // From the subscription: with the __typename Apollo adds to every selection.
    data: notification,
  });
  if (!ref) return;
  // Set inside the modifier below (a closure: a plain `let` would read as always true).
  const seen = { before: false };
  cache.modify({
    id: 'ROOT_QUERY',
    fields: {
      notifications(existing: unknown, { readField }) {
        if (!isConnection(existing)) return existing;
        const edges = existing.edges ?? [];
        // The same event twice (a reconnect replays nothing, but a refetch may have it already).
        if (edges.some((edge) => readField('id', edge.node) === notification.id)) {
          seen.before = true;
          return existing;
        }
        return {
          ...existing,
          totalCount: (existing.totalCount ?? edges.length) + 1,
          edges: [{ __typename: 'NotificationEdge', node: ref }, ...edges],
        };
      },
    },
  });
  if (seen.before || notification.readAt) return;
  cache.modify({
    id: userId(cache, viewerId),
    fields: { unreadNotificationCount: (count: number) => count + 1 },
  });
}

/**
 * After `markNotificationsRead`: the given ones (or every one the cache holds) read now, and the
 * bell's count down by as many as the server says changed.
 */
export function applyMarkedRead(
  cache: ApolloCache,
  viewerId: string,
  target: { ids: readonly string[] } | { all: true },
  changed: number,
): void {
  const now = new Date().toISOString();
  const ids = new Set<string>();
  if ('ids' in target) {
    for (const id of target.ids) ids.add(id);
  } else {
    cache.modify({
      id: 'ROOT_QUERY',
      fields: {
        notifications(existing: unknown, { readField }) {
          if (isConnection(existing)) {
            for (const edge of existing.edges ?? []) {
              const id = readField<string>('id', edge.node);
              if (id) ids.add(id);
            }
          }
          return existing;
        },
      },
    });
  }
  for (const id of ids) {
    cache.modify({
      id: cache.identify({ __typename: 'Notification', id }),
      fields: { readAt: (readAt: string | null) => readAt ?? now },
    });
  }
  cache.modify({
    id: userId(cache, viewerId),
    fields: {
      unreadNotificationCount: (count: number) =>
        'all' in target ? 0 : Math.max(0, count - changed),
    },
  });
}
