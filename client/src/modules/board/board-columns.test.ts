import { print } from 'graphql';
import { createCache } from '@/app/apollo/apollo-cache';
import { BoardListsFragmentDoc, type TaskStatus } from '@/generated/graphql';
import {
  boardOf,
  updateBoardLists,
  relocate,
  sharingUnchanged,
  withAdded,
  withPage,
  withRemoved,
} from './board-columns';
import {
  BoardListsFragment,
  BoardTabQueryDocument,
  COLUMN_FIELD,
  FIRST_CARDS,
} from './graphql/board.query';
import type { FractionalIndexingLoader } from './testing/fractional-indexing';

jest.mock('fractional-indexing', () =>
  jest.requireActual<FractionalIndexingLoader>('./testing/fractional-indexing').load(),
);

interface Card {
  id: string;
  status: TaskStatus;
  rank: string;
}
const card = (id: string, status: TaskStatus, rank = 'a0'): Card => ({ id, status, rank });
const list = (cards: Card[], totalCount = cards.length, hasNextPage = false) => ({
  totalCount,
  pageInfo: { hasNextPage, endCursor: hasNextPage ? 'next' : null },
  edges: cards.map((node) => ({ node })),
});
/** The four lists, as the board's query has them. */
const lists = (
  columns: Partial<Record<'todo' | 'inProgress' | 'blocked' | 'done', ReturnType<typeof list>>>,
) => ({
  todo: list([]),
  inProgress: list([]),
  blocked: list([]),
  done: list([]),
  ...columns,
});
const ids = (cards: ReadonlyArray<{ id: string }>) => cards.map((c) => c.id);

describe('the board’s columns in the cache', () => {
  it('keeps the objects of unchanged tasks from one board to the next', () => {
    const share = sharingUnchanged<Card>();
    const first = boardOf(
      lists({ todo: list([card('1', 'TODO', 'a0'), card('2', 'TODO', 'a1')]) }),
      share,
    );
    // As Apollo reads the board through a move's optimistic layer: new objects, same data but 2's.
    const second = boardOf(
      lists({
        todo: list([card('1', 'TODO', 'a0')]),
        inProgress: list([card('2', 'IN_PROGRESS', 'a1'), card('3', 'IN_PROGRESS', 'a2')]),
      }),
      share,
    );
    expect(second.columns.TODO[0]).toBe(first.columns.TODO[0]);
    expect(second.columns.IN_PROGRESS.map((task) => task.status)).toEqual([
      'IN_PROGRESS',
      'IN_PROGRESS',
    ]);
    expect(second.tasks).not.toContain(first.columns.TODO[1]);
    // A task that left the board and came back is not held from two boards ago.
    const third = boardOf(lists({ todo: list([card('2', 'TODO', 'a1')]) }), share);
    expect(third.tasks[0]).not.toBe(first.columns.TODO[1]);
    expect(third.tasks[0]).toEqual(first.columns.TODO[1]);
  });

  it('counts every column from the server, and knows which have more to load', () => {
    const board = boardOf(
      lists({ todo: list([card('1', 'TODO', 'a0'), card('2', 'TODO', 'a1')], 30, true) }),
    );
    expect(ids(board.columns.TODO)).toEqual(['1', '2']);
    expect(board.counts).toEqual({ TODO: 30, IN_PROGRESS: 0, BLOCKED: 0, DONE: 0 });
    expect(board.hasMore.TODO).toBe(true);
    expect(board.hasMore.DONE).toBe(false);
  });

  it('shows and counts a card whose status changed in its new column, whatever list holds it', () => {
    // A reload after CONFLICT: someone else moved card 2 to Done.
    const board = boardOf(lists({ todo: list([card('1', 'TODO'), card('2', 'DONE')], 30, true) }));
    expect(ids(board.columns.TODO)).toEqual(['1']);
    expect(ids(board.columns.DONE)).toEqual(['2']);
    expect(board.counts.TODO).toBe(29);
    expect(board.counts.DONE).toBe(1);
  });

  it('relocates a moved card to its new column’s list, and its count', () => {
    const before = lists({
      todo: list([card('1', 'TODO'), card('2', 'TODO')], 30, true),
      done: list([card('3', 'DONE')], 5, true),
    });
    const after = relocate(before, '2', 'DONE');
    expect(ids(after.todo.edges.map((e) => e.node))).toEqual(['1']);
    expect(after.todo.totalCount).toBe(29);
    expect(ids(after.done.edges.map((e) => e.node))).toEqual(['3', '2']);
    expect(after.done.totalCount).toBe(6);
    expect(relocate(before, '1', 'TODO')).toBe(before);
    expect(relocate(before, 'unknown', 'DONE')).toBe(before);
  });

  it('adds a page once: a card it brings that another list holds leaves that list', () => {
    const before = lists({
      todo: list([card('1', 'TODO'), card('2', 'DONE')], 30, true),
      done: list([card('3', 'DONE')], 6, true),
    });
    const after = withPage(before, 'DONE', list([card('2', 'DONE'), card('4', 'DONE')], 6, false));
    expect(ids(after.done.edges.map((e) => e.node))).toEqual(['3', '2', '4']);
    expect(after.done.totalCount).toBe(6);
    expect(after.done.pageInfo.hasNextPage).toBe(false);
    expect(ids(after.todo.edges.map((e) => e.node))).toEqual(['1']);
    expect(after.todo.totalCount).toBe(29);
    const board = boardOf(after);
    expect(board.counts).toMatchObject({ TODO: 29, DONE: 6 });
    expect(board.tasks).toHaveLength(4);
  });

  it('adds a new card to its column once, and takes a deleted one off every list', () => {
    const before = lists({ todo: list([card('1', 'TODO')], 12, true), done: list([], 3) });
    const added = withAdded(before, '2', 'DONE');
    expect(ids(added.done.edges.map((e) => e.node))).toEqual(['2']);
    expect(added.done.totalCount).toBe(4);
    expect(withAdded(added, '2', 'DONE')).toBe(added);
    const removed = withRemoved(added, '1');
    expect(ids(removed.todo.edges.map((e) => e.node))).toEqual([]);
    expect(removed.todo.totalCount).toBe(11);
    expect(removed.done).toBe(added.done);
  });

  it('rearranges the lists in the cache itself: moved, added and deleted cards, with counts', () => {
    const cache = createCache();
    const id = cache.identify({ __typename: 'Problem', id: 'p1' });
    const column = (taskIds: string[], totalCount: number) => ({
      __typename: 'TaskConnection' as const,
      totalCount,
      pageInfo: { __typename: 'PageInfo' as const, hasNextPage: true, endCursor: 'c' },
      edges: taskIds.map((taskId) => ({
        __typename: 'TaskEdge' as const,
        node: { __typename: 'Task' as const, id: taskId },
      })),
    });
    cache.writeFragment({
      id,
      fragment: BoardListsFragmentDoc,
      fragmentName: 'BoardLists',
      data: {
        __typename: 'Problem',
        todo: column(['1', '2'], 20),
        inProgress: column(['3'], 5),
        blocked: column([], 0),
        done: column([], 7),
      },
    });
    const read = () => {
      const lists = cache.readFragment({
        id,
        fragment: BoardListsFragmentDoc,
        fragmentName: 'BoardLists',
      });
      if (!lists) throw new Error('the lists are not in the cache');
      return Object.fromEntries(
        Object.values(COLUMN_FIELD).map((field) => [
          field,
          [lists[field].totalCount, ...ids(lists[field].edges.map((e) => e.node))],
        ]),
      );
    };

    updateBoardLists(cache, 'p1', (lists) => relocate(lists, '1', 'IN_PROGRESS'));
    updateBoardLists(cache, 'p1', (lists) => withAdded(lists, '4', 'DONE'));
    updateBoardLists(cache, 'p1', (lists) => withRemoved(lists, '3'));
    expect(read()).toEqual({ todo: [19, '2'], inProgress: [5, '1'], blocked: [0], done: [8, '4'] });
    // A problem whose board was never loaded is left alone.
    updateBoardLists(cache, 'p2', (lists) => withAdded(lists, '5', 'TODO'));
    expect(cache.extract()['Problem:p2']).toBeUndefined();
  });

  it('loads FIRST_CARDS of each column, and moves cards in the same lists of the cache', () => {
    // The move's cache update (BoardLists) must name the very lists the board reads: the same
    // field with the same arguments.
    for (const document of [BoardTabQueryDocument, BoardListsFragment]) {
      const text = print(document);
      for (const [status, field] of Object.entries(COLUMN_FIELD)) {
        expect(text).toContain(
          `${field}: tasks(first: ${String(FIRST_CARDS)}, filter: {status: [${status}]})`,
        );
      }
    }
  });
});
