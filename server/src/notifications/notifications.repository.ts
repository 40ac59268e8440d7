import { Inject, Injectable } from '@nestjs/common';
import type { EmailFrequency, NotificationKind } from '@commons/shared';
import { DataSource } from 'typeorm';
import { SqlParams } from '../graphql/sql.js';
import type { TimeKey } from '../graphql/time-cursor.js';
import { NotificationEntity } from './notification.entity.js';

export interface NotificationPage {
  rows: { notification: NotificationEntity; cursorAt: string }[];
  totalCount: number;
}

export interface StoredPreferences {
  email: EmailFrequency;
  muted: NotificationKind[];
}

const COLUMNS = `n.id, n.user_id, n.kind, n.problem_id, n.subject_type, n.subject_id, n.actor_id,
  n.summary, n.url, n.read_at, n.created_at, n.emailed_at`;

interface RawNotification {
  id: string;
  user_id: string;
  kind: NotificationKind;
  problem_id: string | null;
  subject_type: string;
  subject_id: string;
  actor_id: string | null;
  summary: string;
  url: string;
  read_at: Date | null;
  created_at: Date;
  emailed_at: Date | null;
}

/**
 * The only file of this feature that reads notifications (the writer inserts them). Every
 * statement is scoped to one recipient: nobody reads another person's notifications.
 */
@Injectable()
export class NotificationsRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** One page, newest first, and the count of all, in one statement. */
  async list(
    userId: string,
    unreadOnly: boolean,
    after: TimeKey | null,
    limit: number,
  ): Promise<NotificationPage> {
    const sql = new SqlParams();
    const unread = unreadOnly ? 'AND n.read_at IS NULL' : '';
    const cursor = after
      ? `WHERE (created_at, id) < (${sql.param(after.createdAt)}::timestamptz, ${sql.param(after.id)}::uuid)`
      : '';
    const rows = await this.dataSource.query<
      (Partial<RawNotification> & { total_count: number; cursor_at: string | null })[]
    >(
      `WITH base AS (SELECT ${COLUMNS} FROM notification n WHERE n.user_id = ${sql.param(userId)} ${unread}),
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
        .map((row) => ({
          notification: toEntity(row as RawNotification),
          cursorAt: row.cursor_at ?? '',
        })),
    };
  }

  /** The recipient's own notifications among `ids`. */
  async findOwnByIds(
    userId: string,
    ids: readonly string[],
  ): Promise<Map<string, NotificationEntity>> {
    if (!ids.length) return new Map();
    const rows = await this.dataSource.query<RawNotification[]>(
      `SELECT ${COLUMNS} FROM notification n WHERE n.user_id = $1 AND n.id = ANY($2::uuid[])`,
      [userId, ids],
    );
    return new Map(rows.map((row) => [row.id, toEntity(row)]));
  }

  async unreadCount(userId: string): Promise<number> {
    const [row] = await this.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM notification WHERE user_id = $1 AND read_at IS NULL',
      [userId],
    );
    return row?.n ?? 0;
  }

  /** Marks the recipient's unread ones read (`ids` null: all of them); how many changed. */
  async markRead(userId: string, ids: readonly string[] | null): Promise<number> {
    const [row] = await this.dataSource.query<{ n: number }[]>(
      `WITH changed AS (
         UPDATE notification SET read_at = now()
          WHERE user_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))
          RETURNING 1)
       SELECT count(*)::int AS n FROM changed`,
      [userId, ids],
    );
    return row?.n ?? 0;
  }

  async preferences(userId: string): Promise<StoredPreferences | null> {
    const [row] = await this.dataSource.query<StoredPreferences[]>(
      `SELECT notify_email AS email, notify_muted::text[] AS muted FROM app_user WHERE id = $1`,
      [userId],
    );
    return row ?? null;
  }

  /** Changes what is given, keeps the rest; the stored preferences after. */
  async updatePreferences(
    userId: string,
    changes: { email?: EmailFrequency; muted?: NotificationKind[] },
  ): Promise<StoredPreferences | null> {
    const [row] = await this.dataSource.query<StoredPreferences[]>(
      // In a CTE: TypeORM answers a bare UPDATE with [rows, count], not the rows.
      `WITH updated AS (
         UPDATE app_user
            SET notify_email = coalesce($2::email_frequency, notify_email),
                notify_muted = coalesce($3::notification_kind[], notify_muted)
          WHERE id = $1
          RETURNING notify_email AS email, notify_muted::text[] AS muted)
       SELECT * FROM updated`,
      [userId, changes.email ?? null, changes.muted ?? null],
    );
    return row ?? null;
  }
}

function toEntity(raw: RawNotification): NotificationEntity {
  const notification = new NotificationEntity();
  notification.id = raw.id;
  notification.userId = raw.user_id;
  notification.kind = raw.kind;
  notification.problemId = raw.problem_id;
  notification.subjectType = raw.subject_type;
  notification.subjectId = raw.subject_id;
  notification.actorId = raw.actor_id;
  notification.summary = raw.summary;
  notification.url = raw.url;
  notification.readAt = raw.read_at;
  notification.createdAt = raw.created_at;
  notification.emailedAt = raw.emailed_at;
  return notification;
}
