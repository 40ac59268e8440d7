import { Inject, Injectable } from '@nestjs/common';
import type { TaskStatus } from '@commons/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { modifiedRows } from '../database/modified-rows.js';
import { visibleProblemsSql } from '../access/policy.js';
import type { Actor } from '../auth/actor.js';
import { likePattern, SqlParams } from '../graphql/sql.js';
import { TaskEntity } from './task.entity.js';

const COLUMNS = `t.id, t.problem_id, t.number, t.title, t.description, t.status, t.rank,
  t.assignee_id, t.organization_id, t.due_date, t.version, t.created_at, t.updated_at`;

/** The tables a visible task is read through: its problem and the caller's membership on it. */
const VISIBLE_FROM = (viewer: string) => `task t
  JOIN problem p ON p.id = t.problem_id
  LEFT JOIN membership vm ON vm.problem_id = p.id AND vm.user_id = ${viewer}`;

interface RawTask {
  id: string;
  problem_id: string;
  number: number;
  title: string;
  description: string | null;
  status: TaskStatus;
  rank: string;
  assignee_id: string | null;
  organization_id: string | null;
  due_date: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

/** Columns a task's audit diff compares; `RETURNING old.…` (PostgreSQL 18) reads them. */
export interface TaskBefore {
  title: string;
  description: string | null;
  status: TaskStatus;
  rank: string;
  assigneeId: string | null;
  organizationId: string | null;
  dueDate: string | null;
}

const RETURNING_BEFORE = `old.title AS before_title, old.description AS before_description,
  old.status AS before_status, old.rank AS before_rank, old.assignee_id AS before_assignee_id,
  old.organization_id AS before_organization_id, old.due_date AS before_due_date`;

interface RawBefore {
  before_title: string;
  before_description: string | null;
  before_status: TaskStatus;
  before_rank: string;
  before_assignee_id: string | null;
  before_organization_id: string | null;
  before_due_date: string | null;
}

/** Editable columns, by entity field. */
const EDITABLE = {
  title: 'title',
  description: 'description',
  status: 'status',
  rank: 'rank',
  assigneeId: 'assignee_id',
  organizationId: 'organization_id',
  dueDate: 'due_date',
} as const satisfies Partial<Record<keyof TaskEntity, string>>;

export type TaskChanges = Partial<Pick<TaskEntity, keyof typeof EDITABLE>>;

export interface BoardQuery {
  problemId: string;
  status?: TaskStatus[] | null;
  assigneeId?: string | null;
  outcomeId?: string | null;
  numbers?: number[] | null;
  overdue?: boolean | null;
  /** The workspace's today, for `overdue`. */
  today: string;
  /** Keyset: (status, rank, id) of the last item of the previous page. */
  after?: { status: TaskStatus; rank: string; id: string } | null;
  limit: number;
}

export interface AssignedQuery {
  /** Keyset: (due date or null, problem key, number) of the last item of the previous page. */
  after?: { dueDate: string | null; problemKey: string; number: number } | null;
  limit: number;
}

export interface AssignedRow {
  task: TaskEntity;
  problemKey: string;
}

/** The only file of this feature that builds SQL. Reads apply the caller's visibility. */
@Injectable()
export class TasksRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Tasks by id whose problem the caller may see. */
  /**
   * Tasks of one problem, with no visibility check of their own: for callers who have checked
   * that whoever receives them may see that problem (a task is visible exactly when its
   * problem is).
   */
  async findInProblem(problemId: string, ids: readonly string[]): Promise<Map<string, TaskEntity>> {
    if (!ids.length) return new Map();
    const rows = await this.dataSource.query<RawTask[]>(
      `SELECT ${COLUMNS} FROM task t WHERE t.problem_id = $1 AND t.id = ANY($2::uuid[])`,
      [problemId, ids],
    );
    return new Map(rows.map((row) => [row.id, toEntity(row)]));
  }

  async findVisibleByIds(actor: Actor, ids: readonly string[]): Promise<Map<string, TaskEntity>> {
    if (!ids.length) return new Map();
    const rows = await this.dataSource.query<RawTask[]>(
      `SELECT ${COLUMNS} FROM ${VISIBLE_FROM('$1')}
        WHERE t.id = ANY($2::uuid[]) AND ${visibleProblemsSql(actor, 'p', 'vm')}`,
      [actor.userId, ids],
    );
    return new Map(rows.map((row) => [row.id, toEntity(row)]));
  }

  /**
   * The tasks blocking each of `taskIds`, by number. Both ends of a dependency are in one problem
   * (composite foreign keys), so whoever sees the blocked task sees its blockers.
   */
  async blockersOf(taskIds: readonly string[]): Promise<Map<string, TaskEntity[]>> {
    const result = new Map<string, TaskEntity[]>(taskIds.map((id) => [id, []]));
    if (!taskIds.length) return result;
    const rows = await this.dataSource.query<(RawTask & { blocked_task_id: string })[]>(
      `SELECT d.task_id AS blocked_task_id, ${COLUMNS}
         FROM task_dependency d JOIN task t ON t.id = d.blocked_by_id
        WHERE d.task_id = ANY($1::uuid[])
        ORDER BY t.number`,
      [taskIds],
    );
    for (const row of rows) result.get(row.blocked_task_id)?.push(toEntity(row));
    return result;
  }

  /** A problem's board in column order, then rank: one statement for the page and the count. */
  async listBoard(
    actor: Actor,
    query: BoardQuery,
  ): Promise<{ rows: TaskEntity[]; totalCount: number }> {
    const sql = new SqlParams();
    const viewer = sql.param(actor.userId);
    const where = [
      `t.problem_id = ${sql.param(query.problemId)}::uuid`,
      visibleProblemsSql(actor, 'p', 'vm'),
    ];
    if (query.status?.length)
      where.push(`t.status = ANY(${sql.param(query.status)}::task_status[])`);
    if (query.assigneeId) where.push(`t.assignee_id = ${sql.param(query.assigneeId)}::uuid`);
    if (query.outcomeId) {
      where.push(`EXISTS (SELECT 1 FROM task_outcome o
        WHERE o.task_id = t.id AND o.outcome_id = ${sql.param(query.outcomeId)}::uuid)`);
    }
    if (query.numbers?.length) where.push(`t.number = ANY(${sql.param(query.numbers)}::int[])`);
    if (typeof query.overdue === 'boolean') {
      const overdue = `(t.status <> 'DONE' AND t.due_date < ${sql.param(query.today)}::date)`;
      where.push(query.overdue ? overdue : `NOT coalesce(${overdue}, false)`);
    }
    // Enum order is the column order (TODO, IN_PROGRESS, BLOCKED, DONE); ranks compare as bytes.
    const after = query.after
      ? `WHERE (status, rank COLLATE "C", id) > (${sql.param(query.after.status)}::task_status,
           ${sql.param(query.after.rank)} COLLATE "C", ${sql.param(query.after.id)}::uuid)`
      : '';
    const rows = await this.dataSource.query<(RawTask & { total_count: number })[]>(
      `WITH base AS (SELECT ${COLUMNS} FROM ${VISIBLE_FROM(viewer)} WHERE ${where.join(' AND ')})
       SELECT base.*, (SELECT count(*) FROM base)::int AS total_count
         FROM base ${after}
        ORDER BY status, rank COLLATE "C", id
        LIMIT ${sql.param(query.limit + 1)}`,
      sql.values,
    );
    const totalCount =
      rows[0]?.total_count ??
      (query.after
        ? (await this.listBoard(actor, { ...query, after: null, limit: 0 })).totalCount
        : 0);
    return { rows: rows.map(toEntity), totalCount };
  }

  /** Open tasks assigned to the caller on problems they may see: due first, undated last. */
  async listAssigned(
    actor: Actor,
    query: AssignedQuery,
  ): Promise<{ rows: AssignedRow[]; totalCount: number }> {
    const sql = new SqlParams();
    const me = sql.param(actor.userId);
    let after = '';
    if (query.after) {
      const key = sql.param(query.after.problemKey);
      const number = sql.param(query.after.number);
      const rest = `(problem_key COLLATE "C", number) > (${key} COLLATE "C", ${number}::int)`;
      const due = query.after.dueDate ? sql.param(query.after.dueDate) : null;
      // NULLS LAST: after a dated task come later dates, then every undated one.
      after = due
        ? `WHERE due_date > ${due}::date OR due_date IS NULL OR (due_date = ${due}::date AND ${rest})`
        : `WHERE due_date IS NULL AND ${rest}`;
    }
    const rows = await this.dataSource.query<
      (RawTask & { problem_key: string; total_count: number })[]
    >(
      `WITH base AS (
         SELECT ${COLUMNS}, p.key AS problem_key FROM ${VISIBLE_FROM(me)}
          WHERE t.assignee_id = ${me} AND t.status <> 'DONE'
            AND ${visibleProblemsSql(actor, 'p', 'vm')})
       SELECT base.*, (SELECT count(*) FROM base)::int AS total_count
         FROM base ${after}
        ORDER BY due_date ASC NULLS LAST, problem_key COLLATE "C", number
        LIMIT ${sql.param(query.limit + 1)}`,
      sql.values,
    );
    const totalCount =
      rows[0]?.total_count ??
      (query.after ? (await this.listAssigned(actor, { after: null, limit: 0 })).totalCount : 0);
    return {
      rows: rows.map((row) => ({ task: toEntity(row), problemKey: row.problem_key })),
      totalCount,
    };
  }

  /**
   * Tasks of visible problems found by reference (`key`, optionally with `number`) or by words in
   * the title, in one statement: the exact reference first, open before done, then by key and
   * number. `key` alone lists that problem's tasks.
   */
  async search(
    actor: Actor,
    query: { text: string; key: string | null; number: number | null; limit: number },
  ): Promise<TaskEntity[]> {
    const sql = new SqlParams();
    const me = sql.param(actor.userId);
    const pattern = sql.param(likePattern(query.text));
    const key = sql.param(query.key);
    const number = sql.param(query.number);
    const byReference = `(p.key = ${key}::text AND (${number}::int IS NULL OR t.number = ${number}::int))`;
    const rows = await this.dataSource.query<RawTask[]>(
      `SELECT ${COLUMNS} FROM ${VISIBLE_FROM(me)}
        WHERE ${visibleProblemsSql(actor, 'p', 'vm')}
          AND (t.title ILIKE ${pattern} OR ${byReference})
        ORDER BY ${byReference} IS TRUE DESC, t.status = 'DONE', p.key COLLATE "C", t.number
        LIMIT ${sql.param(query.limit)}`,
      sql.values,
    );
    return rows.map(toEntity);
  }

  // ---- Inside a write transaction (the caller holds the problem's row lock) ----

  /** Reserves the problem's next task number. */
  async takeTaskNumber(tx: EntityManager, problemId: string): Promise<number> {
    const rows = await modifiedRows<{ number: number }>(
      tx,
      `UPDATE problem SET next_task_number = next_task_number + 1 WHERE id = $1
       RETURNING next_task_number - 1 AS number`,
      [problemId],
    );
    const number = rows[0]?.number;
    if (!number) throw new Error(`problem ${problemId} vanished under its lock`);
    return number;
  }

  /** The highest rank in a column (optionally leaving one task out), null when empty. */
  async lastRank(
    tx: EntityManager,
    problemId: string,
    status: TaskStatus,
    exceptId: string | null = null,
  ): Promise<string | null> {
    const rows = await tx.query<{ rank: string | null }[]>(
      `SELECT max(rank) AS rank FROM task
        WHERE problem_id = $1 AND status = $2 AND ($3::uuid IS NULL OR id <> $3::uuid)`,
      [problemId, status, exceptId],
    );
    return rows[0]?.rank ?? null;
  }

  /** The lowest rank in a column leaving the moving task out, null when empty. */
  async firstRank(
    tx: EntityManager,
    problemId: string,
    status: TaskStatus,
    exceptId: string,
  ): Promise<string | null> {
    const rows = await tx.query<{ rank: string | null }[]>(
      `SELECT min(rank) AS rank FROM task WHERE problem_id = $1 AND status = $2 AND id <> $3`,
      [problemId, status, exceptId],
    );
    return rows[0]?.rank ?? null;
  }

  /**
   * The slot right after `afterId` in its column: its rank and the next greater rank (leaving
   * the moving task out). Strictly greater, so even duplicate ranks give a valid gap.
   */
  async slotAfter(
    tx: EntityManager,
    afterId: string,
    movingId: string,
  ): Promise<{
    problemId: string;
    status: TaskStatus;
    rank: string;
    nextRank: string | null;
  } | null> {
    const rows = await tx.query<
      { problem_id: string; status: TaskStatus; rank: string; next_rank: string | null }[]
    >(
      `SELECT a.problem_id, a.status, a.rank,
              (SELECT min(n.rank) FROM task n
                WHERE n.problem_id = a.problem_id AND n.status = a.status
                  AND n.rank > a.rank AND n.id <> $2) AS next_rank
         FROM task a WHERE a.id = $1`,
      [afterId, movingId],
    );
    const row = rows[0];
    return row
      ? { problemId: row.problem_id, status: row.status, rank: row.rank, nextRank: row.next_rank }
      : null;
  }

  async insert(
    tx: EntityManager,
    values: Omit<TaskEntity, 'id' | 'version' | 'createdAt' | 'updatedAt'>,
  ): Promise<TaskEntity> {
    const rows = await tx.query<RawTask[]>(
      `INSERT INTO task AS t (problem_id, number, title, description, status, rank, assignee_id,
         organization_id, due_date)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${COLUMNS}`,
      [
        values.problemId,
        values.number,
        values.title,
        values.description,
        values.status,
        values.rank,
        values.assigneeId,
        values.organizationId,
        values.dueDate,
      ],
    );
    if (!rows[0]) throw new Error('INSERT … RETURNING returned nothing');
    return toEntity(rows[0]);
  }

  /**
   * One statement: `UPDATE … WHERE id = $1 [AND version = $2]`, version + 1, returning the new
   * row and the values it replaced. Null when no row matched (stale version, or gone).
   * `keepRankIfStatus`: keep the rank when the status was already that (a no-op column change).
   */
  async updateVersioned(
    tx: EntityManager,
    id: string,
    version: number | null,
    changes: TaskChanges,
    keepRankIfStatus?: TaskStatus,
  ): Promise<{ task: TaskEntity; before: TaskBefore } | null> {
    const sql = new SqlParams();
    const where = [`t.id = ${sql.param(id)}::uuid`];
    if (version !== null) where.push(`t.version = ${sql.param(version)}::int`);
    const set = ['version = t.version + 1', 'updated_at = now()'];
    for (const [field, column] of Object.entries(EDITABLE) as [keyof TaskChanges, string][]) {
      if (!(field in changes)) continue;
      const value = sql.param(changes[field]);
      set.push(
        field === 'rank' && keepRankIfStatus
          ? `rank = CASE WHEN t.status = ${sql.param(keepRankIfStatus)}::task_status THEN t.rank ELSE ${value} END`
          : `${column} = ${value}`,
      );
    }
    const rows = await modifiedRows<RawTask & RawBefore>(
      tx,
      `UPDATE task t SET ${set.join(', ')} WHERE ${where.join(' AND ')}
       RETURNING ${COLUMNS}, ${RETURNING_BEFORE}`,
      sql.values,
    );
    const row = rows[0];
    return row ? { task: toEntity(row), before: toBefore(row) } : null;
  }

  /** `DELETE … WHERE id = $1 AND version = $2`; null when no row matched. */
  async deleteVersioned(
    tx: EntityManager,
    id: string,
    version: number,
  ): Promise<TaskEntity | null> {
    const rows = await modifiedRows<RawTask>(
      tx,
      `DELETE FROM task t WHERE t.id = $1 AND t.version = $2 RETURNING ${COLUMNS}`,
      [id, version],
    );
    return rows[0] ? toEntity(rows[0]) : null;
  }

  async currentVersion(tx: EntityManager, id: string): Promise<number | null> {
    const rows = await tx.query<{ version: number }[]>('SELECT version FROM task WHERE id = $1', [
      id,
    ]);
    return rows[0]?.version ?? null;
  }

  /** For each outcome id the caller may see (through its problem): that problem's id. */
  async visibleOutcomeProblems(
    tx: EntityManager,
    actor: Actor,
    ids: readonly string[],
  ): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = await tx.query<{ id: string; problem_id: string }[]>(
      `SELECT o.id, o.problem_id FROM outcome o
         JOIN problem p ON p.id = o.problem_id
         LEFT JOIN membership vm ON vm.problem_id = p.id AND vm.user_id = $1
        WHERE o.id = ANY($2::uuid[]) AND ${visibleProblemsSql(actor, 'p', 'vm')}`,
      [actor.userId, ids],
    );
    return new Map(rows.map((row) => [row.id, row.problem_id]));
  }

  /** For each task id the caller may see: its problem's id. */
  async visibleTaskProblems(
    tx: EntityManager,
    actor: Actor,
    ids: readonly string[],
  ): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = await tx.query<{ id: string; problem_id: string }[]>(
      `SELECT t.id, t.problem_id FROM ${VISIBLE_FROM('$1')}
        WHERE t.id = ANY($2::uuid[]) AND ${visibleProblemsSql(actor, 'p', 'vm')}`,
      [actor.userId, ids],
    );
    return new Map(rows.map((row) => [row.id, row.problem_id]));
  }

  async organizationExists(tx: EntityManager, id: string): Promise<boolean> {
    const rows = await tx.query<unknown[]>('SELECT 1 FROM organization WHERE id = $1', [id]);
    return rows.length > 0;
  }

  /**
   * Would "`taskId` is blocked by `blockerIds`" close a cycle? True when `taskId` is already
   * among the blockers' own (transitive) blockers. UNION (not ALL) stops on any existing loop.
   */
  async wouldCycle(
    tx: EntityManager,
    taskId: string,
    blockerIds: readonly string[],
  ): Promise<boolean> {
    if (!blockerIds.length) return false;
    const rows = await tx.query<{ cycle: boolean }[]>(
      `WITH RECURSIVE reach(id) AS (
         SELECT unnest($2::uuid[])
         UNION
         SELECT d.blocked_by_id FROM task_dependency d JOIN reach r ON d.task_id = r.id)
       SELECT EXISTS (SELECT 1 FROM reach WHERE id = $1::uuid) AS cycle`,
      [taskId, blockerIds],
    );
    return rows[0]?.cycle ?? false;
  }

  async outcomeIdsOf(tx: EntityManager, taskId: string): Promise<string[]> {
    const rows = await tx.query<{ id: string }[]>(
      'SELECT outcome_id AS id FROM task_outcome WHERE task_id = $1 ORDER BY outcome_id',
      [taskId],
    );
    return rows.map((row) => row.id);
  }

  async blockerIdsOf(tx: EntityManager, taskId: string): Promise<string[]> {
    const rows = await tx.query<{ id: string }[]>(
      'SELECT blocked_by_id AS id FROM task_dependency WHERE task_id = $1 ORDER BY blocked_by_id',
      [taskId],
    );
    return rows.map((row) => row.id);
  }

  /** Makes the task's outcome links exactly `outcomeIds` (all of `problemId`). */
  async replaceOutcomeLinks(
    tx: EntityManager,
    taskId: string,
    problemId: string,
    outcomeIds: readonly string[],
  ): Promise<void> {
    await tx.query(
      'DELETE FROM task_outcome WHERE task_id = $1 AND NOT (outcome_id = ANY($2::uuid[]))',
      [taskId, outcomeIds],
    );
    if (!outcomeIds.length) return;
    await tx.query(
      `INSERT INTO task_outcome (task_id, outcome_id, problem_id)
       SELECT $1, unnest($2::uuid[]), $3 ON CONFLICT DO NOTHING`,
      [taskId, outcomeIds, problemId],
    );
  }

  /** Makes the task's blockers exactly `blockerIds` (all of `problemId`). */
  async replaceBlockers(
    tx: EntityManager,
    taskId: string,
    problemId: string,
    blockerIds: readonly string[],
  ): Promise<void> {
    await tx.query(
      'DELETE FROM task_dependency WHERE task_id = $1 AND NOT (blocked_by_id = ANY($2::uuid[]))',
      [taskId, blockerIds],
    );
    if (!blockerIds.length) return;
    await tx.query(
      `INSERT INTO task_dependency (task_id, blocked_by_id, problem_id)
       SELECT $1, unnest($2::uuid[]), $3 ON CONFLICT DO NOTHING`,
      [taskId, blockerIds, problemId],
    );
  }
}

function toEntity(raw: RawTask): TaskEntity {
  const task = new TaskEntity();
  task.id = raw.id;
  task.problemId = raw.problem_id;
  task.number = raw.number;
  task.title = raw.title;
  task.description = raw.description;
  task.status = raw.status;
  task.rank = raw.rank;
  task.assigneeId = raw.assignee_id;
  task.organizationId = raw.organization_id;
  task.dueDate = raw.due_date;
  task.version = raw.version;
  task.createdAt = raw.created_at;
  task.updatedAt = raw.updated_at;
  return task;
}

function toBefore(raw: RawBefore): TaskBefore {
  return {
    title: raw.before_title,
    description: raw.before_description,
    status: raw.before_status,
    rank: raw.before_rank,
    assigneeId: raw.before_assignee_id,
    organizationId: raw.before_organization_id,
    dueDate: raw.before_due_date,
  };
}
