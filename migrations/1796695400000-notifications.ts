import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Step 3: in-app notifications. One row per recipient (the summary written once, with the
 * actor's name as it was), the app path to open, read and emailed times; on each user the email
 * frequency, the muted kinds and when the last digest went out. Indexes serve a user's newest
 * first and the unread count (partial: read rows are most of them).
 */
export class Notifications1796695400000 implements MigrationInterface {
  name = 'Notifications1796695400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TYPE "public"."notification_kind" AS ENUM('MENTIONED', 'ASSIGNED', 'ADDED_TO_TEAM', 'TASK_BLOCKED', 'TASK_UNBLOCKED', 'OUTCOME_HEALTH_CHANGED', 'MEASUREMENT_DUE', 'FEEDBACK_RECEIVED')`,
    );
    await q.query(
      `CREATE TYPE "public"."email_frequency" AS ENUM('OFF', 'IMMEDIATE', 'DAILY', 'WEEKLY')`,
    );
    await q.query(
      `CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" "public"."notification_kind" NOT NULL, "problem_id" uuid, "subject_type" text NOT NULL, "subject_id" uuid NOT NULL, "actor_id" uuid, "summary" text NOT NULL, "url" text NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "emailed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "notification_url_app_path" CHECK (left("url", 1) = '/' AND left("url", 2) <> '//'), CONSTRAINT "notification_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "notification_problem_id_idx" ON "notification"  ("problem_id") `);
    await q.query(
      `CREATE INDEX "notification_user_unread_idx" ON "notification"  ("user_id") WHERE "read_at" IS NULL`,
    );
    await q.query(
      `CREATE INDEX "notification_user_created_idx" ON "notification"  ("user_id", "created_at") `,
    );
    await q.query(
      `ALTER TABLE "app_user" ADD "notify_email" "public"."email_frequency" NOT NULL DEFAULT 'DAILY'`,
    );
    await q.query(
      `ALTER TABLE "app_user" ADD "notify_muted" "public"."notification_kind" array NOT NULL DEFAULT '{}'`,
    );
    await q.query(`ALTER TABLE "app_user" ADD "last_digest_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "notification_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "notification_problem_id_fkey" FOREIGN KEY ("problem_id") REFERENCES "problem"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "notification_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "notification"`);
    await q.query(`ALTER TABLE "app_user" DROP COLUMN "last_digest_at"`);
    await q.query(`ALTER TABLE "app_user" DROP COLUMN "notify_muted"`);
    await q.query(`ALTER TABLE "app_user" DROP COLUMN "notify_email"`);
    await q.query(`DROP TYPE "public"."email_frequency"`);
    await q.query(`DROP TYPE "public"."notification_kind"`);
  }
}
