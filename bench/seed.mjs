// The benchmark's large workspace, loaded with set-based SQL (generate_series, INSERT … SELECT):
// no row-by-row inserts, so 600,000+ rows load in well under a minute.
//
// Deterministic: every id is md5('bench-<kind>-<n>')::uuid and every "random" choice is a
// function of the row number (modular arithmetic, or hashtext() of a fixed string), so two
// runs load identical data. Dates are fixed (not relative to today).
//
// Shape (the figures the issue asks for):
//   40 organisations (all seven kinds, some nested)   300 users (bench@bench.commons + 299)
//   20 portfolios × 100 problems = 2,000 problems      3–6 organisations per problem's team
//   6,000 outcomes (3 per problem)                     500,000 measurements (5,700 outcomes × ~88 weeks)
//   100,000 tasks: BNCH-1 has exactly 500 (the board query); the other 1,999 have 49–50 each
//   the bench user (a MEMBER of a department) is on 80 problems and has 50 open tasks (and 10
//   done ones) assigned to them: what `myTasks` reads.

/** The bench user everything is measured as. */
export const BENCH_USER = { email: 'bench@bench.commons', password: 'bench-password-2026' };
export const BOARD_PROBLEM_KEY = 'BNCH-1';
export const COUNTS = {
  organizations: 40,
  users: 300,
  portfolios: 20,
  problems: 2_000,
  outcomes: 6_000,
  measurements: 500_000,
  tasks: 100_000,
  boardTasks: 500,
  benchOpenTasks: 50,
};

/**
 * @param {import('pg').Client} db  a connection to the freshly migrated, empty bench database
 * @param {{ passwordHash: string, ranks: string[] }} input  one argon2 hash reused for every user;
 *   `ranks[i]` = the i-th of 500 fractional-indexing keys in order (a column never holds more)
 * @param {(step: string, ms: number) => void} onStep
 */
export async function seedBenchWorkspace(db, { passwordHash, ranks }, onStep = () => {}) {
  const step = async (name, sql, params = []) => {
    const started = Date.now();
    await db.query(sql, params);
    onStep(name, Date.now() - started);
  };

  await db.query('BEGIN');
  await db.query(`SET LOCAL statement_timeout = 0`);
  await db.query(`SET LOCAL TimeZone = 'UTC'`);

  await step(
    'organizations',
    `INSERT INTO organization (id, name, kind, parent_id, created_at)
     SELECT md5('bench-org-' || o)::uuid,
            format('Bench %s %s', (ARRAY['Department','Agency','Municipality','Nonprofit','Firm','Institute','Community Group'])[(o - 1) % 7 + 1], lpad(o::text, 2, '0')),
            (ARRAY['DEPARTMENT','AGENCY','MUNICIPALITY','NONPROFIT','PRIVATE','ACADEMIC','COMMUNITY'])[(o - 1) % 7 + 1]::organization_kind,
            NULL,
            TIMESTAMPTZ '2024-01-01 00:00Z' + o * INTERVAL '1 minute'
     FROM generate_series(1, 40) AS o`,
  );
  // Every third organisation after the first seven belongs to the first of its kind.
  await step(
    'organization parents',
    `UPDATE organization SET parent_id = md5('bench-org-' || ((n - 1) % 7 + 1))::uuid
     FROM generate_series(8, 40) AS n
     WHERE n % 3 = 0 AND organization.id = md5('bench-org-' || n)::uuid`,
  );

  // User u belongs to organisation (u - 1) % 40 + 1, so user 1 (the bench user) is in a
  // DEPARTMENT. Users 2–3 are admins, 4–13 executives, the rest members.
  await step(
    'users',
    `INSERT INTO app_user (id, email, display_name, title, organization_id, role, password_hash, created_at)
     SELECT md5('bench-user-' || u)::uuid,
            CASE WHEN u = 1 THEN $1 ELSE format('user-%s@bench.commons', lpad(u::text, 3, '0')) END,
            CASE WHEN u = 1 THEN 'Bench User' ELSE format('Person %s', lpad(u::text, 3, '0')) END,
            (ARRAY['Analyst','Caseworker','Programme Manager','Engineer','Policy Adviser', NULL])[u % 6 + 1],
            md5('bench-org-' || ((u - 1) % 40 + 1))::uuid,
            (CASE WHEN u IN (2, 3) THEN 'ADMIN' WHEN u BETWEEN 4 AND 13 THEN 'EXECUTIVE' ELSE 'MEMBER' END)::workspace_role,
            $2,
            TIMESTAMPTZ '2024-02-01 00:00Z' + u * INTERVAL '1 minute'
     FROM generate_series(1, 300) AS u`,
    [BENCH_USER.email, passwordHash],
  );

  await step(
    'portfolios',
    `INSERT INTO portfolio (id, name, description, owner_id, created_at, updated_at)
     SELECT md5('bench-portfolio-' || n)::uuid,
            format('Portfolio %s', lpad(n::text, 2, '0')),
            format('Problems of bench portfolio %s.', n),
            md5('bench-user-' || (4 + (n - 1) % 10))::uuid,
            TIMESTAMPTZ '2024-03-01 00:00Z' + n * INTERVAL '1 hour',
            TIMESTAMPTZ '2024-03-01 00:00Z' + n * INTERVAL '1 hour'
     FROM generate_series(1, 20) AS n`,
  );

  // Team of problem p: k = 3..6 members, member j from organisation (p + 7j) % 40 + 1 (so the k
  // organisations are distinct) and one of that organisation's users. The bench user (user 1)
  // is kept out of these formula teams; it joins its 80 problems explicitly below.
  await step(
    'team plan',
    `CREATE TEMP TABLE bench_member ON COMMIT DROP AS
     SELECT p, j, org_no,
            CASE WHEN user_no = 1 THEN 281 ELSE user_no END AS user_no
     FROM (
       SELECT p, j, (p + 7 * j) % 40 + 1 AS org_no,
              ((p + 7 * j) % 40 + 1) + 40 * ((p + j) % 7) + CASE WHEN (p + j) % 4 = 0 AND ((p + 7 * j) % 40 + 1) <= 20 THEN 280 - 40 * ((p + j) % 7) ELSE 0 END AS user_no
       FROM generate_series(1, 2000) AS p
       CROSS JOIN LATERAL generate_series(0, 2 + (p * 13) % 4) AS j
     ) AS plan`,
  );

  // Problem p: portfolio (p - 1) % 20 + 1, key BNCH-p, newest = highest p. Visibility (by p / 20,
  // so that every portfolio has all three): 60 % INTERNAL, 25 % PUBLIC, 15 % RESTRICTED.
  // Lead = team member 0.
  await step(
    'problems',
    `INSERT INTO problem (id, key, title, statement, affected_population, geography, status, visibility,
                          public_values, themes, portfolio_id, lead_id, sponsor_id, created_at, updated_at)
     SELECT md5('bench-problem-' || p)::uuid,
            'BNCH-' || p,
            format('Bench problem %s: %s in district %s', p,
                   (ARRAY['rough sleeping','school absence','benefit non-take-up','road safety','flood risk','care waiting times','youth unemployment','air quality'])[p % 8 + 1],
                   p % 37 + 1),
            repeat(format('Problem %s is measured by its team across organisations. ', p), 4),
            format('Residents of district %s', p % 37 + 1),
            format('District %s', p % 37 + 1),
            (CASE WHEN (p / 20) % 20 = 19 THEN 'ARCHIVED' WHEN (p / 20 * 3 + p) % 10 < 6 THEN 'ACTIVE'
                  WHEN (p / 20 * 3 + p) % 10 = 6 THEN 'FRAMING' WHEN (p / 20 * 3 + p) % 10 = 7 THEN 'SUSTAINING'
                  WHEN (p / 20 * 3 + p) % 10 = 8 THEN 'DRAFT' ELSE 'RESOLVED' END)::problem_status,
            (CASE WHEN (p / 20) % 20 < 12 THEN 'INTERNAL' WHEN (p / 20) % 20 < 17 THEN 'PUBLIC' ELSE 'RESTRICTED' END)::visibility,
            (ARRAY[(ARRAY['ETHICAL','DEMOCRATIC','PROFESSIONAL','PEOPLE'])[p % 4 + 1]])::public_value[],
            ARRAY[(ARRAY['housing','health','education','transport','environment','welfare','safety','employment'])[p % 8 + 1]],
            md5('bench-portfolio-' || ((p - 1) % 20 + 1))::uuid,
            md5('bench-user-' || lead_no)::uuid,
            md5('bench-user-' || (4 + p % 10))::uuid,
            TIMESTAMPTZ '2025-01-01 00:00Z' + p * INTERVAL '3 hours',
            TIMESTAMPTZ '2025-01-01 00:00Z' + p * INTERVAL '3 hours'
     FROM (SELECT p, user_no AS lead_no FROM bench_member WHERE j = 0) AS m`,
  );
  await step(
    'problem key counter',
    `INSERT INTO problem_key_counter (prefix, last_number) VALUES ('BNCH', 2000)`,
  );

  // Roles: member 0 leads; partners' organisations (NONPROFIT, PRIVATE, ACADEMIC, COMMUNITY)
  // are PARTNER; the last member of every fifth problem observes. Allocation 0–90 %.
  await step(
    'memberships',
    `INSERT INTO membership (id, problem_id, user_id, role, allocation_percent, created_at)
     SELECT md5(format('bench-membership-%s-%s', m.p, m.j))::uuid,
            md5('bench-problem-' || m.p)::uuid,
            md5('bench-user-' || m.user_no)::uuid,
            (CASE WHEN m.j = 0 THEN 'LEAD'
                  WHEN m.j = 2 + (m.p * 13) % 4 AND m.p % 5 = 0 THEN 'OBSERVER'
                  WHEN (m.org_no - 1) % 7 >= 3 THEN 'PARTNER' ELSE 'MEMBER' END)::member_role,
            CASE WHEN m.j = 0 THEN 50 ELSE ((m.p * (m.j + 3) * 17) % 10) * 10 END,
            TIMESTAMPTZ '2025-01-01 00:00Z' + m.p * INTERVAL '3 hours' + m.j * INTERVAL '1 minute'
     FROM bench_member m`,
  );
  // The bench user on every 25th problem (80, BNCH-1 included; 20 of them in Portfolio 01).
  await step(
    'bench user memberships',
    `INSERT INTO membership (id, problem_id, user_id, role, allocation_percent, created_at)
     SELECT md5('bench-membership-bench-' || p)::uuid, md5('bench-problem-' || p)::uuid,
            md5('bench-user-1')::uuid, 'MEMBER', 10,
            TIMESTAMPTZ '2025-01-01 00:00Z' + p * INTERVAL '3 hours' + INTERVAL '1 hour'
     FROM generate_series(1, 2000, 25) AS p`,
  );

  // Outcome q belongs to problem (q - 1) / 3 + 1; odd q INCREASE, even q DECREASE.
  await step(
    'outcomes',
    `INSERT INTO outcome (id, problem_id, name, description, unit, direction, baseline_value, baseline_date,
                          target_value, target_date, data_source, created_at, updated_at)
     SELECT md5('bench-outcome-' || q)::uuid,
            md5('bench-problem-' || ((q - 1) / 3 + 1))::uuid,
            format('Outcome %s: %s', q, (ARRAY['people supported','incidents per month','share of claims paid','days waited','households housed','satisfaction'])[q % 6 + 1]),
            CASE WHEN q % 4 = 0 THEN format('How outcome %s is counted.', q) END,
            (ARRAY['people','per month','%','days','households','points'])[q % 6 + 1],
            (CASE WHEN q % 2 = 1 THEN 'INCREASE' ELSE 'DECREASE' END)::outcome_direction,
            CASE WHEN q % 2 = 1 THEN 20 + q % 30 ELSE 80 + q % 30 END,
            DATE '2025-01-01',
            CASE WHEN q % 2 = 1 THEN 20 + q % 30 + 40 + q % 17 ELSE 80 + q % 30 - 30 - q % 13 END,
            DATE '2027-01-01' + (q % 365),
            CASE WHEN q % 3 = 0 THEN 'Open data portal' END,
            TIMESTAMPTZ '2025-01-01 00:00Z' + q * INTERVAL '1 hour',
            TIMESTAMPTZ '2025-01-01 00:00Z' + q * INTERVAL '1 hour'
     FROM generate_series(1, 6000) AS q`,
  );

  // Measurements: every 20th outcome has none yet (NO_DATA); the other 5,700 share the 500,000
  // in weekly observations from 2025-01-06 (87–88 each): measurement m goes to the i-th of them,
  // i = (m - 1) % 5700, in week (m - 1) / 5700. The pace differs by outcome (q % 7: from
  // standing still to past the target), with ±3 of noise, so every health value occurs.
  await step(
    'measurements',
    `INSERT INTO measurement (id, outcome_id, observed_at, value, note, source, recorded_by_id, recorded_at)
     SELECT md5('bench-measurement-' || m)::uuid,
            o.id,
            DATE '2025-01-06' + 7 * w,
            round((o.baseline_value + (o.target_value - o.baseline_value) * (w / 100.0) * ((q % 7) / 4.0)
                   + (abs(hashtext('bench-m-' || m)) % 600 - 300) / 100.0)::numeric, 2)::double precision,
            CASE WHEN m % 50 = 0 THEN 'Revised figure' END,
            (CASE WHEN m % 10 = 0 THEN 'MANUAL' ELSE 'IMPORT' END)::measurement_source,
            md5('bench-user-' || (q * 11 % 300 + 1))::uuid,
            (DATE '2025-01-06' + 7 * w) + TIME '09:00' + (q % 60) * INTERVAL '1 second'
     FROM (SELECT m, i + i / 19 + 1 AS q, (m - 1) / 5700 AS w
           FROM (SELECT m, (m - 1) % 5700 AS i FROM generate_series(1, 500000) AS m) AS s) AS g
     JOIN outcome o ON o.id = md5('bench-outcome-' || g.q)::uuid`,
  );

  // Task t: t ≤ 500 → BNCH-1 number t; otherwise problem 2 + (t - 501) % 1999, number
  // (t - 501) / 1999 + 1. Status 40 % TODO, 20 % IN_PROGRESS, 10 % BLOCKED, 30 % DONE; 90 %
  // assigned to a team member (organisation = theirs); 70 % have a due date (2026-06 … 2027-07).
  // Ranks: the task's number picks a fractional-indexing key, so each column is in number order.
  await step(
    'tasks',
    `WITH plan AS (
       SELECT t,
              CASE WHEN t <= 500 THEN 1 ELSE 2 + (t - 501) % 1999 END AS p,
              CASE WHEN t <= 500 THEN t ELSE (t - 501) / 1999 + 1 END AS n,
              abs(hashtext('bench-task-' || t)) AS h
       FROM generate_series(1, 100000) AS t
     ), sized AS (
       SELECT p, count(*) AS k FROM bench_member GROUP BY p
     )
     INSERT INTO task (id, problem_id, number, title, description, status, rank, assignee_id, organization_id,
                       due_date, created_at, updated_at)
     SELECT md5('bench-task-' || plan.t)::uuid,
            md5('bench-problem-' || plan.p)::uuid,
            plan.n,
            format('Task %s of BNCH-%s: %s', plan.n, plan.p, (ARRAY['call the partners','draft the referral form','map the data flows','book the outreach van','write the evaluation plan','clean the case list'])[plan.t % 6 + 1]),
            CASE WHEN plan.t % 4 = 0 THEN format('Details of task %s.', plan.t) END,
            (CASE WHEN plan.h % 10 < 4 THEN 'TODO' WHEN plan.h % 10 < 6 THEN 'IN_PROGRESS'
                  WHEN plan.h % 10 < 7 THEN 'BLOCKED' ELSE 'DONE' END)::task_status,
            ($1::text[])[plan.n],
            CASE WHEN plan.t % 10 <> 0 THEN md5('bench-user-' || m.user_no)::uuid END,
            CASE WHEN plan.t % 10 <> 0 THEN md5('bench-org-' || ((m.user_no - 1) % 40 + 1))::uuid END,
            CASE WHEN plan.h % 10 < 7 THEN DATE '2026-06-01' + (plan.h / 10) % 400 END,
            TIMESTAMPTZ '2025-01-01 00:00Z' + plan.p * INTERVAL '3 hours' + plan.n * INTERVAL '1 hour',
            TIMESTAMPTZ '2025-01-01 00:00Z' + plan.p * INTERVAL '3 hours' + plan.n * INTERVAL '2 hours'
     FROM plan
     JOIN sized ON sized.p = plan.p
     JOIN bench_member m ON m.p = plan.p AND m.j = plan.t % sized.k`,
    [ranks],
  );

  // The bench user's work: 50 open tasks on 50 of their 80 problems (the first open task of
  // each, so `myTasks` spans many problems), and 10 done ones.
  await step(
    'bench user tasks',
    `WITH candidates AS (
       SELECT t.id, t.status = 'DONE' AS done, t.created_at,
              row_number() OVER (PARTITION BY t.problem_id, t.status = 'DONE' ORDER BY t.number) AS nth
       FROM task t
       JOIN membership ms ON ms.problem_id = t.problem_id AND ms.user_id = md5('bench-user-1')::uuid
     ), ranked AS (
       SELECT id, done, row_number() OVER (PARTITION BY done ORDER BY nth, created_at) AS rn FROM candidates
     )
     UPDATE task SET assignee_id = md5('bench-user-1')::uuid, organization_id = md5('bench-org-1')::uuid
     FROM ranked
     WHERE task.id = ranked.id AND ((NOT ranked.done AND ranked.rn <= $1) OR (ranked.done AND ranked.rn <= 10))`,
    [COUNTS.benchOpenTasks],
  );

  await step(
    'next task numbers',
    `UPDATE problem SET next_task_number = c.n + 1
     FROM (SELECT problem_id, max(number) AS n FROM task GROUP BY problem_id) AS c
     WHERE problem.id = c.problem_id`,
  );

  // 80 % of tasks contribute to one outcome of their problem, a third of those to a second.
  await step(
    'task outcome links',
    `INSERT INTO task_outcome (task_id, outcome_id, problem_id)
     SELECT t.id, md5('bench-outcome-' || ((p.n - 1) * 3 + 1 + (t.number + x) % 3))::uuid, t.problem_id
     FROM task t
     JOIN (SELECT id, substr(key, 6)::int AS n FROM problem) AS p ON p.id = t.problem_id
     CROSS JOIN generate_series(0, 1) AS x
     WHERE t.number % 5 <> 0 AND (x = 0 OR t.number % 3 = 0)`,
  );
  // Every tenth task is blocked by the one before it.
  await step(
    'task dependencies',
    `INSERT INTO task_dependency (task_id, blocked_by_id, problem_id)
     SELECT t.id, b.id, t.problem_id
     FROM task t JOIN task b ON b.problem_id = t.problem_id AND b.number = t.number - 1
     WHERE t.number % 10 = 0`,
  );

  await db.query('COMMIT');
}
