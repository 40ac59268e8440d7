import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { onLiveEvent } from '@/app/apollo/live-link';
import { MeQueryDocument } from '@/app/auth/graphql/me.query';
import { announce } from '@/ui/announce';
import styles from './LiveStatus.module.css';

const SHOWN_MS = 5_000;

/**
 * After the live connection comes back (a network drop, a server restart), everything on screen
 * is refetched (changes may have been missed meanwhile) and the user is told, quietly. When the
 * server ends the session, `me` is asked again, and the app goes to sign in.
 */
export function LiveStatus() {
  const client = useApolloClient();
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    let hide: ReturnType<typeof setTimeout> | undefined;
    const stop = onLiveEvent((event) => {
      if (event === 'session-ended') {
        void client.refetchQueries({ include: [MeQueryDocument] }).catch(() => undefined);
        return;
      }
      void client
        .refetchQueries({ include: 'active' })
        .then(() => {
          const text = 'Reconnected — up to date';
          announce(text);
          setMessage(text);
          clearTimeout(hide);
          hide = setTimeout(() => setMessage(null), SHOWN_MS);
        })
        .catch(() => undefined);
    });
    return () => {
      stop();
      clearTimeout(hide);
    };
  }, [client]);

  // Announced through the app's one live region; this is the visible copy.
  return message ? <p className={styles.status}>{message}</p> : null;
}
