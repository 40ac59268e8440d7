import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Step 2: the domain. Portfolios, problems (with never-reused human keys), memberships,
 * outcomes and measurements, tasks with fractional ranks, outcome links and dependencies
 * (composite foreign keys keep both ends in one problem), comments with mentions, and the
 * append-only audit log.
 */
export class Domain1764000000000 implements MigrationInterface {
  name = 'Domain1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "activity_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "actor_id" uuid, "action" text NOT NULL, "subject_type" text NOT NULL, "subject_id" uuid NOT NULL, "problem_id" uuid, "summary" text NOT NULL, "changes" jsonb NOT NULL DEFAULT '[]', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "activity_event_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "activity_event_problem_idx" ON "activity_event"  ("problem_id", "created_at") `,
    );
    await q.query(
      `CREATE INDEX "activity_event_subject_idx" ON "activity_event"  ("subject_id", "created_at") `,
    );
    await q.query(
      `CREATE TABLE "portfolio" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "description" text, "owner_id" uuid, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "portfolio_description_length" CHECK (length("description") <= 50000), CONSTRAINT "portfolio_name_length" CHECK (length(btrim("name")) between 1 and 200), CONSTRAINT "portfolio_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "portfolio_owner_id_idx" ON "portfolio"  ("owner_id") `);
    await q.query(
      `CREATE TYPE "public"."problem_status" AS ENUM('DRAFT', 'FRAMING', 'ACTIVE', 'SUSTAINING', 'RESOLVED', 'ARCHIVED')`,
    );
    await q.query(`CREATE TYPE "public"."visibility" AS ENUM('PUBLIC', 'INTERNAL', 'RESTRICTED')`);
    await q.query(
      `CREATE TYPE "public"."public_value" AS ENUM('ETHICAL', 'DEMOCRATIC', 'PROFESSIONAL', 'PEOPLE')`,
    );
    await q.query(
      `CREATE TABLE "problem" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "key" text NOT NULL, "title" text NOT NULL, "statement" text NOT NULL DEFAULT '', "affected_population" text, "geography" text, "status" "public"."problem_status" NOT NULL DEFAULT 'DRAFT', "visibility" "public"."visibility" NOT NULL DEFAULT 'INTERNAL', "public_values" "public"."public_value" array NOT NULL DEFAULT '{}', "themes" text array NOT NULL DEFAULT '{}', "portfolio_id" uuid, "lead_id" uuid, "sponsor_id" uuid, "next_task_number" integer NOT NULL DEFAULT '1', "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "problem_next_task_number_positive" CHECK ("next_task_number" >= 1), CONSTRAINT "problem_key_format" CHECK ("key" ~ '^[A-Z][A-Z0-9]{1,7}-[1-9][0-9]*$'), CONSTRAINT "problem_statement_length" CHECK (length("statement") <= 50000), CONSTRAINT "problem_title_length" CHECK (length(btrim("title")) between 1 and 200), CONSTRAINT "problem_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "problem_key_key" ON "problem"  ("key") `);
    await q.query(`CREATE INDEX "problem_portfolio_id_idx" ON "problem"  ("portfolio_id") `);
    await q.query(`CREATE INDEX "problem_lead_id_idx" ON "problem"  ("lead_id") `);
    await q.query(
      `CREATE INDEX "problem_visibility_status_idx" ON "problem"  ("visibility", "status") `,
    );
    await q.query(`CREATE TYPE "public"."comment_subject" AS ENUM('PROBLEM', 'TASK', 'OUTCOME')`);
    await q.query(
      `CREATE TABLE "comment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "problem_id" uuid NOT NULL, "subject_type" "public"."comment_subject" NOT NULL, "subject_id" uuid NOT NULL, "author_id" uuid NOT NULL, "body" text NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "edited_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "comment_body_length" CHECK (length(btrim("body")) between 1 and 50000), CONSTRAINT "comment_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "comment_problem_id_idx" ON "comment"  ("problem_id") `);
    await q.query(`CREATE INDEX "comment_subject_idx" ON "comment"  ("subject_id", "created_at") `);
    await q.query(
      `CREATE TABLE "comment_mention" ("comment_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "comment_mention_pkey" PRIMARY KEY ("comment_id", "user_id"))`,
    );
    await q.query(`CREATE INDEX "comment_mention_user_id_idx" ON "comment_mention"  ("user_id") `);
    await q.query(
      `CREATE TYPE "public"."member_role" AS ENUM('LEAD', 'MEMBER', 'PARTNER', 'SPONSOR', 'OBSERVER')`,
    );
    await q.query(
      `CREATE TABLE "membership" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "problem_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" "public"."member_role" NOT NULL, "allocation_percent" integer NOT NULL DEFAULT '0', "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "membership_allocation_range" CHECK ("allocation_percent" between 0 and 100), CONSTRAINT "membership_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "membership_user_id_idx" ON "membership"  ("user_id") `);
    await q.query(
      `CREATE UNIQUE INDEX "membership_problem_id_user_id_key" ON "membership"  ("problem_id", "user_id") `,
    );
    await q.query(`CREATE TYPE "public"."outcome_direction" AS ENUM('INCREASE', 'DECREASE')`);
    await q.query(
      `CREATE TABLE "outcome" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "problem_id" uuid NOT NULL, "name" text NOT NULL, "description" text, "unit" text NOT NULL, "direction" "public"."outcome_direction" NOT NULL, "baseline_value" double precision NOT NULL, "baseline_date" date NOT NULL, "target_value" double precision NOT NULL, "target_date" date NOT NULL, "data_source" text, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "outcome_problem_id_id_key" UNIQUE ("problem_id", "id"), CONSTRAINT "outcome_values_finite" CHECK ("baseline_value" NOT IN ('NaN', 'Infinity', '-Infinity') AND "target_value" NOT IN ('NaN', 'Infinity', '-Infinity')), CONSTRAINT "outcome_target_after_baseline" CHECK ("target_date" > "baseline_date"), CONSTRAINT "outcome_target_direction" CHECK (("direction" = 'INCREASE' AND "target_value" > "baseline_value") OR ("direction" = 'DECREASE' AND "target_value" < "baseline_value")), CONSTRAINT "outcome_target_differs" CHECK ("target_value" <> "baseline_value"), CONSTRAINT "outcome_unit_length" CHECK (length(btrim("unit")) between 1 and 50), CONSTRAINT "outcome_name_length" CHECK (length(btrim("name")) between 1 and 200), CONSTRAINT "outcome_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "outcome_problem_id_idx" ON "outcome"  ("problem_id") `);
    await q.query(`CREATE TYPE "public"."measurement_source" AS ENUM('MANUAL', 'IMPORT', 'API')`);
    await q.query(
      `CREATE TABLE "measurement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "outcome_id" uuid NOT NULL, "observed_at" date NOT NULL, "value" double precision NOT NULL, "note" text, "source" "public"."measurement_source" NOT NULL DEFAULT 'MANUAL', "recorded_by_id" uuid, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), CONSTRAINT "measurement_note_length" CHECK (length("note") <= 2000), CONSTRAINT "measurement_value_finite" CHECK ("value" NOT IN ('NaN', 'Infinity', '-Infinity')), CONSTRAINT "measurement_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "measurement_outcome_latest_idx" ON "measurement"  ("outcome_id", "observed_at", "recorded_at") `,
    );
    await q.query(
      `CREATE TYPE "public"."task_status" AS ENUM('TODO', 'IN_PROGRESS', 'BLOCKED', 'DONE')`,
    );
    await q.query(
      `CREATE TABLE "task" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "problem_id" uuid NOT NULL, "number" integer NOT NULL, "title" text NOT NULL, "description" text, "status" "public"."task_status" NOT NULL DEFAULT 'TODO', "rank" text COLLATE "C" NOT NULL, "assignee_id" uuid, "organization_id" uuid, "due_date" date, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "task_problem_id_id_key" UNIQUE ("problem_id", "id"), CONSTRAINT "task_problem_id_number_key" UNIQUE ("problem_id", "number"), CONSTRAINT "task_number_positive" CHECK ("number" >= 1), CONSTRAINT "task_description_length" CHECK (length("description") <= 50000), CONSTRAINT "task_title_length" CHECK (length(btrim("title")) between 1 and 200), CONSTRAINT "task_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "task_assignee_id_idx" ON "task"  ("assignee_id") `);
    await q.query(`CREATE INDEX "task_board_idx" ON "task"  ("problem_id", "status", "rank") `);
    await q.query(
      `CREATE TABLE "task_outcome" ("task_id" uuid NOT NULL, "outcome_id" uuid NOT NULL, "problem_id" uuid NOT NULL, CONSTRAINT "task_outcome_pkey" PRIMARY KEY ("task_id", "outcome_id"))`,
    );
    await q.query(`CREATE INDEX "task_outcome_outcome_id_idx" ON "task_outcome"  ("outcome_id") `);
    await q.query(
      `CREATE TABLE "task_dependency" ("task_id" uuid NOT NULL, "blocked_by_id" uuid NOT NULL, "problem_id" uuid NOT NULL, CONSTRAINT "task_dependency_not_self" CHECK ("task_id" <> "blocked_by_id"), CONSTRAINT "task_dependency_pkey" PRIMARY KEY ("task_id", "blocked_by_id"))`,
    );
    await q.query(
      `CREATE INDEX "task_dependency_blocked_by_id_idx" ON "task_dependency"  ("blocked_by_id") `,
    );
    await q.query(
      `ALTER TABLE "portfolio" ADD CONSTRAINT "portfolio_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "problem" ADD CONSTRAINT "problem_portfolio_id_fkey" FOREIGN KEY ("portfolio_id") REFERENCES "portfolio"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "problem" ADD CONSTRAINT "problem_lead_id_fkey" FOREIGN KEY ("lead_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "problem" ADD CONSTRAINT "problem_sponsor_id_fkey" FOREIGN KEY ("sponsor_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "comment" ADD CONSTRAINT "comment_problem_id_fkey" FOREIGN KEY ("problem_id") REFERENCES "problem"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "comment" ADD CONSTRAINT "comment_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "comment_mention" ADD CONSTRAINT "comment_mention_comment_id_fkey" FOREIGN KEY ("comment_id") REFERENCES "comment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "comment_mention" ADD CONSTRAINT "comment_mention_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "membership" ADD CONSTRAINT "membership_problem_id_fkey" FOREIGN KEY ("problem_id") REFERENCES "problem"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "membership" ADD CONSTRAINT "membership_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "outcome" ADD CONSTRAINT "outcome_problem_id_fkey" FOREIGN KEY ("problem_id") REFERENCES "problem"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "measurement" ADD CONSTRAINT "measurement_outcome_id_fkey" FOREIGN KEY ("outcome_id") REFERENCES "outcome"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "measurement" ADD CONSTRAINT "measurement_recorded_by_id_fkey" FOREIGN KEY ("recorded_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "task" ADD CONSTRAINT "task_problem_id_fkey" FOREIGN KEY ("problem_id") REFERENCES "problem"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "task" ADD CONSTRAINT "task_assignee_id_fkey" FOREIGN KEY ("assignee_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "task" ADD CONSTRAINT "task_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "task_outcome" ADD CONSTRAINT "task_outcome_task_fkey" FOREIGN KEY ("task_id", "problem_id") REFERENCES "task"("id","problem_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "task_outcome" ADD CONSTRAINT "task_outcome_outcome_fkey" FOREIGN KEY ("outcome_id", "problem_id") REFERENCES "outcome"("id","problem_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "task_dependency" ADD CONSTRAINT "task_dependency_task_fkey" FOREIGN KEY ("task_id", "problem_id") REFERENCES "task"("id","problem_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "task_dependency" ADD CONSTRAINT "task_dependency_blocked_by_fkey" FOREIGN KEY ("blocked_by_id", "problem_id") REFERENCES "task"("id","problem_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    // Key numbers per prefix, never reused even when a problem is deleted.
    await q.query(`CREATE TABLE "problem_key_counter" (
      "prefix" text PRIMARY KEY CHECK ("prefix" ~ '^[A-Z][A-Z0-9]{1,7}$'),
      "last_number" integer NOT NULL CHECK ("last_number" >= 0))`);

    // The audit log is append-only at the database level, not only in the code.
    await q.query(`CREATE FUNCTION refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'activity_event is append-only: % refused', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`CREATE TRIGGER activity_event_append_only
      BEFORE UPDATE OR DELETE ON "activity_event"
      FOR EACH ROW EXECUTE FUNCTION refuse_audit_change()`);
    await q.query(`CREATE TRIGGER activity_event_no_truncate
      BEFORE TRUNCATE ON "activity_event"
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_change()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "problem_key_counter"`);
    await q.query(`DROP TABLE "task_dependency"`);
    await q.query(`DROP TABLE "task_outcome"`);
    await q.query(`DROP TABLE "task"`);
    await q.query(`DROP TABLE "measurement"`);
    await q.query(`DROP TABLE "outcome"`);
    await q.query(`DROP TABLE "membership"`);
    await q.query(`DROP TABLE "comment_mention"`);
    await q.query(`DROP TABLE "comment"`);
    await q.query(`DROP TABLE "problem"`);
    await q.query(`DROP TABLE "portfolio"`);
    await q.query(`DROP TABLE "activity_event"`);
    await q.query(`DROP TYPE "public"."task_status"`);
    await q.query(`DROP TYPE "public"."measurement_source"`);
    await q.query(`DROP TYPE "public"."outcome_direction"`);
    await q.query(`DROP TYPE "public"."member_role"`);
    await q.query(`DROP TYPE "public"."comment_subject"`);
    await q.query(`DROP TYPE "public"."public_value"`);
    await q.query(`DROP TYPE "public"."visibility"`);
    await q.query(`DROP TYPE "public"."problem_status"`);
    await q.query(`DROP FUNCTION refuse_audit_change()`);
  }
}
