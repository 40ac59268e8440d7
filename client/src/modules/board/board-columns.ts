import type { ApolloCache } from '@apollo/client';
import { equal } from '@wry/equality';
import {
  BoardListsFragmentDoc,
  type BoardListsFragment,
  type BoardTabQuery,
  type TaskStatus,
} from '@/generated/graphql';
import { COLUMNS, groupIntoColumns, type Columns, type Placed } from './board-order';
import { COLUMN_FIELD } from './graphql/board.query';

/**
 * The board's data in the cache: one list per column (`todo`, `inProgress`, …), each the cards
 * loaded so far with the column's count on the server. These functions keep the lists honest as
 * cards move and pages arrive; the board draws what `boardOf` says.
 */
type ColumnField = (typeof COLUMN_FIELD)[TaskStatus];
export type BoardTask = BoardTabQuery['problem']['todo']['edges'][number]['node'];

/** One column's list: its loaded cards and the server's count and cursor. */
interface ColumnList<T extends { id: string } = Placed> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: ReadonlyArray<{ node: T }>;
}
type Lists<T extends { id: string } = Placed> = Readonly<Record<ColumnField, ColumnList<T>>>;
type NodeOf<L extends Lists> = L[ColumnField]['edges'][number]['node'];

export interface Board<T extends Placed> {
  /** Every loaded task, once. */
  tasks: readonly T[];
  /** The loaded tasks of each column, in rank order. */
  columns: Columns<T>;
  /** How many tasks each column holds in all, loaded or not. */
  counts: Readonly<Record<TaskStatus, number>>;
  /** Whether each column has tasks not loaded yet. */
  hasMore: Readonly<Record<TaskStatus, boolean>>;
}

/**
 * The columns as the board shows them. A card sits in the column of its status, whichever list
 * it came in: a move, a reload after CONFLICT or an edit in the panel changes a task's status
 * before (or without) the lists being rearranged, and the counts follow the cards. `share` may
 * swap tasks for equal ones the board already drew (`sharingUnchanged`).
 */
export function boardOf<L extends Lists>(
  lists: L,
  share: (tasks: Array<NodeOf<L>>) => Array<NodeOf<L>> = (tasks) => tasks,
): Board<NodeOf<L>> {
  type T = NodeOf<L>;
  const byId = new Map<string, T>();
  /** The column whose list holds each task (`withPage` and `relocate` keep it to one). */
  const listOf = new Map<string, TaskStatus>();
  for (const { status } of COLUMNS) {
    for (const { node } of lists[COLUMN_FIELD[status]].edges as ReadonlyArray<{ node: T }>) {
      if (listOf.has(node.id)) continue;
      byId.set(node.id, node);
      listOf.set(node.id, status);
    }
  }
  const counts = {} as Record<TaskStatus, number>;
  const hasMore = {} as Record<TaskStatus, boolean>;
  for (const { status } of COLUMNS) {
    counts[status] = lists[COLUMN_FIELD[status]].totalCount;
    hasMore[status] = lists[COLUMN_FIELD[status]].pageInfo.hasNextPage;
  }
  const tasks = share([...byId.values()]);
  // The server counted each task in the column whose list it came in.
  for (const task of tasks) {
    const counted = listOf.get(task.id);
    if (counted && counted !== task.status) {
      counts[counted] -= 1;
      counts[task.status] += 1;
    }
  }
  for (const { status } of COLUMNS) counts[status] = Math.max(counts[status], 0);
  return { tasks, columns: groupIntoColumns(tasks), counts, hasMore };
}

/**
 * For `boardOf`: each task as the object given last time when its data is the same.
 *
 * Apollo hands out new objects for tasks that have not changed at all whenever it reads the
 * board through an optimistic layer (a move) and again when the layer goes. Memoised columns and
 * cards compare by identity, so without this a move redraws columns it never touched, and their
 * cards; with it, only what changed is drawn.
 */
export function sharingUnchanged<T extends { id: string }>(): (tasks: T[]) => T[] {
  let last = new Map<string, T>();
  return (tasks) => {
    const kept = tasks.map((task) => {
      const before = last.get(task.id);
      return before && equal(before, task) ? before : task;
    });
    last = new Map(kept.map((task) => [task.id, task]));
    return kept;
  };
}

/**
 * The lists with a task in the list of its new column: moved there (and counted there) at once,
 * so that a later page of its old column, counted by the server after the move, does not find it
 * still listed there.
 */
export function relocate<L extends Lists<{ id: string }>>(
  lists: L,
  id: string,
  status: TaskStatus,
): L {
  const to = COLUMN_FIELD[status];
  for (const field of Object.values(COLUMN_FIELD)) {
    const moved = lists[field].edges.find((edge) => edge.node.id === id);
    if (!moved) continue;
    return field === to ? lists : withEdge(withRemoved(lists, id), to, moved);
  }
  return lists;
}

/**
 * The lists with a column's next page added, with its cursor and its count as the server has
 * them now. A task the page brings that another list holds (someone moved it there) leaves that
 * list, whose count had it.
 */
export function withPage<L extends Lists>(
  lists: L,
  status: TaskStatus,
  page: ColumnList<NodeOf<L>>,
): L {
  const field = COLUMN_FIELD[status];
  const incoming = new Set(page.edges.map((edge) => edge.node.id));
  const next: Record<ColumnField, ColumnList> = { ...lists };
  for (const { status: column } of COLUMNS) {
    const other = COLUMN_FIELD[column];
    if (other === field) continue;
    const list = lists[other];
    const kept = list.edges.filter((edge) => !incoming.has(edge.node.id));
    if (kept.length === list.edges.length) continue;
    const removed = list.edges.length - kept.length;
    next[other] = { ...list, totalCount: Math.max(0, list.totalCount - removed), edges: kept };
  }
  const current = lists[field];
  const listed = new Set(current.edges.map((edge) => edge.node.id));
  next[field] = {
    ...current,
    totalCount: page.totalCount,
    pageInfo: page.pageInfo,
    edges: [...current.edges, ...page.edges.filter((edge) => !listed.has(edge.node.id))],
  };
  return next as L;
}

/**
 * The lists with a new task at the end of its column's list, and counted there (once). Its node
 * is the task's id: in the cache, a reference to the task that the mutation wrote.
 */
export function withAdded<L extends Lists<{ id: string }>>(
  lists: L,
  id: string,
  status: TaskStatus,
): L {
  const field = COLUMN_FIELD[status];
  if (lists[field].edges.some((edge) => edge.node.id === id)) return lists;
  return withEdge(lists, field, { __typename: 'TaskEdge', node: { __typename: 'Task', id } });
}

/** The lists with an edge at the end of one list, counted there. */
function withEdge<L extends Lists<{ id: string }>>(
  lists: L,
  field: ColumnField,
  edge: L[ColumnField]['edges'][number],
): L {
  const list = lists[field];
  return {
    ...lists,
    [field]: { ...list, totalCount: list.totalCount + 1, edges: [...list.edges, edge] },
  };
}

/** The lists without a deleted task, and their counts without it. */
export function withRemoved<L extends Lists<{ id: string }>>(lists: L, id: string): L {
  const next: Record<ColumnField, L[ColumnField]> = { ...lists };
  for (const field of Object.values(COLUMN_FIELD)) {
    const list = lists[field];
    if (!list.edges.some((edge) => edge.node.id === id)) continue;
    next[field] = {
      ...list,
      totalCount: Math.max(0, list.totalCount - 1),
      edges: list.edges.filter((edge) => edge.node.id !== id),
    };
  }
  return next as L;
}

/**
 * Rearranges a problem's board lists in the cache. It reads and writes only the lists (ids and
 * counts), not the cards nor the rest of the board's query: reading and writing all of it back
 * took a third of a card move's press in Chromium.
 */
export function updateBoardLists(
  cache: ApolloCache,
  problemId: string,
  change: (lists: BoardListsFragment) => BoardListsFragment,
): void {
  cache.updateFragment(
    {
      id: cache.identify({ __typename: 'Problem', id: problemId }),
      fragment: BoardListsFragmentDoc,
      fragmentName: 'BoardLists',
    },
    (lists) => lists && change(lists),
  );
}
