import { Inject, Injectable } from '@nestjs/common';
import type { MemberRole, ProblemStatus, Visibility } from '@commons/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { visibleProblemsSql } from '../access/policy.js';
import type { Actor } from '../auth/actor.js';
import { likePattern, SqlParams } from '../graphql/sql.js';
import { hasStaleOutcomeSql } from '../outcomes/outcome.sql.js';
import { ProblemEntity } from './problem.entity.js';
import { PROBLEM_KEY, type ProblemCursor, type ProblemOrder } from './problem-order.js';

export interface ProblemRow {
  problem: ProblemEntity;
  viewerRole: MemberRole | null;
}

export interface ListedProblemRow extends ProblemRow {
  /** The row's value in the list's order (timestamps to the microsecond): the cursor's. */
  sortValue: string;
}

export interface ProblemListQuery {
  status?: ProblemStatus[] | null;
  visibility?: Visibility[] | null;
  portfolioId?: string | null;
  organizationId?: string | null;
  theme?: string | null;
  search?: string | null;
  mine?: boolean | null;
  /** With (true) or without (false) a stale outcome on `today`. */
  stale?: { value: boolean; today: string } | null;
  orderBy: ProblemOrder;
  /** Keyset: the sort value and id of the last item of the previous page, in `orderBy`. */
  after?: ProblemCursor | null;
  limit: number;
}

const MICROSECONDS = `'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'`;
const KEY_PREFIX = `split_part(key, '-', 1) COLLATE "C"`;
const KEY_NUMBER = `split_part(key, '-', 2)::bigint`;

/**
 * Each order over the columns of the list's `base`: its sort value (what the cursor carries), the
 * ORDER BY, and the keyset condition "after this cursor". The id breaks every tie, so the order
 * is total and paging neither repeats nor skips.
 */
const ORDERS: Record<
  ProblemOrder,
  { sortValue: string; orderBy: string; after: (sql: SqlParams, at: ProblemCursor) => string }
> = {
  NEWEST: {
    sortValue: `to_char(created_at AT TIME ZONE 'UTC', ${MICROSECONDS})`,
    orderBy: 'created_at DESC, id DESC',
    after: (sql, at) =>
      `(created_at, id) < (${sql.param(at.value)}::timestamptz, ${sql.param(at.id)}::uuid)`,
  },
  RECENTLY_UPDATED: {
    sortValue: `to_char(updated_at AT TIME ZONE 'UTC', ${MICROSECONDS})`,
    orderBy: 'updated_at DESC, id DESC',
    after: (sql, at) =>
      `(updated_at, id) < (${sql.param(at.value)}::timestamptz, ${sql.param(at.id)}::uuid)`,
  },
  KEY: {
    sortValue: 'key',
    orderBy: `${KEY_PREFIX}, ${KEY_NUMBER}, id`,
    after: (sql, at) => {
      const [, prefix, number] = PROBLEM_KEY.exec(at.value) ?? [];
      return `(${KEY_PREFIX}, ${KEY_NUMBER}, id) > (${sql.param(prefix)}::text, ${sql.param(number)}::bigint, ${sql.param(at.id)}::uuid)`;
    },
  },
  TITLE: {
    sortValue: 'lower(title)',
    orderBy: 'lower(title), id',
    after: (sql, at) =>
      `(lower(title), id) > (${sql.param(at.value)}::text, ${sql.param(at.id)}::uuid)`,
  },
};

const COLUMNS = `p.id, p.key, p.title, p.statement, p.affected_population, p.geography, p.status,
  p.visibility, p.public_values::text[] AS public_values, p.themes, p.portfolio_id, p.lead_id,
  p.sponsor_id, p.next_task_number, p.version, p.created_at, p.updated_at, vm.role AS viewer_role`;

interface RawProblem {
  id: string;
  key: string;
  title: string;
  statement: string;
  affected_population: string | null;
  geography: string | null;
  status: ProblemStatus;
  visibility: Visibility;
  public_values: ProblemEntity['publicValues'];
  themes: string[];
  portfolio_id: string | null;
  lead_id: string | null;
  sponsor_id: string | null;
  next_task_number: number;
  version: number;
  created_at: Date;
  updated_at: Date;
  viewer_role: MemberRole | null;
  /** Only in lists. */
  sort_value?: string;
  total_count?: number;
}

/** The only file of this feature that builds SQL. Every read applies the caller's visibility. */
@Injectable()
export class ProblemsRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Visible problems by id, with the caller's role on each. */
  async findVisibleByIds(actor: Actor, ids: readonly string[]): Promise<Map<string, ProblemRow>> {
    if (!ids.length) return new Map();
    const rows = await this.dataSource.query<RawProblem[]>(
      `SELECT ${COLUMNS} FROM problem p
         LEFT JOIN membership vm ON vm.problem_id = p.id AND vm.user_id = $1
        WHERE p.id = ANY($2::uuid[]) AND ${visibleProblemsSql(actor, 'p', 'vm')}`,
      [actor.userId, ids],
    );
    return new Map(rows.map((row) => [row.id, toRow(row)]));
  }

  /**
   * One problem as each of `userIds` reads it (with their own membership role), whether they
   * may see it or not: the caller applies `can()` to each (the live fan-out, where one change
   * is checked for hundreds of subscribers in one statement).
   */
  async findForUsers(
    problemId: string,
    userIds: readonly string[],
  ): Promise<Map<string, ProblemRow>> {
    if (!userIds.length) return new Map();
    const rows = await this.dataSource.query<(RawProblem & { for_user: string })[]>(
      `SELECT ${COLUMNS}, viewer.id AS for_user
         FROM unnest($2::uuid[]) AS viewer(id)
         JOIN problem p ON p.id = $1
         LEFT JOIN membership vm ON vm.problem_id = p.id AND vm.user_id = viewer.id`,
      [problemId, userIds],
    );
    return new Map(rows.map((row) => [row.for_user, toRow(row)]));
  }

  async findVisibleByKey(actor: Actor, key: string): Promise<ProblemRow | null> {
    const rows = await this.dataSource.query<RawProblem[]>(
      `SELECT ${COLUMNS} FROM problem p
         LEFT JOIN membership vm ON vm.problem_id = p.id AND vm.user_id = $1
        WHERE p.key = $2 AND ${visibleProblemsSql(actor, 'p', 'vm')}`,
      [actor.userId, key],
    );
    return rows[0] ? toRow(rows[0]) : null;
  }

  /** One statement: the page (limit + 1 rows) and the total count of the filtered list. */
  async list(
    actor: Actor,
    query: ProblemListQuery,
  ): Promise<{ rows: ListedProblemRow[]; totalCount: number }> {
    const sql = new SqlParams();
    const viewer = sql.param(actor.userId);
    const where = [visibleProblemsSql(actor, 'p', 'vm')];
    if (query.status?.length)
      where.push(`p.status = ANY(${sql.param(query.status)}::problem_status[])`);
    if (query.visibility?.length)
      where.push(`p.visibility = ANY(${sql.param(query.visibility)}::visibility[])`);
    if (query.portfolioId) where.push(`p.portfolio_id = ${sql.param(query.portfolioId)}`);
    if (query.theme) where.push(`${sql.param(query.theme.trim().toLowerCase())} = ANY(p.themes)`);
    if (query.mine) where.push('vm.user_id IS NOT NULL');
    if (query.stale) {
      const stale = hasStaleOutcomeSql('p', `${sql.param(query.stale.today)}::date`);
      where.push(query.stale.value ? stale : `NOT ${stale}`);
    }
    if (query.organizationId) {
      where.push(`EXISTS (SELECT 1 FROM membership om JOIN app_user ou ON ou.id = om.user_id
        WHERE om.problem_id = p.id AND ou.organization_id = ${sql.param(query.organizationId)})`);
    }
    if (query.search?.trim()) {
      const pattern = sql.param(likePattern(query.search.trim()));
      where.push(
        `(p.key ILIKE ${pattern} OR p.title ILIKE ${pattern} OR p.statement ILIKE ${pattern})`,
      );
    }
    const order = ORDERS[query.orderBy];
    if (query.after && query.after.order !== query.orderBy)
      throw new Error('a cursor of another order reached the repository');
    const after = query.after ? `WHERE ${order.after(sql, query.after)}` : '';
    const rows = await this.dataSource.query<RawProblem[]>(
      `WITH base AS (
         SELECT ${COLUMNS} FROM problem p
           LEFT JOIN membership vm ON vm.problem_id = p.id AND vm.user_id = ${viewer}
          WHERE ${where.join(' AND ')})
       SELECT base.*, ${order.sortValue} AS sort_value, (SELECT count(*) FROM base)::int AS total_count
         FROM base ${after}
        ORDER BY ${order.orderBy}
        LIMIT ${sql.param(query.limit + 1)}`,
      sql.values,
    );
    const totalCount =
      rows[0]?.total_count ?? (query.after ? await this.countOnly(actor, query) : 0);
    return {
      rows: rows.map((raw) => ({ ...toRow(raw), sortValue: raw.sort_value ?? '' })),
      totalCount,
    };
  }

  /** The total when a cursor points past the last item (an empty page still has a count). */
  private async countOnly(actor: Actor, query: ProblemListQuery): Promise<number> {
    const { totalCount } = await this.list(actor, { ...query, after: null, limit: 0 });
    return totalCount;
  }

  /** Reserves the next never-reused number of a key prefix (in the caller's transaction). */
  async nextKeyNumber(tx: EntityManager, prefix: string): Promise<number> {
    const rows = await tx.query<{ last_number: number }[]>(
      `INSERT INTO problem_key_counter (prefix, last_number) VALUES ($1, 1)
       ON CONFLICT (prefix) DO UPDATE SET last_number = problem_key_counter.last_number + 1
       RETURNING last_number`,
      [prefix],
    );
    const number = rows[0]?.last_number;
    if (!number) throw new Error('key counter returned nothing');
    return number;
  }

  async insert(tx: EntityManager, values: Partial<ProblemEntity>): Promise<ProblemEntity> {
    const repository = tx.getRepository(ProblemEntity);
    const saved = await repository.save(repository.create(values));
    return saved;
  }

  /**
   * `UPDATE … WHERE id = $1 AND version = $2`: no row means someone changed it first (or it is
   * gone); the caller answers CONFLICT with the current version. Returns the new version.
   */
  async updateVersioned(
    tx: EntityManager,
    id: string,
    version: number,
    changes: Partial<ProblemEntity>,
  ): Promise<number | null> {
    const result = await tx
      .createQueryBuilder()
      .update(ProblemEntity)
      .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id AND version = :version', { id, version })
      .returning(['version'])
      .execute();
    return (result.raw as { version: number }[])[0]?.version ?? null;
  }

  async currentVersion(tx: EntityManager, id: string): Promise<number | null> {
    const rows = await tx.query<{ version: number }[]>(
      'SELECT version FROM problem WHERE id = $1',
      [id],
    );
    return rows[0]?.version ?? null;
  }

  /** Locks the problem row for the rest of the transaction (serialises edits of one problem). */
  async lock(tx: EntityManager, id: string): Promise<ProblemEntity | null> {
    const rows = await tx.query<RawProblem[]>(
      `SELECT ${COLUMNS.replace('vm.role AS viewer_role', 'NULL AS viewer_role')} FROM problem p WHERE p.id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0] ? toRow(rows[0]).problem : null;
  }
}

function toRow(raw: RawProblem): ProblemRow {
  const problem = new ProblemEntity();
  problem.id = raw.id;
  problem.key = raw.key;
  problem.title = raw.title;
  problem.statement = raw.statement;
  problem.affectedPopulation = raw.affected_population;
  problem.geography = raw.geography;
  problem.status = raw.status;
  problem.visibility = raw.visibility;
  problem.publicValues = raw.public_values;
  problem.themes = raw.themes;
  problem.portfolioId = raw.portfolio_id;
  problem.leadId = raw.lead_id;
  problem.sponsorId = raw.sponsor_id;
  problem.nextTaskNumber = raw.next_task_number;
  problem.version = raw.version;
  problem.createdAt = raw.created_at;
  problem.updatedAt = raw.updated_at;
  return { problem, viewerRole: raw.viewer_role };
}
