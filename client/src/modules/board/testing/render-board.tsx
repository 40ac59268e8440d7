import { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, Outlet } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { createCache } from '@/app/apollo/apollo-cache';
import type { ProblemOutletContext } from '@/modules/problem/problem-context';
import { subscribeToAnnouncements } from '@/ui/announce';
import { BoardTab } from '../BoardTab';
import type { TestTask } from './board-mocks';

export const TASKS: TestTask[] = [
  { id: 't1', number: 1, title: 'Review every household', status: 'TODO', rank: 'a0' },
  { id: 't2', number: 2, title: 'Landlord incentive', status: 'TODO', rank: 'a1' },
  { id: 't3', number: 3, title: 'School transport', status: 'IN_PROGRESS', rank: 'a0' },
];

/** The Board tab under a problem route that gives it the layout's outlet context. */
export function renderBoardForTest(
  mocks: ReadonlyArray<MockLink.MockedResponse>,
  { path = '/problems/HOUS-12/board' }: { path?: string } = {},
) {
  const context: ProblemOutletContext = {
    problemId: 'UHJvYmxlbTox',
    problemKey: 'HOUS-12',
    problemTitle: 'Families in temporary accommodation',
    viewerCan: { edit: true, contribute: true, comment: true },
    viewerRole: 'LEAD',
  };
  const router = createMemoryRouter(
    [
      {
        path: 'problems/:key',
        element: <Outlet context={context} />,
        children: [{ path: 'board', element: <BoardTab /> }],
      },
    ],
    { initialEntries: [path] },
  );
  const client = new ApolloClient({
    link: new MockLink(mocks),
    cache: createCache(),
    dataMasking: true,
  });
  const announcements: string[] = [];
  const unsubscribe = subscribeToAnnouncements((message) => announcements.push(message));
  const view = render(
    <ApolloProvider client={client}>
      <RouterProvider router={router} />
    </ApolloProvider>,
  );
  return { ...view, client, router, announcements, unsubscribe, user: userEvent.setup() };
}
