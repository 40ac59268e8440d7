import { useApolloClient, useSubscription } from '@apollo/client/react';
import { announce } from '@/ui/announce';
import { NotificationAddedSubscriptionDocument } from '../graphql/notifications.graphql';
import { addNotification } from './notifications-cache';

/**
 * The viewer's new notifications as they are created: each goes to the top of an open inbox,
 * raises the bell's count and is announced politely. Mounted once, by the bell in the shell.
 */
export function useNotificationsLive(viewerId: string): void {
  const client = useApolloClient();
  useSubscription(NotificationAddedSubscriptionDocument, {
    ignoreResults: true,
    onData: ({ data }) => {
      const notification = data.data?.notificationAdded;
      if (!notification) return;
      addNotification(client.cache, viewerId, notification);
      announce(`New notification: ${notification.summary}`);
    },
    // A dropped connection is the link's to restore (it reconnects and the app refetches).
    onError: () => undefined,
  });
}
