import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who has a problem open right now: one row per live subscription to a problem, on whichever
 * instance holds the socket. UNLOGGED: presence is worth nothing after a crash (the rows of a
 * crashed instance stop being refreshed and age out), so it costs no WAL. Not a TypeORM entity,
 * like `session`: it is written with plain SQL by `presence.repository.ts`.
 */
export class Presence1796700000000 implements MigrationInterface {
  name = 'Presence1796700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE UNLOGGED TABLE "problem_presence" (
      "subscription_id" uuid NOT NULL,
      "problem_id" uuid NOT NULL,
      "user_id" uuid NOT NULL,
      "seen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "problem_presence_pkey" PRIMARY KEY ("subscription_id"),
      CONSTRAINT "problem_presence_problem_id_fkey" FOREIGN KEY ("problem_id") REFERENCES "problem"("id") ON DELETE CASCADE,
      CONSTRAINT "problem_presence_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE)`);
    await q.query(
      `CREATE INDEX "problem_presence_problem_idx" ON "problem_presence" ("problem_id", "seen_at")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "problem_presence"`);
  }
}
