import { screen, waitFor, within } from '@testing-library/react';
import { ADA, meMock } from '@/test/graphql-mocks';
import { renderApp } from '@/test/render-app';
import {
  PaletteSearchQueryDocument,
  PaletteViewerCanQueryDocument,
} from './graphql/palette-search.query';

const viewerCanMock = (createProblem: boolean) => ({
  request: { query: PaletteViewerCanQueryDocument },
  result: {
    data: { viewerCan: { __typename: 'WorkspacePermissions', createProblem } },
  },
});

const searchMock = {
  request: {
    query: PaletteSearchQueryDocument,
    variables: { problemSearch: 'HOUS-12', search: 'HOUS-12 #4' },
  },
  result: {
    data: {
      problems: {
        __typename: 'ProblemConnection',
        edges: [
          {
            __typename: 'ProblemEdge',
            node: { __typename: 'Problem', id: 'P:12', key: 'HOUS-12', title: 'Rough sleeping' },
          },
        ],
      },
      tasks: [
        {
          __typename: 'Task',
          id: 'T:4',
          number: 4,
          title: 'Book the outreach van',
          problem: { __typename: 'Problem', id: 'P:12', key: 'HOUS-12' },
        },
      ],
      users: { __typename: 'UserConnection', edges: [] },
    },
  },
};

describe('the command palette', () => {
  it('opens with Ctrl+K, finds a task by reference and goes to its board', async () => {
    const { user, router } = renderApp({
      path: '/nowhere',
      mocks: [meMock(ADA), viewerCanMock(true), searchMock],
    });
    await screen.findByRole('heading', { level: 1, name: 'Page not found' });

    await user.keyboard('{Control>}k{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'Search and go to' });
    const field = within(dialog).getByRole('searchbox', {
      name: 'Search problems, tasks, people and pages',
    });
    await waitFor(() => {
      expect(field).toHaveFocus();
    });

    await user.type(field, 'HOUS-12 #4');
    const first = await within(dialog).findByRole('menuitem', {
      name: /HOUS-12 #4 Book the outreach van/,
    });
    const items = within(dialog).getAllByRole('menuitem');
    expect(items[0]).toBe(first);
    expect(within(dialog).getByRole('menuitem', { name: /HOUS-12 Rough sleeping/ })).toBeVisible();

    await user.keyboard('{Enter}');
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/problems/HOUS-12/board');
    });
    expect(router.state.location.search).toBe('?task=4');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('opens from the header button and lists pages without a search', async () => {
    const { user } = renderApp({ path: '/nowhere', mocks: [meMock(ADA), viewerCanMock(true)] });
    await screen.findByRole('heading', { level: 1, name: 'Page not found' });
    await user.click(within(screen.getByRole('banner')).getByRole('button', { name: /Search/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Search and go to' });
    await within(dialog).findByRole('menuitem', { name: /New problem/ });
    expect(
      within(dialog)
        .getAllByRole('menuitem')
        .map((item) => item.textContent),
    ).toEqual(['My workPage', 'ProblemsPage', 'PortfoliosPage', 'PeoplePage', 'New problemPage']);
    await user.keyboard('{Escape}');
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });
  });

  it('offers "New problem" only to a viewer who may create problems', async () => {
    const { user } = renderApp({ path: '/nowhere', mocks: [meMock(ADA), viewerCanMock(false)] });
    await screen.findByRole('heading', { level: 1, name: 'Page not found' });
    await user.keyboard('{Control>}k{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'Search and go to' });
    await within(dialog).findByRole('menuitem', { name: /People/ });
    // Let the permissions answer arrive: the list must still not offer it.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(
      within(dialog)
        .getAllByRole('menuitem')
        .map((item) => item.textContent),
    ).toEqual(['My workPage', 'ProblemsPage', 'PortfoliosPage', 'PeoplePage']);

    await user.type(within(dialog).getByRole('searchbox'), 'new');
    expect(within(dialog).queryByRole('menuitem', { name: /New problem/ })).toBeNull();
  });

  it('goes to the new problem form from "New problem" when the viewer may create one', async () => {
    const { user, router } = renderApp({
      path: '/nowhere',
      mocks: [meMock(ADA), viewerCanMock(true)],
    });
    await screen.findByRole('heading', { level: 1, name: 'Page not found' });
    await user.keyboard('{Control>}k{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'Search and go to' });
    await user.click(await within(dialog).findByRole('menuitem', { name: /New problem/ }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/problems/new');
    });
  });
});
