import { daysBetween } from '@commons/shared';

export type DueGroupId = 'overdue' | 'thisWeek' | 'later' | 'noDueDate';

export const DUE_GROUPS: readonly { id: DueGroupId; title: string }[] = [
  { id: 'overdue', title: 'Overdue' },
  { id: 'thisWeek', title: 'This week' },
  { id: 'later', title: 'Later' },
  { id: 'noDueDate', title: 'No due date' },
];

export interface DueTask {
  dueDate?: string | null;
  /** The server's word (it knows the workspace's time zone); trusted when given. */
  overdue?: boolean | null;
}

/**
 * Which group a task is in. "This week" is today and the six days after it (a rolling week, so
 * Monday and Friday mean the same); overdue is a due date before today.
 */
export function dueGroupOf(task: DueTask, today: string): DueGroupId {
  if (!task.dueDate) return 'noDueDate';
  if (task.overdue === true) return 'overdue';
  const days = daysBetween(today, task.dueDate);
  if (days < 0) return task.overdue === false ? 'thisWeek' : 'overdue';
  return days < 7 ? 'thisWeek' : 'later';
}

/** Tasks grouped by due, groups in the order of DUE_GROUPS, keeping each group's order. */
export function groupByDue<T extends DueTask>(
  tasks: readonly T[],
  today: string,
): { id: DueGroupId; title: string; tasks: T[] }[] {
  const groups = DUE_GROUPS.map((group) => ({ ...group, tasks: [] as T[] }));
  for (const task of tasks) {
    const id = dueGroupOf(task, today);
    groups.find((group) => group.id === id)?.tasks.push(task);
  }
  return groups;
}

/** Today in the browser's time zone, as YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
