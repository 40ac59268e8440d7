import {
  ORGANIZATION_KINDS,
  OUTCOME_HEALTHS,
  PROBLEM_STATUSES,
  TASK_STATUSES,
  VISIBILITIES,
  isStale,
  latestMeasurement,
  nextDueDate,
  outcomeFigures,
  type OutcomeDirection,
  type OutcomeHealth,
  type ReportingCadence,
} from '@commons/shared';
import { userMayViewProblemSql } from '../access/policy.js';
import { createDataSource } from '../database/data-source.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.js';
import { mentionedHandles } from './demo-generate.js';
import { seedDemoWorkspace, type SeedSummary } from './demo-seed.js';
import type { DataSource } from 'typeorm';

describe('demo workspace seed', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let first: SeedSummary;
  let firstMs: number;
  const query = <T>(sql: string, params: unknown[] = []): Promise<T[]> =>
    dataSource.query<T[]>(sql, params);

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = createDataSource({ url: database.url, poolSize: 2, statementTimeoutMs: 30_000 });
    await dataSource.initialize();
    const started = performance.now();
    first = await seedDemoWorkspace(dataSource);
    firstMs = performance.now() - started;
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('loads fast, and a second run changes nothing', async () => {
    expect(firstMs).toBeLessThan(5_000);
    const snapshot = () =>
      query<{ table: string; digest: string }>(
        `SELECT 'problem' AS table, md5(string_agg(key || status::text || version || updated_at::text, ',' ORDER BY key)) AS digest FROM problem
         UNION ALL SELECT 'task', md5(string_agg(id::text || status::text || rank || version, ',' ORDER BY id)) FROM task
         UNION ALL SELECT 'counter', md5(string_agg(prefix || last_number, ',' ORDER BY prefix)) FROM problem_key_counter
         UNION ALL SELECT 'user', md5(string_agg(email || password_hash, ',' ORDER BY email)) FROM app_user`,
      );
    const before = await snapshot();
    const second = await seedDemoWorkspace(dataSource);
    expect(second).toEqual(first);
    expect(await snapshot()).toEqual(before);
  });

  it('loads a real-looking workspace', async () => {
    expect(first.organizations).toBeGreaterThanOrEqual(10);
    expect(first.users).toBeGreaterThanOrEqual(30);
    expect(first.portfolios).toBeGreaterThanOrEqual(3);
    expect(first.problems).toBeGreaterThanOrEqual(24);
    const kinds = await query<{ kind: string }>(`SELECT DISTINCT kind FROM organization`);
    expect(kinds.map((k) => k.kind).sort()).toEqual([...ORGANIZATION_KINDS].sort());

    const owners = await query<{ role: string; email: string }>(
      `SELECT u.role, u.email FROM portfolio p JOIN app_user u ON u.id = p.owner_id`,
    );
    expect(owners.every((o) => o.role === 'EXECUTIVE')).toBe(true);
    expect(owners.map((o) => o.email)).toContain('exec@demo.commons');

    const problems = await query<{ status: string; visibility: string; key: string }>(
      `SELECT status, visibility, key FROM problem`,
    );
    expect(new Set(problems.map((p) => p.status))).toEqual(new Set(PROBLEM_STATUSES));
    expect(new Set(problems.map((p) => p.visibility))).toEqual(new Set(VISIBILITIES));
    expect(new Set(problems.map((p) => p.key.split('-')[0])).size).toBeGreaterThanOrEqual(4);
  });

  it('keeps keys, task numbers and ranks consistent with what the server would write', async () => {
    const counters = await query<{ prefix: string; last_number: number; used: number }>(
      `SELECT c.prefix, c.last_number, max(split_part(p.key, '-', 2)::int) AS used
         FROM problem_key_counter c JOIN problem p ON split_part(p.key, '-', 1) = c.prefix
        GROUP BY c.prefix, c.last_number`,
    );
    expect(counters.length).toBeGreaterThanOrEqual(4);
    for (const c of counters) expect(c.last_number).toBeGreaterThanOrEqual(c.used);
    const uncounted = await query(
      `SELECT key FROM problem WHERE split_part(key, '-', 1) NOT IN (SELECT prefix FROM problem_key_counter)`,
    );
    expect(uncounted).toEqual([]);

    const numbering = await query<{ key: string }>(
      `SELECT p.key FROM problem p LEFT JOIN task t ON t.problem_id = p.id
        GROUP BY p.id HAVING p.next_task_number <> coalesce(max(t.number), 0) + 1`,
    );
    expect(numbering).toEqual([]);
    const duplicateRanks = await query(
      `SELECT problem_id, status, rank FROM task GROUP BY 1, 2, 3 HAVING count(*) > 1`,
    );
    expect(duplicateRanks).toEqual([]);
  });

  it('builds teams of 3–6 organisations with a lead, sponsors and observers', async () => {
    const teams = await query<{
      key: string;
      organizations: number;
      leads: number;
      lead_is_member: boolean;
      sponsor_ok: boolean;
      zero: number;
    }>(
      `SELECT p.key, count(DISTINCT u.organization_id)::int AS organizations,
              count(*) FILTER (WHERE m.role = 'LEAD')::int AS leads,
              bool_or(m.role = 'LEAD' AND m.user_id = p.lead_id) AS lead_is_member,
              p.sponsor_id IS NULL OR bool_or(m.role = 'SPONSOR' AND m.user_id = p.sponsor_id) AS sponsor_ok,
              count(*) FILTER (WHERE m.allocation_percent = 0)::int AS zero
         FROM problem p JOIN membership m ON m.problem_id = p.id JOIN app_user u ON u.id = m.user_id
        GROUP BY p.id`,
    );
    expect(teams).toHaveLength(first.problems);
    for (const team of teams) {
      expect([team.key, team.organizations >= 3 && team.organizations <= 6]).toEqual([
        team.key,
        true,
      ]);
      expect(team).toMatchObject({ leads: 1, lead_is_member: true, sponsor_ok: true });
    }
    expect(teams.filter((t) => t.zero > 0).length).toBeGreaterThanOrEqual(10);
    const sponsored = await query(`SELECT 1 FROM problem WHERE sponsor_id IS NOT NULL`);
    expect(sponsored.length).toBeGreaterThanOrEqual(10);
  });

  it('fills boards: 15–60 tasks per active problem, assigned within the team', async () => {
    const boards = await query<{ key: string; status: string; tasks: number }>(
      `SELECT p.key, p.status, count(t.id)::int AS tasks
         FROM problem p LEFT JOIN task t ON t.problem_id = p.id GROUP BY p.id`,
    );
    for (const board of boards) {
      if (board.status === 'ACTIVE') {
        expect(board.tasks).toBeGreaterThanOrEqual(15);
        expect(board.tasks).toBeLessThanOrEqual(60);
      } else {
        expect(board.tasks).toBeLessThan(15);
      }
    }
    const outsiders = await query(
      `SELECT t.id FROM task t
        LEFT JOIN membership m ON m.problem_id = t.problem_id AND m.user_id = t.assignee_id
        LEFT JOIN app_user u ON u.id = t.assignee_id
        WHERE t.assignee_id IS NOT NULL
          AND (m.role IS NULL OR m.role NOT IN ('LEAD', 'MEMBER', 'PARTNER')
               OR t.organization_id IS DISTINCT FROM u.organization_id)`,
    );
    expect(outsiders).toEqual([]);

    const [stats] = await query<{
      statuses: string[];
      overdue: number;
      open: number;
      unlinked_open: number;
      due_future: number;
    }>(
      `SELECT array_agg(DISTINCT status::text) AS statuses,
              count(*) FILTER (WHERE status <> 'DONE' AND due_date < current_date)::int AS overdue,
              count(*) FILTER (WHERE status <> 'DONE')::int AS open,
              count(*) FILTER (WHERE status <> 'DONE' AND NOT EXISTS
                (SELECT 1 FROM task_outcome x WHERE x.task_id = task.id))::int AS unlinked_open,
              count(*) FILTER (WHERE status <> 'DONE' AND due_date >= current_date)::int AS due_future
         FROM task`,
    );
    expect(new Set(stats?.statuses)).toEqual(new Set(TASK_STATUSES));
    expect(stats?.overdue).toBeGreaterThan(10);
    expect(stats?.overdue).toBeLessThan((stats?.open ?? 0) / 2);
    expect(stats?.due_future).toBeGreaterThan(stats?.overdue ?? 0);
    expect(stats?.unlinked_open).toBeGreaterThan(0);
    const linked = await query<{ share: number }>(
      `SELECT avg((EXISTS (SELECT 1 FROM task_outcome x WHERE x.task_id = t.id))::int)::float8 AS share
         FROM task t JOIN problem p ON p.id = t.problem_id WHERE p.status = 'ACTIVE'`,
    );
    expect(linked[0]?.share).toBeGreaterThan(0.7);

    // Outcomes of active problems that no open task moves: "disconnected work".
    const disconnected = await query(
      `SELECT o.id FROM outcome o JOIN problem p ON p.id = o.problem_id
        WHERE p.status = 'ACTIVE' AND NOT EXISTS (
          SELECT 1 FROM task_outcome x JOIN task t ON t.id = x.task_id
           WHERE x.outcome_id = o.id AND t.status <> 'DONE')`,
    );
    expect(disconnected.length).toBeGreaterThan(0);
  });

  it('links dependencies within one problem, to earlier tasks, without cycles', async () => {
    const edges = await query<{
      same_problem: boolean;
      earlier: boolean;
    }>(
      `SELECT t.problem_id = d.problem_id AND b.problem_id = d.problem_id AS same_problem,
              b.number < t.number AS earlier
         FROM task_dependency d JOIN task t ON t.id = d.task_id JOIN task b ON b.id = d.blocked_by_id`,
    );
    expect(edges.length).toBeGreaterThan(20);
    expect(edges.every((e) => e.same_problem && e.earlier)).toBe(true);
    const cycles = await query(
      `WITH RECURSIVE reach(start, node, path, cycle) AS (
         SELECT task_id, blocked_by_id, ARRAY[task_id, blocked_by_id], task_id = blocked_by_id
           FROM task_dependency
         UNION ALL
         SELECT r.start, d.blocked_by_id, r.path || d.blocked_by_id, d.blocked_by_id = ANY(r.path)
           FROM reach r JOIN task_dependency d ON d.task_id = r.node
          WHERE NOT r.cycle)
       SELECT start FROM reach WHERE cycle LIMIT 1`,
    );
    expect(cycles).toEqual([]);
    const blocked = await query<{ waiting: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM task_dependency d JOIN task b ON b.id = d.blocked_by_id
                       WHERE d.task_id = t.id AND b.status <> 'DONE') AS waiting
         FROM task t WHERE t.status = 'BLOCKED'`,
    );
    expect(blocked.filter((b) => b.waiting).length).toBeGreaterThan(blocked.length / 2);
  });

  it('measures 1–3 outcomes per problem, and their health spans every value', async () => {
    const outcomes = await query<{
      key: string;
      status: string;
      direction: OutcomeDirection;
      baseline_value: number;
      baseline_date: string;
      target_value: number;
      target_date: string;
      today: string;
      measurements: { observedAt: string; value: number; recordedAt: string }[] | null;
    }>(
      `SELECT p.key, p.status, o.direction, o.baseline_value, o.target_value,
              to_char(o.baseline_date, 'YYYY-MM-DD') AS baseline_date,
              to_char(o.target_date, 'YYYY-MM-DD') AS target_date,
              to_char(current_date, 'YYYY-MM-DD') AS today,
              (SELECT json_agg(json_build_object('observedAt', to_char(m.observed_at, 'YYYY-MM-DD'),
                       'value', m.value, 'recordedAt', m.recorded_at))
                 FROM measurement m WHERE m.outcome_id = o.id) AS measurements
         FROM outcome o JOIN problem p ON p.id = o.problem_id`,
    );
    const perProblem = new Map<string, number>();
    for (const o of outcomes) perProblem.set(o.key, (perProblem.get(o.key) ?? 0) + 1);
    expect(perProblem.size).toBe(first.problems);
    for (const count of perProblem.values()) expect(count >= 1 && count <= 3).toBe(true);

    const healths = new Set<OutcomeHealth>();
    let futureTargets = 0;
    for (const o of outcomes) {
      const series = o.measurements ?? [];
      if (o.status === 'DRAFT' || o.status === 'FRAMING') expect(series).toHaveLength(0);
      else expect([o.key, series.length >= 12 && series.length <= 36]).toEqual([o.key, true]);
      expect(o.baseline_date < o.today).toBe(true);
      if (o.target_date > o.today) futureTargets++;
      for (const m of series) expect(m.observedAt <= o.today).toBe(true);
      const latest = latestMeasurement(series);
      const figures = outcomeFigures(
        {
          direction: o.direction,
          baselineValue: o.baseline_value,
          baselineDate: o.baseline_date,
          targetValue: o.target_value,
          targetDate: o.target_date,
        },
        latest,
        o.today,
      );
      healths.add(figures.health);
    }
    expect([...healths].sort()).toEqual([...OUTCOME_HEALTHS].sort());
    expect(futureTargets).toBeGreaterThan(outcomes.length / 2);
    expect(first.measurements).toBeGreaterThan(500);
  });

  it('schedules every outcome, some stale (some but not all), owned by the lead or a team member', async () => {
    const outcomes = await query<{
      name: string;
      cadence: ReportingCadence | null;
      baseline_date: string;
      latest: string | null;
      today: string;
      owner_role: string | null;
      owner_id: string | null;
      lead_email: string | null;
    }>(
      `SELECT o.name, o.cadence, to_char(o.baseline_date, 'YYYY-MM-DD') AS baseline_date,
              (SELECT to_char(max(m.observed_at), 'YYYY-MM-DD') FROM measurement m WHERE m.outcome_id = o.id) AS latest,
              to_char(current_date, 'YYYY-MM-DD') AS today, o.owner_id,
              (SELECT ms.role::text FROM membership ms
                WHERE ms.problem_id = o.problem_id AND ms.user_id = o.owner_id) AS owner_role,
              (SELECT u.email FROM problem p JOIN app_user u ON u.id = p.lead_id
                WHERE p.id = o.problem_id) AS lead_email
         FROM outcome o`,
    );
    expect(outcomes.filter((o) => o.cadence === null)).toEqual([]);
    const stale = outcomes.filter((o) =>
      isStale(nextDueDate(o.cadence, o.latest, o.baseline_date), o.today),
    );
    expect(stale.length).toBeGreaterThan(0);
    expect(stale.length).toBeLessThan(outcomes.length / 2);
    const owned = outcomes.filter((o) => o.owner_id !== null);
    expect(owned.length).toBeGreaterThan(0);
    for (const o of owned)
      expect([o.name, o.owner_role]).toEqual([o.name, expect.stringMatching(/^(MEMBER|PARTNER)$/)]);
    // lead@'s My work has an overdue figure to record.
    expect(stale.some((o) => o.owner_id === null && o.lead_email === 'lead@demo.commons')).toBe(
      true,
    );
  });

  it('keeps recent measurements of active problems current', async () => {
    const stale = await query<{ key: string; latest: string }>(
      `SELECT p.key, max(m.observed_at)::text AS latest
         FROM problem p JOIN outcome o ON o.problem_id = p.id JOIN measurement m ON m.outcome_id = o.id
        WHERE p.status = 'ACTIVE'
        GROUP BY p.id, o.id
       HAVING max(m.observed_at) < current_date - 366`,
    );
    // Seasonal indicators (gritting, snow clearing) may be up to a season old; nothing older.
    expect(stale).toEqual([]);
    const future = await query(
      `SELECT 1 FROM measurement WHERE observed_at > current_date OR recorded_at > now()
       UNION ALL SELECT 1 FROM activity_event WHERE created_at > now()
       UNION ALL SELECT 1 FROM comment WHERE created_at > now()
       UNION ALL SELECT 1 FROM task WHERE created_at > now() OR updated_at > now()`,
    );
    expect(future).toEqual([]);
  });

  it('stores @mentions of team members as comment mentions', async () => {
    const comments = await query<{
      body: string;
      author_role: string | null;
      workspace_role: string;
      mentioned: string[] | null;
      outside: number;
    }>(
      `SELECT c.body, am.role AS author_role, au.role AS workspace_role,
              (SELECT array_agg(split_part(u.email, '@', 1)) FROM comment_mention cm
                 JOIN app_user u ON u.id = cm.user_id WHERE cm.comment_id = c.id) AS mentioned,
              (SELECT count(*) FROM comment_mention cm
                 LEFT JOIN membership m ON m.problem_id = c.problem_id AND m.user_id = cm.user_id
                WHERE cm.comment_id = c.id AND m.id IS NULL)::int AS outside
         FROM comment c JOIN app_user au ON au.id = c.author_id
         LEFT JOIN membership am ON am.problem_id = c.problem_id AND am.user_id = c.author_id`,
    );
    expect(comments.length).toBeGreaterThanOrEqual(30);
    const subjects = await query<{ subject_type: string }>(
      `SELECT DISTINCT subject_type FROM comment`,
    );
    expect(subjects.map((s) => s.subject_type).sort()).toEqual(['OUTCOME', 'PROBLEM', 'TASK']);
    let mentions = 0;
    for (const c of comments) {
      expect(c.author_role).not.toBeNull();
      // Sponsors don't comment (API.md), unless they are administrators.
      if (c.workspace_role !== 'ADMIN') expect(c.author_role).not.toBe('SPONSOR');
      expect(c.outside).toBe(0);
      expect((c.mentioned ?? []).sort()).toEqual(mentionedHandles(c.body).sort());
      mentions += c.mentioned?.length ?? 0;
    }
    expect(mentions).toBeGreaterThanOrEqual(40);
  });

  it('leaves the demo lead a handful of notifications, read and unread, as the writer would', async () => {
    const rows = await query<{
      recipient: string;
      kind: string;
      summary: string;
      url: string;
      actor: string;
      read: boolean;
      visible: boolean;
    }>(
      `SELECT u.email AS recipient, n.kind, n.summary, n.url, a.display_name AS actor,
              n.read_at IS NOT NULL AS read, ${userMayViewProblemSql('u', 'o', 'm', 'p')} AS visible
         FROM notification n
         JOIN app_user u ON u.id = n.user_id JOIN organization o ON o.id = u.organization_id
         JOIN app_user a ON a.id = n.actor_id
         JOIN problem p ON p.id = n.problem_id
         LEFT JOIN membership m ON m.problem_id = p.id AND m.user_id = u.id
        ORDER BY n.created_at DESC`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(5);
    expect(rows.length).toBeLessThanOrEqual(12);
    expect(new Set(rows.map((r) => r.recipient))).toEqual(new Set(['lead@demo.commons']));
    expect(new Set(rows.map((r) => r.kind)).size).toBeGreaterThanOrEqual(3);
    expect(rows.filter((r) => !r.read).length).toBeGreaterThanOrEqual(3);
    expect(rows.some((r) => r.read)).toBe(true);
    for (const row of rows) {
      expect(row.actor).not.toBe('Amira Haddad');
      expect(row.visible).toBe(true);
      expect(row.summary.startsWith(`${row.actor} `)).toBe(true);
      expect(row.url).toMatch(
        /^\/problems\/[A-Z][A-Z0-9]{1,7}-\d+(\/(board\?task=\d+|team|outcomes|discussion))?$/,
      );
    }
  });

  it('gives the documented accounts the roles the tests and the README rely on', async () => {
    const roles = await query<{ handle: string; role: string; visibility: string; key: string }>(
      `SELECT split_part(u.email, '@', 1) AS handle, m.role, p.visibility, p.key
         FROM membership m JOIN app_user u ON u.id = m.user_id JOIN problem p ON p.id = m.problem_id
        WHERE u.email IN ('lead@demo.commons', 'member@demo.commons', 'partner@demo.commons',
                          'outsider@demo.commons', 'exec@demo.commons')`,
    );
    const of = (handle: string) => roles.filter((r) => r.handle === handle);
    const leads = await query(
      `SELECT p.key FROM problem p JOIN app_user u ON u.id = p.lead_id WHERE u.email = 'lead@demo.commons'`,
    );
    expect(leads.length).toBeGreaterThanOrEqual(3);
    expect(of('lead').filter((r) => r.role === 'LEAD')).toHaveLength(leads.length);
    expect(of('member').filter((r) => r.role === 'MEMBER').length).toBeGreaterThanOrEqual(3);
    const partner = of('partner');
    expect(partner.length).toBeGreaterThan(0);
    expect(partner.every((r) => r.role === 'PARTNER')).toBe(true);
    expect(partner.some((r) => r.visibility === 'INTERNAL')).toBe(true);
    expect(partner.some((r) => r.visibility === 'RESTRICTED')).toBe(true);
    expect(of('outsider').filter((r) => r.visibility === 'RESTRICTED')).toEqual([]);
    expect(of('outsider').every((r) => /^ROAD-/.test(r.key))).toBe(true);
  });

  it('writes an audit trail that reads like the server’s own', async () => {
    const events = await query<{
      key: string | null;
      action: string;
      summary: string;
      actor: string;
      created_at: Date;
    }>(
      `SELECT p.key, e.action, e.summary, u.display_name AS actor, e.created_at
         FROM activity_event e JOIN app_user u ON u.id = e.actor_id
         LEFT JOIN problem p ON p.id = e.problem_id`,
    );
    expect(events).toHaveLength(first.activityEvents);
    expect(events.every((e) => e.summary.startsWith(`${e.actor} `))).toBe(true);
    const actions = new Set(events.map((e) => e.action));
    for (const action of [
      'portfolio.created',
      'problem.created',
      'problem.updated',
      'member.added',
      'outcome.created',
      'task.created',
      'task.moved',
      'measurement.recorded',
      'comment.created',
    ])
      expect(actions).toContain(action);
    const perProblem = new Map<string, number>();
    for (const e of events) if (e.key) perProblem.set(e.key, (perProblem.get(e.key) ?? 0) + 1);
    expect(perProblem.size).toBe(first.problems);
    for (const count of perProblem.values()) expect(count).toBeGreaterThanOrEqual(5);
    const week = Date.now() - 7 * 86_400_000;
    expect(events.filter((e) => e.created_at.getTime() > week).length).toBeGreaterThan(30);
    const created = events.find((e) => e.action === 'problem.created' && e.key === 'HOUS-3');
    expect(created?.summary).toBe(
      'Amira Haddad created HOUS-3 People sleeping rough in the city centre and Old Harbour',
    );
  });

  it('offers the six documented accounts with their roles and organisations', async () => {
    const rows = await query<{ email: string; role: string; kind: string; name: string }>(
      `SELECT u.email, u.role, o.kind, o.name FROM app_user u JOIN organization o ON o.id = u.organization_id
        WHERE u.email LIKE '%@demo.commons' AND u.email NOT LIKE '%.%@%' ORDER BY u.email`,
    );
    const accounts = new Map(rows.map((r) => [r.email.replace(/@.*/, ''), r]));
    const byEmail = Object.fromEntries(accounts);
    expect(byEmail.admin).toMatchObject({ role: 'ADMIN', kind: 'DEPARTMENT' });
    expect(byEmail.admin?.name).toMatch(/digital/i);
    expect(byEmail.exec).toMatchObject({ role: 'EXECUTIVE' });
    expect(byEmail.lead).toMatchObject({ role: 'MEMBER', kind: 'DEPARTMENT' });
    expect(byEmail.lead?.name).toMatch(/housing/i);
    expect(byEmail.member).toMatchObject({ role: 'MEMBER', kind: 'AGENCY' });
    expect(byEmail.member?.name).toMatch(/health/i);
    expect(byEmail.partner).toMatchObject({ role: 'MEMBER', kind: 'NONPROFIT' });
    expect(byEmail.partner?.name).toMatch(/youth/i);
    expect(byEmail.outsider).toMatchObject({ role: 'MEMBER', kind: 'DEPARTMENT' });
    expect(byEmail.outsider?.name).toMatch(/transport/i);
  });

  it('can load only the directory, and leaves existing people and problems alone', async () => {
    const other = await createTestDatabase();
    const ds = createDataSource({ url: other.url, poolSize: 1, statementTimeoutMs: 30_000 });
    await ds.initialize();
    try {
      const directory = await seedDemoWorkspace(ds, { workspace: 'directory' });
      expect(directory).toMatchObject({ users: first.users, problems: 0, portfolios: 0 });
      // Someone renamed themselves and created a problem before the full seed ran.
      await ds.query(
        `UPDATE app_user SET display_name = 'Amira H.' WHERE email = 'lead@demo.commons'`,
      );
      const full = await seedDemoWorkspace(ds);
      expect(full.problems).toBe(first.problems);
      const [lead] = await ds.query<{ display_name: string }[]>(
        `SELECT display_name FROM app_user WHERE email = 'lead@demo.commons'`,
      );
      expect(lead?.display_name).toBe('Amira H.');
    } finally {
      await ds.destroy();
      await other.drop();
    }
  });
});
