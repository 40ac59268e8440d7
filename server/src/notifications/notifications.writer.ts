import { Injectable } from '@nestjs/common';
import type { NotificationKind } from '@commons/shared';
import type { EmailFrequency } from '@commons/shared';
import type { EntityManager } from 'typeorm';
import { userMayViewProblemSql } from '../access/policy.js';
import type { Actor } from '../auth/actor.js';
import { JobsService } from '../jobs/jobs.service.js';
import { MailService } from '../mail/mail.service.js';
import { REALTIME_CHANNEL, type RealtimeMessage } from '../realtime/realtime-message.js';

export interface NotificationInput {
  kind: NotificationKind;
  /** Who might be told; nulls (no assignee, no lead) and repeats are fine. */
  recipientIds: readonly (string | null | undefined)[];
  /** The problem it is about: only people who may see it are told. Null: about no problem. */
  problemId: string | null;
  /** The GraphQL type of the subject (Comment, Task, Outcome, Problem). */
  subjectType: string;
  subjectId: string;
  /** What happened, after the actor's name: "mentioned you on HOUS-12 #4 Find beds". */
  summary: string;
  /** The app path to open (`appPaths` in app-paths.ts). */
  url: string;
}

export interface CreatedNotification {
  id: string;
  userId: string;
}

/** The job that emails one notification to a person who chose IMMEDIATE: ids only, read fresh. */
export const NOTIFICATION_EMAIL_QUEUE = 'notifications.email';
export interface NotificationEmailJob {
  notificationId: string;
}

/**
 * The message announcing one notification, built in SQL from the inserted row: each field of the
 * type with the SQL that gives it, so a field added to `RealtimeMessage` fails to compile here.
 */
const MESSAGE_SQL: Record<keyof Extract<RealtimeMessage, { type: 'notification' }>, string> = {
  type: `'notification'`,
  userId: 'user_id',
  notificationId: 'id',
};
const MESSAGE_JSON = `json_build_object(${Object.entries(MESSAGE_SQL)
  .map(([field, sql]) => `'${field}', ${sql}`)
  .join(', ')})::text`;

/**
 * Creates notifications inside the caller's transaction, so they commit or roll back with the
 * change they tell of. Nobody is told of their own act, nor of a problem they may not see, nor
 * when disabled or having muted the kind. One statement picks the recipients, writes the summary
 * with the actor's name, inserts the rows and announces each (`MESSAGE_SQL` on the
 * realtime channel, as `notifyInTransaction` would send it, and as `ActivityWriter` does for
 * events): PostgreSQL delivers it at COMMIT and drops it on ROLLBACK, and no recipient costs a
 * round trip of its own. For a recipient who chose IMMEDIATE email (and when there is email),
 * the email job is enqueued in the same transaction, with the notification's id as the job's.
 */
@Injectable()
export class NotificationsWriter {
  constructor(
    private readonly jobs: JobsService,
    private readonly mail: MailService,
  ) {}

  /** `actor` null: the system (a reminder); the summary then stands alone. */
  async notify(
    tx: EntityManager,
    actor: Actor | null,
    input: NotificationInput,
  ): Promise<CreatedNotification[]> {
    const candidates = [
      ...new Set(input.recipientIds.filter((id): id is string => typeof id === 'string')),
    ].filter((id) => id !== actor?.userId);
    if (!candidates.length) return [];
    const created = await tx.query<{ id: string; user_id: string; notify_email: EmailFrequency }[]>(
      `WITH created AS (
         INSERT INTO notification (user_id, kind, problem_id, subject_type, subject_id, actor_id, summary, url)
         SELECT u.id, $2, $3, $4, $5, $6,
                CASE WHEN $6::uuid IS NULL THEN $7
                     ELSE coalesce((SELECT display_name FROM app_user WHERE id = $6::uuid), 'Someone') || ' ' || $7 END,
                $8
           FROM app_user u
           JOIN organization o ON o.id = u.organization_id
           LEFT JOIN problem p ON p.id = $3::uuid
           LEFT JOIN membership m ON m.problem_id = p.id AND m.user_id = u.id
          WHERE u.id = ANY($1::uuid[])
            AND u.id IS DISTINCT FROM $6::uuid
            AND u.disabled_at IS NULL
            AND NOT ($2::notification_kind = ANY(u.notify_muted))
            AND ($3::uuid IS NULL OR (p.id IS NOT NULL AND ${userMayViewProblemSql('u', 'o', 'm', 'p')}))
         RETURNING id, user_id)
       SELECT id, user_id, pg_notify($9, ${MESSAGE_JSON}),
              (SELECT e.notify_email FROM app_user e WHERE e.id = created.user_id) AS notify_email
         FROM created`,
      [
        candidates,
        input.kind,
        input.problemId,
        input.subjectType,
        input.subjectId,
        actor?.userId ?? null,
        input.summary,
        input.url,
        REALTIME_CHANNEL,
      ],
    );
    if (this.mail.available) {
      for (const row of created) {
        if (row.notify_email !== 'IMMEDIATE') continue;
        // The job id is the notification's: the same notification can never be queued twice.
        await this.jobs.sendInTransaction(
          tx,
          NOTIFICATION_EMAIL_QUEUE,
          { notificationId: row.id } satisfies NotificationEmailJob,
          { id: row.id },
        );
      }
    }
    return created.map((row) => ({ id: row.id, userId: row.user_id }));
  }
}
