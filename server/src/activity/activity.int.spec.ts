import { startTestApp, type GraphQLClient, type TestApp } from '../../test/test-app.js';
import { decodeGlobalId, toGlobalId } from '../graphql/global-id.js';

const CREATE_PROBLEM = `mutation($input: CreateProblemInput!) { createProblem(input: $input) { id key } }`;
const UPDATE_PROBLEM = `mutation($input: UpdateProblemInput!) { updateProblem(input: $input) { version } }`;
const ADD_COMMENT = `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`;
const ACTIVITY = `query($subjectId: ID!, $first: Int, $after: String) {
  activity(subjectId: $subjectId, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id action subjectId summary changes { field before after } createdAt actor { email } } }
  }
}`;

interface EventData {
  id: string;
  action: string;
  subjectId: string;
  summary: string;
  changes: { field: string; before: string | null; after: string | null }[];
  createdAt: string;
  actor: { email: string } | null;
}
interface ActivityData {
  activity: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: EventData }[];
  };
}

describe('activity: the audit trail, read-only, under the permission table', () => {
  let t: TestApp;
  let lead: GraphQLClient;

  async function problem(visibility: 'INTERNAL' | 'RESTRICTED', title = 'Audited problem') {
    const created = await lead.request<{ createProblem: { id: string; key: string } }>(
      CREATE_PROBLEM,
      { input: { title, keyPrefix: 'ACTV', visibility } },
    );
    const { id, key } = created.data!.createProblem;
    const [row] = await t.dataSource.query<{ id: string }[]>(
      'SELECT id FROM problem WHERE key = $1',
      [key],
    );
    return { id, key, uuid: row!.id };
  }

  beforeAll(async () => {
    t = await startTestApp({ seed: true });
    lead = await t.signedIn('lead@demo.commons');
  });
  afterAll(() => t.close());

  it('lists a problem’s trail newest first, with who, what and the fields before and after', async () => {
    const p = await problem('INTERNAL', 'Rough sleeping');
    await lead.request(UPDATE_PROBLEM, {
      input: { id: p.id, version: 1, title: 'Rough sleeping in Riverside' },
    });
    await lead.request(UPDATE_PROBLEM, { input: { id: p.id, version: 2, status: 'FRAMING' } });
    const member = await t.signedIn('member@demo.commons');
    const result = await member.request<ActivityData>(ACTIVITY, { subjectId: p.id });
    expect(result.errors).toBeUndefined();
    const events = result.data!.activity.edges.map((e) => e.node);
    expect(result.data?.activity.totalCount).toBe(3);
    expect(events.map((e) => e.action)).toEqual([
      'problem.updated',
      'problem.updated',
      'problem.created',
    ]);
    expect(events[0]?.changes).toEqual([{ field: 'status', before: 'DRAFT', after: 'FRAMING' }]);
    expect(events[1]).toMatchObject({
      subjectId: p.id,
      actor: { email: 'lead@demo.commons' },
      summary: `Amira Haddad changed title of ${p.key}`,
      changes: [{ field: 'title', before: 'Rough sleeping', after: 'Rough sleeping in Riverside' }],
    });
    expect(events[2]?.changes).toEqual([]);
    const times = events.map((e) => Date.parse(e.createdAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('names the people and tasks a change points to, never their internal ids', async () => {
    const p = await problem('INTERNAL');
    const createTask = async (title: string) =>
      (
        await lead.request<{ createTask: { id: string; number: number; version: number } }>(
          `mutation($input: CreateTaskInput!) { createTask(input: $input) { id number version } }`,
          { input: { problemId: p.id, title } },
        )
      ).data!.createTask;
    const [task, gone, kept] = [
      await createTask('Outreach'),
      await createTask('Survey'),
      await createTask('Shelter beds'),
    ];
    const [amira] = await t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM app_user WHERE email = 'lead@demo.commons'`,
    );
    const updated = await lead.request(
      `mutation($input: UpdateTaskInput!) { updateTask(input: $input) { version } }`,
      {
        input: {
          id: task.id,
          version: task.version,
          assigneeId: toGlobalId('User', amira!.id),
          blockedByIds: [gone.id, kept.id],
        },
      },
    );
    expect(updated.errors).toBeUndefined();
    // What is gone (or hidden from the reader) is said to be, not shown by its id.
    await lead.request(`mutation($id: ID!, $v: Int!) { deleteTask(id: $id, version: $v) }`, {
      id: gone.id,
      v: gone.version,
    });

    const member = await t.signedIn('member@demo.commons');
    const trail = await member.request<ActivityData>(ACTIVITY, { subjectId: task.id });
    const event = trail.data?.activity.edges.find((e) => e.node.action === 'task.updated')?.node;
    expect(event?.changes.find((c) => c.field === 'assignee')).toEqual({
      field: 'assignee',
      before: null,
      after: 'Amira Haddad',
    });
    const blockers = event?.changes.find((c) => c.field === 'blockedBy');
    expect(blockers?.before).toBeNull();
    expect(blockers?.after?.split(', ').sort()).toEqual([`#${String(kept.number)}`, '(not shown)']);
    expect(JSON.stringify(event?.changes)).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(event?.summary).toMatch(/changed assignee, blocked by of ACTV-\d+ #1$/);

    // A row mended by hand with something that is no id reads as not shown, and fails nothing.
    await t.dataSource.query(
      `INSERT INTO activity_event (actor_id, action, subject_type, subject_id, problem_id, summary, changes)
       VALUES (NULL, 'task.updated', 'Task', $1, $2, 'Mended by hand', $3::jsonb)`,
      [
        decodeGlobalId(task.id)!.id,
        p.uuid,
        JSON.stringify([{ field: 'assigneeId', before: 'not-a-uuid', after: '' }]),
      ],
    );
    const mended = await member.request<ActivityData>(ACTIVITY, { subjectId: task.id });
    expect(mended.errors).toBeUndefined();
    expect(mended.data?.activity.edges[0]?.node.changes).toEqual([
      { field: 'assignee', before: '(not shown)', after: '(not shown)' },
    ]);
  });

  it('holds every event of the problem in its trail, and each subject’s own events in its', async () => {
    const p = await problem('INTERNAL');
    const [task] = await t.dataSource.query<{ id: string }[]>(
      `INSERT INTO task (problem_id, number, title, rank) VALUES ($1, 1, 'Outreach', 'a0') RETURNING id`,
      [p.uuid],
    );
    // As the tasks feature would record it (with no actor: a system change).
    await t.dataSource.query(
      `INSERT INTO activity_event (actor_id, action, subject_type, subject_id, problem_id, summary, changes)
       VALUES (NULL, 'task.moved', 'Task', $1, $2, 'System moved #1', $3::jsonb)`,
      [task!.id, p.uuid, JSON.stringify([{ field: 'status', before: 'TODO', after: 'DONE' }])],
    );
    const comment = await lead.request<{ addComment: { id: string } }>(ADD_COMMENT, {
      input: { subjectId: p.id, body: 'Noted' },
    });
    const commentId = comment.data!.addComment.id;

    const trail = await lead.request<ActivityData>(ACTIVITY, { subjectId: p.id });
    expect(trail.data?.activity.edges.map((e) => e.node.action)).toEqual([
      'comment.created',
      'task.moved',
      'problem.created',
    ]);
    const taskId = toGlobalId('Task', task!.id);
    const ofTask = await lead.request<ActivityData>(ACTIVITY, { subjectId: taskId });
    expect(ofTask.data?.activity.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({
        action: 'task.moved',
        subjectId: taskId,
        actor: null,
        changes: [{ field: 'status', before: 'TODO', after: 'DONE' }],
      }),
    ]);
    const ofComment = await lead.request<ActivityData>(ACTIVITY, { subjectId: commentId });
    expect(ofComment.data?.activity.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({
        action: 'comment.created',
        subjectId: commentId,
        summary: `Amira Haddad commented on ${p.key}`,
      }),
    ]);

    // A deleted comment's trail outlives it.
    await lead.request(`mutation($id: ID!) { deleteComment(id: $id) }`, { id: commentId });
    const afterDelete = await lead.request<ActivityData>(ACTIVITY, { subjectId: commentId });
    expect(afterDelete.data?.activity.edges.map((e) => e.node.action)).toEqual([
      'comment.deleted',
      'comment.created',
    ]);
    expect(afterDelete.data?.activity.edges[0]?.node.changes).toEqual([
      { field: 'body', before: 'Noted', after: null },
    ]);
  });

  it('is NOT_FOUND for a problem the caller may not see, and for its tasks and events', async () => {
    const restricted = await problem('RESTRICTED');
    const internal = await problem('INTERNAL');
    const outsider = await t.signedIn('outsider@demo.commons');
    const partner = await t.signedIn('partner@demo.commons');
    const denied = await outsider.request(ACTIVITY, { subjectId: restricted.id });
    expect(denied.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(denied.data).toBeNull();
    const partnerDenied = await partner.request(ACTIVITY, { subjectId: internal.id });
    expect(partnerDenied.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const [task] = await t.dataSource.query<{ id: string }[]>(
      `INSERT INTO task (problem_id, number, title, rank) VALUES ($1, 1, 'Secret', 'a0') RETURNING id`,
      [restricted.uuid],
    );
    const taskDenied = await outsider.request(ACTIVITY, {
      subjectId: toGlobalId('Task', task!.id),
    });
    expect(taskDenied.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const ofLead = await lead.request<ActivityData>(ACTIVITY, { subjectId: restricted.id });
    const eventId = ofLead.data!.activity.edges[0]!.node.id;
    const NODE = `query($id: ID!) { node(id: $id) { id ... on ActivityEvent { action } } }`;
    expect((await lead.request(NODE, { id: eventId })).data).toEqual({
      node: { id: eventId, action: 'problem.created' },
    });
    expect((await outsider.request(NODE, { id: eventId })).data).toEqual({ node: null });

    const unknown = await lead.request(ACTIVITY, {
      subjectId: toGlobalId('Task', '00000000-0000-4000-8000-000000000000'),
    });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const garbage = await lead.request(ACTIVITY, { subjectId: 'not-an-id' });
    expect(garbage.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('pages newest first with stable cursors and a totalCount of the whole trail', async () => {
    const p = await problem('INTERNAL', 'Paged');
    for (let version = 1; version <= 4; version++)
      await lead.request(UPDATE_PROBLEM, {
        input: { id: p.id, version, title: `Paged ${version}` },
      });
    const seen: string[] = [];
    let after: string | null = null;
    for (let pageNo = 0; pageNo < 5; pageNo++) {
      const page: { data?: ActivityData | null } = await lead.request<ActivityData>(ACTIVITY, {
        subjectId: p.id,
        first: 2,
        after,
      });
      expect(page.data?.activity.totalCount).toBe(5);
      seen.push(...(page.data?.activity.edges.map((e) => e.node.summary) ?? []));
      if (!page.data?.activity.pageInfo.hasNextPage) break;
      after = page.data.activity.pageInfo.endCursor;
    }
    expect(seen).toEqual([
      `Amira Haddad changed title of ${p.key}`,
      `Amira Haddad changed title of ${p.key}`,
      `Amira Haddad changed title of ${p.key}`,
      `Amira Haddad changed title of ${p.key}`,
      `Amira Haddad created ${p.key} Paged`,
    ]);
    const tooMany = await lead.request(ACTIVITY, { subjectId: p.id, first: 101 });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('offers no way to edit or delete an event', async () => {
    const schema = await lead.request<{ __type: { fields: { name: string }[] } }>(
      `{ __type(name: "Mutation") { fields { name } } }`,
    );
    const names = schema.data!.__type.fields.map((f) => f.name);
    expect(names).toContain('addComment');
    expect(names.filter((n) => /activit|event|audit/i.test(n))).toEqual([]);
  });
});
