import { useQuery } from '@apollo/client/react';
import { useLocation } from 'react-router';
import { Link } from '@/ui/Link';
import { NotificationBellQueryDocument } from '../graphql/notifications.graphql';
import { useNotificationsLive } from '../hooks/use-notifications-live';
import styles from './NotificationBell.module.css';

export const NOTIFICATIONS_PATH = '/notifications';

/**
 * The header's way to the inbox, with the unread count as a badge ("Notifications, 3 unread" to
 * a screen reader). It also holds the one live subscription that keeps that count current.
 */
export function NotificationBell({ viewerId }: { viewerId: string }) {
  useNotificationsLive(viewerId);
  const { data } = useQuery(NotificationBellQueryDocument);
  const { pathname } = useLocation();
  const count = data?.me?.unreadNotificationCount ?? 0;
  return (
    <Link
      href={NOTIFICATIONS_PATH}
      variant="plain"
      className={styles.bell}
      aria-current={pathname === NOTIFICATIONS_PATH ? 'page' : undefined}
    >
      {count > 0 ? (
        <>
          {/* One name for screen readers; the visible copy is the word and the badge. */}
          <span className="visually-hidden">Notifications, {count} unread</span>
          <span aria-hidden="true" className={styles.label}>
            Notifications <span className={styles.badge}>{count > 99 ? '99+' : count}</span>
          </span>
        </>
      ) : (
        'Notifications'
      )}
    </Link>
  );
}
