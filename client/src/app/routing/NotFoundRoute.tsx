import { useAuth } from '@/app/auth/use-auth';
import { NotFoundPage } from '@/app/errors/NotFoundPage';
import { AppShell } from '@/app/layout/AppShell';
import { LoadingScreen } from '@/app/layout/LoadingScreen';
import { PublicShell } from '@/app/layout/PublicShell';

/** Unknown addresses: inside the workspace frame when signed in, the public one otherwise. */
export function NotFoundRoute() {
  const auth = useAuth();
  if (auth.status === 'loading') return <LoadingScreen />;
  if (auth.status === 'signed-in') {
    return (
      <AppShell user={auth.user}>
        <NotFoundPage />
      </AppShell>
    );
  }
  return (
    <PublicShell>
      <NotFoundPage />
    </PublicShell>
  );
}
