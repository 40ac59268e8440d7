import {
  addDays,
  isStale,
  nextDueDate,
  plannedProgress,
  todayIn,
  type ReportingCadence,
} from '@commons/shared';
import { RequestLoaders } from '../graphql/loaders.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../../test/test-app.js';
import { OutcomesService } from './outcomes.service.js';

const CREATE_PROBLEM = `mutation($input: CreateProblemInput!) { createProblem(input: $input) { id key } }`;
const OUTCOME_FIELDS = `id name unit direction baselineValue baselineDate targetValue targetDate
  dataSource version progress plannedProgress health latest { observedAt value }`;
const CREATE = `mutation($input: CreateOutcomeInput!) { createOutcome(input: $input) { ${OUTCOME_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateOutcomeInput!) { updateOutcome(input: $input) { ${OUTCOME_FIELDS} } }`;
const RECORD = `mutation($input: RecordMeasurementInput!) {
  recordMeasurement(input: $input) { id observedAt value note source recordedBy { email } }
}`;
const OUTCOME = `query($id: ID!) { node(id: $id) { ... on Outcome { ${OUTCOME_FIELDS} problem { key } } } }`;

interface OutcomeShape {
  id: string;
  name: string;
  version: number;
  progress: number | null;
  plannedProgress: number;
  health: string;
  latest: { observedAt: string; value: number } | null;
}
type Errors = { extensions?: Record<string, unknown> }[] | undefined;

const code = (errors: Errors) => errors?.[0]?.extensions?.code;
const paths = (errors: Errors) =>
  (errors?.[0]?.extensions?.fields as { path: string }[] | undefined)?.map((f) => f.path);
const uuidOf = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1];
const globalId = (type: string, uuid: string) =>
  Buffer.from(`${type}:${uuid}`).toString('base64url');
const SCHEDULE_FIELDS = `id name cadence suppressBelow isPublic nextDueDate stale version
  owner { email }`;
const CREATE_SCHEDULED = `mutation($input: CreateOutcomeInput!) { createOutcome(input: $input) { ${SCHEDULE_FIELDS} } }`;
const UPDATE_SCHEDULED = `mutation($input: UpdateOutcomeInput!) { updateOutcome(input: $input) { ${SCHEDULE_FIELDS} } }`;

interface ScheduledShape {
  id: string;
  name: string;
  cadence: ReportingCadence | null;
  suppressBelow: number | null;
  isPublic: boolean;
  nextDueDate: string | null;
  stale: boolean;
  version: number;
  owner: { email: string } | null;
}

/** Rough sleepers counted in Riverside: fewer is better. */
const ROUGH_SLEEPERS = {
  name: 'Rough sleepers counted',
  unit: 'people',
  direction: 'DECREASE' as const,
  baselineValue: 60,
  baselineDate: '2026-01-01',
  targetValue: 20,
  targetDate: '2027-01-01',
  dataSource: 'Quarterly street count',
};

describe('outcomes: define, edit and measure under the permission table', () => {
  let t: TestApp;
  const as: Record<string, GraphQLClient> = {};
  let problem: { id: string; key: string };

  async function addMember(problemId: string, email: string, role: string, allocation = 0) {
    await t.dataSource.query(
      `INSERT INTO membership (problem_id, user_id, role, allocation_percent)
       SELECT $1, id, $3, $4 FROM app_user WHERE email = $2`,
      [uuidOf(problemId), email, role, allocation],
    );
  }

  async function newProblem(title: string, visibility = 'RESTRICTED') {
    const created = await as.lead!.request<{ createProblem: { id: string; key: string } }>(
      CREATE_PROBLEM,
      { input: { title, visibility, keyPrefix: 'HOUS' } },
    );
    if (!created.data) throw new Error(JSON.stringify(created.errors));
    return created.data.createProblem;
  }

  async function createOutcome(client: GraphQLClient, input: Record<string, unknown>) {
    return client.request<{ createOutcome: OutcomeShape }>(CREATE, {
      input: { problemId: problem.id, ...ROUGH_SLEEPERS, ...input },
    });
  }

  async function defined(input: Record<string, unknown> = {}): Promise<OutcomeShape> {
    const result = await createOutcome(as.lead!, input);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.createOutcome;
  }

  const record = (client: GraphQLClient, outcomeId: string, observedAt: string, value: number) =>
    client.request<{ recordMeasurement: { value: number; recordedBy: { email: string } | null } }>(
      RECORD,
      { input: { outcomeId, observedAt, value } },
    );

  beforeAll(async () => {
    t = await startTestApp({ seed: true });
    const people = {
      lead: 'lead@demo.commons',
      member: 'member@demo.commons',
      partner: 'partner@demo.commons',
      observer: 'sara.lindqvist@demo.commons',
      sponsor: 'kwame.mensah@demo.commons',
      exec: 'exec@demo.commons',
      outsider: 'outsider@demo.commons',
      admin: 'admin@demo.commons',
    };
    for (const [who, email] of Object.entries(people)) as[who] = await t.signedIn(email);
    problem = await newProblem('Young people sleeping rough in Riverside');
    await addMember(problem.id, 'member@demo.commons', 'MEMBER', 50);
    await addMember(problem.id, 'partner@demo.commons', 'PARTNER', 20);
    await addMember(problem.id, 'sara.lindqvist@demo.commons', 'OBSERVER');
    await addMember(problem.id, 'kwame.mensah@demo.commons', 'SPONSOR');
  });
  afterAll(() => t.close());

  it('lets the lead define an outcome: audited, listed on the problem, NO_DATA until measured', async () => {
    const outcome = await defined();
    expect(outcome).toMatchObject({
      name: 'Rough sleepers counted',
      direction: 'DECREASE',
      baselineDate: '2026-01-01',
      version: 1,
      progress: null,
      health: 'NO_DATA',
      latest: null,
    });
    // Without a measurement, planned progress is taken at today (workspace zone, UTC here).
    expect(outcome.plannedProgress).toBe(plannedProgress(ROUGH_SLEEPERS, todayIn('UTC')));

    const listed = await as.member!.request<{
      problem: { outcomes: { id: string; problem: { key: string } }[] };
    }>(`query($k: String!) { problem(key: $k) { outcomes { id problem { key } } } }`, {
      k: problem.key,
    });
    expect(listed.data?.problem.outcomes).toContainEqual({
      id: outcome.id,
      problem: { key: problem.key },
    });

    const [event] = await t.dataSource.query<{ action: string; summary: string }[]>(
      `SELECT action, summary FROM activity_event WHERE subject_id = $1`,
      [uuidOf(outcome.id)],
    );
    expect(event).toEqual({
      action: 'outcome.created',
      summary: `Amira Haddad defined the outcome Rough sleepers counted for ${problem.key}`,
    });
  });

  it('lets only the lead or an admin define and edit outcomes; others are FORBIDDEN, outsiders NOT_FOUND', async () => {
    const outcome = await defined({ name: 'Who edits' });
    for (const who of ['member', 'partner', 'observer', 'sponsor', 'exec']) {
      const created = await createOutcome(as[who]!, { name: `By ${who}` });
      expect([who, code(created.errors)]).toEqual([who, 'FORBIDDEN']);
      const updated = await as[who]!.request(UPDATE, {
        input: { id: outcome.id, version: 1, name: `Edited by ${who}` },
      });
      expect([who, code(updated.errors)]).toEqual([who, 'FORBIDDEN']);
    }
    // RESTRICTED: someone off the team can't tell it exists.
    const created = await createOutcome(as.outsider!, { name: 'By outsider' });
    expect(code(created.errors)).toBe('NOT_FOUND');
    expect(paths(created.errors)).toEqual(['input.problemId']);
    const updated = await as.outsider!.request(UPDATE, {
      input: { id: outcome.id, version: 1, name: 'Edited by outsider' },
    });
    expect(code(updated.errors)).toBe('NOT_FOUND');
    const seen = await as.outsider!.request(OUTCOME, { id: outcome.id });
    expect(seen.data).toEqual({ node: null });

    const byAdmin = await as.admin!.request<{ updateOutcome: OutcomeShape }>(UPDATE, {
      input: { id: outcome.id, version: 1, name: 'Edited by admin' },
    });
    expect(byAdmin.data?.updateOutcome).toMatchObject({ name: 'Edited by admin', version: 2 });
    const names = await t.dataSource.query<{ name: string }[]>(
      'SELECT name FROM outcome WHERE problem_id = $1',
      [uuidOf(problem.id)],
    );
    expect(names.map((n) => n.name)).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/^By /)]),
    );
  });

  it('lets the team record measurements; observers, sponsors and executives off the team may not', async () => {
    const outcome = await defined({ name: 'Who records' });
    for (const who of ['lead', 'member', 'partner', 'admin']) {
      const recorded = await record(as[who]!, outcome.id, '2026-03-01', 50);
      expect([who, recorded.errors]).toEqual([who, undefined]);
    }
    const byPartner = await record(as.partner!, outcome.id, '2026-03-02', 49);
    expect(byPartner.data?.recordMeasurement).toMatchObject({
      value: 49,
      recordedBy: { email: 'partner@demo.commons' },
    });
    for (const who of ['observer', 'sponsor', 'exec']) {
      const refused = await record(as[who]!, outcome.id, '2026-03-01', 1);
      expect([who, code(refused.errors)]).toEqual([who, 'FORBIDDEN']);
    }
    const hidden = await record(as.outsider!, outcome.id, '2026-03-01', 1);
    expect(code(hidden.errors)).toBe('NOT_FOUND');
    expect(paths(hidden.errors)).toEqual(['input.outcomeId']);
    const [count] = await t.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM measurement WHERE outcome_id = $1',
      [uuidOf(outcome.id)],
    );
    expect(count?.n).toBe(5);
  });

  it('refuses definitions that cannot give a progress, naming the field, and writes nothing', async () => {
    const before = await t.dataSource.query<unknown[]>('SELECT id FROM outcome');
    const cases: [Record<string, unknown>, string[]][] = [
      [{ targetValue: 60 }, ['input.targetValue']],
      [{ direction: 'INCREASE' }, ['input.targetValue']],
      [{ direction: 'DECREASE', targetValue: 61 }, ['input.targetValue']],
      [{ targetDate: '2026-01-01' }, ['input.targetDate']],
      [{ targetDate: '2025-12-31', targetValue: 60 }, ['input.targetValue', 'input.targetDate']],
    ];
    for (const [input, fields] of cases) {
      const refused = await createOutcome(as.lead!, input);
      expect([input, code(refused.errors), paths(refused.errors)]).toEqual([
        input,
        'BAD_USER_INPUT',
        fields,
      ]);
    }
    expect(await t.dataSource.query<unknown[]>('SELECT id FROM outcome')).toHaveLength(
      before.length,
    );

    // An update is judged on the merged definition, not on the fields it sends.
    const outcome = await defined({ name: 'Merged definition' });
    const flipped = await as.lead!.request(UPDATE, {
      input: { id: outcome.id, version: 1, direction: 'INCREASE' },
    });
    expect(paths(flipped.errors)).toEqual(['input.targetValue']);
    const late = await as.lead!.request(UPDATE, {
      input: { id: outcome.id, version: 1, baselineDate: '2027-01-01' },
    });
    expect(paths(late.errors)).toEqual(['input.targetDate']);
    const both = await as.lead!.request<{ updateOutcome: OutcomeShape }>(UPDATE, {
      input: { id: outcome.id, version: 1, direction: 'INCREASE', targetValue: 90 },
    });
    expect(both.errors).toBeUndefined();
    expect(both.data?.updateOutcome).toMatchObject({ version: 2 });
  });

  it('refuses impossible dates, non-finite numbers and over-long text with the field named', async () => {
    const outcome = await defined({ name: 'Bad input' });
    const badDate = await createOutcome(as.lead!, { baselineDate: '2026-02-30' });
    expect([code(badDate.errors), paths(badDate.errors)]).toEqual([
      'BAD_USER_INPUT',
      ['input.baselineDate'],
    ]);
    const badObserved = await record(as.member!, outcome.id, '2026-02-30', 10);
    expect([code(badObserved.errors), paths(badObserved.errors)]).toEqual([
      'BAD_USER_INPUT',
      ['input.observedAt'],
    ]);
    // A literal too large for a double parses as Infinity: the validator names it.
    const infinite = await as.member!.request(
      `mutation($id: ID!) { recordMeasurement(input: { outcomeId: $id, observedAt: "2026-03-01", value: 1e400 }) { id } }`,
      { id: outcome.id },
    );
    expect([code(infinite.errors), paths(infinite.errors)]).toEqual([
      'BAD_USER_INPUT',
      ['input.value'],
    ]);
    // Finite but huge: `target - baseline` overflows float8, which failed every list's health.
    const huge = await createOutcome(as.lead!, { baselineValue: -1e308, targetValue: 1e308 });
    expect([code(huge.errors), paths(huge.errors)]).toEqual([
      'BAD_USER_INPUT',
      ['input.baselineValue', 'input.targetValue'],
    ]);
    const hugeObserved = await record(as.member!, outcome.id, '2026-03-01', 1e16);
    expect(paths(hugeObserved.errors)).toEqual(['input.value']);
    const nul = await createOutcome(as.lead!, { name: 'Rough\u0000sleeping' });
    expect([code(nul.errors), paths(nul.errors)]).toEqual(['BAD_USER_INPUT', ['input.name']]);
    const long = await createOutcome(as.lead!, {
      name: 'n'.repeat(201),
      unit: 'u'.repeat(51),
      dataSource: 'd'.repeat(1001),
    });
    expect(paths(long.errors)).toEqual(['input.name', 'input.unit', 'input.dataSource']);
    const longNote = await as.member!.request(RECORD, {
      input: { outcomeId: outcome.id, observedAt: '2026-03-01', value: 1, note: 'x'.repeat(2001) },
    });
    expect(paths(longNote.errors)).toEqual(['input.note']);
    const blank = await as.lead!.request(UPDATE, {
      input: { id: outcome.id, version: 1, name: '   ' },
    });
    expect(paths(blank.errors)).toEqual(['input.name']);
    const measured = await t.dataSource.query<unknown[]>(
      'SELECT 1 FROM measurement WHERE outcome_id = $1',
      [uuidOf(outcome.id)],
    );
    expect(measured).toHaveLength(0);
  });

  it('refuses a stale version with CONFLICT and the current version, overwriting nothing', async () => {
    const outcome = await defined({ name: 'Concurrency' });
    const first = await as.lead!.request<{ updateOutcome: OutcomeShape }>(UPDATE, {
      input: { id: outcome.id, version: 1, targetValue: 10 },
    });
    expect(first.data?.updateOutcome.version).toBe(2);
    const stale = await as.admin!.request(UPDATE, {
      input: { id: outcome.id, version: 1, targetValue: 30 },
    });
    expect(stale.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', currentVersion: 2 });
    const [row] = await t.dataSource.query<{ target_value: number; version: number }[]>(
      'SELECT target_value, version FROM outcome WHERE id = $1',
      [uuidOf(outcome.id)],
    );
    expect(row).toEqual({ target_value: 10, version: 2 });

    const events = await t.dataSource.query<
      { action: string; summary: string; changes: unknown }[]
    >(
      `SELECT action, summary, changes FROM activity_event WHERE subject_id = $1 ORDER BY created_at`,
      [uuidOf(outcome.id)],
    );
    expect(events.map((e) => e.action)).toEqual(['outcome.created', 'outcome.updated']);
    expect(events[1]).toEqual({
      action: 'outcome.updated',
      summary: `Amira Haddad changed target value of Concurrency, ${problem.key}`,
      changes: [{ field: 'targetValue', before: '20', after: '10' }],
    });
  });

  it('moves the outcome’s figures with each measurement: latest by date, ties to the one recorded last', async () => {
    // 100 → 0 over ten days: on 2026-01-06 half the period has elapsed.
    const outcome = await defined({
      name: 'Days waited',
      unit: 'days',
      baselineValue: 100,
      baselineDate: '2026-01-01',
      targetValue: 0,
      targetDate: '2026-01-11',
    });
    const figures = async () =>
      (await as.member!.request<{ node: OutcomeShape }>(OUTCOME, { id: outcome.id })).data?.node;

    await record(as.member!, outcome.id, '2026-01-06', 50);
    expect(await figures()).toMatchObject({
      latest: { observedAt: '2026-01-06', value: 50 },
      progress: 0.5,
      plannedProgress: 0.5,
      health: 'ON_TRACK',
    });
    // Same date, recorded later: it is the latest. 0.2 is below 0.5 − 0.25.
    await record(as.partner!, outcome.id, '2026-01-06', 80);
    expect(await figures()).toMatchObject({ latest: { value: 80 }, health: 'OFF_TRACK' });
    // Exactly on the ON_TRACK line (planned − 0.10), not a rounding error below it.
    await record(as.member!, outcome.id, '2026-01-06', 60);
    expect(await figures()).toMatchObject({ progress: 0.4, health: 'ON_TRACK' });
    // Exactly on the AT_RISK line.
    await record(as.member!, outcome.id, '2026-01-06', 75);
    expect(await figures()).toMatchObject({ progress: 0.25, health: 'AT_RISK' });
    // An older date recorded now does not replace the latest.
    await record(as.member!, outcome.id, '2026-01-02', 0);
    expect(await figures()).toMatchObject({ latest: { observedAt: '2026-01-06', value: 75 } });
    // Beyond target: progress is not clamped; planned is clamped to 1 after the target date.
    await record(as.member!, outcome.id, '2026-02-01', -10);
    expect(await figures()).toMatchObject({
      progress: 1.1,
      plannedProgress: 1,
      health: 'ACHIEVED',
    });
    // Moving the wrong way: negative progress.
    await record(as.member!, outcome.id, '2026-02-02', 110);
    expect(await figures()).toMatchObject({ progress: -0.1, health: 'OFF_TRACK' });

    const events = await t.dataSource.query<{ summary: string }[]>(
      `SELECT summary FROM activity_event WHERE subject_id = $1 AND action = 'measurement.recorded'
        ORDER BY created_at`,
      [uuidOf(outcome.id)],
    );
    expect(events[0]?.summary).toBe(
      `Tom Fairweather recorded 50 days for Days waited, ${problem.key}`,
    );
    expect(events[1]?.summary).toBe(`Jess Morgan recorded 80 days for Days waited, ${problem.key}`);
    expect(events).toHaveLength(7);
  });

  it('shows later mutations of one document what earlier ones wrote', async () => {
    const outcome = await defined({ name: 'One document' });
    const result = await as.lead!.request<{
      before: { latest: null };
      recorded: { value: number };
      after: { latest: { value: number }; health: string; version: number };
    }>(
      `mutation($id: ID!) {
        before: updateOutcome(input: { id: $id, version: 1, unit: "beds" }) { latest { value } }
        recorded: recordMeasurement(input: { outcomeId: $id, observedAt: "2026-06-01", value: 20 }) { value }
        after: updateOutcome(input: { id: $id, version: 2, unit: "people" }) { latest { value } health version }
      }`,
      { id: outcome.id },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      before: { latest: null },
      recorded: { value: 20 },
      after: { latest: { value: 20 }, health: 'ACHIEVED', version: 3 },
    });
  });

  it('answers each mutation of a document with what the earlier ones wrote', async () => {
    const outcome = await defined({ name: 'Through the problem' });
    const read = await as.lead!.request<{ node: { version: number } }>(
      `query($id: ID!) { node(id: $id) { ... on Problem { version } } }`,
      { id: problem.id },
    );
    const version = read.data?.node.version ?? 0;
    type Listed = {
      outcomes: { id: string; name: string; latest: { value: number } | null; health: string }[];
      health: { noData: number; achieved: number };
      tasks: { edges: { node: { title: string; outcomes: { name: string }[] } }[] };
    };
    const fields = `outcomes { id name latest { value } health } health { noData achieved }
      tasks(first: 100) { edges { node { title outcomes { name } } } }`;
    const result = await as.lead!.request<Record<'before' | 'measured' | 'renamed', Listed>>(
      `mutation($problem: ID!, $v1: Int!, $v2: Int!, $v3: Int!, $id: ID!) {
        task: createTask(input: { problemId: $problem, title: "Count again", outcomeIds: [$id] }) {
          outcomes { name }
        }
        before: updateProblem(input: { id: $problem, version: $v1, geography: "Riverside" }) { ${fields} }
        recorded: recordMeasurement(input: { outcomeId: $id, observedAt: "2026-06-01", value: 20 }) { value }
        measured: updateProblem(input: { id: $problem, version: $v2, geography: "Riverside East" }) { ${fields} }
        rename: updateOutcome(input: { id: $id, version: 1, name: "Renamed in the document" }) { version }
        renamed: updateProblem(input: { id: $problem, version: $v3, geography: "Riverside" }) { ${fields} }
      }`,
      { problem: problem.id, v1: version, v2: version + 1, v3: version + 2, id: outcome.id },
    );
    expect(result.errors).toBeUndefined();
    const seen = (which: 'before' | 'measured' | 'renamed') => {
      const answer = result.data?.[which];
      return {
        outcome: answer?.outcomes.find((o) => o.id === outcome.id),
        health: answer?.health,
        task: answer?.tasks.edges.find((e) => e.node.title === 'Count again')?.node.outcomes,
      };
    };
    const before = seen('before');
    expect(before.outcome).toEqual({
      id: outcome.id,
      name: 'Through the problem',
      latest: null,
      health: 'NO_DATA',
    });
    expect(before.task).toEqual([{ name: 'Through the problem' }]);
    // The measurement alone: latest, figures and the problem's health move with it.
    expect(seen('measured')).toEqual({
      outcome: { ...before.outcome, latest: { value: 20 }, health: 'ACHIEVED' },
      health: {
        noData: (before.health?.noData ?? 0) - 1,
        achieved: (before.health?.achieved ?? 0) + 1,
      },
      task: [{ name: 'Through the problem' }],
    });
    // The rename, on the problem's outcomes and on the task's.
    expect(seen('renamed')).toMatchObject({
      outcome: { name: 'Renamed in the document' },
      task: [{ name: 'Renamed in the document' }],
    });
  });

  it('lists measurements oldest first within an inclusive date range', async () => {
    const outcome = await defined({ name: 'Ranges' });
    for (const [date, value] of [
      ['2026-03-01', 3],
      ['2026-01-01', 1],
      ['2026-02-01', 2],
      ['2026-04-01', 4],
    ] as const)
      await record(as.member!, outcome.id, date, value);
    const query = `query($id: ID!, $from: Date, $to: Date) {
      node(id: $id) { ... on Outcome { measurements(from: $from, to: $to) { observedAt value recordedBy { email } } } }
    }`;
    const values = async (from?: string, to?: string) => {
      const result = await as.partner!.request<{
        node: { measurements: { observedAt: string; value: number }[] };
      }>(query, { id: outcome.id, from, to });
      return result.data?.node.measurements.map((m) => m.value);
    };
    expect(await values()).toEqual([1, 2, 3, 4]);
    expect(await values('2026-02-01', '2026-03-01')).toEqual([2, 3]);
    expect(await values('2026-02-02')).toEqual([3, 4]);
    expect(await values(undefined, '2026-01-31')).toEqual([1]);
    expect(await values('2026-05-01')).toEqual([]);

    const backwards = await as.partner!.request(query, {
      id: outcome.id,
      from: '2026-03-01',
      to: '2026-02-01',
    });
    expect([code(backwards.errors), paths(backwards.errors)]).toEqual(['BAD_USER_INPUT', ['to']]);
    const impossible = await as.partner!.request(query, { id: outcome.id, from: '2026-02-30' });
    expect([code(impossible.errors), paths(impossible.errors)]).toEqual([
      'BAD_USER_INPUT',
      ['from'],
    ]);
  });

  it('resolves Task.outcomes from task_outcome, batched for many tasks', async () => {
    const a = await defined({ name: 'Linked A' });
    const b = await defined({ name: 'Linked B' });
    const tasks = await t.dataSource.query<{ id: string }[]>(
      `INSERT INTO task (problem_id, number, title, rank)
       VALUES ($1, 901, 'Outreach', 'a0'), ($1, 902, 'Hostel beds', 'a1'), ($1, 903, 'Unlinked', 'a2')
       RETURNING id`,
      [uuidOf(problem.id)],
    );
    const [one, two, three] = tasks.map((row) => row.id) as [string, string, string];
    await t.dataSource.query(
      `INSERT INTO task_outcome (task_id, outcome_id, problem_id)
       VALUES ($1, $3, $5), ($1, $4, $5), ($2, $4, $5)`,
      [one, two, uuidOf(a.id), uuidOf(b.id), uuidOf(problem.id)],
    );
    const service = t.app.get(OutcomesService);
    const loaders = new RequestLoaders();
    t.resetQueries();
    const [forOne, forTwo, forThree] = await Promise.all(
      [one, two, three].map((id) => service.forTask(id, loaders)),
    );
    expect(t.queries).toHaveLength(1);
    expect(forOne?.map((o) => o.name)).toEqual(['Linked A', 'Linked B']);
    expect(forTwo?.map((o) => o.name)).toEqual(['Linked B']);
    expect(forThree).toEqual([]);

    const viaApi = await as.partner!.request<{ node: { outcomes: { name: string }[] } | null }>(
      `query($id: ID!) { node(id: $id) { ... on Task { outcomes { name } } } }`,
      { id: Buffer.from(`Task:${one}`).toString('base64url') },
    );
    expect(viaApi.data?.node?.outcomes.map((o) => o.name)).toEqual(['Linked A', 'Linked B']);
  });

  it('reads a page of problems with outcomes, figures and health in a fixed number of statements', async () => {
    const query = `{ problems(first: 5, filter: { theme: "nplusone" }) { edges { node {
      key health { onTrack noData crossSiloIndex }
      outcomes { name problem { key } latest { value recordedBy { email } } progress plannedProgress health
        measurements { value } }
    } } } }`;
    const addProblems = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const created = await as.lead!.request<{ createProblem: { id: string } }>(CREATE_PROBLEM, {
          input: { title: `N+1 ${i}`, themes: ['nplusone'], keyPrefix: 'NONE' },
        });
        const id = created.data?.createProblem.id ?? '';
        for (const name of ['First', 'Second']) {
          const outcome = await as.lead!.request<{ createOutcome: { id: string } }>(CREATE, {
            input: { ...ROUGH_SLEEPERS, problemId: id, name },
          });
          await record(as.lead!, outcome.data?.createOutcome.id ?? '', '2026-06-01', 40);
        }
      }
    };
    const statements = async () => {
      t.resetQueries();
      const result = await as.exec!.request<{ problems: { edges: unknown[] } }>(query);
      expect(result.errors).toBeUndefined();
      return { problems: result.data?.problems.edges.length, statements: t.queries.length };
    };
    await addProblems(2);
    const few = await statements();
    await addProblems(3);
    const more = await statements();
    expect(few.problems).toBe(2);
    expect(more.problems).toBe(5);
    expect(more.statements).toBe(few.statements);
    expect(t.queries.filter((q) => q.includes('WITH target AS'))).toHaveLength(1);
  });
  describe('owner, reporting cadence, suppression and publication', () => {
    const userId = async (email: string) => {
      const [row] = await t.dataSource.query<{ id: string }[]>(
        'SELECT id FROM app_user WHERE email = $1',
        [email],
      );
      return globalId('User', row?.id ?? '');
    };
    const createScheduled = (client: GraphQLClient, input: Record<string, unknown>) =>
      client.request<{ createOutcome: ScheduledShape }>(CREATE_SCHEDULED, {
        input: { problemId: problem.id, ...ROUGH_SLEEPERS, ...input },
      });
    const updateScheduled = (client: GraphQLClient, input: Record<string, unknown>) =>
      client.request<{ updateOutcome: ScheduledShape }>(UPDATE_SCHEDULED, { input });

    it('defaults to the lead as owner, no cadence (never stale), nothing suppressed, public', async () => {
      const created = await createScheduled(as.lead!, { name: 'Defaults' });
      expect(created.errors).toBeUndefined();
      expect(created.data?.createOutcome).toMatchObject({
        cadence: null,
        suppressBelow: null,
        isPublic: true,
        nextDueDate: null,
        stale: false,
        owner: { email: 'lead@demo.commons' },
      });
      const [row] = await t.dataSource.query<{ owner_id: string | null }[]>(
        'SELECT owner_id FROM outcome WHERE id = $1',
        [uuidOf(created.data?.createOutcome.id ?? '')],
      );
      // Stored as "no owner": a new lead takes the outcome over.
      expect(row).toEqual({ owner_id: null });
    });

    it('lets the lead set them, shows them to the team, and audits every change', async () => {
      const member = await userId('member@demo.commons');
      const created = await createScheduled(as.lead!, {
        name: 'Scheduled',
        ownerId: member,
        cadence: 'MONTHLY',
        suppressBelow: 5,
        isPublic: false,
      });
      expect(created.errors).toBeUndefined();
      const outcome = created.data?.createOutcome;
      // Not measured: due a month after the baseline (2026-01-01).
      const due = nextDueDate('MONTHLY', null, ROUGH_SLEEPERS.baselineDate);
      expect(due).toBe('2026-02-01');
      expect(outcome).toMatchObject({
        cadence: 'MONTHLY',
        suppressBelow: 5,
        isPublic: false,
        nextDueDate: due,
        stale: isStale(due, todayIn('UTC')),
        owner: { email: 'member@demo.commons' },
      });
      const id = outcome?.id ?? '';

      // A measurement moves the due date: a month after it, month ends clamped.
      await record(as.member!, id, '2026-01-31', 50);
      const seen = await as.partner!.request<{ node: ScheduledShape }>(
        `query($id: ID!) { node(id: $id) { ... on Outcome { ${SCHEDULE_FIELDS} } } }`,
        { id },
      );
      expect(seen.data?.node).toMatchObject({
        nextDueDate: '2026-02-28',
        stale: isStale('2026-02-28', todayIn('UTC')),
        owner: { email: 'member@demo.commons' },
        suppressBelow: 5,
      });

      const updated = await updateScheduled(as.admin!, {
        id,
        version: 1,
        ownerId: null,
        cadence: 'QUARTERLY',
        suppressBelow: null,
        isPublic: true,
      });
      expect(updated.errors).toBeUndefined();
      expect(updated.data?.updateOutcome).toMatchObject({
        cadence: 'QUARTERLY',
        suppressBelow: null,
        isPublic: true,
        nextDueDate: '2026-04-30',
        owner: { email: 'lead@demo.commons' },
        version: 2,
      });
      const [event] = await t.dataSource.query<{ summary: string; changes: unknown }[]>(
        `SELECT summary, changes FROM activity_event
          WHERE subject_id = $1 AND action = 'outcome.updated'`,
        [uuidOf(id)],
      );
      expect(event).toEqual({
        summary: `Priya Raman changed owner, cadence, suppress below, is public of Scheduled, ${problem.key}`,
        changes: [
          { field: 'ownerId', before: uuidOf(member), after: null },
          { field: 'cadence', before: 'MONTHLY', after: 'QUARTERLY' },
          { field: 'suppressBelow', before: '5', after: null },
          { field: 'isPublic', before: 'false', after: 'true' },
        ],
      });
      // The trail names the owner as a person, not an id.
      const trail = await as.lead!.request<{
        activity: { edges: { node: { changes: unknown[] } }[] };
      }>(
        `query($id: ID!) { activity(subjectId: $id, first: 1) { edges { node {
          changes { field before after } } } } }`,
        { id },
      );
      expect(trail.data?.activity.edges[0]?.node.changes).toContainEqual({
        field: 'owner',
        before: 'Tom Fairweather',
        after: null,
      });

      // Absent fields stay as they are; null cadence clears it.
      const cleared = await updateScheduled(as.lead!, { id, version: 2, cadence: null });
      expect(cleared.data?.updateOutcome).toMatchObject({
        cadence: null,
        nextDueDate: null,
        stale: false,
        isPublic: true,
        owner: { email: 'lead@demo.commons' },
      });
    });

    it('lets only the lead or an admin set them; the team may not, outsiders are NOT_FOUND', async () => {
      const created = await createScheduled(as.lead!, { name: 'Who schedules' });
      const id = created.data?.createOutcome.id ?? '';
      for (const who of ['member', 'partner', 'observer', 'sponsor', 'exec']) {
        const refused = await updateScheduled(as[who]!, { id, version: 1, cadence: 'WEEKLY' });
        expect([who, code(refused.errors)]).toEqual([who, 'FORBIDDEN']);
        const refusedCreate = await createScheduled(as[who]!, { name: who, cadence: 'WEEKLY' });
        expect([who, code(refusedCreate.errors)]).toEqual([who, 'FORBIDDEN']);
      }
      const hidden = await updateScheduled(as.outsider!, { id, version: 1, isPublic: false });
      expect(code(hidden.errors)).toBe('NOT_FOUND');
      const [row] = await t.dataSource.query<{ cadence: string | null; is_public: boolean }[]>(
        'SELECT cadence, is_public FROM outcome WHERE id = $1',
        [uuidOf(id)],
      );
      expect(row).toEqual({ cadence: null, is_public: true });
      // Whoever may see the problem sees them.
      for (const who of ['member', 'observer', 'sponsor', 'exec']) {
        const seen = await as[who]!.request<{ node: ScheduledShape | null }>(
          `query($id: ID!) { node(id: $id) { ... on Outcome { ${SCHEDULE_FIELDS} } } }`,
          { id },
        );
        expect([who, seen.data?.node?.owner]).toEqual([who, { email: 'lead@demo.commons' }]);
      }
    });

    it('refuses an owner off the team or unable to record, and a suppression not above 0, losing nothing', async () => {
      const created = await createScheduled(as.lead!, { name: 'Refusals', cadence: 'ANNUAL' });
      const id = created.data?.createOutcome.id ?? '';
      const before = await t.dataSource.query<unknown[]>('SELECT id FROM outcome');
      const cases: [Record<string, unknown>, string[]][] = [
        [{ ownerId: await userId('outsider@demo.commons') }, ['input.ownerId']],
        // An observer may not record measurements, so can't report them.
        [{ ownerId: await userId('sara.lindqvist@demo.commons') }, ['input.ownerId']],
        [{ ownerId: id }, ['input.ownerId']],
        [{ suppressBelow: 0 }, ['input.suppressBelow']],
        [{ suppressBelow: -3 }, ['input.suppressBelow']],
        [{ suppressBelow: 1e300 }, ['input.suppressBelow']],
      ];
      for (const [input, fields] of cases) {
        const refusedCreate = await createScheduled(as.lead!, { name: 'Never', ...input });
        expect([input, code(refusedCreate.errors), paths(refusedCreate.errors)]).toEqual([
          input,
          'BAD_USER_INPUT',
          fields,
        ]);
        const refused = await updateScheduled(as.lead!, {
          id,
          version: 1,
          name: 'Renamed',
          ...input,
        });
        expect([input, code(refused.errors), paths(refused.errors)]).toEqual([
          input,
          'BAD_USER_INPUT',
          fields,
        ]);
      }
      expect(await t.dataSource.query<unknown[]>('SELECT id FROM outcome')).toHaveLength(
        before.length,
      );
      const [row] = await t.dataSource.query<unknown[]>(
        'SELECT name, version, owner_id, suppress_below, cadence FROM outcome WHERE id = $1',
        [uuidOf(id)],
      );
      expect(row).toEqual({
        name: 'Refusals',
        version: 1,
        owner_id: null,
        suppress_below: null,
        cadence: 'ANNUAL',
      });
      // The table refuses what the API refuses.
      await expect(
        t.dataSource.query('UPDATE outcome SET suppress_below = 0 WHERE id = $1', [uuidOf(id)]),
      ).rejects.toThrow(/outcome_suppress_below_positive/);
      // A partner may own it: partners record measurements.
      const partner = await updateScheduled(as.lead!, {
        id,
        version: 1,
        ownerId: await userId('partner@demo.commons'),
      });
      expect(partner.data?.updateOutcome.owner).toEqual({ email: 'partner@demo.commons' });
    });
  });

  it('gives an owner’s outcomes back to the lead when they leave the team or stop recording', async () => {
    const owned = await newProblem('Owners who move on');
    for (const email of ['member@demo.commons', 'partner@demo.commons']) {
      await addMember(owned.id, email, email.startsWith('member') ? 'MEMBER' : 'PARTNER', 10);
    }
    const ids = await t.dataSource.query<{ id: string; email: string }[]>(
      `SELECT id, email FROM app_user WHERE email IN ('member@demo.commons', 'partner@demo.commons')`,
    );
    const idOf = (email: string) => globalId('User', ids.find((u) => u.email === email)?.id ?? '');
    const define = async (name: string, email: string) => {
      const created = await as.lead!.request<{ createOutcome: ScheduledShape }>(CREATE_SCHEDULED, {
        input: { ...ROUGH_SLEEPERS, problemId: owned.id, name, ownerId: idOf(email) },
      });
      return created.data?.createOutcome.id ?? '';
    };
    const byMember = await define('Reported by the member', 'member@demo.commons');
    const byPartner = await define('Reported by the partner', 'partner@demo.commons');
    const team = await as.lead!.request<{
      problem: { members: { id: string; version: number; user: { email: string } }[] };
    }>(`query($k: String!) { problem(key: $k) { members { id version user { email } } } }`, {
      k: owned.key,
    });
    const membership = (email: string) =>
      team.data?.problem.members.find((m) => m.user.email === email);

    const removed = await as.lead!.request(`mutation($id: ID!) { removeMember(id: $id) }`, {
      id: membership('member@demo.commons')?.id,
    });
    expect(removed.errors).toBeUndefined();
    const observer = membership('partner@demo.commons');
    const demoted = await as.lead!.request(
      `mutation($input: UpdateMemberInput!) { updateMember(input: $input) { id } }`,
      { input: { id: observer?.id, version: observer?.version, role: 'OBSERVER' } },
    );
    expect(demoted.errors).toBeUndefined();

    for (const id of [byMember, byPartner]) {
      const seen = await as.lead!.request<{ node: ScheduledShape }>(
        `query($id: ID!) { node(id: $id) { ... on Outcome { ${SCHEDULE_FIELDS} } } }`,
        { id },
      );
      expect(seen.data?.node).toMatchObject({ owner: { email: 'lead@demo.commons' }, version: 2 });
      const events = await t.dataSource.query<{ summary: string; changes: unknown }[]>(
        `SELECT summary, changes FROM activity_event WHERE subject_id = $1 AND action = 'outcome.updated'`,
        [uuidOf(id)],
      );
      expect(events).toHaveLength(1);
      expect(events[0]?.summary).toMatch(/^Amira Haddad changed owner of Reported by the /);
    }
  });

  describe('My work: outcomes due', () => {
    type Due = {
      myDueOutcomes: {
        id: string;
        name: string;
        nextDueDate: string;
        stale: boolean;
        problem: { key: string };
      }[];
    };
    const DUE = `{ myDueOutcomes { id name nextDueDate stale problem { key } } }`;
    const today = todayIn('UTC');
    let dueProblem: { id: string; key: string };

    /** An outcome inserted directly, with a chosen baseline and (optional) latest measurement. */
    async function scheduled(
      name: string,
      cadence: ReportingCadence | null,
      baselineDate: string,
      latest: string | null,
      ownerEmail: string | null = null,
      on = dueProblem.id,
    ) {
      const [row] = await t.dataSource.query<{ id: string }[]>(
        `INSERT INTO outcome (problem_id, name, unit, direction, baseline_value, baseline_date,
           target_value, target_date, cadence, owner_id)
         VALUES ($1, $2, 'people', 'DECREASE', 60, $3, 20, $4, $5,
           (SELECT id FROM app_user WHERE email = $6)) RETURNING id`,
        [uuidOf(on), name, baselineDate, addDays(baselineDate, 800), cadence, ownerEmail],
      );
      if (latest) {
        await t.dataSource.query(
          'INSERT INTO measurement (outcome_id, observed_at, value) VALUES ($1, $2, 30)',
          [row?.id, latest],
        );
      }
      return row?.id ?? '';
    }

    beforeAll(async () => {
      dueProblem = await newProblem('Figures due in Riverside');
      await addMember(dueProblem.id, 'member@demo.commons', 'MEMBER', 50);
      await scheduled('Stale for weeks', 'WEEKLY', addDays(today, -60), null);
      await scheduled('Due today', 'WEEKLY', addDays(today, -30), addDays(today, -7));
      await scheduled('Due yesterday', 'WEEKLY', addDays(today, -30), addDays(today, -8));
      await scheduled('Due in 7 days', 'WEEKLY', today, null);
      await scheduled('Due in 8 days', 'WEEKLY', addDays(today, 1), null);
      await scheduled('No cadence', null, addDays(today, -400), null);
      await scheduled(
        'The member’s',
        'WEEKLY',
        addDays(today, -30),
        addDays(today, -4),
        'member@demo.commons',
      );
    });

    it('lists what I report that is stale or due within 7 days, soonest first', async () => {
      const mine = async (client: GraphQLClient) => {
        const result = await client.request<Due>(DUE);
        expect(result.errors).toBeUndefined();
        return (result.data?.myDueOutcomes ?? []).filter((o) => o.problem.key === dueProblem.key);
      };
      expect((await mine(as.lead!)).map((o) => [o.name, o.nextDueDate, o.stale])).toEqual([
        ['Stale for weeks', addDays(today, -53), true],
        ['Due yesterday', addDays(today, -1), true],
        ['Due today', today, false],
        ['Due in 7 days', addDays(today, 7), false],
      ]);
      expect((await mine(as.member!)).map((o) => o.name)).toEqual(['The member’s']);
      expect(await mine(as.partner!)).toEqual([]);
      // The whole list is soonest first, whatever problem it is on.
      const all = (await as.lead!.request<Due>(DUE)).data?.myDueOutcomes ?? [];
      const dates = all.map((o) => o.nextDueDate);
      expect(dates).toEqual([...dates].sort());
      expect(all.every((o) => o.nextDueDate <= addDays(today, 7))).toBe(true);
    });

    it('shows nothing on a problem I may no longer see, and at most 50', async () => {
      const hidden = await newProblem('Owned, then off the team');
      await addMember(hidden.id, 'member@demo.commons', 'MEMBER', 10);
      await scheduled(
        'Owned then hidden',
        'WEEKLY',
        addDays(today, -60),
        null,
        'member@demo.commons',
        hidden.id,
      );
      const names = async () =>
        ((await as.member!.request<Due>(DUE)).data?.myDueOutcomes ?? []).map((o) => o.name);
      expect(await names()).toContain('Owned then hidden');
      await t.dataSource.query(
        `DELETE FROM membership WHERE problem_id = $1
           AND user_id = (SELECT id FROM app_user WHERE email = 'member@demo.commons')`,
        [uuidOf(hidden.id)],
      );
      expect(await names()).not.toContain('Owned then hidden');

      // Archived work asks for no more figures.
      const archived = await newProblem('Archived work');
      await addMember(archived.id, 'member@demo.commons', 'MEMBER', 10);
      await scheduled(
        'On archived work',
        'WEEKLY',
        addDays(today, -60),
        null,
        'member@demo.commons',
        archived.id,
      );
      expect(await names()).toContain('On archived work');
      await t.dataSource.query(`UPDATE problem SET status = 'ARCHIVED' WHERE id = $1`, [
        uuidOf(archived.id),
      ]);
      expect(await names()).not.toContain('On archived work');

      const many = await newProblem('Many figures due');
      await addMember(many.id, 'partner@demo.commons', 'PARTNER', 10);
      for (let i = 0; i < 55; i++) {
        await scheduled(
          `Many ${i}`,
          'WEEKLY',
          addDays(today, -100 + i),
          null,
          'partner@demo.commons',
          many.id,
        );
      }
      const listed = (await as.partner!.request<Due>(DUE)).data?.myDueOutcomes ?? [];
      expect(listed).toHaveLength(50);
      expect(listed[0]?.name).toBe('Many 0');
      expect(listed.at(-1)?.name).toBe('Many 49');
    });

    it('answers each listed outcome’s figures in no statement of its own', async () => {
      t.resetQueries();
      await as.lead!.request(`{ myDueOutcomes { id } }`);
      const bare = t.queries.length;
      t.resetQueries();
      const result = await as.lead!.request(
        `{ myDueOutcomes { id latest { value } progress plannedProgress health nextDueDate stale } }`,
      );
      expect(result.errors).toBeUndefined();
      expect(t.queries).toHaveLength(bare);
    });
  });

  it('filters the portfolio’s problems by stale outcomes, in the same statement as the list', async () => {
    const make = async (title: string) => {
      const created = await as.lead!.request<{ createProblem: { id: string; key: string } }>(
        CREATE_PROBLEM,
        { input: { title, themes: ['stalefilter'], keyPrefix: 'STAL' } },
      );
      return created.data?.createProblem ?? { id: '', key: '' };
    };
    const stale = await make('With a stale outcome');
    const current = await make('With a current outcome');
    const unscheduled = await make('Without a schedule');
    const define = (problemId: string, input: Record<string, unknown>) =>
      as.lead!.request(CREATE, { input: { ...ROUGH_SLEEPERS, problemId, ...input } });
    // Measured a week ago, monthly: due in about three weeks.
    const recent = addDays(todayIn('UTC'), -7);
    await define(stale.id, { name: 'Late', cadence: 'MONTHLY' });
    await define(stale.id, {
      name: 'On time',
      cadence: 'ANNUAL',
      baselineDate: recent,
      targetDate: '2099-01-01',
    });
    await define(current.id, {
      name: 'On time',
      cadence: 'MONTHLY',
      baselineDate: recent,
      targetDate: '2099-01-01',
    });
    await define(unscheduled.id, { name: 'Whenever', baselineDate: '2020-01-01' });
    const list = async (value: boolean) => {
      t.resetQueries();
      const result = await as.exec!.request<{
        problems: {
          totalCount: number;
          edges: { node: { key: string; health: { staleOutcomes: number } } }[];
        };
      }>(
        `query($stale: Boolean) { problems(first: 10, orderBy: KEY, filter: { theme: "stalefilter", stale: $stale }) {
          totalCount edges { node { key health { staleOutcomes } } } } }`,
        { stale: value },
      );
      expect(result.errors).toBeUndefined();
      return result.data?.problems;
    };
    expect(await list(true)).toEqual({
      totalCount: 1,
      edges: [{ node: { key: stale.key, health: { staleOutcomes: 1 } } }],
    });
    expect(t.queries.filter((q) => q.includes('FROM problem p'))).toHaveLength(1);
    const without = await list(false);
    expect(without?.totalCount).toBe(2);
    expect(without?.edges.map((e) => e.node.key).sort()).toEqual(
      [current.key, unscheduled.key].sort(),
    );
    expect(without?.edges.map((e) => e.node.health.staleOutcomes)).toEqual([0, 0]);
  });
});
