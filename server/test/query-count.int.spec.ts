import { startTestApp, type GraphQLClient, type TestApp } from './test-app.js';

/**
 * No N+1: the problems list with what a portfolio page shows runs the same number of SQL
 * statements for 5 problems as for 50 (DataLoaders, one set per request; the rollup in one query).
 */
describe('statements per request do not grow with the page', () => {
  let t: TestApp;
  let lead: GraphQLClient;
  let exec: GraphQLClient;
  let memberId: string;

  const LIST = `query($first: Int!) { problems(first: $first, filter: { theme: "counted" }) {
    totalCount edges { node {
      key lead { displayName organization { name } }
      organizations { name kind }
      members { role allocationPercent user { displayName } }
      health { onTrack atRisk offTrack noData achieved openTasks overdueTasks crossSiloIndex alignment staleOutcomes }
      outcomes { name progress health cadence nextDueDate stale latest { value observedAt recordedBy { displayName } } }
    } } } }`;

  beforeAll(async () => {
    t = await startTestApp({ seed: 'directory' });
    [lead, exec] = await Promise.all([
      t.signedIn('lead@demo.commons'),
      t.signedIn('exec@demo.commons'),
    ]);
    const [member] = await t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM app_user WHERE email = 'member@demo.commons'`,
    );
    memberId = Buffer.from(`User:${member?.id ?? ''}`).toString('base64url');
  });
  afterAll(() => t.close());

  /** A problem as the demo has them: a two-organisation team, a measured outcome, a task. */
  async function addProblem(i: number): Promise<void> {
    const created = await lead.request<{ createProblem: { id: string } }>(
      `mutation($input: CreateProblemInput!) { createProblem(input: $input) { id } }`,
      { input: { title: `Counted ${i}`, themes: ['counted'], keyPrefix: 'CNT' } },
    );
    const problemId = created.data?.createProblem.id;
    if (!problemId) throw new Error(JSON.stringify(created.errors));
    await lead.request(`mutation($input: AddMemberInput!) { addMember(input: $input) { id } }`, {
      input: { problemId, userId: memberId, role: 'MEMBER', allocationPercent: 40 },
    });
    const outcome = await lead.request<{ createOutcome: { id: string } }>(
      `mutation($input: CreateOutcomeInput!) { createOutcome(input: $input) { id } }`,
      {
        input: {
          problemId,
          name: `Waiting days ${i}`,
          unit: 'days',
          direction: 'DECREASE',
          baselineValue: 30,
          baselineDate: '2026-01-01',
          targetValue: 10,
          targetDate: '2027-01-01',
          cadence: 'MONTHLY',
        },
      },
    );
    const outcomeId = outcome.data?.createOutcome.id;
    await lead.request(
      `mutation($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { id } }`,
      { input: { outcomeId, observedAt: '2026-06-01', value: 20 + (i % 7) } },
    );
    await lead.request(`mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }`, {
      input: { problemId, title: `Step ${i}`, outcomeIds: [outcomeId] },
    });
  }

  async function statementsFor(
    first: number,
  ): Promise<{ listed: number; statements: number; sql: string[] }> {
    t.resetQueries();
    const result = await exec.request<{ problems: { edges: unknown[] } }>(LIST, { first });
    expect(result.errors).toBeUndefined();
    return {
      listed: result.data?.problems.edges.length ?? 0,
      statements: t.queries.length,
      // Sorted: independent batches run in whichever order their inputs arrive.
      sql: t.queries.map((q) => q.replace(/\s+/g, ' ').slice(0, 80)).sort(),
    };
  }

  it('is the same for 5 problems as for 50', async () => {
    for (let i = 0; i < 5; i++) await addProblem(i);
    const few = await statementsFor(5);
    for (let i = 5; i < 50; i++) await addProblem(i);
    const many = await statementsFor(50);

    expect(few.listed).toBe(5);
    expect(many.listed).toBe(50);
    // On a mismatch, the two lists of statements say which batch split.
    expect({ count: many.statements, sql: many.sql }).toEqual({
      count: few.statements,
      sql: few.sql,
    });
    // Session, actor, page, then one batch per relation and figure: a dozen at most.
    expect(many.statements).toBeLessThanOrEqual(12);
  });
});
