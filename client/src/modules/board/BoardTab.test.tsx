import { act, screen, waitFor, within } from '@testing-library/react';
import type { FractionalIndexingLoader } from './testing/fractional-indexing';
import { boardMock, boardPageMock, moveMock, taskMock } from './testing/board-mocks';
import type { TestTask } from './testing/board-mocks';
import { renderBoardForTest, TASKS } from './testing/render-board';
import { CARDS_SHOWN } from './components/BoardColumn';

jest.mock('fractional-indexing', () =>
  jest.requireActual<FractionalIndexingLoader>('./testing/fractional-indexing').load(),
);

function column(name: string) {
  return screen.getByRole('grid', { name: new RegExp(`^${name}`) });
}

function titlesIn(name: string): string[] {
  return within(column(name))
    .queryAllByRole('row')
    .filter((row) => row.querySelector('[data-task-id]'))
    .map((row) => row.textContent);
}

describe('BoardTab', () => {
  it('shows the columns in rank order and moves a card with the Move to… menu, at once', async () => {
    const { user, announcements, unsubscribe } = renderBoardForTest([
      boardMock(TASKS),
      moveMock({ id: 't2', status: 'IN_PROGRESS', afterId: null, version: 1 }, { rank: 'Zz' }),
    ]);
    await screen.findByRole('heading', { name: /To do/ });
    expect(titlesIn('To do')).toEqual([
      expect.stringContaining('#1 Review every household'),
      expect.stringContaining('#2 Landlord incentive'),
    ]);

    await user.click(screen.getByRole('button', { name: 'Move to… #2' }));
    await user.click(await screen.findByRole('menuitem', { name: 'In progress' }));

    // Optimistic: in its new column before the server has answered.
    expect(titlesIn('In progress')[0]).toContain('#2 Landlord incentive');
    expect(titlesIn('To do')).toHaveLength(1);
    expect(announcements).toContain('HOUS-12 #2 moved to In progress');
    await waitFor(() => {
      expect(document.activeElement?.outerHTML.slice(0, 300)).toContain('#2 Landlord incentive');
    });
    unsubscribe();
  });

  it('puts the card back and says why when the server refuses the move', async () => {
    const { user, announcements, unsubscribe } = renderBoardForTest([
      boardMock(TASKS),
      moveMock(
        { id: 't1', status: 'DONE', afterId: null, version: 1 },
        { errors: [{ message: 'Changed', extensions: { code: 'CONFLICT', currentVersion: 2 } }] },
      ),
      taskMock({ ...TASKS[0]!, version: 2 }),
    ]);
    await screen.findByRole('heading', { name: /To do/ });
    await user.click(screen.getByRole('button', { name: 'Move to… #1' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Done' }));
    expect(titlesIn('Done')).toHaveLength(1);

    const message = await screen.findByText(/HOUS-12 #1 was not moved: someone else changed it/);
    expect(message).toBeVisible();
    expect(titlesIn('Done')).toHaveLength(0);
    expect(titlesIn('To do')[0]).toContain('#1 Review every household');
    expect(announcements.some((text) => text.startsWith('HOUS-12 #1 was not moved'))).toBe(true);
    unsubscribe();
  });

  it('shows a long column’s first cards and the rest on “Show more”', async () => {
    const many = Array.from({ length: CARDS_SHOWN + 5 }, (_, i) => ({
      id: `m${String(i)}`,
      number: i + 1,
      title: `Step ${String(i + 1)}`,
      status: 'TODO' as const,
      // Ranks that sort as the numbers do: a0, a1 … a9, b0 …
      rank: `${String.fromCharCode(97 + Math.floor(i / 10))}${String(i % 10)}`,
    }));
    const { user, unsubscribe } = renderBoardForTest([boardMock(many)]);
    await screen.findByRole('heading', { name: /To do/ });
    expect(titlesIn('To do')).toHaveLength(CARDS_SHOWN);
    expect(titlesIn('To do').at(-1)).toContain(`#${String(CARDS_SHOWN)} Step`);
    await user.click(screen.getByRole('button', { name: /Show 5 more in To do/ }));
    expect(titlesIn('To do')).toHaveLength(CARDS_SHOWN + 5);
    expect(screen.queryByRole('button', { name: /Show .* more in To do/ })).toBeNull();
    unsubscribe();
  });

  it('loads a long column’s next pages after the first, and counts them all', async () => {
    const [first, second, third] = TASKS as [TestTask, TestTask, TestTask];
    const thirdInTodo = { ...third, status: 'TODO' as const, rank: 'a2' };
    const { unsubscribe } = renderBoardForTest([
      boardMock([first, second, thirdInTodo], {
        firstPages: { TODO: { tasks: [first], endCursor: 'c1' } },
      }),
      boardPageMock('TODO', 'c1', [second], { totalCount: 3, endCursor: 'c2' }),
      boardPageMock('TODO', 'c2', [thirdInTodo], { totalCount: 3 }),
    ]);
    await waitFor(() => {
      expect(titlesIn('To do')).toHaveLength(3);
    });
    expect(titlesIn('To do')[2]).toContain('#3 School transport');
    expect(screen.getByText(/^3 tasks/)).not.toHaveTextContent('loaded so far');
    unsubscribe();
  });

  it('shows a read-only board to a viewer who may not contribute', async () => {
    const { unsubscribe } = renderBoardForTest([boardMock(TASKS, { contribute: false })]);
    await screen.findByRole('heading', { name: /To do/ });
    expect(screen.getByText(/You can see this board but not change it/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Move to…/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /New task/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Drag/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Edit/ })).toBeNull();
    unsubscribe();
  });

  describe('the open task in the address (?task=)', () => {
    it('opens the linked task’s panel, and closing it takes ?task= away', async () => {
      const { router, user, unsubscribe } = renderBoardForTest(
        [boardMock(TASKS), taskMock(TASKS[1]!)],
        { path: '/problems/HOUS-12/board?task=2' },
      );
      const dialog = await screen.findByRole('dialog', { name: 'Edit task' });
      expect(await within(dialog).findByRole('textbox', { name: /^Title/ })).toHaveValue(
        'Landlord incentive',
      );

      await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
      await waitFor(() => {
        expect(screen.queryByRole('dialog')).toBeNull();
      });
      expect(router.state.location.search).toBe('');
      expect(router.state.historyAction).toBe('REPLACE');
      unsubscribe();
    });

    it('puts the task edited into the address, and Back closes its panel', async () => {
      const { router, user, unsubscribe } = renderBoardForTest([
        boardMock(TASKS),
        taskMock(TASKS[0]!),
        taskMock(TASKS[0]!),
      ]);
      await screen.findByRole('heading', { name: /To do/ });

      await user.click(screen.getByRole('button', { name: 'Edit #1' }));
      await screen.findByRole('dialog', { name: 'Edit task' });
      expect(router.state.location.search).toBe('?task=1');
      expect(router.state.historyAction).toBe('PUSH');

      await act(() => router.navigate(-1));
      await waitFor(() => {
        expect(screen.queryByRole('dialog')).toBeNull();
      });
      expect(router.state.location.search).toBe('');

      // Closing a panel that "Edit" opened goes back over its entry: no second board in history.
      await user.click(screen.getByRole('button', { name: 'Edit #1' }));
      const dialog = await screen.findByRole('dialog', { name: 'Edit task' });
      await within(dialog).findByRole('textbox', { name: /^Title/ });
      await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
      await waitFor(() => {
        expect(router.state.location.search).toBe('');
      });
      expect(router.state.historyAction).toBe('POP');
      expect(screen.queryByRole('dialog')).toBeNull();
      unsubscribe();
    });

    it('says so when the linked task does not exist, instead of opening anything', async () => {
      const { router, user, unsubscribe } = renderBoardForTest([boardMock(TASKS)], {
        path: '/problems/HOUS-12/board?task=99',
      });
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('There is no task #99 on this board.');
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(titlesIn('To do')).toHaveLength(2);

      await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
      await waitFor(() => {
        expect(router.state.location.search).toBe('');
      });
      expect(screen.queryByRole('alert')).toBeNull();
      unsubscribe();
    });

    it('takes a viewer who may not edit to the linked card, without a panel', async () => {
      const { unsubscribe } = renderBoardForTest([boardMock(TASKS, { contribute: false })], {
        path: '/problems/HOUS-12/board?task=3',
      });
      await screen.findByRole('heading', { name: /In progress/ });
      await waitFor(() => {
        expect(document.activeElement?.textContent).toContain('#3 School transport');
      });
      expect(screen.queryByRole('dialog')).toBeNull();
      unsubscribe();
    });
  });
});
