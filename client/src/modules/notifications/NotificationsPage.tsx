import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { PageHeading } from '@/app/layout/PageHeading';
import { PRESERVE_FOCUS } from '@/app/routing/navigation-state';
import { announce } from '@/ui/announce';
import { Button } from '@/ui/Button';
import { Checkbox } from '@/ui/Checkbox';
import { Link } from '@/ui/Link';
import { QueryState } from '@/ui/QueryState';
import { NotificationItem } from './components/NotificationItem';
import { NotificationsPageQueryDocument } from './graphql/notifications.graphql';
import { useMarkNotificationsRead } from './hooks/use-mark-notifications-read';
import styles from './NotificationsPage.module.css';

const PAGE_SIZE = 20;

/**
 * The inbox: my notifications, newest first (new ones arrive at the top live), `?unread=1` for
 * the unread ones only. Marked-read items stay where they are, even in the unread view, so that
 * nothing moves under the reader; the next visit leaves them out.
 */
export function NotificationsPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const unreadOnly = searchParams.get('unread') === '1';
  const [isLoadingMore, setIsLoadingMore] = useState(false);
  const [marking, setMarking] = useState<ReadonlySet<string>>(new Set());
  const { markRead, loading: isMarkingAll } = useMarkNotificationsRead();
  const { data, loading, error, refetch, fetchMore } = useQuery(NotificationsPageQueryDocument, {
    variables: { first: PAGE_SIZE, unreadOnly },
  });
  const connection = data?.notifications;

  function setUnreadOnly(next: boolean) {
    const params = new URLSearchParams(searchParams);
    if (next) params.set('unread', '1');
    else params.delete('unread');
    setSearchParams(params, { replace: true, preventScrollReset: true, state: PRESERVE_FOCUS });
  }

  async function showMore() {
    const after = connection?.pageInfo.endCursor;
    if (!after) return;
    setIsLoadingMore(true);
    try {
      await fetchMore({
        variables: { after },
        updateQuery: (previous, { fetchMoreResult }) => ({
          notifications: {
            ...fetchMoreResult.notifications,
            edges: [...previous.notifications.edges, ...fetchMoreResult.notifications.edges],
          },
        }),
      });
    } finally {
      setIsLoadingMore(false);
    }
  }

  async function markOne(id: string) {
    setMarking((current) => new Set(current).add(id));
    try {
      await markRead({ ids: [id] });
      announce('Marked as read');
      // Its button goes away: keep the reader on the same item.
      document.getElementById(`notification-${id}`)?.focus();
    } catch {
      announce('That notification could not be marked as read. Try again.');
    } finally {
      setMarking((current) => {
        const next = new Set(current);
        next.delete(id);
        return next;
      });
    }
  }

  async function markAll() {
    try {
      const changed = await markRead({ all: true });
      announce(
        changed === 0
          ? 'Nothing was unread'
          : `${String(changed)} ${changed === 1 ? 'notification' : 'notifications'} marked as read`,
      );
    } catch {
      announce('Your notifications could not be marked as read. Try again.');
    }
  }

  return (
    <>
      <PageHeading>Notifications</PageHeading>
      <p>
        What happened that concerns you: mentions, assignments, teams and outcomes.{' '}
        <Link href="/settings/notifications">Notification settings</Link>
      </p>
      <div className={styles.tools}>
        <Checkbox name="unread-only" isSelected={unreadOnly} onChange={setUnreadOnly}>
          Unread only
        </Checkbox>
        <Button
          variant="secondary"
          isPending={isMarkingAll}
          pendingLabel="Marking all as read…"
          onPress={() => void markAll()}
        >
          Mark all as read
        </Button>
      </div>
      <QueryState
        loading={loading && !data}
        error={data ? undefined : error}
        onRetry={() => void refetch()}
        isEmpty={connection?.edges.length === 0}
        loadingLabel="Loading your notifications…"
        errorMessage="Your notifications could not be loaded."
        emptyMessage={
          unreadOnly ? 'You have no unread notifications.' : 'You have no notifications yet.'
        }
      >
        <ul className={styles.list} aria-label="Notifications, newest first">
          {connection?.edges.map(({ node }) => (
            <li key={node.id}>
              <NotificationItem
                notification={node}
                isMarking={marking.has(node.id)}
                onMarkRead={() => void markOne(node.id)}
                onOpen={() => {
                  // Navigation goes ahead; the mutation finishes in the background.
                  if (!node.readAt) markRead({ ids: [node.id] }).catch(() => undefined);
                }}
              />
            </li>
          ))}
        </ul>
        {connection?.pageInfo.hasNextPage ? (
          <Button
            variant="secondary"
            isPending={isLoadingMore}
            pendingLabel="Loading more notifications…"
            onPress={() => void showMore()}
          >
            Show more notifications
          </Button>
        ) : null}
      </QueryState>
    </>
  );
}
