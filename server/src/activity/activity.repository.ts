import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { visibleProblemsSql } from '../access/policy.js';
import type { Actor } from '../auth/actor.js';
import { SqlParams } from '../graphql/sql.js';
import { ActivityEventEntity, type FieldChangeRow } from './activity-event.entity.js';
import type { TimeKey } from '../graphql/time-cursor.js';

/** Which events a trail holds: a problem's whole trail, or one subject's own events. */
export type ActivityScope =
  | { problemId: string }
  | { subjectType: string; subjectId: string }
  /** Every event of the problems this user is on (the team sees its own problems). */
  | { memberId: string };

export interface ActivityPage {
  rows: { event: ActivityEventEntity; cursorAt: string }[];
  totalCount: number;
}

/** Subject types whose live rows say which problem they belong to. */
const LIVE_TABLES: Readonly<Record<string, string>> = {
  Task: 'task',
  Outcome: 'outcome',
  Comment: 'comment',
};

const COLUMNS = `e.id, e.actor_id, e.action, e.subject_type, e.subject_id, e.problem_id, e.summary,
  e.changes, e.created_at`;

interface RawEvent {
  id: string;
  actor_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string;
  problem_id: string | null;
  summary: string;
  changes: FieldChangeRow[];
  created_at: Date;
}

/** The only file of this feature that builds SQL for reading the audit log. */
@Injectable()
export class ActivityRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /**
   * The problem a subject belongs to (null for one outside any problem, such as a portfolio),
   * or undefined when nothing is known of it. Events outlive their subjects, so a deleted
   * task's trail is still found through its events.
   */
  async problemOfSubject(type: string, id: string): Promise<string | null | undefined> {
    const rows =
      type === 'Problem'
        ? await this.dataSource.query<{ problem_id: string }[]>(
            'SELECT id AS problem_id FROM problem WHERE id = $1',
            [id],
          )
        : await this.dataSource.query<{ problem_id: string | null }[]>(
            `SELECT problem_id FROM (${liveRow(type)}
               SELECT problem_id, 1 AS rank FROM activity_event
                WHERE subject_type = $1 AND subject_id = $2) s
              ORDER BY rank LIMIT 1`,
            [type, id],
          );
    return rows.length ? (rows[0]?.problem_id ?? null) : undefined;
  }

  async isProblemVisible(actor: Actor, problemId: string): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>(
      `SELECT 1 FROM problem p
         LEFT JOIN membership vm ON vm.problem_id = p.id AND vm.user_id = $1
        WHERE p.id = $2 AND ${visibleProblemsSql(actor, 'p', 'vm')}`,
      [actor.userId, problemId],
    );
    return rows.length > 0;
  }

  /**
   * One page of a trail, newest first, and its total count, in one statement. The caller has
   * checked that the subject is visible; every event of the scope belongs to it.
   */
  async list(scope: ActivityScope, after: TimeKey | null, limit: number): Promise<ActivityPage> {
    const sql = new SqlParams();
    const where =
      'problemId' in scope
        ? `e.problem_id = ${sql.param(scope.problemId)}`
        : 'memberId' in scope
          ? `e.problem_id IN (SELECT m.problem_id FROM membership m WHERE m.user_id = ${sql.param(scope.memberId)})`
          : `e.subject_id = ${sql.param(scope.subjectId)} AND e.subject_type = ${sql.param(scope.subjectType)}`;
    const cursor = after
      ? `WHERE (created_at, id) < (${sql.param(after.createdAt)}::timestamptz, ${sql.param(after.id)}::uuid)`
      : '';
    const rows = await this.dataSource.query<
      (Partial<RawEvent> & { total_count: number; cursor_at: string | null })[]
    >(
      `WITH base AS (SELECT ${COLUMNS} FROM activity_event e WHERE ${where}),
       total AS (SELECT count(*)::int AS total_count FROM base)
       SELECT total.total_count, page.*,
              to_char(page.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at
         FROM total
         LEFT JOIN LATERAL (
           SELECT * FROM base ${cursor}
            ORDER BY created_at DESC, id DESC
            LIMIT ${sql.param(limit)}) page ON TRUE
        ORDER BY page.created_at DESC, page.id DESC`,
      sql.values,
    );
    return {
      totalCount: rows[0]?.total_count ?? 0,
      rows: rows
        .filter((row) => row.id)
        .map((row) => ({ event: toEntity(row as RawEvent), cursorAt: row.cursor_at ?? '' })),
    };
  }

  /**
   * Events the caller may see: those of problems it may see; those outside any problem
   * (portfolios) only administrators, who keep the audit log.
   */
  async findVisibleByIds(
    actor: Actor,
    ids: readonly string[],
  ): Promise<Map<string, ActivityEventEntity>> {
    if (!ids.length) return new Map();
    const rows = await this.dataSource.query<RawEvent[]>(
      `SELECT ${COLUMNS} FROM activity_event e
         LEFT JOIN problem p ON p.id = e.problem_id
         LEFT JOIN membership vm ON vm.problem_id = p.id AND vm.user_id = $1
        WHERE e.id = ANY($2::uuid[])
          AND CASE WHEN e.problem_id IS NULL THEN ${actor.role === 'ADMIN' ? 'TRUE' : 'FALSE'}
                   ELSE p.id IS NOT NULL AND ${visibleProblemsSql(actor, 'p', 'vm')} END`,
      [actor.userId, ids],
    );
    return new Map(rows.map((row) => [row.id, toEntity(row)]));
  }
}

/** The subject's own row, when its table is known, ranked before what the events say. */
function liveRow(type: string): string {
  const table = LIVE_TABLES[type];
  return table ? `SELECT problem_id, 0 AS rank FROM ${table} WHERE id = $2 UNION ALL` : '';
}

function toEntity(raw: RawEvent): ActivityEventEntity {
  const event = new ActivityEventEntity();
  event.id = raw.id;
  event.actorId = raw.actor_id;
  event.action = raw.action;
  event.subjectType = raw.subject_type;
  event.subjectId = raw.subject_id;
  event.problemId = raw.problem_id;
  event.summary = raw.summary;
  event.changes = raw.changes;
  event.createdAt = raw.created_at;
  return event;
}
