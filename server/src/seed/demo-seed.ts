import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../auth/passwords.js';
import {
  DEMO_ORGANIZATIONS,
  DEMO_PASSWORD,
  DEMO_USERS,
  type DemoOrganization,
} from './demo-data.js';
import { generateDemoWorkspace, type DemoRows, type DirectoryUser } from './demo-generate.js';
import { demoNotifications } from './demo-notifications.js';
import { DEMO_PORTFOLIOS, DEMO_PROBLEMS } from './demo-problems.js';

export const DEMO_SIGN_IN = { email: 'admin@demo.commons', password: DEMO_PASSWORD } as const;

export interface SeedSummary {
  organizations: number;
  users: number;
  portfolios: number;
  problems: number;
  memberships: number;
  tasks: number;
  outcomes: number;
  measurements: number;
  comments: number;
  activityEvents: number;
}

export interface SeedOptions {
  /**
   * `directory`: only organisations and users, for tests that want an empty workspace with the
   * demo accounts. Default `full`: the whole demo workspace.
   */
  workspace?: 'full' | 'directory';
}

/**
 * Loads the demo workspace, in one transaction. Idempotent: organisations and users are matched
 * by their natural keys (name, email) and existing ones are left as they are; the domain
 * (portfolios, problems and everything in them) is loaded only when none of the demo problems
 * or portfolios exists yet, so a second run changes nothing. Fast: one statement per table.
 */
export async function seedDemoWorkspace(
  dataSource: DataSource,
  options: SeedOptions = {},
): Promise<SeedSummary> {
  return dataSource.transaction(async (tx) => {
    // Two servers starting on one empty database take turns; the second finds the data there.
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('commons.demo-seed'))`);
    await seedDirectory(tx);
    if (options.workspace !== 'directory') await seedDomain(tx);
    const [counts] = await tx.query<SeedSummary[]>(
      `SELECT (SELECT count(*) FROM organization)::int AS organizations,
              (SELECT count(*) FROM app_user)::int AS users,
              (SELECT count(*) FROM portfolio)::int AS portfolios,
              (SELECT count(*) FROM problem)::int AS problems,
              (SELECT count(*) FROM membership)::int AS memberships,
              (SELECT count(*) FROM task)::int AS tasks,
              (SELECT count(*) FROM outcome)::int AS outcomes,
              (SELECT count(*) FROM measurement)::int AS measurements,
              (SELECT count(*) FROM comment)::int AS comments,
              (SELECT count(*) FROM activity_event)::int AS "activityEvents"`,
    );
    if (!counts) throw new Error('The seed summary query returned nothing');
    return counts;
  });
}

async function seedDirectory(tx: EntityManager): Promise<void> {
  // Parents first: each pass inserts the organisations whose parent is already there.
  let pending: DemoOrganization[] = [...DEMO_ORGANIZATIONS];
  const placed = new Set<string>();
  while (pending.length) {
    const ready = pending.filter((o) => !o.parent || placed.has(o.parent));
    if (!ready.length) throw new Error('Demo organisations: a parent is missing or a cycle');
    await tx.query(
      `INSERT INTO organization (name, kind, parent_id)
       SELECT r.name, r.kind, p.id
         FROM jsonb_to_recordset($1::jsonb) AS r(name text, kind organization_kind, parent text)
         LEFT JOIN organization p ON p.name = r.parent
       ON CONFLICT (name) DO NOTHING`,
      [JSON.stringify(ready)],
    );
    for (const o of ready) placed.add(o.name);
    pending = pending.filter((o) => !ready.includes(o));
  }

  const existing = await tx.query<{ email: string }[]>(
    `SELECT email FROM app_user WHERE email = ANY($1::text[])`,
    [DEMO_USERS.map((u) => u.email)],
  );
  const known = new Set(existing.map((u) => u.email));
  const missing = DEMO_USERS.filter((u) => !known.has(u.email));
  if (!missing.length) return;
  // One hash for every demo account: they share the demo password, and 32 argon2 runs at
  // 19 MiB each would make every fresh start seconds slower.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await tx.query(
    `INSERT INTO app_user (email, display_name, title, organization_id, role, password_hash)
     SELECT r.email, r."displayName", r.title, o.id, r.role, $2
       FROM jsonb_to_recordset($1::jsonb)
            AS r(email text, "displayName" text, title text, organization text, role workspace_role)
       JOIN organization o ON o.name = r.organization
     ON CONFLICT (email) DO NOTHING`,
    [JSON.stringify(missing), passwordHash],
  );
}

async function seedDomain(tx: EntityManager): Promise<void> {
  const [state] = await tx.query<{ seeded: boolean; today: string; now: number }[]>(
    `SELECT EXISTS (SELECT 1 FROM problem WHERE key = ANY($1::text[]))
            OR EXISTS (SELECT 1 FROM portfolio WHERE name = ANY($2::text[])) AS seeded,
            to_char(current_date, 'YYYY-MM-DD') AS today,
            (extract(epoch FROM now()) * 1000)::float8 AS now`,
    [DEMO_PROBLEMS.map((p) => p.key), DEMO_PORTFOLIOS.map((p) => p.name)],
  );
  if (!state || state.seeded) return;

  const directory = await tx.query<
    {
      id: string;
      email: string;
      display_name: string;
      role: DirectoryUser['role'];
      organization_id: string;
      organization_name: string;
    }[]
  >(
    `SELECT u.id, u.email, u.display_name, u.role, u.organization_id, o.name AS organization_name
       FROM app_user u JOIN organization o ON o.id = u.organization_id
      WHERE u.email = ANY($1::text[])`,
    [DEMO_USERS.map((u) => u.email)],
  );
  const users = new Map<string, DirectoryUser>(
    directory.map((u) => [
      u.email.split('@')[0] ?? u.email,
      {
        id: u.id,
        email: u.email,
        displayName: u.display_name,
        role: u.role,
        organizationId: u.organization_id,
        organizationName: u.organization_name,
      },
    ]),
  );
  const rows = generateDemoWorkspace(DEMO_PORTFOLIOS, DEMO_PROBLEMS, {
    today: state.today,
    now: state.now,
    users,
    newId: randomUUID,
  });
  await insertDomain(tx, rows);
  // A handful waiting for the demo lead, who signs in to show the workspace.
  const lead = users.get('lead');
  if (lead)
    await insertRows(
      tx,
      'notification',
      demoNotifications(rows, lead, users, { now: state.now, newId: randomUUID }),
    );
}

/** The columns of each table the seed writes, with the types jsonb_to_recordset reads them as. */
const COLUMNS = {
  portfolio: {
    id: 'uuid',
    name: 'text',
    description: 'text',
    owner_id: 'uuid',
    created_at: 'timestamptz',
    updated_at: 'timestamptz',
  },
  problem: {
    id: 'uuid',
    key: 'text',
    title: 'text',
    statement: 'text',
    affected_population: 'text',
    geography: 'text',
    status: 'problem_status',
    visibility: 'visibility',
    public_values: 'public_value[]',
    themes: 'text[]',
    portfolio_id: 'uuid',
    lead_id: 'uuid',
    sponsor_id: 'uuid',
    next_task_number: 'int',
    created_at: 'timestamptz',
    updated_at: 'timestamptz',
  },
  membership: {
    id: 'uuid',
    problem_id: 'uuid',
    user_id: 'uuid',
    role: 'member_role',
    allocation_percent: 'int',
    created_at: 'timestamptz',
  },
  outcome: {
    id: 'uuid',
    problem_id: 'uuid',
    name: 'text',
    description: 'text',
    unit: 'text',
    direction: 'outcome_direction',
    baseline_value: 'float8',
    baseline_date: 'date',
    target_value: 'float8',
    target_date: 'date',
    data_source: 'text',
    owner_id: 'uuid',
    cadence: 'reporting_cadence',
    created_at: 'timestamptz',
    updated_at: 'timestamptz',
  },
  measurement: {
    id: 'uuid',
    outcome_id: 'uuid',
    observed_at: 'date',
    value: 'float8',
    note: 'text',
    source: 'measurement_source',
    recorded_by_id: 'uuid',
    recorded_at: 'timestamptz',
  },
  task: {
    id: 'uuid',
    problem_id: 'uuid',
    number: 'int',
    title: 'text',
    description: 'text',
    status: 'task_status',
    rank: 'text',
    assignee_id: 'uuid',
    organization_id: 'uuid',
    due_date: 'date',
    created_at: 'timestamptz',
    updated_at: 'timestamptz',
  },
  task_outcome: { task_id: 'uuid', outcome_id: 'uuid', problem_id: 'uuid' },
  task_dependency: { task_id: 'uuid', blocked_by_id: 'uuid', problem_id: 'uuid' },
  comment: {
    id: 'uuid',
    problem_id: 'uuid',
    subject_type: 'comment_subject',
    subject_id: 'uuid',
    author_id: 'uuid',
    body: 'text',
    created_at: 'timestamptz',
  },
  comment_mention: { comment_id: 'uuid', user_id: 'uuid' },
  activity_event: {
    id: 'uuid',
    actor_id: 'uuid',
    action: 'text',
    subject_type: 'text',
    subject_id: 'uuid',
    problem_id: 'uuid',
    summary: 'text',
    changes: 'jsonb',
    created_at: 'timestamptz',
  },
  problem_key_counter: { prefix: 'text', last_number: 'int' },
  notification: {
    id: 'uuid',
    user_id: 'uuid',
    kind: 'notification_kind',
    problem_id: 'uuid',
    subject_type: 'text',
    subject_id: 'uuid',
    actor_id: 'uuid',
    summary: 'text',
    url: 'text',
    read_at: 'timestamptz',
    created_at: 'timestamptz',
  },
} as const satisfies Record<string, Record<string, string>>;

type Table = keyof typeof COLUMNS;

/** One INSERT per table, parents before children. */
async function insertDomain(tx: EntityManager, rows: DemoRows): Promise<void> {
  await insertRows(tx, 'portfolio', rows.portfolios);
  await insertRows(tx, 'problem', rows.problems);
  await insertRows(tx, 'membership', rows.memberships);
  await insertRows(tx, 'outcome', rows.outcomes);
  await insertRows(tx, 'measurement', rows.measurements);
  await insertRows(tx, 'task', rows.tasks);
  await insertRows(tx, 'task_outcome', rows.taskOutcomes);
  await insertRows(tx, 'task_dependency', rows.taskDependencies);
  await insertRows(tx, 'comment', rows.comments);
  await insertRows(tx, 'comment_mention', rows.commentMentions);
  await insertRows(tx, 'activity_event', rows.activityEvents);
  // Keys are never reused: the counters move past every number the demo took.
  await insertRows(
    tx,
    'problem_key_counter',
    rows.keyCounters,
    `ON CONFLICT (prefix) DO UPDATE
       SET last_number = greatest(problem_key_counter.last_number, excluded.last_number)`,
  );
}

async function insertRows<T extends Table>(
  tx: EntityManager,
  table: T,
  rows: readonly { [column in keyof (typeof COLUMNS)[T]]: unknown }[],
  onConflict = '',
): Promise<void> {
  if (!rows.length) return;
  const columns = Object.entries(COLUMNS[table] as Record<string, string>);
  const names = columns.map(([name]) => `"${name}"`).join(', ');
  const types = columns.map(([name, type]) => `"${name}" ${type}`).join(', ');
  await tx.query(
    `INSERT INTO "${table}" (${names})
     SELECT ${names} FROM jsonb_to_recordset($1::jsonb) AS r(${types}) ${onConflict}`,
    [JSON.stringify(rows)],
  );
}
