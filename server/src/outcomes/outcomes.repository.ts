import { Inject, Injectable } from '@nestjs/common';
import type { MemberRole } from '@commons/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { visibleProblemsSql } from '../access/policy.js';
import type { Actor } from '../auth/actor.js';
import { modifiedRows } from '../database/modified-rows.js';
import { SqlParams } from '../graphql/sql.js';
import { LATEST_ORDER, nextDueSql } from './outcome.sql.js';
import { MeasurementEntity } from './measurement.entity.js';
import { OutcomeEntity } from './outcome.entity.js';

const OUTCOME_COLUMNS = `o.id, o.problem_id AS "problemId", o.name, o.description, o.unit,
  o.direction, o.baseline_value AS "baselineValue", o.baseline_date AS "baselineDate",
  o.target_value AS "targetValue", o.target_date AS "targetDate", o.data_source AS "dataSource",
  o.owner_id AS "ownerId", o.cadence, o.suppress_below AS "suppressBelow", o.is_public AS "isPublic",
  o.version, o.created_at AS "createdAt", o.updated_at AS "updatedAt"`;

const MEASUREMENT_COLUMNS = `m.id, m.outcome_id AS "outcomeId", m.observed_at AS "observedAt",
  m.value, m.note, m.source, m.recorded_by_id AS "recordedById", m.recorded_at AS "recordedAt"`;

/** The latest measurement's columns beside an outcome's (`l`, see `findByProblemIds`). */
const LATEST_COLUMNS = `l.id AS "latestId", l.observed_at AS "latestObservedAt",
  l.value AS "latestValue", l.note AS "latestNote", l.source AS "latestSource",
  l.recorded_by_id AS "latestRecordedById", l.recorded_at AS "latestRecordedAt"`;

/** Null together when the outcome has no measurement (LEFT JOIN). */
interface LatestColumns {
  latestId: string | null;
  latestObservedAt: string | null;
  latestValue: number | null;
  latestNote: string | null;
  latestSource: string | null;
  latestRecordedById: string | null;
  latestRecordedAt: Date | null;
}

export interface OutcomeWithLatest {
  outcome: OutcomeEntity;
  latest: MeasurementEntity | null;
}

/** What an update may change, and the column each field is stored in. */
const UPDATABLE_COLUMNS = {
  name: 'name',
  description: 'description',
  unit: 'unit',
  direction: 'direction',
  baselineValue: 'baseline_value',
  baselineDate: 'baseline_date',
  targetValue: 'target_value',
  targetDate: 'target_date',
  dataSource: 'data_source',
  ownerId: 'owner_id',
  cadence: 'cadence',
  suppressBelow: 'suppress_below',
  isPublic: 'is_public',
} as const satisfies Partial<Record<keyof OutcomeEntity, string>>;

export type OutcomeChanges = Partial<Pick<OutcomeEntity, keyof typeof UPDATABLE_COLUMNS>>;

export interface MeasurementRange {
  from: string | null;
  to: string | null;
}

/** The only file of this feature (with problem-health.repository.ts) that builds SQL. */
@Injectable()
export class OutcomesRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async findByIds(ids: readonly string[]): Promise<Map<string, OutcomeEntity>> {
    if (!ids.length) return new Map();
    const rows = await this.dataSource.query<OutcomeEntity[]>(
      `SELECT ${OUTCOME_COLUMNS} FROM outcome o WHERE o.id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((row) => [row.id, toOutcome(row)]));
  }

  /**
   * Each problem's outcomes in the order they were defined, each with its latest measurement
   * (one index probe per outcome, as `latestByOutcomeIds`): a page that lists outcomes shows
   * their figures, which need it.
   */
  async findByProblemIds(problemIds: readonly string[]): Promise<Map<string, OutcomeWithLatest[]>> {
    if (!problemIds.length) return new Map();
    const rows = await this.dataSource.query<(OutcomeEntity & LatestColumns)[]>(
      `SELECT ${OUTCOME_COLUMNS}, ${LATEST_COLUMNS} FROM outcome o
         LEFT JOIN LATERAL (
           SELECT m.* FROM measurement m
            WHERE m.outcome_id = o.id
            ORDER BY ${LATEST_ORDER}
            LIMIT 1) l ON true
        WHERE o.problem_id = ANY($1::uuid[])
        ORDER BY o.created_at, o.id`,
      [problemIds],
    );
    const items = rows.map(withLatestOf);
    return groupBy(items, (item) => item.outcome.problemId);
  }

  /**
   * Scheduled outcomes the caller reports (its own, or unowned on problems it leads) on problems
   * it may see and that are not archived, due on or before `dueBy` (stale ones included), each
   * with its latest measurement: soonest due first.
   */
  async findDueForOwner(
    actor: Actor,
    query: { dueBy: string; limit: number },
  ): Promise<OutcomeWithLatest[]> {
    const sql = new SqlParams();
    const me = sql.param(actor.userId);
    const rows = await this.dataSource.query<(OutcomeEntity & LatestColumns)[]>(
      `SELECT ${OUTCOME_COLUMNS}, ${LATEST_COLUMNS} FROM outcome o
         JOIN problem p ON p.id = o.problem_id
         LEFT JOIN membership vm ON vm.problem_id = p.id AND vm.user_id = ${me}
         LEFT JOIN LATERAL (
           SELECT m.* FROM measurement m
            WHERE m.outcome_id = o.id
            ORDER BY ${LATEST_ORDER}
            LIMIT 1) l ON true
         CROSS JOIN LATERAL (SELECT ${nextDueSql('o', 'l.observed_at')} AS next_due) due
        WHERE o.cadence IS NOT NULL
          AND (o.owner_id = ${me} OR (o.owner_id IS NULL AND p.lead_id = ${me}))
          AND p.status <> 'ARCHIVED'
          AND ${visibleProblemsSql(actor, 'p', 'vm')}
          AND due.next_due <= ${sql.param(query.dueBy)}::date
        ORDER BY due.next_due, p.key COLLATE "C", o.created_at, o.id
        LIMIT ${sql.param(query.limit)}`,
      sql.values,
    );
    return rows.map(withLatestOf);
  }

  /**
   * Gives the problem's outcomes owned by `userId` back to its lead (owner null), each a new
   * version; returns what changed.
   */
  async releaseOwnership(
    tx: EntityManager,
    problemId: string,
    userId: string,
  ): Promise<{ id: string; name: string }[]> {
    return modifiedRows<{ id: string; name: string }>(
      tx,
      `UPDATE outcome AS o SET owner_id = NULL, version = o.version + 1, updated_at = now()
        WHERE o.problem_id = $1 AND o.owner_id = $2
        RETURNING o.id, o.name`,
      [problemId, userId],
    );
  }

  /** The person's role on the problem's team, or null when not on it (in the caller's transaction). */
  async memberRole(
    tx: EntityManager,
    problemId: string,
    userId: string,
  ): Promise<MemberRole | null> {
    const rows = await tx.query<{ role: MemberRole }[]>(
      'SELECT role FROM membership WHERE problem_id = $1 AND user_id = $2',
      [problemId, userId],
    );
    return rows[0]?.role ?? null;
  }

  /** The outcomes each task contributes to (task_outcome), in the order they were defined. */
  async findByTaskIds(taskIds: readonly string[]): Promise<Map<string, OutcomeEntity[]>> {
    if (!taskIds.length) return new Map();
    const rows = await this.dataSource.query<(OutcomeEntity & { taskId: string })[]>(
      `SELECT tl.task_id AS "taskId", ${OUTCOME_COLUMNS}
         FROM task_outcome tl JOIN outcome o ON o.id = tl.outcome_id
        WHERE tl.task_id = ANY($1::uuid[])
        ORDER BY o.created_at, o.id`,
      [taskIds],
    );
    const byTask = new Map<string, OutcomeEntity[]>();
    for (const { taskId, ...outcome } of rows) {
      const list = byTask.get(taskId) ?? [];
      list.push(toOutcome(outcome));
      byTask.set(taskId, list);
    }
    return byTask;
  }

  /** The latest measurement of each outcome, for a whole batch of outcomes in one statement. */
  async latestByOutcomeIds(outcomeIds: readonly string[]): Promise<Map<string, MeasurementEntity>> {
    if (!outcomeIds.length) return new Map();
    const rows = await this.dataSource.query<MeasurementEntity[]>(
      `SELECT latest.* FROM unnest($1::uuid[]) AS k(outcome_id)
         CROSS JOIN LATERAL (
           SELECT ${MEASUREMENT_COLUMNS} FROM measurement m
            WHERE m.outcome_id = k.outcome_id
            ORDER BY ${LATEST_ORDER}
            LIMIT 1) latest`,
      [outcomeIds],
    );
    return new Map(rows.map((row) => [row.outcomeId, toMeasurement(row)]));
  }

  /** The latest measurement of one outcome, read in the writing transaction. */
  async latestOf(tx: EntityManager, outcomeId: string): Promise<MeasurementEntity | null> {
    const rows = await tx.query<MeasurementEntity[]>(
      `SELECT ${MEASUREMENT_COLUMNS} FROM measurement m WHERE m.outcome_id = $1
        ORDER BY ${LATEST_ORDER} LIMIT 1`,
      [outcomeId],
    );
    return rows[0] ? toMeasurement(rows[0]) : null;
  }

  /** Each outcome's measurements within an inclusive date range, oldest first. */
  async measurementsByOutcomeIds(
    outcomeIds: readonly string[],
    range: MeasurementRange,
  ): Promise<Map<string, MeasurementEntity[]>> {
    if (!outcomeIds.length) return new Map();
    const rows = await this.dataSource.query<MeasurementEntity[]>(
      `SELECT ${MEASUREMENT_COLUMNS} FROM measurement m
        WHERE m.outcome_id = ANY($1::uuid[])
          AND ($2::date IS NULL OR m.observed_at >= $2::date)
          AND ($3::date IS NULL OR m.observed_at <= $3::date)
        ORDER BY m.outcome_id, m.observed_at, m.recorded_at, m.id`,
      [outcomeIds, range.from, range.to],
    );
    return groupBy(rows.map(toMeasurement), (m) => m.outcomeId);
  }

  async insert(
    tx: EntityManager,
    values: Omit<OutcomeEntity, 'id' | 'version' | 'createdAt' | 'updatedAt' | 'problem'>,
  ): Promise<OutcomeEntity> {
    const rows = await tx.query<OutcomeEntity[]>(
      `INSERT INTO outcome AS o (problem_id, name, description, unit, direction, baseline_value,
         baseline_date, target_value, target_date, data_source, owner_id, cadence, suppress_below,
         is_public)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
       RETURNING ${OUTCOME_COLUMNS}`,
      [
        values.problemId,
        values.name,
        values.description,
        values.unit,
        values.direction,
        values.baselineValue,
        values.baselineDate,
        values.targetValue,
        values.targetDate,
        values.dataSource,
        values.ownerId,
        values.cadence,
        values.suppressBelow,
        values.isPublic,
      ],
    );
    return toOutcome(single(rows));
  }

  /**
   * `UPDATE … WHERE id = $1 AND version = $2`: no row means someone changed it first (or it is
   * gone); the caller answers CONFLICT with the current version. Returns the updated outcome.
   */
  async updateVersioned(
    tx: EntityManager,
    id: string,
    version: number,
    changes: OutcomeChanges,
  ): Promise<OutcomeEntity | null> {
    const sql = new SqlParams();
    const where = `o.id = ${sql.param(id)} AND o.version = ${sql.param(version)}`;
    const set = (Object.keys(changes) as (keyof OutcomeChanges)[]).map(
      (field) => `${UPDATABLE_COLUMNS[field]} = ${sql.param(changes[field])}`,
    );
    const [updated] = await modifiedRows<OutcomeEntity>(
      tx,
      `UPDATE outcome AS o SET ${[...set, 'version = o.version + 1', 'updated_at = now()'].join(', ')}
        WHERE ${where}
        RETURNING ${OUTCOME_COLUMNS}`,
      sql.values,
    );
    return updated ? toOutcome(updated) : null;
  }

  async currentVersion(tx: EntityManager, id: string): Promise<number | null> {
    const rows = await tx.query<{ version: number }[]>(
      'SELECT version FROM outcome WHERE id = $1',
      [id],
    );
    return rows[0]?.version ?? null;
  }

  async insertMeasurement(
    tx: EntityManager,
    values: Pick<
      MeasurementEntity,
      'outcomeId' | 'observedAt' | 'value' | 'note' | 'source' | 'recordedById'
    >,
  ): Promise<MeasurementEntity> {
    const rows = await tx.query<MeasurementEntity[]>(
      `INSERT INTO measurement AS m (outcome_id, observed_at, value, note, source, recorded_by_id)
       VALUES ($1, $2, $3, $4, $5, $6)
       RETURNING ${MEASUREMENT_COLUMNS}`,
      [
        values.outcomeId,
        values.observedAt,
        values.value,
        values.note,
        values.source,
        values.recordedById,
      ],
    );
    return toMeasurement(single(rows));
  }
}

/** An outcome row with its latest measurement's columns (`l`, LEFT JOINed) split in two. */
function withLatestOf(row: OutcomeEntity & LatestColumns): OutcomeWithLatest {
  const {
    latestId,
    latestObservedAt,
    latestValue,
    latestNote,
    latestSource,
    latestRecordedById,
    latestRecordedAt,
    ...outcome
  } = row;
  const latest =
    latestId === null
      ? null
      : toMeasurement({
          id: latestId,
          outcomeId: outcome.id,
          observedAt: latestObservedAt as string,
          value: latestValue as number,
          note: latestNote,
          source: latestSource as MeasurementEntity['source'],
          recordedById: latestRecordedById,
          recordedAt: latestRecordedAt as Date,
        });
  return { outcome: toOutcome(outcome), latest };
}

function toOutcome(row: OutcomeEntity): OutcomeEntity {
  return Object.assign(new OutcomeEntity(), row);
}

function toMeasurement(row: MeasurementEntity): MeasurementEntity {
  return Object.assign(new MeasurementEntity(), row);
}

function single<T>(rows: T[]): T {
  const row = rows[0];
  if (!row) throw new Error('statement returned no row');
  return row;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
