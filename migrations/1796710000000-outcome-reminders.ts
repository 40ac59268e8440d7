import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Step 4: the MEASUREMENT_DUE reminders sent, one row per (outcome, due date, step). Its
 * primary key is what makes each reminder happen at most once across instances and reruns.
 */
export class OutcomeReminders1796710000000 implements MigrationInterface {
  name = 'OutcomeReminders1796710000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "outcome_reminder" ("outcome_id" uuid NOT NULL, "due_date" date NOT NULL, "step" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "outcome_reminder_step_known" CHECK ("step" IN ('DUE', 'OVERDUE')), CONSTRAINT "outcome_reminder_pkey" PRIMARY KEY ("outcome_id", "due_date", "step"))`,
    );
    await q.query(
      `ALTER TABLE "outcome_reminder" ADD CONSTRAINT "outcome_reminder_outcome_id_fkey" FOREIGN KEY ("outcome_id") REFERENCES "outcome"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "outcome_reminder"`);
  }
}
