import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { useAuth } from '@/app/auth/use-auth';
import { MarkNotificationsReadMutationDocument } from '../graphql/notifications.graphql';
import { applyMarkedRead } from './notifications-cache';

/**
 * Marks notifications read (some by id, or all); the cache follows (items read, the bell's count
 * down) once the server says how many changed. Resolves to that number.
 */
export function useMarkNotificationsRead() {
  const auth = useAuth();
  const viewerId = auth.status === 'signed-in' ? auth.user.id : null;
  const [mutate, { loading }] = useMutation(MarkNotificationsReadMutationDocument);

  const markRead = useCallback(
    async (target: { ids: readonly string[] } | { all: true }): Promise<number> => {
      const result = await mutate({
        variables: 'all' in target ? { all: true } : { ids: [...target.ids] },
        update: (cache, { data }) => {
          if (viewerId && data) {
            applyMarkedRead(cache, viewerId, target, data.markNotificationsRead);
          }
        },
      });
      return result.data?.markNotificationsRead ?? 0;
    },
    [mutate, viewerId],
  );
  return { markRead, loading };
}
