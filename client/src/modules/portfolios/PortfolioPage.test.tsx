import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { createCache } from '@/app/apollo/apollo-cache';
import { PORTFOLIO_PAGE_SIZE, PortfolioPageQuery } from './graphql/portfolios.graphql';
import { PortfolioPage } from './PortfolioPage';

function problem(key: string, title: string, health: Record<string, number | null>) {
  return {
    __typename: 'Problem',
    id: `id-${key}`,
    key,
    title,
    status: 'ACTIVE',
    organizations: [{ __typename: 'Organization', id: 'o1', name: 'Department of Housing' }],
    health: {
      __typename: 'ProblemHealth',
      onTrack: 1,
      atRisk: 0,
      offTrack: 0,
      noData: 0,
      achieved: 0,
      openTasks: 5,
      overdueTasks: 0,
      crossSiloIndex: 1,
      alignment: 1,
      unlinkedOpenTasks: 0,
      unmovedOutcomes: 0,
      staleOutcomes: 0,
      ...health,
    },
    outcomes: [],
  };
}

function portfolioMock(viewerCanEdit: boolean): MockLink.MockedResponse {
  return {
    request: {
      query: PortfolioPageQuery,
      variables: { id: 'UG9ydGZvbGlvOjE', first: PORTFOLIO_PAGE_SIZE },
    },
    result: portfolioResult(viewerCanEdit),
  };
}

/** Only ROAD-3, whose outcomes are stale: the filtered list. */
function staleOnlyMock(): MockLink.MockedResponse {
  const all = portfolioResult(true);
  const edges = all.data.node.problems.edges.filter((e) => e.node.key === 'ROAD-3');
  return {
    request: {
      query: PortfolioPageQuery,
      variables: { id: 'UG9ydGZvbGlvOjE', first: PORTFOLIO_PAGE_SIZE, filter: { stale: true } },
    },
    result: {
      data: {
        node: { ...all.data.node, problems: { ...all.data.node.problems, totalCount: 1, edges } },
      },
    },
  };
}

function portfolioResult(viewerCanEdit: boolean) {
  return {
    data: {
      node: {
        __typename: 'Portfolio',
        id: 'UG9ydGZvbGlvOjE',
        name: 'Streets and Places',
        description: 'Winter, buses and floods.',
        version: 3,
        viewerCanEdit,
        owner: { __typename: 'User', id: 'u1', displayName: 'Amira Haddad' },
        problems: {
          __typename: 'ProblemConnection',
          totalCount: 3,
          edges: [
            {
              __typename: 'ProblemEdge',
              node: problem('ROAD-12', 'Potholes', { crossSiloIndex: 2.5 }),
            },
            {
              __typename: 'ProblemEdge',
              node: problem('ROAD-3', 'Snow clearing', {
                offTrack: 2,
                staleOutcomes: 2,
                unlinkedOpenTasks: 3,
                alignment: 0.4,
              }),
            },
            {
              __typename: 'ProblemEdge',
              node: problem('BUS-1', 'Bus reliability', { unmovedOutcomes: 1, alignment: null }),
            },
          ],
        },
      },
    },
  };
}

function renderPage(mocks: MockLink.MockedResponse[]) {
  const router = createMemoryRouter([{ path: 'portfolios/:id', Component: PortfolioPage }], {
    initialEntries: ['/portfolios/UG9ydGZvbGlvOjE'],
  });
  const user = userEvent.setup();
  render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <RouterProvider router={router} />
    </MockedProvider>,
  );
  return { user };
}

/** jsdom's Blob has no text(): FileReader reads it. */
function readText(blob: Blob | undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    if (!blob) {
      reject(new Error('no file was made'));
      return;
    }
    const reader = new FileReader();
    reader.onload = () => {
      resolve(typeof reader.result === 'string' ? reader.result : '');
    };
    reader.onerror = () => {
      reject(new Error('the file could not be read'));
    };
    reader.readAsText(blob);
  });
}

const keys = (table: HTMLElement) =>
  within(table)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent.split(' ')[0]);

describe('PortfolioPage', () => {
  it('shows the problems side by side, worst outcomes first, and calls out disconnected work', async () => {
    renderPage([portfolioMock(false)]);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Streets and Places' }),
    ).toBeInTheDocument();
    const table = screen.getByRole('grid', { name: 'Problems in Streets and Places' });
    expect(keys(table)).toEqual(['ROAD-3', 'ROAD-12', 'BUS-1']);
    expect(within(table).getByText('3 open tasks linked to no outcome')).toBeInTheDocument();
    expect(within(table).getByText('No open tasks')).toBeInTheDocument();

    const disconnected = screen.getByRole('region', { name: 'Disconnected work' });
    expect(disconnected).toHaveTextContent(
      '3 open tasks linked to no outcome, and 1 outcome that no open task moves, in 2 problems',
    );
    expect(
      within(disconnected).getByRole('link', { name: 'ROAD-3 Snow clearing' }),
    ).toHaveAttribute('href', '/problems/ROAD-3');
    expect(screen.queryByRole('button', { name: 'Edit portfolio' })).not.toBeInTheDocument();
  });

  it('shows stale outcomes in their own column, and lists only problems with some when asked', async () => {
    const { user } = renderPage([portfolioMock(true), staleOnlyMock()]);
    const table = await screen.findByRole('grid', { name: 'Problems in Streets and Places' });
    expect(within(table).getByRole('columnheader', { name: /Stale outcomes/ })).toBeInTheDocument();
    expect(within(table).getByText('2 outcomes need a figure')).toBeInTheDocument();
    expect(keys(table)).toEqual(['ROAD-3', 'ROAD-12', 'BUS-1']);

    await user.click(screen.getByRole('checkbox', { name: 'Only problems with stale outcomes' }));
    expect(
      await screen.findByText(/1 problem you may see with stale outcomes/),
    ).toBeInTheDocument();
    expect(keys(screen.getByRole('grid', { name: 'Problems in Streets and Places' }))).toEqual([
      'ROAD-3',
    ]);
    // A filtered list is never the one an edit would save.
    expect(screen.queryByRole('button', { name: 'Edit portfolio' })).not.toBeInTheDocument();
  });

  it('sorts by a column and downloads the table, as sorted, as CSV named after the portfolio', async () => {
    const created: Blob[] = [];
    URL.createObjectURL = (blob: Blob) => {
      created.push(blob);
      return 'blob:portfolio';
    };
    URL.revokeObjectURL = () => undefined;
    const clicked: string[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this.download);
    });

    const { user } = renderPage([portfolioMock(true)]);
    const table = await screen.findByRole('grid', { name: 'Problems in Streets and Places' });
    expect(screen.getByRole('button', { name: 'Edit portfolio' })).toBeInTheDocument();

    await user.click(within(table).getByRole('columnheader', { name: /Problem/ }));
    expect(keys(table)).toEqual(['BUS-1', 'ROAD-3', 'ROAD-12']);
    await user.click(within(table).getByRole('columnheader', { name: /Cross-silo index/ }));
    await user.click(within(table).getByRole('columnheader', { name: /Cross-silo index/ }));
    expect(keys(table)[0]).toBe('ROAD-12');

    await user.click(screen.getByRole('button', { name: 'Download as CSV' }));
    expect(clicked).toEqual(['streets-and-places.csv']);
    const text = await readText(created[0]);
    const lines = text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toMatch(/^Key,Title,Status,/);
    // The rows in the order shown (ties keep the API's order).
    expect(lines.slice(1, 4).map((line) => line.split(',')[0])).toEqual(keys(table));
    expect(keys(table)).toEqual(['ROAD-12', 'ROAD-3', 'BUS-1']);
  });
});
