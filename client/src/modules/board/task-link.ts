/** The `?task=<number>` of a board address: which task's panel it asks for. */
export type TaskLink =
  | { kind: 'none' }
  /** On the board: open its panel. */
  | { kind: 'found'; taskId: string; number: number }
  /** Not among the tasks loaded so far, and being looked up. */
  | { kind: 'pending' }
  /** No such task on this board (or not a task number at all). */
  | { kind: 'missing'; message: string };

const TASK_NUMBER = /^[1-9][0-9]{0,8}$/;

/** The query parameter that names the open task. */
export const TASK_PARAM = 'task';

/** The task number `?task=` names (`4` or `#4`), or null. */
export function taskNumberOf(param: string | null): number | null {
  const text = param?.trim().replace(/^#/, '') ?? '';
  return TASK_NUMBER.test(text) ? Number(text) : null;
}

/**
 * Resolves `?task=` against the tasks known so far. `searched` says whether the search for it is
 * over (its card loaded, or looked up by number): only then is a number not there missing.
 */
export function resolveTaskLink(
  param: string | null,
  tasks: readonly { id: string; number: number }[],
  searched: boolean,
): TaskLink {
  if (param === null || param.trim() === '') return { kind: 'none' };
  const text = param.trim().replace(/^#/, '');
  if (!TASK_NUMBER.test(text)) {
    const shown = text.length > 20 ? `${text.slice(0, 20)}…` : text;
    return { kind: 'missing', message: `“${shown}” is not a task number.` };
  }
  const number = Number(text);
  const task = tasks.find((candidate) => candidate.number === number);
  if (task) return { kind: 'found', taskId: task.id, number };
  if (!searched) return { kind: 'pending' };
  return { kind: 'missing', message: `There is no task #${String(number)} on this board.` };
}
