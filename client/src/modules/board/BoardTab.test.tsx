import { act, screen, waitFor, within } from '@testing-library/react';
import type { FractionalIndexingLoader } from './testing/fractional-indexing';
import {
  boardMock,
  boardPageMock,
  moveMock,
  taskByNumberMock,
  taskChoicesMock,
  taskMock,
} from './testing/board-mocks';
import type { TestTask } from './testing/board-mocks';
import { renderBoardForTest, TASKS } from './testing/render-board';
import { FIRST_CARDS } from './graphql/board.query';

jest.mock('fractional-indexing', () =>
  jest.requireActual<FractionalIndexingLoader>('./testing/fractional-indexing').load(),
);

function column(name: string) {
  return screen.getByRole('grid', { name: new RegExp(`^${name}`) });
}

function headingOf(name: string): HTMLElement {
  return screen.getByRole('heading', { level: 2, name: new RegExp(`^${name}`) });
}

/** Base 62 in ASCII order: the digits of fractional-indexing's keys. */
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Tasks "Step 1" … "Step n" (n ≤ 62) in To do, ranked as numbered (a0, a1 … aA …). */
function steps(n: number): TestTask[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `m${String(i + 1)}`,
    number: i + 1,
    title: `Step ${String(i + 1)}`,
    status: 'TODO' as const,
    rank: `a${DIGITS[i] ?? ''}`,
  }));
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
    // Every element that takes the focus from here on, outside the menu: the card whose row
    // holds it, or the element itself.
    const focusedCards: string[] = [];
    const recordCard = (event: FocusEvent) => {
      if (!(event.target instanceof Element) || event.target.closest('[role="menu"]')) return;
      const card = event.target.closest('[role="row"]')?.querySelector('[data-task-id]');
      focusedCards.push(card?.textContent ?? event.target.outerHTML.slice(0, 80));
    };
    document.addEventListener('focusin', recordCard);
    await user.click(await screen.findByRole('menuitem', { name: 'In progress' }));

    // Optimistic: in its new column before the server has answered.
    expect(titlesIn('In progress')[0]).toContain('#2 Landlord incentive');
    expect(titlesIn('To do')).toHaveLength(1);
    expect(announcements).toContain('HOUS-12 #2 moved to In progress');
    await waitFor(() => {
      expect(document.activeElement?.outerHTML.slice(0, 300)).toContain('#2 Landlord incentive');
    });
    // The focus went to the moved card alone: not for a moment to the card it left behind, where
    // the closing menu would have restored it.
    await new Promise((resolve) => setTimeout(resolve, 300));
    document.removeEventListener('focusin', recordCard);
    expect(focusedCards).not.toHaveLength(0);
    for (const card of focusedCards) expect(card).toContain('#2 Landlord incentive');
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

  it('loads a long column’s first cards with its count, and the next ones on “Show more”', async () => {
    const many = steps(FIRST_CARDS + 5);
    const { user, unsubscribe } = renderBoardForTest([
      boardMock(many),
      boardPageMock('TODO', `TODO:${String(FIRST_CARDS)}`, many.slice(FIRST_CARDS), {
        totalCount: many.length,
      }),
    ]);
    await screen.findByRole('heading', { name: /To do/ });
    expect(titlesIn('To do')).toHaveLength(FIRST_CARDS);
    expect(headingOf('To do')).toHaveTextContent(`(${String(FIRST_CARDS + 5)} tasks)`);
    expect(screen.getByText(new RegExp(`^${String(FIRST_CARDS + 5)} tasks`))).toBeVisible();
    // The last loaded card is not the column's last: it can still go down.
    await user.click(screen.getByRole('button', { name: `Move to… #${String(FIRST_CARDS)}` }));
    expect(await screen.findByRole('menuitem', { name: 'To the bottom' })).toBeVisible();
    await user.keyboard('{Escape}');

    await user.click(screen.getByRole('button', { name: /Show 5 more in To do \(5 not shown\)/ }));
    await waitFor(() => {
      expect(titlesIn('To do')).toHaveLength(FIRST_CARDS + 5);
    });
    expect(titlesIn('To do').at(-1)).toContain(`#${String(FIRST_CARDS + 5)} Step`);
    expect(screen.queryByRole('button', { name: /Show .* more in To do/ })).toBeNull();
    unsubscribe();
  });

  it('moves a card to the very bottom past cards not loaded yet, loading them first', async () => {
    const many = steps(FIRST_CARDS + 2);
    const last = many.at(-1)!;
    const { user, unsubscribe } = renderBoardForTest([
      boardMock(many),
      boardPageMock('TODO', `TODO:${String(FIRST_CARDS)}`, many.slice(FIRST_CARDS), {
        totalCount: many.length,
        first: 100,
      }),
      moveMock({ id: 'm1', status: 'TODO', afterId: last.id, version: 1 }, { rank: 'az' }),
    ]);
    await screen.findByRole('heading', { name: /To do/ });
    await user.click(screen.getByRole('button', { name: 'Move to… #1' }));
    await user.click(await screen.findByRole('menuitem', { name: 'To the bottom' }));
    await waitFor(() => {
      expect(titlesIn('To do').at(-1)).toContain('#1 Step 1');
    });
    expect(titlesIn('To do')).toHaveLength(FIRST_CARDS + 2);
    unsubscribe();
  });

  it('offers the moves that fit where a card is now, after its neighbour moved', async () => {
    const { user, unsubscribe } = renderBoardForTest([
      boardMock(TASKS),
      moveMock({ id: 't2', status: 'TODO', afterId: null, version: 1 }, { rank: 'Zz' }),
    ]);
    await screen.findByRole('heading', { name: /To do/ });
    await user.click(screen.getByRole('button', { name: 'Move to… #1' }));
    expect(await screen.findByRole('menuitem', { name: 'Down one' })).toBeVisible();
    expect(screen.queryByRole('menuitem', { name: 'Up one' })).toBeNull();
    await user.keyboard('{Escape}');

    await user.click(screen.getByRole('button', { name: 'Move to… #2' }));
    await user.click(await screen.findByRole('menuitem', { name: 'To the top' }));
    expect(titlesIn('To do')[0]).toContain('#2 Landlord incentive');
    // #1 is now last: its menu offers up, not down.
    await user.click(screen.getByRole('button', { name: 'Move to… #1' }));
    expect(await screen.findByRole('menuitem', { name: 'Up one' })).toBeVisible();
    expect(screen.queryByRole('menuitem', { name: 'Down one' })).toBeNull();
    unsubscribe();
  });

  it('counts a card moved to another column in its new column at once', async () => {
    const { user, unsubscribe } = renderBoardForTest([
      boardMock(TASKS),
      moveMock({ id: 't1', status: 'DONE', afterId: null, version: 1 }, { rank: 'a0' }),
    ]);
    await screen.findByRole('heading', { name: /To do/ });
    expect(headingOf('To do')).toHaveTextContent('(2 tasks)');
    expect(headingOf('Done')).toHaveTextContent('(0 tasks)');
    await user.click(screen.getByRole('button', { name: 'Move to… #1' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Done' }));
    expect(headingOf('To do')).toHaveTextContent('(1 task)');
    expect(headingOf('Done')).toHaveTextContent('(1 task)');
    expect(screen.getByText(/^3 tasks/)).toBeVisible();
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
        [boardMock(TASKS), taskMock(TASKS[1]!), taskChoicesMock(TASKS)],
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
        taskChoicesMock(TASKS),
        taskMock(TASKS[0]!),
        taskChoicesMock(TASKS),
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

    it('says so when someone else changes the task being edited, keeping what was typed', async () => {
      const { client, user, unsubscribe } = renderBoardForTest(
        [boardMock(TASKS), taskMock(TASKS[1]!), taskChoicesMock(TASKS)],
        { path: '/problems/HOUS-12/board?task=2' },
      );
      const dialog = await screen.findByRole('dialog', { name: 'Edit task' });
      const title = await within(dialog).findByRole('textbox', { name: /^Title/ });
      await user.clear(title);
      await user.type(title, 'Landlord incentive, signed');
      expect(within(dialog).queryByText(/Someone else changed this task/)).toBeNull();

      // What a live event does: the cache gets the task's newer version.
      act(() => {
        client.cache.modify({
          id: client.cache.identify({ __typename: 'Task', id: 't2' }),
          fields: { version: () => 2, title: () => 'Landlord incentive (agreed)' },
        });
      });
      expect(await within(dialog).findByText(/Someone else changed this task/)).toBeVisible();
      expect(within(dialog).getByRole('button', { name: 'Reload their version' })).toBeVisible();
      expect(title).toHaveValue('Landlord incentive, signed');
      unsubscribe();
    });

    it('says so when the linked task does not exist, instead of opening anything', async () => {
      const { router, user, unsubscribe } = renderBoardForTest(
        [boardMock(TASKS), taskByNumberMock(99, null)],
        { path: '/problems/HOUS-12/board?task=99' },
      );
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

    it('opens the panel of a linked task whose card is not loaded, found by its number', async () => {
      const many = steps(FIRST_CARDS + 3);
      const far = many.at(-1)!;
      const { unsubscribe } = renderBoardForTest(
        [boardMock(many), taskByNumberMock(far.number, far), taskMock(far), taskChoicesMock(many)],
        { path: `/problems/HOUS-12/board?task=${String(far.number)}` },
      );
      const dialog = await screen.findByRole('dialog', { name: 'Edit task' });
      expect(await within(dialog).findByRole('textbox', { name: /^Title/ })).toHaveValue(far.title);
      expect(await within(dialog).findByRole('checkbox', { name: '#1 Step 1' })).toBeVisible();
      expect(within(dialog).queryByText('Loading the problem’s tasks…')).toBeNull();
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
