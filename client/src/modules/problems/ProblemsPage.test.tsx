import { screen, waitFor } from '@testing-library/react';
import { ADA, meMock } from '@/test/graphql-mocks';
import { renderApp } from '@/test/render-app';
import {
  ProblemFilterOptionsQueryDocument,
  ProblemsPageQueryDocument,
} from './graphql/problems-page.query';
import { PAGE_SIZE } from './ProblemsPage';
import { problemNode } from './test/problem-fixtures';

const optionsMock = (createProblem: boolean) => ({
  request: { query: ProblemFilterOptionsQueryDocument },
  result: {
    data: {
      viewerCan: { __typename: 'WorkspacePermissions', createProblem, viewPortfolios: true },
      portfolios: [{ __typename: 'Portfolio', id: 'Portfolio:1', name: 'Homelessness' }],
      organizations: { __typename: 'OrganizationConnection', edges: [] },
    },
  },
});

function listMock(filter: Record<string, unknown>, keys: string[], orderBy = 'NEWEST') {
  return {
    request: {
      query: ProblemsPageQueryDocument,
      variables: { filter, first: PAGE_SIZE, orderBy },
    },
    result: {
      data: {
        problems: {
          __typename: 'ProblemConnection',
          totalCount: keys.length,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          edges: keys.map((key) => ({
            __typename: 'ProblemEdge',
            cursor: key,
            node: problemNode(key, `Problem ${key}`),
          })),
        },
      },
    },
  };
}

describe('the Problems list', () => {
  it('reads its filters from the address, and writes changes back to it', async () => {
    const { router, user } = renderApp({
      path: '/problems?status=ACTIVE',
      mocks: [
        meMock(ADA),
        optionsMock(true),
        listMock({ status: ['ACTIVE'] }, ['HOUS-1', 'HOUS-2']),
        listMock({ status: ['ACTIVE'], mine: true }, ['HOUS-2']),
      ],
    });

    await screen.findByRole('heading', { level: 1, name: 'Problems' });
    expect(await screen.findByRole('link', { name: 'HOUS-1 Problem HOUS-1' })).toHaveAttribute(
      'href',
      '/problems/HOUS-1',
    );
    expect(screen.getByRole('heading', { level: 2, name: '2 problems' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Active' })).toBeChecked();
    expect(await screen.findByRole('link', { name: 'New problem' })).toHaveAttribute(
      'href',
      '/problems/new',
    );

    await user.click(screen.getByRole('checkbox', { name: 'Only problems I am on' }));

    await waitFor(() => {
      expect(router.state.location.search).toBe('?status=ACTIVE&mine=1');
    });
    await screen.findByRole('heading', { level: 2, name: '1 problem' });
    expect(screen.queryByRole('link', { name: 'HOUS-1 Problem HOUS-1' })).not.toBeInTheDocument();

    await router.navigate(-1);
    await screen.findByRole('heading', { level: 2, name: '2 problems' });
    expect(screen.getByRole('checkbox', { name: 'Only problems I am on' })).not.toBeChecked();
  });

  it('asks the API for the order in the address, and shows the answer in its order', async () => {
    const { router, user } = renderApp({
      path: '/problems?sort=key',
      mocks: [
        meMock(ADA),
        optionsMock(true),
        listMock({}, ['ACC-1', 'HOUS-2', 'HOUS-12'], 'KEY'),
        listMock({}, ['HOUS-12', 'ACC-1', 'HOUS-2'], 'TITLE'),
      ],
    });
    await screen.findByRole('heading', { level: 2, name: '3 problems' });
    const keys = () =>
      screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent.split(' ')[0]);
    expect(keys()).toEqual(['ACC-1', 'HOUS-2', 'HOUS-12']);

    await user.click(screen.getByRole('button', { name: /Sort by/ }));
    await user.click(await screen.findByRole('option', { name: 'Title (A to Z)' }));
    await waitFor(() => {
      expect(router.state.location.search).toBe('?sort=title');
    });
    await waitFor(() => {
      expect(keys()).toEqual(['HOUS-12', 'ACC-1', 'HOUS-2']);
    });
    expect(screen.queryByText(/Sorted among/)).not.toBeInTheDocument();
  });

  it('hides "New problem" from accounts that may not create problems', async () => {
    renderApp({
      path: '/problems',
      mocks: [meMock(ADA), optionsMock(false), listMock({}, [])],
    });
    await screen.findByText('There are no problems you can see yet.');
    expect(screen.queryByRole('link', { name: 'New problem' })).not.toBeInTheDocument();
  });
});
