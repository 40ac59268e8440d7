import { generateKeyBetween } from 'fractional-indexing';
import type { TaskStatus } from '@/generated/graphql';

/** The board's columns, in order, with the names people see. */
export const COLUMNS: ReadonlyArray<{ status: TaskStatus; label: string }> = [
  { status: 'TODO', label: 'To do' },
  { status: 'IN_PROGRESS', label: 'In progress' },
  { status: 'BLOCKED', label: 'Blocked' },
  { status: 'DONE', label: 'Done' },
];

export const COLUMN_LABEL: Readonly<Record<TaskStatus, string>> = {
  TODO: 'To do',
  IN_PROGRESS: 'In progress',
  BLOCKED: 'Blocked',
  DONE: 'Done',
};

/** What the ordering needs to know of a task. */
export interface Placed {
  id: string;
  status: TaskStatus;
  rank: string;
}

export type Columns<T extends Placed> = Readonly<Record<TaskStatus, readonly T[]>>;

/**
 * Ranks are fractional indexes compared as bytes (the server sorts with `COLLATE "C"`), which
 * is what JavaScript's `<` on these ASCII strings does. Ties (never expected) fall back to id.
 */
export function compareByRank(a: Placed, b: Placed): number {
  if (a.rank !== b.rank) return a.rank < b.rank ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Splits the tasks into the four columns, each in rank order. */
export function groupIntoColumns<T extends Placed>(tasks: Iterable<T>): Columns<T> {
  const columns: Record<TaskStatus, T[]> = { TODO: [], IN_PROGRESS: [], BLOCKED: [], DONE: [] };
  for (const task of tasks) columns[task.status].push(task);
  for (const column of Object.values(columns)) column.sort(compareByRank);
  return columns;
}

/** Where a task should go: a column and its index there once the task itself is taken out. */
export interface MoveTarget {
  status: TaskStatus;
  index: number;
}

/** The one-click moves of a card's "Move to…" menu. */
export type MenuMove =
  | { kind: 'column'; status: TaskStatus }
  | { kind: 'top' }
  | { kind: 'bottom' }
  | { kind: 'up' }
  | { kind: 'down' };

/** A move worked out locally: what to send (`afterId`) and what to show at once (`rank`). */
export interface PlannedMove {
  id: string;
  from: TaskStatus;
  status: TaskStatus;
  /** The task it goes right after; null = the top of the column (moveTask's contract). */
  afterId: string | null;
  /** A rank between the new neighbours: the optimistic answer. */
  rank: string;
  /** 0-based position in the destination column, and that column's size after the move. */
  index: number;
  size: number;
}

export function findTask<T extends Placed>(
  columns: Columns<T>,
  id: string,
): { task: T; index: number } | undefined {
  for (const column of Object.values(columns)) {
    const index = column.findIndex((task) => task.id === id);
    if (index !== -1) return { task: column[index] as T, index };
  }
  return undefined;
}

/** A rank strictly between two ranks (either may be open), tolerant of out-of-order input. */
export function rankBetween(before: string | null, after: string | null): string {
  if (before !== null && after !== null && before >= after) {
    // Should not happen with a consistent board; the server's answer will correct the view.
    return generateKeyBetween(before, null);
  }
  return generateKeyBetween(before, after);
}

/**
 * Works out a move: the neighbour to name as `afterId`, and a rank between the neighbours for
 * the optimistic answer. Returns null when the task would stay where it is (nothing to send).
 */
export function planMove<T extends Placed>(
  columns: Columns<T>,
  id: string,
  target: MoveTarget,
): PlannedMove | null {
  const found = findTask(columns, id);
  if (!found) return null;
  const rest = columns[target.status].filter((task) => task.id !== id);
  const index = Math.max(0, Math.min(target.index, rest.length));
  if (found.task.status === target.status && found.index === index) return null;
  const before = index > 0 ? rest[index - 1] : undefined;
  const after = rest[index];
  return {
    id,
    from: found.task.status,
    status: target.status,
    afterId: before?.id ?? null,
    rank: rankBetween(before?.rank ?? null, after?.rank ?? null),
    index,
    size: rest.length + 1,
  };
}

/** The target of a menu choice; null when it can't apply (e.g. "up" on the first card). */
export function targetOfMenuMove<T extends Placed>(
  columns: Columns<T>,
  id: string,
  move: MenuMove,
): MoveTarget | null {
  const found = findTask(columns, id);
  if (!found) return null;
  const { status } = found.task;
  const lastIndex = columns[status].length - 1;
  switch (move.kind) {
    case 'column':
      // Another column: its top, where the card is seen at once.
      return move.status === status ? null : { status: move.status, index: 0 };
    case 'top':
      return found.index === 0 ? null : { status, index: 0 };
    case 'bottom':
      return found.index === lastIndex ? null : { status, index: lastIndex };
    case 'up':
      return found.index === 0 ? null : { status, index: found.index - 1 };
    case 'down':
      return found.index === lastIndex ? null : { status, index: found.index + 1 };
  }
}

/**
 * The target of a drop next to another card (`before`/`after` it) or into a column's empty
 * space (`targetId` null: the end of the column).
 */
export function targetOfDrop<T extends Placed>(
  columns: Columns<T>,
  id: string,
  status: TaskStatus,
  targetId: string | null,
  position: 'before' | 'after' | 'on',
): MoveTarget {
  const rest = columns[status].filter((task) => task.id !== id);
  if (targetId === null) return { status, index: rest.length };
  const at = rest.findIndex((task) => task.id === targetId);
  if (at === -1) return { status, index: rest.length };
  return { status, index: position === 'before' ? at : at + 1 };
}

/** "HOUS-12 #4 moved to In progress" (another column) or "… moved to position 2 of 7 in To do". */
export function describeMove(problemKey: string, number: number, move: PlannedMove): string {
  const ref = `${problemKey} #${number}`;
  const column = COLUMN_LABEL[move.status];
  if (move.from !== move.status) return `${ref} moved to ${column}`;
  return `${ref} moved to position ${move.index + 1} of ${move.size} in ${column}`;
}
