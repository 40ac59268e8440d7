import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { createCache } from '@/app/apollo/apollo-cache';
import { CreatePortfolioMutation } from './graphql/portfolios.graphql';
import { PortfoliosPage } from './PortfoliosPage';
import { portfoliosPageMock } from './testing/portfolio-mocks';

function createMock(): MockLink.MockedResponse {
  return {
    request: {
      query: CreatePortfolioMutation,
      variables: { input: { name: 'Winter 2027', description: null } },
    },
    result: {
      data: {
        createPortfolio: {
          __typename: 'Portfolio',
          id: 'UG9ydGZvbGlvOjI',
          name: 'Winter 2027',
          description: null,
          owner: { __typename: 'User', id: 'VXNlcjoy', displayName: 'Margaret Okafor' },
          problems: { __typename: 'ProblemConnection', totalCount: 0 },
        },
      },
    },
  };
}

function renderPage(mocks: MockLink.MockedResponse[]) {
  const router = createMemoryRouter(
    [
      { path: 'portfolios', Component: PortfoliosPage },
      { path: 'portfolios/:id', Component: () => <p>Portfolio page</p> },
    ],
    { initialEntries: ['/portfolios'] },
  );
  const user = userEvent.setup();
  render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <RouterProvider router={router} />
    </MockedProvider>,
  );
  return { user, router };
}

describe('PortfoliosPage', () => {
  it('lets an executive create a portfolio, checking the name first, then opens it', async () => {
    const { user, router } = renderPage([portfoliosPageMock(true), createMock()]);
    await user.click(await screen.findByRole('button', { name: 'Create a portfolio' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create a portfolio' });

    await user.click(within(dialog).getByRole('button', { name: 'Create portfolio' }));
    const summary = await within(dialog).findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: 'Enter a name for the portfolio' }),
    ).toBeInTheDocument();

    await user.type(within(dialog).getByLabelText('Name'), '  Winter 2027 ');
    await user.click(within(dialog).getByRole('button', { name: 'Create portfolio' }));

    expect(await screen.findByText('Portfolio page')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/portfolios/UG9ydGZvbGlvOjI');
  });
});
