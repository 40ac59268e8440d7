import type { NotificationItem_NotificationFragment } from '@/generated/graphql';
import { Button } from '@/ui/Button';
import { Link } from '@/ui/Link';
import { RelativeTime } from '@/modules/problem/RelativeTime';
import styles from './NotificationItem.module.css';

export interface NotificationItemProps {
  notification: NotificationItem_NotificationFragment;
  onOpen: () => void;
  onMarkRead: () => void;
  isMarking: boolean;
}

/**
 * One notification: unread ones say so in words and with a thick edge (not colour alone); its
 * link opens what it is about, and reading it that way marks it read.
 */
export function NotificationItem({
  notification,
  onOpen,
  onMarkRead,
  isMarking,
}: NotificationItemProps) {
  const unread = !notification.readAt;
  return (
    <article
      className={unread ? `${styles.item} ${styles.unread}` : styles.item}
      aria-labelledby={`notification-${notification.id}`}
    >
      <p className={styles.summary}>
        {unread ? <strong className={styles.unreadLabel}>Unread: </strong> : null}
        <Link href={notification.url} id={`notification-${notification.id}`} onPress={onOpen}>
          {notification.summary}
        </Link>
      </p>
      <p className={styles.meta}>
        <span>{notification.actor?.displayName ?? 'Commons'}</span>
        {notification.problem ? (
          <span>
            {notification.problem.key} {notification.problem.title}
          </span>
        ) : null}
        <RelativeTime dateTime={notification.createdAt} />
      </p>
      {unread ? (
        <Button
          variant="secondary"
          isPending={isMarking}
          pendingLabel="Marking as read…"
          onPress={onMarkRead}
        >
          Mark as read<span className="visually-hidden">: {notification.summary}</span>
        </Button>
      ) : null}
    </article>
  );
}
