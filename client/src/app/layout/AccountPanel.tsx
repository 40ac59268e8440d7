import { useState } from 'react';
import type { CurrentUser } from '@/app/auth/auth-context';
import { useAuth } from '@/app/auth/use-auth';
import { Button } from '@/ui/Button';
import { Link } from '@/ui/Link';
import styles from './AccountPanel.module.css';

/** Who is signed in, and the way out. */
export function AccountPanel({ user }: { user: CurrentUser }) {
  const { signOut } = useAuth();
  const [isPending, setIsPending] = useState(false);
  const [failed, setFailed] = useState(false);

  async function handleSignOut() {
    setFailed(false);
    setIsPending(true);
    try {
      await signOut();
    } catch {
      setFailed(true);
      setIsPending(false);
    }
  }

  return (
    <div className={styles.panel}>
      <p className={styles.user}>
        <span className="visually-hidden">Signed in as </span>
        <span className={styles.name}>{user.displayName}</span>
        <span className="visually-hidden">, </span>
        <span className={styles.organization}>{user.organization.name}</span>
      </p>
      <Link href="/settings/notifications" variant="inverse" className={styles.settings}>
        Notification settings
      </Link>
      <Button
        variant="inverse"
        isPending={isPending}
        pendingLabel="Signing out…"
        onPress={() => void handleSignOut()}
      >
        Sign out
      </Button>
      {failed ? (
        <p role="alert" className={styles.error}>
          Signing out did not work. Check your connection and try again.
        </p>
      ) : null}
    </div>
  );
}
