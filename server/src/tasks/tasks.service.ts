import { Inject, Injectable } from '@nestjs/common';
import { isIsoDate, isOverdue, TASK_STATUSES, todayIn, type TaskStatus } from '@commons/shared';
import type { Actor } from '../auth/actor.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import {
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  encodeCursor,
  toConnection,
  type ConnectionShape,
  type PageArgs,
} from '../graphql/connection.js';
import { InvalidInputError } from '../graphql/errors.js';
import { decodeGlobalId } from '../graphql/global-id.js';
import type { RequestLoaders } from '../graphql/loaders.js';
import type { Problem } from '../problems/problem.model.js';
import { ProblemsService } from '../problems/problems.service.js';
import type { TaskFilter } from './task.inputs.js';
import { toTaskModel, type Task } from './task.model.js';
import { blockersLoader, taskByIdLoader } from './tasks.loaders.js';
import { TasksRepository } from './tasks.repository.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Matches nothing: a filter id of the wrong type narrows to an empty list, not an error. */
const NO_ID = '00000000-0000-0000-0000-000000000000';

/** Reading tasks: single tasks, their relations, the board and "my tasks". */
@Injectable()
export class TasksService {
  constructor(
    private readonly tasks: TasksRepository,
    private readonly problems: ProblemsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Today in the workspace's time zone (what "overdue" is measured against). */
  today(): string {
    return todayIn(this.config.WORKSPACE_TIME_ZONE);
  }

  isOverdue(task: Task): boolean {
    return isOverdue(task, this.today());
  }

  /** The task if the caller may see its problem, else null (never a hint that it exists). */
  async findVisible(
    actor: Actor | null,
    id: string,
    loaders: RequestLoaders,
  ): Promise<Task | null> {
    if (!actor) return null;
    const entity = await taskByIdLoader(this.tasks, actor, loaders).load(id);
    return entity ? toTaskModel(entity) : null;
  }

  /**
   * For callers who may all see `problemId` (checked by the caller): reads the task once and
   * primes it into each caller's loaders, where `findVisible` then finds it (the live fan-out
   * of one change to many subscribers). A task of another problem is primed as absent.
   */
  async primeInProblem(
    problemId: string,
    id: string,
    callers: readonly { actor: Actor; loaders: RequestLoaders }[],
  ): Promise<void> {
    if (!callers.length) return;
    const entity = (await this.tasks.findInProblem(problemId, [id])).get(id) ?? null;
    for (const { actor, loaders } of callers)
      taskByIdLoader(this.tasks, actor, loaders).prime(id, entity);
  }

  /** The task's problem; whoever sees a task sees its problem. */
  async problemOf(actor: Actor | null, task: Task, loaders: RequestLoaders): Promise<Problem> {
    const problem = await this.problems.findVisible(actor, task.problemId, loaders);
    if (!problem) throw new Error(`problem ${task.problemId} of a visible task is not visible`);
    return problem;
  }

  async blockersOf(task: Task, loaders: RequestLoaders): Promise<Task[]> {
    const blockers = await blockersLoader(this.tasks, loaders).load(task.uuid);
    return blockers.map(toTaskModel);
  }

  /** Blocked: at least one blocker is not DONE yet. */
  async isBlocked(task: Task, loaders: RequestLoaders): Promise<boolean> {
    const blockers = await blockersLoader(this.tasks, loaders).load(task.uuid);
    return blockers.some((blocker) => blocker.status !== 'DONE');
  }

  /** A problem's board: columns in order (TODO → DONE), each in rank order. */
  async board(
    actor: Actor | null,
    problem: Problem,
    filter: TaskFilter | null | undefined,
    page: PageArgs,
  ): Promise<ConnectionShape<Task>> {
    const limit = page.first ?? DEFAULT_PAGE_SIZE;
    const after = page.after ? boardCursor(page.after) : null;
    if (!actor) return toConnection([], limit, 0, () => '', toTaskModel);
    const { rows, totalCount } = await this.tasks.listBoard(actor, {
      problemId: problem.uuid,
      status: filter?.status,
      assigneeId: filter?.assigneeId ? idOrNothing(filter.assigneeId, 'User') : null,
      outcomeId: filter?.outcomeId ? idOrNothing(filter.outcomeId, 'Outcome') : null,
      numbers: filter?.numbers,
      overdue: filter?.overdue,
      today: this.today(),
      after,
      limit,
    });
    return toConnection(
      rows,
      limit,
      totalCount,
      (task) => encodeCursor([task.status, task.rank, task.id]),
      toTaskModel,
    );
  }

  /**
   * Tasks of the problems the caller may see, by reference or title: `HOUS-12 #4`, `HOUS-12-4`,
   * `hous-12 4` find task 4 of HOUS-12; `HOUS-12` its tasks; anything else words in the title.
   */
  async search(actor: Actor, search: string, first: number | null | undefined): Promise<Task[]> {
    const text = search.trim();
    if (!text || text.includes('\u0000')) return [];
    const reference = parseTaskReference(text);
    const rows = await this.tasks.search(actor, {
      text,
      key: reference?.key ?? null,
      number: reference?.number ?? null,
      limit: first ?? SEARCH_DEFAULT,
    });
    return rows.map(toTaskModel);
  }

  /** Open tasks assigned to the caller: due date first (undated last), then problem and number. */
  async assignedToMe(actor: Actor, page: PageArgs): Promise<ConnectionShape<Task>> {
    const limit = page.first ?? DEFAULT_PAGE_SIZE;
    const after = page.after ? assignedCursor(page.after) : null;
    const { rows, totalCount } = await this.tasks.listAssigned(actor, { after, limit });
    return toConnection(
      rows,
      limit,
      totalCount,
      (row) => encodeCursor([row.task.dueDate ?? '', row.problemKey, row.task.number]),
      (row) => toTaskModel(row.task),
    );
  }
}

const SEARCH_DEFAULT = 10;

/** `HOUS-12 #4` → { key: 'HOUS-12', number: 4 }; `HOUS-12` → { key, number: null }. */
export function parseTaskReference(text: string): { key: string; number: number | null } | null {
  const match = /^([A-Za-z][A-Za-z0-9]*-\d+)(?:\s*[-#\s]\s*#?(\d+))?$/.exec(text.trim());
  if (!match?.[1]) return null;
  const number = match[2] ? Number(match[2]) : null;
  return {
    key: match[1].toUpperCase(),
    number: number !== null && Number.isSafeInteger(number) && number <= 2147483647 ? number : null,
  };
}

function badCursor(): InvalidInputError {
  return new InvalidInputError([{ path: 'after', message: 'is not a cursor of this list' }]);
}

function boardCursor(cursor: string): { status: TaskStatus; rank: string; id: string } {
  const [status, rank, id] = decodeCursor(cursor, 3) ?? [];
  const isStatus = (s: unknown): s is TaskStatus => TASK_STATUSES.includes(s as TaskStatus);
  if (!isStatus(status) || typeof rank !== 'string' || typeof id !== 'string' || !UUID.test(id))
    throw badCursor();
  return { status, rank, id };
}

function assignedCursor(cursor: string): {
  dueDate: string | null;
  problemKey: string;
  number: number;
} {
  const [dueDate, problemKey, number] = decodeCursor(cursor, 3) ?? [];
  if (
    typeof dueDate !== 'string' ||
    (dueDate !== '' && !isIsoDate(dueDate)) ||
    typeof problemKey !== 'string' ||
    !Number.isSafeInteger(number)
  )
    throw badCursor();
  return { dueDate: dueDate || null, problemKey, number: number as number };
}

function idOrNothing(globalId: string, type: string): string {
  const decoded = decodeGlobalId(globalId);
  return decoded?.type === type ? decoded.id : NO_ID;
}
