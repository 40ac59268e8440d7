import { ApolloClient, ApolloLink } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { Observable } from 'rxjs';
import { createCache } from '@/app/apollo/apollo-cache';
import { ADA, meMock } from '@/test/graphql-mocks';
import { portfoliosPageMock } from '@/modules/portfolios/testing/portfolio-mocks';
import { renderApp } from '@/test/render-app';
import { safeNextPath, signInPathFor } from './navigation-state';
import { createRoutes } from './routes';

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

describe('the portfolios page', () => {
  it('has one h1, "Portfolios", and lists the portfolios with their owner and problem count', async () => {
    renderApp({ path: '/portfolios', mocks: [meMock(ADA), portfoliosPageMock()] });

    const heading = await screen.findByRole('heading', { level: 1, name: 'Portfolios' });
    expect(screen.getAllByRole('heading', { level: 1 })).toEqual([heading]);
    expect(document.title).toBe('Portfolios — Commons');
    const table = await screen.findByRole('grid', { name: 'Portfolios' });
    const row = within(table).getByRole('row', { name: /Homes, Income and Communities/ });
    expect(within(row).getByRole('link')).toHaveAttribute('href', '/portfolios/UG9ydGZvbGlvOjE');
    expect(row).toHaveTextContent('Samuel Adeyemi');
    expect(row).toHaveTextContent('7');
    // A member may not create portfolios: the control is not shown.
    expect(screen.queryByRole('button', { name: 'Create a portfolio' })).not.toBeInTheDocument();
  });
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

describe('preloading', () => {
  it('starts a board’s queries together, before the layouts above it have their answers', async () => {
    // A server that never answers: without preloading only the sign-in check would be sent,
    // since the problem's layout and then its board each wait for the answer above them.
    const sent: string[] = [];
    const client = new ApolloClient({
      cache: createCache(),
      link: new ApolloLink((operation) => {
        sent.push(operation.operationName ?? '');
        return new Observable(() => undefined);
      }),
    });
    const router = createMemoryRouter(createRoutes({ client }), {
      initialEntries: ['/problems/HOUS-12/board'],
    });
    render(
      <ApolloProvider client={client}>
        <RouterProvider router={router} />
      </ApolloProvider>,
    );
    await waitFor(() => {
      expect([...new Set(sent)].sort()).toEqual(['BoardTab', 'Me', 'ProblemLayout']);
    });
  });
});
