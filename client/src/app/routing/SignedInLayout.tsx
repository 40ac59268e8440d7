import { Navigate, Outlet, useLocation } from 'react-router';
import { useAuth } from '@/app/auth/use-auth';
import { ServiceUnavailablePage } from '@/app/errors/ServiceUnavailablePage';
import { AppShell } from '@/app/layout/AppShell';
import { LoadingScreen } from '@/app/layout/LoadingScreen';
import { PublicShell } from '@/app/layout/PublicShell';
import { PRESERVE_FOCUS, signInPathFor } from './navigation-state';

/** Every workspace page: signed-out visitors go to sign in, and come back here afterwards. */
export function SignedInLayout() {
  const auth = useAuth();
  const location = useLocation();

  switch (auth.status) {
    case 'loading':
      return <LoadingScreen />;
    case 'unavailable':
      return (
        <PublicShell>
          <ServiceUnavailablePage retry={auth.retry} />
        </PublicShell>
      );
    case 'signed-out':
      return <Navigate to={signInPathFor(location)} replace state={PRESERVE_FOCUS} />;
    case 'signed-in':
      return (
        <AppShell user={auth.user}>
          <Outlet />
        </AppShell>
      );
  }
}
