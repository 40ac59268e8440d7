import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Step 3: who reports an outcome and how often (owner, reporting cadence), what may be published
 * of it (isPublic) and below which value its published figures are suppressed. Existing outcomes
 * keep no owner (their problem's lead reports them), no cadence (never stale) and stay public.
 */
export class ReportingCadence1765200000000 implements MigrationInterface {
  name = 'ReportingCadence1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TYPE "public"."reporting_cadence" AS ENUM('WEEKLY', 'MONTHLY', 'QUARTERLY', 'ANNUAL')`,
    );
    await q.query(
      `ALTER TABLE "outcome" ADD "owner_id" uuid, ADD "cadence" "public"."reporting_cadence", ADD "suppress_below" double precision, ADD "is_public" boolean NOT NULL DEFAULT true`,
    );
    await q.query(
      `ALTER TABLE "outcome" ADD CONSTRAINT "outcome_suppress_below_positive" CHECK ("suppress_below" > 0 AND "suppress_below" NOT IN ('NaN', 'Infinity'))`,
    );
    await q.query(`CREATE INDEX "outcome_owner_id_idx" ON "outcome"  ("owner_id") `);
    await q.query(
      `ALTER TABLE "outcome" ADD CONSTRAINT "outcome_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "outcome" DROP CONSTRAINT "outcome_owner_id_fkey"`);
    await q.query(`DROP INDEX "public"."outcome_owner_id_idx"`);
    await q.query(`ALTER TABLE "outcome" DROP CONSTRAINT "outcome_suppress_below_positive"`);
    await q.query(
      `ALTER TABLE "outcome" DROP COLUMN "is_public", DROP COLUMN "suppress_below", DROP COLUMN "cadence", DROP COLUMN "owner_id"`,
    );
    await q.query(`DROP TYPE "public"."reporting_cadence"`);
  }
}
