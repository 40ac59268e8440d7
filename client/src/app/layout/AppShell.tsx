import type { ReactNode } from 'react';
import type { CurrentUser } from '@/app/auth/auth-context';
import { LiveRegion } from '@/ui/LiveRegion';
import { AccountPanel } from './AccountPanel';
import { Header } from './Header';
import { Main } from './Main';
import { MainNav } from './MainNav';
import { SkipLink } from './SkipLink';

/** The signed-in frame around every workspace page. */
export function AppShell({ user, children }: { user: CurrentUser; children: ReactNode }) {
  return (
    <>
      <SkipLink />
      <Header>
        <AccountPanel user={user} />
      </Header>
      <MainNav />
      <Main>{children}</Main>
      <LiveRegion />
    </>
  );
}
