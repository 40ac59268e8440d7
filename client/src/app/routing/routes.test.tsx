import { screen, within } from '@testing-library/react';
import { ADA, meMock } from '@/test/graphql-mocks';
import { renderApp } from '@/test/render-app';
import { safeNextPath, signInPathFor } from './navigation-state';

describe('unknown addresses', () => {
  it('show "Page not found" with one h1 and a link home when signed out', async () => {
    const { router } = renderApp({ path: '/no/such/page', mocks: [meMock(null)] });

    const heading = await screen.findByRole('heading', { level: 1, name: 'Page not found' });
    expect(screen.getAllByRole('heading', { level: 1 })).toEqual([heading]);
    expect(screen.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/');
    expect(router.state.location.pathname).toBe('/no/such/page');
    expect(document.title).toBe('Page not found — Commons');
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
  });

  it('show "Page not found" inside the workspace frame when signed in', async () => {
    renderApp({ path: '/problems-typo', mocks: [meMock(ADA)] });

    await screen.findByRole('heading', { level: 1, name: 'Page not found' });
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).queryByRole('link', { current: 'page' })).not.toBeInTheDocument();
    expect(screen.getByRole('banner')).toHaveTextContent('Ada Okafor');
  });
});

describe('the placeholder pages', () => {
  it.each([['/portfolios', 'Portfolios']])(
    '%s has one h1, "%s", and says it arrives with the next release',
    async (path, title) => {
      renderApp({ path, mocks: [meMock(ADA)] });

      const heading = await screen.findByRole('heading', { level: 1, name: title });
      expect(screen.getAllByRole('heading', { level: 1 })).toEqual([heading]);
      expect(screen.getByRole('main')).toHaveTextContent(/arrives? with the next release/);
      expect(document.title).toBe(`${title} — Commons`);
    },
  );
});

describe('safeNextPath', () => {
  it.each([
    ['/problems', '/problems'],
    ['/problems?status=ACTIVE#top', '/problems?status=ACTIVE#top'],
    [null, '/'],
    ['', '/'],
    ['problems', '/'],
    ['https://evil.example/', '/'],
    ['//evil.example/', '/'],
    ['/\\evil.example/', '/'],
    ['/\t/evil.example/', '/'],
    ['/sign-in?next=/sign-in', '/'],
  ])('%j gives %j', (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });

  it('round-trips what signInPathFor writes', () => {
    const path = signInPathFor({ pathname: '/problems', search: '?q=rough sleeping', hash: '' });
    const next = new URLSearchParams(path.split('?')[1]).get('next');
    expect(safeNextPath(next)).toBe('/problems?q=rough%20sleeping');
  });
});
