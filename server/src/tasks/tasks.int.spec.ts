import { startTestApp, type GraphQLClient, type TestApp } from '../../test/test-app.js';
import { toGlobalId } from '../graphql/global-id.js';

const CREATE_PROBLEM = `mutation($input: CreateProblemInput!) { createProblem(input: $input) { id key } }`;
const TASK_FIELDS = 'id number title status rank version dueDate blocked overdue';
const CREATE = `mutation($input: CreateTaskInput!) { createTask(input: $input) { ${TASK_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateTaskInput!) { updateTask(input: $input) { ${TASK_FIELDS} blockedBy { id } } }`;
const MOVE = `mutation($input: MoveTaskInput!) { moveTask(input: $input) { ${TASK_FIELDS} } }`;
const DELETE = `mutation($id: ID!, $version: Int!) { deleteTask(id: $id, version: $version) }`;
const BOARD = `query($key: String!, $first: Int, $after: String, $filter: TaskFilter) {
  problem(key: $key) { tasks(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${TASK_FIELDS} } } } } }`;

interface TaskView {
  id: string;
  number: number;
  title: string;
  status: string;
  rank: string;
  version: number;
  dueDate: string | null;
  blocked: boolean;
  overdue: boolean;
}
interface ProblemRef {
  id: string;
  key: string;
  uuid: string;
}
interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: TaskView }[];
}

function fieldPaths(errors: { extensions?: Record<string, unknown> }[] | undefined): string[] {
  const fields = errors?.[0]?.extensions?.fields as { path: string }[] | undefined;
  return (fields ?? []).map((f) => f.path);
}

describe('tasks: boards, moves, links and permissions', () => {
  let t: TestApp;
  let lead: GraphQLClient;
  let member: GraphQLClient;
  let partner: GraphQLClient;
  let outsider: GraphQLClient;
  let exec: GraphQLClient;
  let admin: GraphQLClient;
  let prefixes = 0;

  beforeAll(async () => {
    t = await startTestApp({ seed: 'directory' });
    lead = await t.signedIn('lead@demo.commons');
    member = await t.signedIn('member@demo.commons');
    partner = await t.signedIn('partner@demo.commons');
    outsider = await t.signedIn('outsider@demo.commons');
    exec = await t.signedIn('exec@demo.commons');
    admin = await t.signedIn('admin@demo.commons');
  });
  afterAll(() => t.close());

  /** A fresh problem led by lead@ (keys TA…, TB… keep tests apart). */
  async function newProblem(visibility = 'INTERNAL'): Promise<ProblemRef> {
    const keyPrefix = `T${String.fromCharCode(65 + Math.floor(prefixes / 26))}${String.fromCharCode(65 + (prefixes % 26))}`;
    prefixes++;
    const result = await lead.request<{ createProblem: { id: string; key: string } }>(
      CREATE_PROBLEM,
      { input: { title: `Problem ${keyPrefix}`, keyPrefix, visibility } },
    );
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    const [row] = await t.dataSource.query<{ id: string }[]>(
      'SELECT id FROM problem WHERE key = $1',
      [result.data.createProblem.key],
    );
    return { ...result.data.createProblem, uuid: row?.id ?? '' };
  }

  async function addMember(problem: ProblemRef, email: string, role: string): Promise<void> {
    await t.dataSource.query(
      `INSERT INTO membership (problem_id, user_id, role, allocation_percent)
       SELECT $1, id, $3, 0 FROM app_user WHERE email = $2`,
      [problem.uuid, email, role],
    );
  }

  async function userId(email: string): Promise<string> {
    const [row] = await t.dataSource.query<{ id: string }[]>(
      'SELECT id FROM app_user WHERE email = $1',
      [email],
    );
    return toGlobalId('User', row?.id ?? '');
  }

  async function createTask(
    problem: ProblemRef,
    input: Record<string, unknown> = {},
    client = lead,
  ): Promise<TaskView> {
    const result = await client.request<{ createTask: TaskView }>(CREATE, {
      input: { problemId: problem.id, title: 'A task', ...input },
    });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.createTask;
  }

  async function move(task: TaskView, status: string, after: TaskView | null, client = lead) {
    const result = await client.request<{ moveTask: TaskView }>(MOVE, {
      input: { id: task.id, status, afterId: after?.id ?? null },
    });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.moveTask;
  }

  async function board(problem: ProblemRef, filter?: Record<string, unknown>): Promise<Page> {
    const result = await lead.request<{ problem: { tasks: Page } }>(BOARD, {
      key: problem.key,
      first: 100,
      filter,
    });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.problem.tasks;
  }

  /** Titles per column, in board order. */
  async function columns(problem: ProblemRef): Promise<Record<string, string[]>> {
    const result: Record<string, string[]> = {};
    for (const { node } of (await board(problem)).edges)
      (result[node.status] ??= []).push(node.title);
    return result;
  }

  async function lockWaiters(): Promise<number> {
    const [row] = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    );
    return row?.n ?? 0;
  }

  async function waitFor(condition: () => Promise<boolean>): Promise<void> {
    for (let i = 0; i < 100 && !(await condition()); i++)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await condition()).toBe(true);
  }

  async function lastEvent(subjectGlobalId: string) {
    const uuid = Buffer.from(subjectGlobalId, 'base64url').toString().split(':')[1];
    const [event] = await t.dataSource.query<
      {
        action: string;
        summary: string;
        changes: { field: string; before: string | null; after: string | null }[];
      }[]
    >(
      `SELECT action, summary, changes FROM activity_event WHERE subject_id = $1
        ORDER BY created_at DESC, id DESC LIMIT 1`,
      [uuid],
    );
    return event;
  }

  it('numbers tasks per problem, puts each at the end of its column, and audits the creation', async () => {
    const problem = await newProblem();
    const other = await newProblem();
    const first = await createTask(problem, { title: 'First' });
    const second = await createTask(problem, { title: 'Second' });
    const doing = await createTask(problem, { title: 'Doing', status: 'IN_PROGRESS' });
    const elsewhere = await createTask(other, { title: 'Elsewhere' });

    expect([first.number, second.number, doing.number]).toEqual([1, 2, 3]);
    expect(elsewhere.number).toBe(1);
    expect(first).toMatchObject({ status: 'TODO', version: 1, blocked: false, overdue: false });
    expect(second.rank > first.rank).toBe(true);
    const [row] = await t.dataSource.query<{ next_task_number: number }[]>(
      'SELECT next_task_number FROM problem WHERE id = $1',
      [problem.uuid],
    );
    expect(row?.next_task_number).toBe(4);
    const event = await lastEvent(second.id);
    expect(event?.action).toBe('task.created');
    expect(event?.summary).toBe(`Amira Haddad created ${problem.key} #2 Second`);
  });

  it('shows the board column by column (TODO, IN_PROGRESS, BLOCKED, DONE), in keyset pages', async () => {
    const problem = await newProblem();
    for (const [title, status] of [
      ['done 1', 'DONE'],
      ['todo 1', 'TODO'],
      ['blocked 1', 'BLOCKED'],
      ['doing 1', 'IN_PROGRESS'],
      ['todo 2', 'TODO'],
      ['done 2', 'DONE'],
      ['doing 2', 'IN_PROGRESS'],
    ] as const)
      await createTask(problem, { title, status });
    const expected = ['todo 1', 'todo 2', 'doing 1', 'doing 2', 'blocked 1', 'done 1', 'done 2'];

    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const result: { data?: { problem: { tasks: Page } } | null } = await lead.request(BOARD, {
        key: problem.key,
        first: 3,
        after,
      });
      const page = result.data?.problem.tasks;
      expect(page?.totalCount).toBe(7);
      seen.push(...(page?.edges.map((e) => e.node.title) ?? []));
      if (!page?.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);

    const filtered = await board(problem, { status: ['DONE', 'BLOCKED'] });
    expect(filtered.edges.map((e) => e.node.title)).toEqual(['blocked 1', 'done 1', 'done 2']);
    expect(filtered.totalCount).toBe(3);

    const bad = await lead.request(BOARD, { key: problem.key, after: 'not-a-cursor' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('filters by assignee, outcome and overdue, and flags overdue open tasks only', async () => {
    const problem = await newProblem();
    await addMember(problem, 'member@demo.commons', 'MEMBER');
    const [outcome] = await t.dataSource.query<{ id: string }[]>(
      `INSERT INTO outcome (problem_id, name, unit, direction, baseline_value, baseline_date, target_value, target_date)
       VALUES ($1, 'Rough sleepers', 'people', 'DECREASE', 40, '2026-01-01', 10, '2027-01-01') RETURNING id`,
      [problem.uuid],
    );
    const outcomeId = toGlobalId('Outcome', outcome?.id ?? '');
    const late = await createTask(problem, {
      title: 'late',
      dueDate: '2020-01-01',
      assigneeId: await userId('member@demo.commons'),
      outcomeIds: [outcomeId],
    });
    await createTask(problem, { title: 'late but done', dueDate: '2020-01-01', status: 'DONE' });
    await createTask(problem, { title: 'future', dueDate: '2999-01-01' });
    await createTask(problem, { title: 'undated' });
    expect(late.overdue).toBe(true);

    const titles = async (filter: Record<string, unknown>) =>
      (await board(problem, filter)).edges.map((e) => e.node.title);
    expect(await titles({ overdue: true })).toEqual(['late']);
    expect(await titles({ overdue: false })).toEqual(['future', 'undated', 'late but done']);
    expect(await titles({ assigneeId: await userId('member@demo.commons') })).toEqual(['late']);
    expect(await titles({ outcomeId })).toEqual(['late']);
    expect(await titles({ outcomeId: problem.id })).toEqual([]);
    const done = (await board(problem)).edges.find((e) => e.node.title === 'late but done');
    expect(done?.node.overdue).toBe(false);

    // By number: what a link to `?task=4` needs, without the rest of the board.
    expect(await titles({ numbers: [late.number] })).toEqual(['late']);
    expect(await titles({ numbers: [late.number, 999] })).toEqual(['late']);
    for (const numbers of [[0], Array.from({ length: 101 }, (_, i) => i + 1)]) {
      const refused = await lead.request(BOARD, { key: problem.key, filter: { numbers } });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    }
  });

  it('moveTask writes exactly one UPDATE on task, and ranks keep the order within and across columns', async () => {
    const problem = await newProblem();
    const a = await createTask(problem, { title: 'A' });
    const b = await createTask(problem, { title: 'B' });
    const c = await createTask(problem, { title: 'C' });

    t.resetQueries();
    const moved = await move(c, 'TODO', a);
    const writes = t.queries.filter((sql) =>
      /^\s*(UPDATE|INSERT INTO|DELETE FROM)\s+"?task"?\s/i.test(sql),
    );
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatch(/^\s*UPDATE\s+task\s/i);
    expect(moved.version).toBe(2);
    expect(await columns(problem)).toEqual({ TODO: ['A', 'C', 'B'] });

    await move(b, 'TODO', null);
    expect(await columns(problem)).toEqual({ TODO: ['B', 'A', 'C'] });
    await move(a, 'DONE', null);
    expect(await columns(problem)).toEqual({ TODO: ['B', 'C'], DONE: ['A'] });
    await move(c, 'DONE', a);
    expect(await columns(problem)).toEqual({ TODO: ['B'], DONE: ['A', 'C'] });
    await move(b, 'IN_PROGRESS', null);
    expect(await columns(problem)).toEqual({ IN_PROGRESS: ['B'], DONE: ['A', 'C'] });

    // Repeatedly into the same gap: ranks grow but never collide or reorder.
    const d = await createTask(problem, { title: 'D', status: 'DONE' });
    for (let i = 0; i < 15; i++) await move(i % 2 ? d : c, 'DONE', a);
    const done = (await board(problem, { status: ['DONE'] })).edges.map((e) => e.node);
    expect(done.map((n) => n.title)).toEqual(['A', 'C', 'D']);
    const ranks = done.map((n) => n.rank);
    expect(new Set(ranks).size).toBe(ranks.length);
    expect([...ranks].sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y)))).toEqual(
      ranks,
    );

    const event = await lastEvent(b.id);
    expect(event?.action).toBe('task.moved');
    expect(event?.summary).toBe(`Amira Haddad moved ${problem.key} #2 to In progress`);
    expect(event?.changes.find((ch) => ch.field === 'status')).toEqual({
      field: 'status',
      before: 'TODO',
      after: 'IN_PROGRESS',
    });
  });

  it('supports keyboard-style moves with ids only: down one, up one, to the top of another column', async () => {
    const problem = await newProblem();
    const [a, b, c] = [
      await createTask(problem, { title: 'A' }),
      await createTask(problem, { title: 'B' }),
      await createTask(problem, { title: 'C' }),
    ];
    // Down one: A goes after its next neighbour B.
    await move(a, 'TODO', b);
    expect(await columns(problem)).toEqual({ TODO: ['B', 'A', 'C'] });
    // Up one: C goes after the task two above it (B).
    await move(c, 'TODO', b);
    expect(await columns(problem)).toEqual({ TODO: ['B', 'C', 'A'] });
    // Up to the top.
    await move(a, 'TODO', null);
    expect(await columns(problem)).toEqual({ TODO: ['A', 'B', 'C'] });
    // Right one column, at its top; then back after a task of the first column.
    await move(b, 'IN_PROGRESS', null);
    await move(b, 'TODO', c);
    expect(await columns(problem)).toEqual({ TODO: ['A', 'C', 'B'] });

    const wrongColumn = await lead.request(MOVE, {
      input: { id: a.id, status: 'DONE', afterId: c.id },
    });
    expect(fieldPaths(wrongColumn.errors)).toEqual(['input.afterId']);
    expect(wrongColumn.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const itself = await lead.request(MOVE, { input: { id: a.id, status: 'TODO', afterId: a.id } });
    expect(itself.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const otherBoard = await createTask(await newProblem(), { title: 'Elsewhere' });
    const foreign = await lead.request(MOVE, {
      input: { id: a.id, status: 'TODO', afterId: otherBoard.id },
    });
    expect(foreign.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      fields: [{ path: 'input.afterId' }],
    });
  });

  it('updateTask into another column puts the task at its end; the same column keeps its place', async () => {
    const problem = await newProblem();
    const a = await createTask(problem, { title: 'A' });
    await createTask(problem, { title: 'B' });
    await createTask(problem, { title: 'Done', status: 'DONE' });
    const same = await lead.request<{ updateTask: TaskView }>(UPDATE, {
      input: { id: a.id, version: 1, status: 'TODO', title: 'A1' },
    });
    expect(same.data?.updateTask.rank).toBe(a.rank);
    expect(await columns(problem)).toEqual({ TODO: ['A1', 'B'], DONE: ['Done'] });
    await lead.request(UPDATE, { input: { id: a.id, version: 2, status: 'DONE' } });
    expect(await columns(problem)).toEqual({ TODO: ['B'], DONE: ['Done', 'A1'] });
  });

  it('refuses stale versions with CONFLICT and the current version, changing nothing', async () => {
    const problem = await newProblem();
    const task = await createTask(problem, { title: 'Original' });
    const first = await lead.request<{ updateTask: TaskView }>(UPDATE, {
      input: { id: task.id, version: 1, title: 'First edit', dueDate: '2026-12-01' },
    });
    expect(first.data?.updateTask).toMatchObject({ version: 2, dueDate: '2026-12-01' });

    const stale = await lead.request(UPDATE, {
      input: { id: task.id, version: 1, title: 'Stale edit' },
    });
    expect(stale.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', currentVersion: 2 });
    const staleMove = await lead.request(MOVE, {
      input: { id: task.id, status: 'DONE', afterId: null, version: 1 },
    });
    expect(staleMove.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', currentVersion: 2 });
    const staleDelete = await lead.request(DELETE, { id: task.id, version: 1 });
    expect(staleDelete.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', currentVersion: 2 });

    const [row] = await t.dataSource.query<{ title: string; status: string; version: number }[]>(
      'SELECT title, status, version FROM task WHERE number = 1 AND problem_id = $1',
      [problem.uuid],
    );
    expect(row).toEqual({ title: 'First edit', status: 'TODO', version: 2 });

    const event = await lastEvent(task.id);
    expect(event?.action).toBe('task.updated');
    expect(event?.changes).toEqual([
      { field: 'title', before: 'Original', after: 'First edit' },
      { field: 'dueDate', before: null, after: '2026-12-01' },
    ]);

    expect((await lead.request(DELETE, { id: task.id, version: 2 })).data).toEqual({
      deleteTask: true,
    });
    expect((await lastEvent(task.id))?.summary).toBe(
      `Amira Haddad deleted ${problem.key} #1 First edit`,
    );
    const gone = await lead.request(UPDATE, { input: { id: task.id, version: 2, title: 'x' } });
    expect(gone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('keeps dependencies acyclic (A→B→C→A refused) and derives `blocked` from unfinished blockers', async () => {
    const problem = await newProblem();
    const a = await createTask(problem, { title: 'A' });
    const b = await createTask(problem, { title: 'B' });
    const c = await createTask(problem, { title: 'C' });
    const ab = await lead.request<{ updateTask: TaskView & { blockedBy: { id: string }[] } }>(
      UPDATE,
      { input: { id: a.id, version: 1, blockedByIds: [b.id] } },
    );
    expect(ab.data?.updateTask).toMatchObject({ blocked: true, blockedBy: [{ id: b.id }] });
    const bc = await lead.request(UPDATE, {
      input: { id: b.id, version: 1, blockedByIds: [c.id] },
    });
    expect(bc.errors).toBeUndefined();

    const ca = await lead.request(UPDATE, {
      input: { id: c.id, version: 1, blockedByIds: [a.id] },
    });
    expect(ca.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'input.blockedByIds', message: 'would make a dependency cycle' }],
    });
    const self = await lead.request(UPDATE, {
      input: { id: c.id, version: 1, blockedByIds: [c.id] },
    });
    expect(fieldPaths(self.errors)).toEqual(['input.blockedByIds']);
    const [links] = await t.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM task_dependency WHERE problem_id = $1',
      [problem.uuid],
    );
    expect(links?.n).toBe(2);
    const [cRow] = await t.dataSource.query<{ version: number }[]>(
      'SELECT version FROM task WHERE problem_id = $1 AND number = 3',
      [problem.uuid],
    );
    expect(cRow?.version).toBe(1);

    // A stops being blocked when its blocker is done.
    await move(b, 'DONE', null);
    const node = await lead.request<{ node: { blocked: boolean } }>(
      `query($id: ID!) { node(id: $id) { ... on Task { blocked } } }`,
      { id: a.id },
    );
    expect(node.data?.node.blocked).toBe(false);

    const cross = await createTask(await newProblem(), { title: 'Other problem' });
    const crossLink = await lead.request(CREATE, {
      input: { problemId: problem.id, title: 'x', blockedByIds: [cross.id] },
    });
    expect(crossLink.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'input.blockedByIds' }],
    });
  });

  it('refuses a cycle made by two concurrent edits held at the problem lock: one wins, no cycle', async () => {
    for (let round = 0; round < 2; round++) {
      const problem = await newProblem();
      const x = await createTask(problem, { title: 'X' });
      const y = await createTask(problem, { title: 'Y' });
      // Hold the problem's lock so both edits are in flight at once, then let them race.
      const holder = t.dataSource.createQueryRunner();
      await holder.connect();
      await holder.startTransaction();
      await holder.query('SELECT 1 FROM problem WHERE id = $1 FOR UPDATE', [problem.uuid]);
      const racing = Promise.all([
        lead.request(UPDATE, { input: { id: x.id, version: 1, blockedByIds: [y.id] } }),
        lead.request(UPDATE, { input: { id: y.id, version: 1, blockedByIds: [x.id] } }),
      ]);
      // Both transactions are now queued behind the lock, past their reads.
      await waitFor(async () => (await lockWaiters()) === 2);
      await holder.commitTransaction();
      await holder.release();
      const results = await racing;

      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(results.find((r) => r.errors)?.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ path: 'input.blockedByIds', message: 'would make a dependency cycle' }],
      });
      const [deps] = await t.dataSource.query<{ n: number }[]>(
        'SELECT count(*)::int AS n FROM task_dependency WHERE problem_id = $1',
        [problem.uuid],
      );
      expect(deps?.n).toBe(1);
    }
  });

  it('refuses a racing pair of team edits making a cycle: exactly one succeeds', async () => {
    const problem = await newProblem();
    await addMember(problem, 'member@demo.commons', 'MEMBER');
    const x = await createTask(problem, { title: 'X' });
    const y = await createTask(problem, { title: 'Y' });
    const results = await Promise.all([
      lead.request(UPDATE, { input: { id: x.id, version: 1, blockedByIds: [y.id] } }),
      member.request(UPDATE, { input: { id: y.id, version: 1, blockedByIds: [x.id] } }),
    ]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    const failed = results.find((r) => r.errors);
    expect(failed?.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'input.blockedByIds' }],
    });
    const [deps] = await t.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM task_dependency WHERE problem_id = $1',
      [problem.uuid],
    );
    expect(deps?.n).toBe(1);
  });

  it('links outcomes of the same problem only; a failed create changes nothing', async () => {
    const problem = await newProblem();
    const other = await newProblem();
    const insertOutcome = async (problemUuid: string) => {
      const [row] = await t.dataSource.query<{ id: string }[]>(
        `INSERT INTO outcome (problem_id, name, unit, direction, baseline_value, baseline_date, target_value, target_date)
         VALUES ($1, 'Claims', '%', 'INCREASE', 40, '2026-01-01', 80, '2027-01-01') RETURNING id`,
        [problemUuid],
      );
      return { uuid: row?.id ?? '', id: toGlobalId('Outcome', row?.id ?? '') };
    };
    const own = await insertOutcome(problem.uuid);
    const foreign = await insertOutcome(other.uuid);
    const count = async () =>
      (
        await t.dataSource.query<{ tasks: number; next: number }[]>(
          `SELECT (SELECT count(*)::int FROM task WHERE problem_id = $1) AS tasks,
                  (SELECT next_task_number FROM problem WHERE id = $1) AS next`,
          [problem.uuid],
        )
      )[0];
    const before = await count();

    const refused = await lead.request(CREATE, {
      input: { problemId: problem.id, title: 'Linked wrongly', outcomeIds: [own.id, foreign.id] },
    });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'input.outcomeIds' }],
    });
    expect(await count()).toEqual(before);

    // An outcome of a RESTRICTED problem the caller can't see is simply not found.
    const hidden = await newProblem('RESTRICTED');
    const hiddenOutcome = await insertOutcome(hidden.uuid);
    await addMember(problem, 'member@demo.commons', 'MEMBER');
    const notFound = await member.request(CREATE, {
      input: { problemId: problem.id, title: 'x', outcomeIds: [hiddenOutcome.id] },
    });
    expect(notFound.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      fields: [{ path: 'input.outcomeIds' }],
    });

    const linked = await createTask(problem, { title: 'Linked', outcomeIds: [own.id] });
    const links = await t.dataSource.query<{ outcome_id: string }[]>(
      `SELECT outcome_id FROM task_outcome WHERE task_id = (SELECT id FROM task WHERE problem_id = $1 AND title = 'Linked')`,
      [problem.uuid],
    );
    expect(links).toEqual([{ outcome_id: own.uuid }]);
    const cleared = await lead.request(UPDATE, {
      input: { id: linked.id, version: 1, outcomeIds: [] },
    });
    expect(cleared.errors).toBeUndefined();
    expect((await lastEvent(linked.id))?.changes).toEqual([
      { field: 'outcomeIds', before: own.uuid, after: null },
    ]);
  });

  it('names every bad field: blank title, long description, impossible date, unknown ids', async () => {
    const problem = await newProblem();
    const bad = await lead.request(CREATE, {
      input: {
        problemId: problem.id,
        title: '   ',
        description: 'x'.repeat(50_001),
        dueDate: '2026-02-30',
      },
    });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldPaths(bad.errors)).toEqual(['input.title', 'input.description', 'input.dueDate']);

    const nobody = toGlobalId('User', '00000000-0000-4000-8000-000000000000');
    const unknownAssignee = await lead.request(CREATE, {
      input: { problemId: problem.id, title: 'x', assigneeId: nobody },
    });
    expect(unknownAssignee.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      fields: [{ path: 'input.assigneeId' }],
    });
    const unknownProblem = await lead.request(CREATE, {
      input: {
        problemId: toGlobalId('Problem', '00000000-0000-4000-8000-000000000000'),
        title: 'x',
      },
    });
    expect(fieldPaths(unknownProblem.errors)).toEqual(['input.problemId']);
    expect(unknownProblem.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const wrongType = await lead.request(CREATE, {
      input: { problemId: problem.id, title: 'x', organizationId: problem.id },
    });
    expect(fieldPaths(wrongType.errors)).toEqual(['input.organizationId']);
    const [row] = await t.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM task WHERE problem_id = $1',
      [problem.uuid],
    );
    expect(row?.n).toBe(0);
  });

  it('lets the team contribute (lead, member, partner, admin) and refuses everyone else', async () => {
    const problem = await newProblem('INTERNAL');
    await addMember(problem, 'member@demo.commons', 'MEMBER');
    await addMember(problem, 'partner@demo.commons', 'PARTNER');
    await addMember(problem, 'sara.lindqvist@demo.commons', 'OBSERVER');
    await addMember(problem, 'kwame.mensah@demo.commons', 'SPONSOR');
    const observer = await t.signedIn('sara.lindqvist@demo.commons');
    const sponsor = await t.signedIn('kwame.mensah@demo.commons');
    const task = await createTask(problem, { title: 'Shared' });

    for (const client of [lead, member, partner, admin]) {
      const created = await client.request(CREATE, {
        input: { problemId: problem.id, title: 'ok' },
      });
      expect(created.errors).toBeUndefined();
      const moved = await client.request(MOVE, {
        input: { id: task.id, status: 'IN_PROGRESS', afterId: null },
      });
      expect(moved.errors).toBeUndefined();
    }
    // Seen but not theirs to change: observer, sponsor, anyone else on staff, an executive.
    for (const client of [observer, sponsor, outsider, exec]) {
      const created = await client.request(CREATE, {
        input: { problemId: problem.id, title: 'no' },
      });
      expect(created.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const moved = await client.request(MOVE, { input: { id: task.id, status: 'DONE' } });
      expect(moved.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const seen = await client.request<{ node: { id: string } | null }>(
        `query($id: ID!) { node(id: $id) { id } }`,
        { id: task.id },
      );
      expect(seen.data?.node).toEqual({ id: task.id });
    }

    // RESTRICTED: someone off the team gets NOT_FOUND, never FORBIDDEN.
    const restricted = await newProblem('RESTRICTED');
    const secret = await createTask(restricted, { title: 'Secret' });
    const refusedCreate = await outsider.request(CREATE, {
      input: { problemId: restricted.id, title: 'no' },
    });
    expect(refusedCreate.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      fields: [{ path: 'input.problemId' }],
    });
    for (const [query, variables] of [
      [MOVE, { input: { id: secret.id, status: 'DONE' } }],
      [UPDATE, { input: { id: secret.id, version: 1, title: 'no' } }],
      [DELETE, { id: secret.id, version: 1 }],
    ] as const) {
      const refused = await outsider.request(query, variables);
      expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    const hidden = await outsider.request(`query($id: ID!) { node(id: $id) { id } }`, {
      id: secret.id,
    });
    expect(hidden.data).toEqual({ node: null });
    // An executive sees a RESTRICTED problem but is not on its team.
    const execMove = await exec.request(MOVE, { input: { id: secret.id, status: 'DONE' } });
    expect(execMove.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const [row] = await t.dataSource.query<{ status: string }[]>(
      'SELECT status FROM task WHERE problem_id = $1',
      [restricted.uuid],
    );
    expect(row?.status).toBe('TODO');
  });

  it('lists my open tasks on problems I may see: soonest due first, undated last, in pages', async () => {
    // Someone no other test assigns work to.
    const me = await userId('olivia.brennan@demo.commons');
    const olivia = await t.signedIn('olivia.brennan@demo.commons');
    const one = await newProblem('INTERNAL');
    const two = await newProblem('INTERNAL');
    const hidden = await newProblem('RESTRICTED');
    await createTask(two, { title: 'undated', assigneeId: me });
    await createTask(one, { title: 'later', assigneeId: me, dueDate: '2027-03-01' });
    await createTask(two, { title: 'soon', assigneeId: me, dueDate: '2026-01-15' });
    await createTask(one, { title: 'undated too', assigneeId: me });
    await createTask(one, { title: 'same day', assigneeId: me, dueDate: '2026-01-15' });
    await createTask(one, { title: 'finished', assigneeId: me, status: 'DONE' });
    await createTask(one, { title: 'not mine', dueDate: '2020-01-01' });
    await createTask(hidden, { title: 'hidden', assigneeId: me, dueDate: '2020-01-01' });

    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const result: { data?: { myTasks: Page } | null; errors?: unknown } = await olivia.request(
        `query($after: String) { myTasks(first: 2, after: $after) {
           totalCount pageInfo { hasNextPage endCursor } edges { node { title } } } }`,
        { after },
      );
      expect(result.data?.myTasks.totalCount).toBe(5);
      seen.push(...(result.data?.myTasks.edges.map((e) => e.node.title) ?? []));
      if (!result.data?.myTasks.pageInfo.hasNextPage) break;
      after = result.data.myTasks.pageInfo.endCursor;
    }
    // Same due date: by problem key, then number (one's key sorts before two's).
    expect(seen).toEqual(['same day', 'soon', 'later', 'undated too', 'undated']);
  });

  it('refuses pages over 100 as bad input, on the board and on my tasks', async () => {
    const problem = await newProblem();
    const board101 = await lead.request(BOARD, { key: problem.key, first: 101 });
    expect(board101.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'first' }],
    });
    const mine101 = await lead.request(`{ myTasks(first: 101) { totalCount } }`);
    expect(mine101.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'first' }],
    });
  });

  it('resolves a board with its relations in as many statements for 13 tasks as for 2 (no N+1)', async () => {
    const assigneeId = await userId('member@demo.commons');
    const [org] = await t.dataSource.query<{ id: string }[]>('SELECT id FROM organization LIMIT 1');
    const organizationId = toGlobalId('Organization', org?.id ?? '');
    const statementsFor = async (size: number) => {
      const problem = await newProblem();
      const root = await createTask(problem, { title: 'root' });
      for (let i = 1; i < size; i++)
        await createTask(problem, {
          title: `t${i}`,
          assigneeId,
          organizationId,
          blockedByIds: [root.id],
        });
      t.resetQueries();
      const result = await lead.request<{ problem: { tasks: Page } }>(
        `query($key: String!) { problem(key: $key) { tasks(first: 50) { totalCount edges { node {
           id blocked overdue assignee { email organization { name } } organization { name }
           problem { key } blockedBy { number } } } } } }`,
        { key: problem.key },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?.problem.tasks.totalCount).toBe(size);
      return t.queries.length;
    };
    const small = await statementsFor(2);
    const large = await statementsFor(13);
    expect(large).toBe(small);
    expect(small).toBeLessThanOrEqual(12);
  });
});

describe('deleting a task', () => {
  it('deletes its discussion in the same transaction', async () => {
    const t = await startTestApp({ seed: 'directory' });
    try {
      const lead = await t.signedIn('lead@demo.commons');
      const problem = await lead.request<{ createProblem: { id: string } }>(
        `mutation { createProblem(input: { title: "Comments go with tasks", keyPrefix: "DELC" }) { id } }`,
      );
      const task = await lead.request<{ createTask: { id: string; version: number } }>(
        `mutation($p: ID!) { createTask(input: { problemId: $p, title: "Short-lived" }) { id version } }`,
        { p: problem.data?.createProblem.id },
      );
      const id = task.data?.createTask.id;
      await lead.request(
        `mutation($id: ID!) { addComment(input: { subjectId: $id, body: "On it" }) { id } }`,
        { id },
      );
      const deleted = await lead.request(
        `mutation($id: ID!, $v: Int!) { deleteTask(id: $id, version: $v) }`,
        {
          id,
          v: task.data?.createTask.version,
        },
      );
      expect(deleted.data).toEqual({ deleteTask: true });
      const [left] = await t.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM comment WHERE subject_type = 'TASK'`,
      );
      expect(left?.n).toBe(0);
    } finally {
      await t.close();
    }
  });
});
