import type { ReactNode } from 'react';
import { Header } from './Header';
import { Main } from './Main';
import { SkipLink } from './SkipLink';

/** The frame for pages seen signed out: sign in, not found, errors. */
export function PublicShell({ children }: { children: ReactNode }) {
  return (
    <>
      <SkipLink />
      <Header />
      <Main>{children}</Main>
    </>
  );
}
