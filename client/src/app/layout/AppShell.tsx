import type { ReactNode } from 'react';
import type { CurrentUser } from '@/app/auth/auth-context';
import { PaletteButton } from '@/app/palette/PaletteButton';
import { PaletteProvider } from '@/app/palette/PaletteProvider';
import { ShortcutsButton } from '@/app/shortcuts/ShortcutsButton';
import { ShortcutsProvider } from '@/app/shortcuts/ShortcutsProvider';
import { LiveStatus } from '@/app/live/LiveStatus';
import { LiveRegion } from '@/ui/LiveRegion';
import { NotificationBell } from '@/modules/notifications/components/NotificationBell';
import { AccountPanel } from './AccountPanel';
import { Header } from './Header';
import { Main } from './Main';
import { MainNav } from './MainNav';
import { SkipLink } from './SkipLink';

/**
 * The signed-in frame around every workspace page, with the command palette (Ctrl+K) and the
 * keyboard shortcuts available everywhere in it.
 */
export function AppShell({ user, children }: { user: CurrentUser; children: ReactNode }) {
  return (
    <PaletteProvider>
      <ShortcutsProvider>
        <SkipLink />
        <Header
          tools={
            <>
              <NotificationBell viewerId={user.id} />
              <PaletteButton />
              <ShortcutsButton />
            </>
          }
        >
          <AccountPanel user={user} />
        </Header>
        <MainNav />
        <Main>{children}</Main>
        <LiveRegion />
        <LiveStatus />
      </ShortcutsProvider>
    </PaletteProvider>
  );
}
