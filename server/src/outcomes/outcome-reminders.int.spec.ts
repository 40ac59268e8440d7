import { addDays, dayMonth, todayIn } from '@commons/shared';
import { startTestApp, type GraphQLClient, type TestApp } from '../../test/test-app.js';
import { JobsService } from '../jobs/jobs.service.js';
import { OutcomeRemindersService, REMINDERS_QUEUE } from './outcome-reminders.service.js';

const CREATE_PROBLEM = `mutation($input: CreateProblemInput!) { createProblem(input: $input) { id key } }`;
const ADD_MEMBER = `mutation($input: AddMemberInput!) { addMember(input: $input) { id } }`;
const CREATE_OUTCOME = `mutation($input: CreateOutcomeInput!) { createOutcome(input: $input) { id nextDueDate } }`;
const RECORD = `mutation($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { value } }`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A zone whose date differs from UTC's right now (UTC+14 from 10:00 UTC, UTC−11 before 11:00),
 * so a reminder computed with the wrong zone's "today" would be a day off.
 */
const ZONE = new Date().getUTCHours() >= 12 ? 'Pacific/Kiritimati' : 'Pacific/Pago_Pago';

interface Reminder {
  email: string;
  summary: string;
  url: string;
  actor_id: string | null;
}

describe('MEASUREMENT_DUE reminders, from two instances, in a non-UTC workspace zone', () => {
  let a: TestApp;
  let b: TestApp;
  let lead: GraphQLClient;
  let today: string;
  let problem: { id: string; key: string };

  async function ok<T>(query: string, variables: Record<string, unknown>) {
    const result = await lead.request<T>(query, variables);
    if (result.errors || !result.data) throw new Error(JSON.stringify(result.errors));
    return result.data;
  }

  async function userGid(email: string) {
    const [row] = await a.dataSource.query<{ id: string }[]>(
      'SELECT id FROM app_user WHERE email = $1',
      [email],
    );
    return Buffer.from(`User:${row?.id ?? ''}`).toString('base64url');
  }

  async function outcome(
    on: { id: string },
    name: string,
    baselineDate: string,
    extra: Record<string, unknown> = {},
  ) {
    const { createOutcome } = await ok<{ createOutcome: { id: string; nextDueDate: string } }>(
      CREATE_OUTCOME,
      {
        input: {
          problemId: on.id,
          name,
          unit: 'people',
          direction: 'DECREASE',
          baselineValue: 100,
          baselineDate,
          targetValue: 50,
          targetDate: addDays(today, 365),
          cadence: 'WEEKLY',
          ...extra,
        },
      },
    );
    return createOutcome;
  }

  async function reminders(): Promise<Reminder[]> {
    return a.dataSource.query<Reminder[]>(
      `SELECT u.email, n.summary, n.url, n.actor_id FROM notification n
         JOIN app_user u ON u.id = n.user_id
        WHERE n.kind = 'MEASUREMENT_DUE' ORDER BY n.summary`,
    );
  }

  /** Both instances at once; how many reminders they sent between them. */
  async function runOnBoth(on: string): Promise<number> {
    const counts = await Promise.all(
      [a, b].map((app) => app.app.get(OutcomeRemindersService).sendRemindersNow(on)),
    );
    return counts.reduce((sum, n) => sum + n, 0);
  }

  beforeAll(async () => {
    const env = { WORKSPACE_TIME_ZONE: ZONE };
    a = await startTestApp({ seed: 'directory', env });
    b = await startTestApp({ database: a.database, env });
    today = todayIn(ZONE);
    lead = await a.signedIn('lead@demo.commons');
    problem = (
      await ok<{ createProblem: { id: string; key: string } }>(CREATE_PROBLEM, {
        input: { title: 'Rough sleeping', keyPrefix: 'HOUS', visibility: 'INTERNAL' },
      })
    ).createProblem;
    await ok(ADD_MEMBER, {
      input: {
        problemId: problem.id,
        userId: await userGid('member@demo.commons'),
        role: 'MEMBER',
        allocationPercent: 20,
      },
    });
    // Due today: one owned by the member, one by nobody (so the lead).
    const owned = await outcome(problem, 'Rough sleepers', addDays(today, -7), {
      ownerId: await userGid('member@demo.commons'),
    });
    expect(owned.nextDueDate).toBe(today);
    await outcome(problem, 'Hostel beds', addDays(today, -7));
    // Not due: due in 4 days; and one whose latest measurement moved its due date on.
    await outcome(problem, 'Benefit take-up', addDays(today, -3));
    const measured = await outcome(problem, 'Night shelter stays', addDays(today, -7));
    await ok(RECORD, {
      input: { outcomeId: measured.id, observedAt: addDays(today, -2), value: 90 },
    });
    // Due today, but on an archived problem.
    const archived = (
      await ok<{ createProblem: { id: string; key: string } }>(CREATE_PROBLEM, {
        input: { title: 'Old hostel', keyPrefix: 'OLD', visibility: 'INTERNAL' },
      })
    ).createProblem;
    await outcome(archived, 'Beds closed', addDays(today, -7));
    await a.dataSource.query(`UPDATE problem SET status = 'ARCHIVED' WHERE key = $1`, [
      archived.key,
    ]);
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('tells the owner (else the lead) on the due date, once, however often and wherever it runs', async () => {
    expect(await runOnBoth(today)).toBe(2);
    const due = `the figure for the week to ${dayMonth(today)}`;
    const expected: Reminder[] = [
      {
        email: 'lead@demo.commons',
        summary: `Due today: record ${due} for Hostel beds (${problem.key})`,
        url: `/problems/${problem.key}/outcomes`,
        actor_id: null,
      },
      {
        email: 'member@demo.commons',
        summary: `Due today: record ${due} for Rough sleepers (${problem.key})`,
        url: `/problems/${problem.key}/outcomes`,
        actor_id: null,
      },
    ];
    expect(await reminders()).toEqual(expected);
    expect(await runOnBoth(today)).toBe(0);
    expect(await a.app.get(OutcomeRemindersService).sendRemindersNow(today)).toBe(0);
    expect(await reminders()).toEqual(expected);
  });

  it('tells them again 7 days after the due date, once, and not on the days between', async () => {
    expect(await runOnBoth(addDays(today, 3))).toBe(0);
    expect(await runOnBoth(addDays(today, 7))).toBe(2);
    expect(await runOnBoth(addDays(today, 7))).toBe(0);
    const overdue = (await reminders()).filter((r) => r.summary.startsWith('7 days overdue'));
    expect(overdue.map((r) => [r.email, r.summary])).toEqual([
      [
        'lead@demo.commons',
        `7 days overdue: record the figure for the week to ${dayMonth(today)} for Hostel beds (${problem.key})`,
      ],
      [
        'member@demo.commons',
        `7 days overdue: record the figure for the week to ${dayMonth(today)} for Rough sleepers (${problem.key})`,
      ],
    ]);
    expect(await reminders()).toHaveLength(4);
  });

  it('runs as a daily 06:00 job in the workspace zone, taking "today" from it', async () => {
    const schedules = await a.dataSource.query<{ name: string; cron: string; timezone: string }[]>(
      `SELECT name, cron, timezone FROM pgboss.schedule ORDER BY name`,
    );
    expect(schedules).toEqual([
      { name: 'notifications.digest.daily', cron: '0 7 * * *', timezone: ZONE },
      { name: 'notifications.digest.weekly', cron: '0 7 * * 1', timezone: ZONE },
      { name: REMINDERS_QUEUE, cron: '0 6 * * *', timezone: ZONE },
    ]);
    // The zone's today is not UTC's: a job that used UTC would find nothing due.
    expect(today).not.toBe(new Date().toISOString().slice(0, 10));
    await a.dataSource.query(`DELETE FROM outcome_reminder`);
    await a.dataSource.query(`DELETE FROM notification`);
    await a.app.get(JobsService).send(REMINDERS_QUEUE, {});
    for (let i = 0; i < 150 && (await reminders()).length < 2; i++) await sleep(100);
    expect((await reminders()).map((r) => r.summary)).toEqual([
      `Due today: record the figure for the week to ${dayMonth(today)} for Hostel beds (${problem.key})`,
      `Due today: record the figure for the week to ${dayMonth(today)} for Rough sleepers (${problem.key})`,
    ]);
  });
});
