import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { EmailFrequency } from '@commons/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { userMayViewProblemSql } from '../access/policy.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { JobsService } from '../jobs/jobs.service.js';
import { type EmailBlock, renderEmail } from '../mail/email-layout.js';
import { MailService } from '../mail/mail.service.js';
import { appPaths } from './app-paths.js';
import { NOTIFICATION_EMAIL_QUEUE, type NotificationEmailJob } from './notifications.writer.js';

export type DigestFrequency = Extract<EmailFrequency, 'DAILY' | 'WEEKLY'>;

/** One queue per digest: pg-boss keeps one schedule per queue. */
export const DIGEST_QUEUES: Readonly<Record<DigestFrequency, string>> = {
  DAILY: 'notifications.digest.daily',
  WEEKLY: 'notifications.digest.weekly',
};

/** 07:00 every day, and 07:00 on Mondays, in WORKSPACE_TIME_ZONE (the schedule's default). */
const DIGEST_CRON: Readonly<Record<DigestFrequency, string>> = {
  DAILY: '0 7 * * *',
  WEEKLY: '0 7 * * 1',
};

/**
 * Who is due a digest (alias `u`): DAILY always (it lists only what is pending), WEEKLY when
 * none went out in the last ~7 days. The margin below 7 days absorbs the schedule's jitter, so
 * next Monday's digest still counts as due after this Monday's.
 */
const DIGEST_DUE_SQL = `u.disabled_at IS NULL
  AND u.notify_email = ANY($1::email_frequency[])
  AND (u.notify_email = 'DAILY' OR u.last_digest_at IS NULL
       OR u.last_digest_at < now() - interval '6 days 12 hours')`;

/**
 * A notification pending in `u`'s digest (alias `n`): unread, not emailed, since the last
 * digest, not of a kind muted since. The 10 minutes look back past `last_digest_at` for a row
 * whose transaction began before the last digest but committed after it; `emailed_at` keeps it
 * from being listed twice.
 */
const PENDING_SQL = `n.user_id = u.id AND n.emailed_at IS NULL AND n.read_at IS NULL
  AND n.created_at > coalesce(u.last_digest_at - interval '10 minutes', '-infinity'::timestamptz)
  AND NOT (n.kind = ANY(u.notify_muted))`;

/** Joins for "the recipient may still see the notification's problem" (or it has none). */
const VISIBLE_JOINS = `JOIN organization o ON o.id = u.organization_id
  LEFT JOIN problem p ON p.id = n.problem_id
  LEFT JOIN membership m ON m.problem_id = p.id AND m.user_id = u.id`;
const VISIBLE_SQL = `(n.problem_id IS NULL OR (p.id IS NOT NULL AND ${userMayViewProblemSql('u', 'o', 'm', 'p')}))`;

interface PendingRow {
  id: string;
  summary: string;
  url: string;
  created_at: Date;
  problem_id: string | null;
  problem_key: string | null;
  problem_title: string | null;
}

/**
 * Notification emails: one per notification for IMMEDIATE (the `notifications.email` job the
 * writer enqueues), one digest per person for DAILY and WEEKLY. Each decides in a transaction
 * that locks the rows, enqueues the email there and marks the rows `emailed_at`, so however many
 * instances run (and however often a job repeats) a notification is emailed once.
 */
@Injectable()
export class NotificationEmailsService implements OnModuleInit {
  private readonly dateFormat: Intl.DateTimeFormat;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.dateFormat = new Intl.DateTimeFormat('en-GB', {
      timeZone: config.WORKSPACE_TIME_ZONE,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
    });
  }

  async onModuleInit(): Promise<void> {
    // Registered with or without SMTP_URL: jobs queued while it was set still find a handler
    // (which then does nothing), and the schedules stay in the database either way.
    await this.jobs.register<NotificationEmailJob>(
      NOTIFICATION_EMAIL_QUEUE,
      async (job) => {
        await this.sendImmediate(job.data.notificationId);
      },
      { expireInSeconds: 60 },
    );
    for (const frequency of ['DAILY', 'WEEKLY'] as const) {
      await this.jobs.register(DIGEST_QUEUES[frequency], async () => {
        await this.sendDigests([frequency]);
      });
      await this.jobs.schedule(DIGEST_QUEUES[frequency], DIGEST_CRON[frequency], {});
    }
  }

  /**
   * Emails one notification, read fresh: nothing when it was emailed or read already, or its
   * recipient no longer wants IMMEDIATE email, is disabled, muted the kind or may no longer see
   * the problem. True when an email was queued.
   */
  async sendImmediate(notificationId: string): Promise<boolean> {
    if (!this.mail.available) return false;
    return this.dataSource.transaction(async (tx) => {
      // FOR UPDATE: a concurrent run waits here, then sees `emailed_at` set and stops.
      const [row] = await tx.query<(PendingRow & { email: string })[]>(
        `SELECT n.id, n.summary, n.url, u.email
           FROM notification n
           JOIN app_user u ON u.id = n.user_id
           ${VISIBLE_JOINS}
          WHERE n.id = $1 AND n.emailed_at IS NULL AND n.read_at IS NULL
            AND u.notify_email = 'IMMEDIATE' AND u.disabled_at IS NULL
            AND NOT (n.kind = ANY(u.notify_muted))
            AND ${VISIBLE_SQL}
          FOR UPDATE OF n`,
        [notificationId],
      );
      if (!row) return false;
      const unsubscribeUrl = this.mail.link(appPaths.notificationSettings());
      const summary = sentence(row.summary);
      const email = renderEmail({
        subject: row.summary,
        blocks: [
          { type: 'paragraph', text: summary },
          { type: 'action', label: 'Open in Commons', url: this.mail.link(row.url) },
        ],
        footer:
          'You get this email because you asked to be emailed about each notification as it happens. Change that, or stop these emails, in your notification settings.',
        unsubscribeUrl,
      });
      await this.mail.enqueue(tx, { to: row.email, ...email, unsubscribeUrl });
      await tx.query(`UPDATE notification SET emailed_at = now() WHERE id = $1`, [row.id]);
      return true;
    });
  }

  /**
   * Sends the due digests of these frequencies, one transaction per person; how many emails
   * were queued. `SKIP LOCKED`: a person whose digest another instance is sending is left to it.
   */
  async sendDigests(frequencies: readonly DigestFrequency[]): Promise<number> {
    if (!this.mail.available) return 0;
    const candidates = await this.dataSource.query<{ id: string }[]>(
      `SELECT u.id FROM app_user u
        WHERE ${DIGEST_DUE_SQL}
          AND EXISTS (SELECT 1 FROM notification n WHERE ${PENDING_SQL})
        ORDER BY u.id`,
      [frequencies],
    );
    let sent = 0;
    for (const { id } of candidates) {
      const queued = await this.dataSource.transaction((tx) =>
        this.sendDigest(tx, id, frequencies),
      );
      if (queued) sent++;
    }
    return sent;
  }

  private async sendDigest(
    tx: EntityManager,
    userId: string,
    frequencies: readonly DigestFrequency[],
  ): Promise<boolean> {
    // Rechecked under the lock: another instance may have sent this digest since the list.
    const [user] = await tx.query<{ email: string; notify_email: DigestFrequency }[]>(
      `SELECT u.email, u.notify_email FROM app_user u
        WHERE u.id = $2 AND ${DIGEST_DUE_SQL}
        FOR UPDATE SKIP LOCKED`,
      [frequencies, userId],
    );
    if (!user) return false;
    const items = await tx.query<PendingRow[]>(
      `SELECT n.id, n.summary, n.url, n.created_at,
              p.id AS problem_id, p.key AS problem_key, p.title AS problem_title
         FROM notification n
         JOIN app_user u ON u.id = n.user_id
         ${VISIBLE_JOINS}
        WHERE u.id = $1 AND ${PENDING_SQL} AND ${VISIBLE_SQL}
        ORDER BY p.key NULLS LAST, n.created_at, n.id
        FOR UPDATE OF n`,
      [userId],
    );
    if (!items.length) return false;
    const unsubscribeUrl = this.mail.link(appPaths.notificationSettings());
    const period = user.notify_email === 'DAILY' ? 'daily' : 'weekly';
    const count = `${items.length} ${items.length === 1 ? 'notification' : 'notifications'}`;
    const email = renderEmail({
      subject: `Your ${period} Commons summary: ${count}`,
      blocks: [
        {
          type: 'paragraph',
          text: `What happened since your last summary that you have not read yet, by problem.`,
        },
        ...this.groupByProblem(items),
        { type: 'action', label: 'Open Commons', url: this.mail.link('/') },
      ],
      footer: `You get this summary because your email notifications are set to ${period}. Change that, or stop these emails, in your notification settings.`,
      unsubscribeUrl,
    });
    await this.mail.enqueue(tx, { to: user.email, ...email, unsubscribeUrl });
    await tx.query(`UPDATE notification SET emailed_at = now() WHERE id = ANY($1::uuid[])`, [
      items.map((item) => item.id),
    ]);
    await tx.query(`UPDATE app_user SET last_digest_at = now() WHERE id = $1`, [userId]);
    return true;
  }

  /** A heading per problem ("HOUS-12 Rough sleepers"), then its items as links, in order. */
  private groupByProblem(items: readonly PendingRow[]): EmailBlock[] {
    const groups = new Map<string, PendingRow[]>();
    for (const item of items) {
      const heading =
        item.problem_key !== null
          ? `${item.problem_key} ${item.problem_title ?? ''}`.trim()
          : 'Other';
      const group = groups.get(heading) ?? [];
      group.push(item);
      groups.set(heading, group);
    }
    return [...groups].flatMap(([heading, group]): EmailBlock[] => [
      { type: 'heading', text: heading },
      {
        type: 'list',
        items: group.map((item) => ({
          text: item.summary,
          url: this.mail.link(item.url),
          detail: this.dateFormat.format(item.created_at),
        })),
      },
    ]);
  }
}

/** "Amira mentioned you on HOUS-12" → "Amira mentioned you on HOUS-12." */
function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
