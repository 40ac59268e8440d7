import { Inject, Injectable } from '@nestjs/common';
import type { CommentSubject } from '@commons/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { visiblePeopleSql, visibleProblemsSql } from '../access/policy.js';
import type { Actor } from '../auth/actor.js';
import { SqlParams } from '../graphql/sql.js';
import type { TimeKey } from '../graphql/time-cursor.js';
import { CommentEntity } from './comment.entity.js';

export interface SubjectRow {
  problemId: string;
  /** How the summary names it after the problem key: "#4", "outcome “Rough sleepers”". */
  label: string | null;
  /** The task's or problem's title (an outcome's name is in its label). */
  title: string | null;
  /** A task's number, for the address of its panel. */
  taskNumber: number | null;
}

export interface CommentPage {
  rows: { comment: CommentEntity; cursorAt: string }[];
  totalCount: number;
}

export interface MentionableUser {
  id: string;
  email: string;
}

const COLUMNS = `c.id, c.problem_id, c.subject_type, c.subject_id, c.author_id, c.body, c.version,
  c.created_at, c.edited_at`;

interface RawComment {
  id: string;
  problem_id: string;
  subject_type: CommentSubject;
  subject_id: string;
  author_id: string;
  body: string;
  version: number;
  created_at: Date;
  edited_at: Date | null;
}

/** The only file of this feature that builds SQL. */
@Injectable()
export class CommentsRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /**
   * The problem a subject belongs to. With `tx`, the subject row is also locked against deletion
   * until the transaction ends, so no comment is written on a task deleted meanwhile.
   */
  async findSubject(
    type: CommentSubject,
    id: string,
    tx?: EntityManager,
  ): Promise<SubjectRow | null> {
    const lock = tx ? 'FOR KEY SHARE' : '';
    const sql = {
      PROBLEM: `SELECT id AS problem_id, NULL AS label, title, NULL::int AS number FROM problem WHERE id = $1 ${lock}`,
      TASK: `SELECT problem_id, '#' || number AS label, title, number FROM task WHERE id = $1 ${lock}`,
      OUTCOME: `SELECT problem_id, 'outcome “' || name || '”' AS label, NULL AS title, NULL::int AS number FROM outcome WHERE id = $1 ${lock}`,
    }[type];
    const rows = await (tx ?? this.dataSource.manager).query<
      { problem_id: string; label: string | null; title: string | null; number: number | null }[]
    >(sql, [id]);
    const row = rows[0];
    return row
      ? { problemId: row.problem_id, label: row.label, title: row.title, taskNumber: row.number }
      : null;
  }

  /**
   * One page of a subject's comments, oldest first, and the count of all of them, in one
   * statement. The keyset cursor keeps microseconds (a JS Date would round them away).
   */
  async listForSubject(
    actor: Actor,
    subject: { type: CommentSubject; id: string },
    after: TimeKey | null,
    limit: number,
  ): Promise<CommentPage> {
    const sql = new SqlParams();
    const viewer = sql.param(actor.userId);
    const cursor = after
      ? `WHERE (created_at, id) > (${sql.param(after.createdAt)}::timestamptz, ${sql.param(after.id)}::uuid)`
      : '';
    const rows = await this.dataSource.query<
      (Partial<RawComment> & { total_count: number; cursor_at: string | null })[]
    >(
      `WITH base AS (
         SELECT ${COLUMNS} FROM comment c
           JOIN problem p ON p.id = c.problem_id
           LEFT JOIN membership vm ON vm.problem_id = p.id AND vm.user_id = ${viewer}
          WHERE c.subject_type = ${sql.param(subject.type)} AND c.subject_id = ${sql.param(subject.id)}
            AND ${visibleProblemsSql(actor, 'p', 'vm')}),
       total AS (SELECT count(*)::int AS total_count FROM base)
       SELECT total.total_count, page.*,
              to_char(page.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at
         FROM total
         LEFT JOIN LATERAL (
           SELECT * FROM base ${cursor}
            ORDER BY created_at, id
            LIMIT ${sql.param(limit)}) page ON TRUE
        ORDER BY page.created_at, page.id`,
      sql.values,
    );
    return {
      totalCount: rows[0]?.total_count ?? 0,
      rows: rows
        .filter((row) => row.id)
        .map((row) => ({ comment: toEntity(row as RawComment), cursorAt: row.cursor_at ?? '' })),
    };
  }

  /** Comments whose problem the caller may see. */
  async findVisibleByIds(
    actor: Actor,
    ids: readonly string[],
  ): Promise<Map<string, CommentEntity>> {
    if (!ids.length) return new Map();
    const rows = await this.dataSource.query<RawComment[]>(
      `SELECT ${COLUMNS} FROM comment c
         JOIN problem p ON p.id = c.problem_id
         LEFT JOIN membership vm ON vm.problem_id = p.id AND vm.user_id = $1
        WHERE c.id = ANY($2::uuid[]) AND ${visibleProblemsSql(actor, 'p', 'vm')}`,
      [actor.userId, ids],
    );
    return new Map(rows.map((row) => [row.id, toEntity(row)]));
  }

  async insert(
    tx: EntityManager,
    values: Pick<CommentEntity, 'problemId' | 'subjectType' | 'subjectId' | 'authorId' | 'body'>,
  ): Promise<string> {
    const rows = await tx.query<{ id: string }[]>(
      `INSERT INTO comment (problem_id, subject_type, subject_id, author_id, body)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [values.problemId, values.subjectType, values.subjectId, values.authorId, values.body],
    );
    const id = rows[0]?.id;
    if (!id) throw new Error('comment insert returned nothing');
    return id;
  }

  /**
   * `UPDATE … WHERE id = $1 AND version = $2`: null means someone changed it first (or it is
   * gone). Returns the new version and the body it replaced (for the audit event).
   */
  async updateVersioned(
    tx: EntityManager,
    id: string,
    version: number,
    body: string,
  ): Promise<{ version: number; before: string } | null> {
    const rows = await tx.query<{ version: number; before: string }[]>(
      `WITH updated AS (
         UPDATE comment SET body = $3, version = version + 1, edited_at = now()
          WHERE id = $1 AND version = $2
          RETURNING new.version, old.body AS before)
       SELECT * FROM updated`,
      [id, version, body],
    );
    return rows[0] ?? null;
  }

  async currentVersion(tx: EntityManager, id: string): Promise<number | null> {
    const rows = await tx.query<{ version: number }[]>(
      'SELECT version FROM comment WHERE id = $1',
      [id],
    );
    return rows[0]?.version ?? null;
  }

  /** Deletes a comment (its mentions cascade); returns its body, or null if it was gone. */
  async delete(tx: EntityManager, id: string): Promise<string | null> {
    const rows = await tx.query<{ body: string }[]>(
      `WITH deleted AS (DELETE FROM comment WHERE id = $1 RETURNING body) SELECT * FROM deleted`,
      [id],
    );
    return rows[0]?.body ?? null;
  }

  /** Deletes every comment on a subject (for the feature that deletes the subject). */
  async deleteForSubject(tx: EntityManager, type: CommentSubject, id: string): Promise<void> {
    await tx.query('DELETE FROM comment WHERE subject_type = $1 AND subject_id = $2', [type, id]);
  }

  /** Sets a comment's mentions; returns the people newly mentioned (not mentioned before). */
  async replaceMentions(
    tx: EntityManager,
    commentId: string,
    userIds: readonly string[],
  ): Promise<string[]> {
    // Keeps the rows that stay, so the insert's RETURNING names only the new ones.
    await tx.query(
      'DELETE FROM comment_mention WHERE comment_id = $1 AND user_id <> ALL($2::uuid[])',
      [commentId, userIds],
    );
    if (!userIds.length) return [];
    const added = await tx.query<{ user_id: string }[]>(
      `INSERT INTO comment_mention (comment_id, user_id)
       SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING
       RETURNING user_id`,
      [commentId, userIds],
    );
    return added.map((row) => row.user_id);
  }

  /** Mentioned user ids per comment, in mention-table order (one query for a page). */
  async mentionsOf(commentIds: readonly string[]): Promise<Map<string, string[]>> {
    const mentions = new Map<string, string[]>(commentIds.map((id) => [id, []]));
    if (!commentIds.length) return mentions;
    const rows = await this.dataSource.query<{ comment_id: string; user_id: string }[]>(
      `SELECT cm.comment_id, cm.user_id FROM comment_mention cm
         JOIN app_user u ON u.id = cm.user_id
        WHERE cm.comment_id = ANY($1::uuid[])
        ORDER BY u.display_name, u.id`,
      [commentIds],
    );
    for (const row of rows) mentions.get(row.comment_id)?.push(row.user_id);
    return mentions;
  }

  /**
   * Active users matching the handles (email before `@`) or full addresses, among those the
   * author may see: everyone for staff; for a PARTNER-only author, itself and the people on
   * the same problems' teams.
   */
  async findMentionable(
    tx: EntityManager,
    author: Actor,
    handles: readonly string[],
    emails: readonly string[],
  ): Promise<MentionableUser[]> {
    if (!handles.length && !emails.length) return [];
    const sql = new SqlParams();
    const match = `(split_part(u.email, '@', 1) = ANY(${sql.param(handles)}::text[])
      OR u.email = ANY(${sql.param(emails)}::text[]))`;
    const seen = visiblePeopleSql(author, 'u', sql);
    return tx.query<MentionableUser[]>(
      `SELECT u.id, u.email FROM app_user u WHERE u.disabled_at IS NULL AND ${match} AND ${seen}`,
      sql.values,
    );
  }
}

function toEntity(raw: RawComment): CommentEntity {
  const comment = new CommentEntity();
  comment.id = raw.id;
  comment.problemId = raw.problem_id;
  comment.subjectType = raw.subject_type;
  comment.subjectId = raw.subject_id;
  comment.authorId = raw.author_id;
  comment.body = raw.body;
  comment.version = raw.version;
  comment.createdAt = raw.created_at;
  comment.editedAt = raw.edited_at;
  return comment;
}
