import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Step 1: organisations, users, server-side sessions and sign-in rate-limit counters.
 * `session` and `rate_limit` belong to express-session/connect-pg-simple and
 * rate-limiter-flexible; their shapes follow those libraries, created here (not by them at
 * runtime) so the schema lives only in migrations.
 */
export class Foundation1763900000000 implements MigrationInterface {
  name = 'Foundation1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TYPE "public"."organization_kind" AS ENUM('DEPARTMENT', 'AGENCY', 'MUNICIPALITY', 'NONPROFIT', 'PRIVATE', 'ACADEMIC', 'COMMUNITY')`,
    );
    await q.query(`CREATE TABLE "organization" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "name" text NOT NULL,
      "kind" "public"."organization_kind" NOT NULL,
      "parent_id" uuid,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "organization_not_own_parent" CHECK ("parent_id" is distinct from "id"),
      CONSTRAINT "organization_name_not_blank" CHECK (length(btrim("name")) between 1 and 200),
      CONSTRAINT "organization_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "organization_name_key" ON "organization" ("name")`);
    await q.query(`CREATE INDEX "organization_parent_id_idx" ON "organization" ("parent_id")`);
    await q.query(
      `ALTER TABLE "organization" ADD CONSTRAINT "organization_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    await q.query(`CREATE TYPE "public"."workspace_role" AS ENUM('ADMIN', 'EXECUTIVE', 'MEMBER')`);
    await q.query(`CREATE TABLE "app_user" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "email" text NOT NULL,
      "display_name" text NOT NULL,
      "title" text,
      "organization_id" uuid NOT NULL,
      "role" "public"."workspace_role" NOT NULL,
      "password_hash" text NOT NULL,
      "disabled_at" TIMESTAMP WITH TIME ZONE,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "app_user_display_name_not_blank" CHECK (length(btrim("display_name")) between 1 and 120),
      CONSTRAINT "app_user_email_normalized" CHECK ("email" = lower(btrim("email")) and length("email") <= 254),
      CONSTRAINT "app_user_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "app_user_email_key" ON "app_user" ("email")`);
    await q.query(`CREATE INDEX "app_user_organization_id_idx" ON "app_user" ("organization_id")`);
    await q.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "app_user_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    // connect-pg-simple's table, plus the owner as a generated column so that signing a user
    // out everywhere (or disabling them) is one indexed DELETE.
    await q.query(`CREATE TABLE "session" (
      "sid" varchar NOT NULL,
      "sess" json NOT NULL,
      "expire" timestamp(6) NOT NULL,
      "user_id" uuid GENERATED ALWAYS AS (("sess"->>'userId')::uuid) STORED,
      CONSTRAINT "session_pkey" PRIMARY KEY ("sid"),
      CONSTRAINT "session_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE)`);
    await q.query(`CREATE INDEX "session_expire_idx" ON "session" ("expire")`);
    await q.query(`CREATE INDEX "session_user_id_idx" ON "session" ("user_id")`);

    // rate-limiter-flexible's RateLimiterPostgres table (shared by every server instance).
    await q.query(`CREATE TABLE "rate_limit" (
      "key" varchar(255) PRIMARY KEY,
      "points" integer NOT NULL DEFAULT 0,
      "expire" bigint)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "rate_limit"`);
    await q.query(`DROP TABLE "session"`);
    await q.query(`DROP TABLE "app_user"`);
    await q.query(`DROP TYPE "public"."workspace_role"`);
    await q.query(`DROP TABLE "organization"`);
    await q.query(`DROP TYPE "public"."organization_kind"`);
  }
}
