import { screen, within } from '@testing-library/react';
import { ADA, meMock, signOutMock } from '@/test/graphql-mocks';
import { renderApp } from '@/test/render-app';

describe('AppShell', () => {
  it('shows the signed-in user, their organisation and the main navigation', async () => {
    renderApp({ path: '/problems', mocks: [meMock(ADA)] });

    await screen.findByRole('heading', { level: 1, name: 'Problems' });
    const banner = screen.getByRole('banner');
    expect(banner).toHaveTextContent('Signed in as Ada Okafor, Department of Housing');
    expect(within(banner).getByRole('button', { name: 'Sign out' })).toBeInTheDocument();

    const nav = screen.getByRole('navigation', { name: 'Main' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'My work',
      'Problems',
      'Portfolios',
      'People',
    ]);
    expect(within(nav).getByRole('link', { name: 'My work' })).toHaveAttribute('href', '/');
    expect(within(nav).getByRole('link', { name: 'Problems' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    for (const name of ['My work', 'Portfolios', 'People']) {
      expect(within(nav).getByRole('link', { name })).not.toHaveAttribute('aria-current');
    }
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
    expect(document.title).toBe('Problems — Commons');
  });

  it('starts with the skip link, which moves focus to the main content', async () => {
    const { user } = renderApp({ path: '/', mocks: [meMock(ADA)] });
    const heading = await screen.findByRole('heading', { level: 1, name: 'My work' });
    // First load: focus stays at the top of the document.
    expect(heading).not.toHaveFocus();

    await user.tab();
    const skipLink = screen.getByRole('link', { name: 'Skip to main content' });
    expect(skipLink).toHaveFocus();
    expect(skipLink).toHaveAttribute('href', '#main');

    await user.keyboard('{Enter}');
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('navigates in the app: marks the new page current, focuses its heading and retitles', async () => {
    const { user, router } = renderApp({ path: '/', mocks: [meMock(ADA)] });
    await screen.findByRole('heading', { level: 1, name: 'My work' });
    const nav = screen.getByRole('navigation', { name: 'Main' });

    await user.click(within(nav).getByRole('link', { name: 'Portfolios' }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'Portfolios' });
    expect(router.state.location.pathname).toBe('/portfolios');
    expect(heading).toHaveFocus();
    expect(document.title).toBe('Portfolios — Commons');
    expect(within(nav).getByRole('link', { name: 'Portfolios' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(nav).getByRole('link', { name: 'My work' })).not.toHaveAttribute('aria-current');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('sends a signed-out visitor to sign in, remembering where they were going', async () => {
    const { router } = renderApp({ path: '/portfolios?view=all', mocks: [meMock(null)] });

    const heading = await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(router.state.location.search).toBe(
      `?next=${encodeURIComponent('/portfolios?view=all')}`,
    );
    expect(heading).not.toHaveFocus();
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
    expect(document.title).toBe('Sign in — Commons');
  });

  it('signs out: back to sign in, with the session forgotten', async () => {
    const { user, router } = renderApp({
      path: '/people',
      // The second `me` answers the query Apollo runs again once the store is cleared.
      mocks: [meMock(ADA), signOutMock(), meMock(null)],
    });
    await screen.findByRole('heading', { level: 1, name: 'People' });

    await user.click(screen.getByRole('button', { name: 'Sign out' }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(router.state.location.search).toBe('');
    expect(heading).toHaveFocus();
    expect(screen.getByRole('banner')).not.toHaveTextContent('Ada Okafor');
    expect(screen.queryByRole('button', { name: 'Sign out' })).not.toBeInTheDocument();
  });
});
