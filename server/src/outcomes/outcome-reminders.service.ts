import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { addDays, dueFigureInWords, type ReportingCadence, todayIn } from '@commons/shared';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { JobsService } from '../jobs/jobs.service.js';
import { appPaths } from '../notifications/app-paths.js';
import { NotificationsWriter } from '../notifications/notifications.writer.js';
import type { ReminderStep } from './outcome-reminder.entity.js';
import { LATEST_ORDER, nextDueSql } from './outcome.sql.js';

export const REMINDERS_QUEUE = 'outcomes.reminders';

/** Every morning at 06:00 in WORKSPACE_TIME_ZONE (the schedule's default zone). */
const REMINDERS_CRON = '0 6 * * *';

/** The second reminder comes this many days after the due date (PRODUCT.md). */
const OVERDUE_AFTER_DAYS = 7;

interface DueRow {
  outcome_id: string;
  name: string;
  cadence: ReportingCadence;
  recipient_id: string | null;
  problem_id: string;
  problem_key: string;
  due_date: string;
}

/**
 * MEASUREMENT_DUE reminders (PRODUCT.md "Reporting cadence"): on an outcome's nextDueDate and 7
 * days after it, its owner (else the problem's lead) is told, once each. Which instance tells
 * them is decided by `outcome_reminder`'s primary key: the INSERT that gets a row back sends.
 */
@Injectable()
export class OutcomeRemindersService implements OnModuleInit {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    private readonly notifications: NotificationsWriter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.register(REMINDERS_QUEUE, async () => {
      await this.sendRemindersNow(todayIn(this.config.WORKSPACE_TIME_ZONE));
    });
    await this.jobs.schedule(REMINDERS_QUEUE, REMINDERS_CRON, {});
  }

  /**
   * Sends the reminders due on `today` (YYYY-MM-DD in the workspace zone) not sent before; how
   * many outcomes got one. Safe to run any number of times, on any number of instances.
   */
  async sendRemindersNow(today: string): Promise<number> {
    const overdueFrom = addDays(today, -OVERDUE_AFTER_DAYS);
    // nextDueSql is shared's nextDueDate in SQL, so "due" here is what the app shows.
    const due = await this.dataSource.query<DueRow[]>(
      `SELECT o.id AS outcome_id, o.name, o.cadence, coalesce(o.owner_id, p.lead_id) AS recipient_id,
              p.id AS problem_id, p.key AS problem_key, d.due_date::text AS due_date
         FROM outcome o
         JOIN problem p ON p.id = o.problem_id
         LEFT JOIN LATERAL (
           SELECT m.observed_at FROM measurement m
            WHERE m.outcome_id = o.id
            ORDER BY ${LATEST_ORDER}
            LIMIT 1) l ON TRUE
         CROSS JOIN LATERAL (SELECT ${nextDueSql('o', 'l.observed_at')} AS due_date) d
        WHERE o.cadence IS NOT NULL
          AND p.status NOT IN ('RESOLVED', 'ARCHIVED')
          AND d.due_date IN ($1::date, $2::date)
        ORDER BY o.id`,
      [today, overdueFrom],
    );
    let sent = 0;
    for (const row of due) {
      const step: ReminderStep = row.due_date === today ? 'DUE' : 'OVERDUE';
      const claimed = await this.dataSource.transaction(async (tx) => {
        // A concurrent run's INSERT of the same key waits for this one's commit, then conflicts.
        const won = await tx.query<unknown[]>(
          `INSERT INTO outcome_reminder (outcome_id, due_date, step) VALUES ($1, $2, $3)
           ON CONFLICT DO NOTHING RETURNING outcome_id`,
          [row.outcome_id, row.due_date, step],
        );
        if (!won.length) return false;
        const figure = dueFigureInWords(row.cadence, row.due_date);
        const when = step === 'DUE' ? 'Due today' : `${OVERDUE_AFTER_DAYS} days overdue`;
        await this.notifications.notify(tx, null, {
          kind: 'MEASUREMENT_DUE',
          recipientIds: [row.recipient_id],
          problemId: row.problem_id,
          subjectType: 'Outcome',
          subjectId: row.outcome_id,
          summary: `${when}: record ${figure} for ${row.name} (${row.problem_key})`,
          url: appPaths.outcomes(row.problem_key),
        });
        return true;
      });
      if (claimed) sent++;
    }
    return sent;
  }
}
