import { CommentsService } from '../comments/comments.service.js';
import { Injectable } from '@nestjs/common';
import type { TaskStatus } from '@commons/shared';
import { generateKeyBetween } from 'fractional-indexing';
import { DataSource, type EntityManager } from 'typeorm';
import { can } from '../access/policy.js';
import { ActivityWriter, changedSummary, diffFields } from '../activity/activity.writer.js';
import type { Actor } from '../auth/actor.js';
import {
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
} from '../graphql/errors.js';
import { requireGlobalId } from '../graphql/global-id.js';
import type { RequestLoaders } from '../graphql/loaders.js';
import type { Problem } from '../problems/problem.model.js';
import { ProblemsService } from '../problems/problems.service.js';
import { UsersService } from '../users/users.service.js';
import { appPaths } from '../notifications/app-paths.js';
import { NotificationsWriter } from '../notifications/notifications.writer.js';
import type { TaskEntity } from './task.entity.js';
import type { CreateTaskInput, MoveTaskInput, UpdateTaskInput } from './task.inputs.js';
import { toTaskModel, type Task } from './task.model.js';
import { TasksRepository, type TaskBefore, type TaskChanges } from './tasks.repository.js';

const STATUS_LABEL: Record<TaskStatus, string> = {
  TODO: 'To do',
  IN_PROGRESS: 'In progress',
  BLOCKED: 'Blocked',
  DONE: 'Done',
};

type Audited = TaskBefore & { outcomeIds: string[] | null; blockedByIds: string[] | null };
const AUDITED_FIELDS = [
  'title',
  'description',
  'status',
  'assigneeId',
  'organizationId',
  'dueDate',
  'outcomeIds',
  'blockedByIds',
] as const satisfies readonly (keyof Audited)[];

/** Uuids behind the ids an input refers to; undefined = not given (keep), null = clear. */
interface TaskRefs {
  assigneeId?: string | null;
  organizationId?: string | null;
  outcomeIds?: string[];
  blockedByIds?: string[];
}

/**
 * Writing tasks. Every write runs in one transaction with its audit event; writes that touch
 * ranks or dependencies first lock the problem row, so concurrent edits of one board are
 * serialised and a cycle check sees every committed dependency.
 */
@Injectable()
export class TaskMutationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tasks: TasksRepository,
    private readonly problems: ProblemsService,
    private readonly activity: ActivityWriter,
    private readonly comments: CommentsService,
    private readonly users: UsersService,
    private readonly notifications: NotificationsWriter,
  ) {}

  async create(actor: Actor, input: CreateTaskInput, loaders: RequestLoaders): Promise<Task> {
    const problem = await this.problems.requireVisible(
      actor,
      input.problemId,
      'input.problemId',
      loaders,
    );
    assertContributor(actor, problem);
    const refs = decodeRefs(input);
    const status = input.status ?? 'TODO';
    const title = input.title.trim();
    const created = await this.dataSource.transaction(async (tx) => {
      await this.lockProblem(tx, problem);
      await this.checkRefs(tx, actor, problem.uuid, refs, null);
      const number = await this.tasks.takeTaskNumber(tx, problem.uuid);
      // The end of its column.
      const rank = generateKeyBetween(await this.tasks.lastRank(tx, problem.uuid, status), null);
      const task = await this.tasks.insert(tx, {
        problemId: problem.uuid,
        number,
        title,
        description: input.description ?? null,
        status,
        rank,
        assigneeId: refs.assigneeId ?? null,
        organizationId: refs.organizationId ?? null,
        dueDate: input.dueDate ?? null,
      });
      // A new task can't close a cycle: nothing depends on it yet.
      if (refs.outcomeIds?.length)
        await this.tasks.replaceOutcomeLinks(tx, task.id, problem.uuid, refs.outcomeIds);
      if (refs.blockedByIds?.length)
        await this.tasks.replaceBlockers(tx, task.id, problem.uuid, refs.blockedByIds);
      await this.activity.record(tx, actor, {
        action: 'task.created',
        subjectType: 'Task',
        subjectId: task.id,
        problemId: problem.uuid,
        summary: `created ${ref(problem, task)} ${title}`,
      });
      await this.notifyChanges(tx, actor, problem, null, task);
      return task;
    });
    return toTaskModel(created);
  }

  async update(actor: Actor, input: UpdateTaskInput, loaders: RequestLoaders): Promise<Task> {
    const { task, problem } = await this.requireContributable(actor, input.id, 'input.id', loaders);
    const refs = decodeRefs(input);
    const changes: TaskChanges = {};
    if (input.title) changes.title = input.title.trim();
    if (input.description !== undefined) changes.description = input.description ?? null;
    if (input.status) changes.status = input.status;
    if (refs.assigneeId !== undefined) changes.assigneeId = refs.assigneeId;
    if (refs.organizationId !== undefined) changes.organizationId = refs.organizationId;
    if (input.dueDate !== undefined) changes.dueDate = input.dueDate ?? null;

    const updated = await this.dataSource.transaction(async (tx) => {
      await this.lockProblem(tx, problem);
      await this.checkRefs(tx, actor, problem.uuid, refs, task.id);
      if (changes.status) {
        // A new column puts it at the end; the SQL keeps the rank if the column is unchanged.
        changes.rank = generateKeyBetween(
          await this.tasks.lastRank(tx, problem.uuid, changes.status, task.id),
          null,
        );
      }
      const result = await this.tasks.updateVersioned(
        tx,
        task.id,
        input.version,
        changes,
        changes.status,
      );
      if (!result) return this.conflictOrGone(tx, task.id);

      const before: Audited = { ...result.before, outcomeIds: null, blockedByIds: null };
      const after: Partial<Audited> = { ...changes };
      if (refs.outcomeIds) {
        before.outcomeIds = orNull(await this.tasks.outcomeIdsOf(tx, task.id));
        after.outcomeIds = orNull([...refs.outcomeIds].sort());
        await this.tasks.replaceOutcomeLinks(tx, task.id, problem.uuid, refs.outcomeIds);
      }
      if (refs.blockedByIds) {
        before.blockedByIds = orNull(await this.tasks.blockerIdsOf(tx, task.id));
        after.blockedByIds = orNull([...refs.blockedByIds].sort());
        await this.tasks.replaceBlockers(tx, task.id, problem.uuid, refs.blockedByIds);
      }
      const diff = diffFields(before, after, AUDITED_FIELDS);
      await this.activity.record(tx, actor, {
        action: 'task.updated',
        subjectType: 'Task',
        subjectId: task.id,
        problemId: problem.uuid,
        summary: changedSummary(diff, ref(problem, result.task)),
        changes: diff,
      });
      await this.notifyChanges(tx, actor, problem, result.before, result.task);
      return result.task;
    });
    return toTaskModel(updated);
  }

  /** Writes one row: the task's status and a rank between its new neighbours. */
  async move(actor: Actor, input: MoveTaskInput, loaders: RequestLoaders): Promise<Task> {
    const { task, problem } = await this.requireContributable(actor, input.id, 'input.id', loaders);
    const afterId = input.afterId ? requireGlobalId(input.afterId, 'Task', 'input.afterId') : null;
    if (afterId === task.id)
      throw new InvalidInputError([
        { path: 'input.afterId', message: 'cannot be the task itself' },
      ]);

    const moved = await this.dataSource.transaction(async (tx) => {
      await this.lockProblem(tx, problem);
      let rank: string;
      if (afterId) {
        const slot = await this.tasks.slotAfter(tx, afterId, task.id);
        // Any task off this board is "not found", so nothing is revealed about other boards.
        if (slot?.problemId !== problem.uuid)
          throw NotFoundError.forField('input.afterId', 'No such task on this board.');
        if (slot.status !== input.status)
          throw new InvalidInputError([
            { path: 'input.afterId', message: `is not in the ${input.status} column` },
          ]);
        rank = generateKeyBetween(slot.rank, slot.nextRank);
      } else {
        const first = await this.tasks.firstRank(tx, problem.uuid, input.status, task.id);
        rank = generateKeyBetween(null, first);
      }
      const result = await this.tasks.updateVersioned(tx, task.id, input.version ?? null, {
        status: input.status,
        rank,
      });
      if (!result) return this.conflictOrGone(tx, task.id);
      const label = STATUS_LABEL[input.status];
      await this.activity.record(tx, actor, {
        action: 'task.moved',
        subjectType: 'Task',
        subjectId: task.id,
        problemId: problem.uuid,
        summary:
          result.before.status === input.status
            ? `reordered ${ref(problem, result.task)} in ${label}`
            : `moved ${ref(problem, result.task)} to ${label}`,
        changes: diffFields(result.before, { status: input.status, rank }, ['status', 'rank']),
      });
      await this.notifyChanges(tx, actor, problem, result.before, result.task);
      return result.task;
    });
    return toTaskModel(moved);
  }

  async delete(
    actor: Actor,
    globalId: string,
    version: number,
    loaders: RequestLoaders,
  ): Promise<boolean> {
    const { task, problem } = await this.requireContributable(actor, globalId, 'id', loaders);
    await this.dataSource.transaction(async (tx) => {
      // Links go with it (ON DELETE CASCADE); removing edges can't make a cycle, so no lock.
      const deleted = await this.tasks.deleteVersioned(tx, task.id, version);
      if (!deleted) return this.conflictOrGone(tx, task.id);
      // Comments name their subject without a foreign key: they go in the same transaction.
      await this.comments.deleteAllOn(tx, 'TASK', task.id);
      await this.activity.record(tx, actor, {
        action: 'task.deleted',
        subjectType: 'Task',
        subjectId: task.id,
        problemId: problem.uuid,
        summary: `deleted ${ref(problem, deleted)} ${deleted.title}`,
      });
    });
    return true;
  }

  /**
   * Tells the assignee (tasks have no owner) that the task is theirs now, or became blocked or
   * unblocked. `before` null: a new task, which only its assignment is news of.
   */
  private async notifyChanges(
    tx: EntityManager,
    actor: Actor,
    problem: Problem,
    before: Pick<TaskBefore, 'assigneeId' | 'status'> | null,
    task: TaskEntity,
  ): Promise<void> {
    if (!task.assigneeId) return;
    const name = `${ref(problem, task)} ${task.title}`;
    const about = {
      recipientIds: [task.assigneeId],
      problemId: problem.uuid,
      subjectType: 'Task',
      subjectId: task.id,
      url: appPaths.task(problem.key, task.number),
    };
    if (task.assigneeId !== before?.assigneeId)
      await this.notifications.notify(tx, actor, {
        ...about,
        kind: 'ASSIGNED',
        summary: `assigned you ${name}`,
      });
    if (!before || (before.status === 'BLOCKED') === (task.status === 'BLOCKED')) return;
    await this.notifications.notify(
      tx,
      actor,
      task.status === 'BLOCKED'
        ? { ...about, kind: 'TASK_BLOCKED', summary: `marked ${name} as blocked` }
        : {
            ...about,
            kind: 'TASK_UNBLOCKED',
            summary: `unblocked ${name} (now ${STATUS_LABEL[task.status]})`,
          },
    );
  }

  /** The visible task and its problem, if the caller may change the problem's tasks. */
  private async requireContributable(
    actor: Actor,
    globalId: string,
    path: string,
    loaders: RequestLoaders,
  ): Promise<{ task: TaskEntity; problem: Problem }> {
    const id = requireGlobalId(globalId, 'Task', path);
    // Straight from the database, not the request's loader: a write needs the current row.
    const task = (await this.tasks.findVisibleByIds(actor, [id])).get(id);
    const problem = task && (await this.problems.findVisible(actor, task.problemId, loaders));
    if (!task || !problem) throw NotFoundError.forField(path, 'No such task.');
    assertContributor(actor, problem);
    return { task, problem };
  }

  private async lockProblem(tx: EntityManager, problem: Problem): Promise<void> {
    if (!(await this.problems.lockForUpdate(tx, problem.uuid)))
      throw new NotFoundError('That problem');
  }

  /** Every id the input refers to exists, is visible, and belongs to this problem. */
  private async checkRefs(
    tx: EntityManager,
    actor: Actor,
    problemId: string,
    refs: TaskRefs,
    taskId: string | null,
  ): Promise<void> {
    if (refs.assigneeId)
      await this.users.requireNamed(tx, actor, refs.assigneeId, 'input.assigneeId');
    if (refs.organizationId && !(await this.tasks.organizationExists(tx, refs.organizationId)))
      throw NotFoundError.forField('input.organizationId', 'No such organisation.');
    if (refs.outcomeIds?.length) {
      const found = await this.tasks.visibleOutcomeProblems(tx, actor, refs.outcomeIds);
      if (refs.outcomeIds.some((id) => !found.has(id)))
        throw NotFoundError.forField('input.outcomeIds', 'No such outcome.');
      if ([...found.values()].some((owner) => owner !== problemId))
        throw new InvalidInputError([
          { path: 'input.outcomeIds', message: 'must be outcomes of the task’s own problem' },
        ]);
    }
    if (refs.blockedByIds?.length) {
      if (taskId && refs.blockedByIds.includes(taskId))
        throw new InvalidInputError([
          { path: 'input.blockedByIds', message: 'cannot include the task itself' },
        ]);
      const found = await this.tasks.visibleTaskProblems(tx, actor, refs.blockedByIds);
      if (refs.blockedByIds.some((id) => !found.has(id)))
        throw NotFoundError.forField('input.blockedByIds', 'No such task.');
      if ([...found.values()].some((owner) => owner !== problemId))
        throw new InvalidInputError([
          { path: 'input.blockedByIds', message: 'must be tasks of the same problem' },
        ]);
      // Under the problem lock: a concurrent edit can't add the closing edge after this check.
      if (taskId && (await this.tasks.wouldCycle(tx, taskId, refs.blockedByIds)))
        throw new InvalidInputError([
          { path: 'input.blockedByIds', message: 'would make a dependency cycle' },
        ]);
    }
  }

  /** After a versioned write matched no row: CONFLICT with the current version, or gone. */
  private async conflictOrGone(tx: EntityManager, id: string): Promise<never> {
    const current = await this.tasks.currentVersion(tx, id);
    if (current === null) throw new NotFoundError('That task');
    throw new ConflictError(current);
  }
}

function assertContributor(actor: Actor, problem: Problem): void {
  if (!can(actor, 'contribute', { visibility: problem.visibility, memberRole: problem.viewerRole }))
    throw new ForbiddenError('Only the problem’s team can change its tasks.');
}

function decodeRefs(input: {
  assigneeId?: string | null;
  organizationId?: string | null;
  outcomeIds?: string[] | null;
  blockedByIds?: string[] | null;
}): TaskRefs {
  const refs: TaskRefs = {};
  if (input.assigneeId !== undefined)
    refs.assigneeId = input.assigneeId
      ? requireGlobalId(input.assigneeId, 'User', 'input.assigneeId')
      : null;
  if (input.organizationId !== undefined)
    refs.organizationId = input.organizationId
      ? requireGlobalId(input.organizationId, 'Organization', 'input.organizationId')
      : null;
  if (input.outcomeIds)
    refs.outcomeIds = [
      ...new Set(input.outcomeIds.map((id) => requireGlobalId(id, 'Outcome', 'input.outcomeIds'))),
    ];
  if (input.blockedByIds)
    refs.blockedByIds = [
      ...new Set(input.blockedByIds.map((id) => requireGlobalId(id, 'Task', 'input.blockedByIds'))),
    ];
  return refs;
}

/** An empty link set audits as null ("none"), like a cleared field. */
function orNull(ids: string[]): string[] | null {
  return ids.length ? ids : null;
}

/** "HOUS-12 #4", how people name a task. */
function ref(problem: Problem, task: TaskEntity): string {
  return `${problem.key} #${task.number}`;
}
