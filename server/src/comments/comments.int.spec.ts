import { startTestApp, type GraphQLClient, type TestApp } from '../../test/test-app.js';
import { toGlobalId } from '../graphql/global-id.js';

const CREATE_PROBLEM = `mutation($input: CreateProblemInput!) { createProblem(input: $input) { id key } }`;
const ADD = `mutation($input: AddCommentInput!) {
  addComment(input: $input) { id subjectId body version createdAt editedAt author { email } mentions { email } }
}`;
const UPDATE = `mutation($input: UpdateCommentInput!) {
  updateComment(input: $input) { id body version editedAt mentions { email } }
}`;
const DELETE = `mutation($id: ID!) { deleteComment(id: $id) }`;
const LIST = `query($subjectId: ID!, $first: Int, $after: String) {
  comments(subjectId: $subjectId, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id body author { email } mentions { email } } }
  }
}`;

interface CommentData {
  id: string;
  subjectId: string;
  body: string;
  version: number;
  createdAt: string;
  editedAt: string | null;
  author: { email: string };
  mentions: { email: string }[];
}
interface ListData {
  comments: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: { id: string; body: string; mentions: { email: string }[] } }[];
  };
}

describe('comments: discussion on problems, tasks and outcomes under the permission table', () => {
  let t: TestApp;
  const as: Record<string, GraphQLClient> = {};
  const client = async (who: string) =>
    (as[who] ??= await t.signedIn(who.includes('@') ? who : `${who}@demo.commons`));

  /** A problem framed by the lead, with a team added in SQL (the team API is built elsewhere). */
  async function problem(
    visibility: 'PUBLIC' | 'INTERNAL' | 'RESTRICTED',
    team: Record<string, string> = {},
  ): Promise<{ id: string; uuid: string; key: string }> {
    const lead = await client('lead');
    const created = await lead.request<{ createProblem: { id: string; key: string } }>(
      CREATE_PROBLEM,
      { input: { title: `Comments ${visibility}`, keyPrefix: 'CMNT', visibility } },
    );
    const { id, key } = created.data!.createProblem;
    const [row] = await t.dataSource.query<{ id: string }[]>(
      'SELECT id FROM problem WHERE key = $1',
      [key],
    );
    for (const [email, role] of Object.entries(team)) {
      await t.dataSource.query(
        `INSERT INTO membership (problem_id, user_id, role, allocation_percent)
         SELECT $1, id, $3, 10 FROM app_user WHERE email = $2`,
        [row!.id, email.includes('@') ? email : `${email}@demo.commons`, role],
      );
    }
    return { id, uuid: row!.id, key };
  }

  async function add(who: string, subjectId: string, body: string) {
    return (await client(who)).request<{ addComment: CommentData }>(ADD, {
      input: { subjectId, body },
    });
  }

  beforeAll(async () => {
    t = await startTestApp({ seed: true });
  });
  afterAll(() => t.close());

  it('lets the team comment, observers included, but not a sponsor or an executive off the team', async () => {
    const p = await problem('INTERNAL', {
      member: 'MEMBER',
      'sara.lindqvist': 'OBSERVER',
      'kwame.mensah': 'SPONSOR',
      partner: 'PARTNER',
    });
    for (const who of ['lead', 'member', 'sara.lindqvist', 'partner', 'admin']) {
      const result = await add(who, p.id, `Hello from ${who}`);
      expect(result.errors).toBeUndefined();
      expect(result.data?.addComment).toMatchObject({
        subjectId: p.id,
        version: 1,
        editedAt: null,
        author: { email: `${who}@demo.commons` },
      });
    }
    for (const who of ['kwame.mensah', 'exec']) {
      const refused = await add(who, p.id, 'May I?');
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      // …but they may read the discussion.
      const list = await (await client(who)).request<ListData>(LIST, { subjectId: p.id });
      expect(list.data?.comments.totalCount).toBe(5);
    }
    // A partner on the team reads every author, even one the directory would hide (the admin).
    const seen = await (await client('partner')).request<ListData>(LIST, { subjectId: p.id });
    expect(seen.errors).toBeUndefined();
    expect(seen.data?.comments.edges.map((e) => e.node.body)).toEqual([
      'Hello from lead',
      'Hello from member',
      'Hello from sara.lindqvist',
      'Hello from partner',
      'Hello from admin',
    ]);
  });

  it('hides a RESTRICTED problem’s discussion from an outsider: NOT_FOUND, in reads and writes', async () => {
    const p = await problem('RESTRICTED');
    const comment = await add('lead', p.id, 'Team only');
    const outsider = await client('outsider');
    const list = await outsider.request(LIST, { subjectId: p.id });
    expect(list.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(list.data).toBeNull();
    const write = await add('outsider', p.id, 'Let me in');
    expect(write.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const node = await outsider.request(`query($id: ID!) { node(id: $id) { id } }`, {
      id: comment.data?.addComment.id,
    });
    expect(node.data).toEqual({ node: null });
    const edit = await outsider.request(UPDATE, {
      input: { id: comment.data?.addComment.id, version: 1, body: 'x' },
    });
    expect(edit.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const del = await outsider.request(DELETE, { id: comment.data?.addComment.id });
    expect(del.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('shows a partner an INTERNAL problem’s comments only once it is on the team', async () => {
    const p = await problem('INTERNAL');
    await add('lead', p.id, 'Before the partner joined');
    const partner = await client('partner');
    const before = await partner.request(LIST, { subjectId: p.id });
    expect(before.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await t.dataSource.query(
      `INSERT INTO membership (problem_id, user_id, role) SELECT $1, id, 'PARTNER' FROM app_user WHERE email = 'partner@demo.commons'`,
      [p.uuid],
    );
    const after = await partner.request<ListData>(LIST, { subjectId: p.id });
    expect(after.data?.comments.edges.map((e) => e.node.body)).toEqual([
      'Before the partner joined',
    ]);
  });

  it('stores the markdown byte for byte: HTML stays text, whitespace and line ends stay', async () => {
    const p = await problem('INTERNAL');
    const body =
      '  # Heading\r\n\r\n<script>alert("x")</script> **bold** & <b>tags</b>\n\n- café — 🚀\n\t';
    const created = await add('lead', p.id, body);
    expect(created.data?.addComment.body).toBe(body);
    const [row] = await t.dataSource.query<{ body: string }[]>(
      `SELECT body FROM comment WHERE subject_id = $1`,
      [p.uuid],
    );
    expect(row?.body).toBe(body);
    const listed = await (await client('lead')).request<ListData>(LIST, { subjectId: p.id });
    expect(listed.data?.comments.edges[0]?.node.body).toBe(body);
  });

  it('refuses a blank, oversized or NUL-carrying body, and a subject that is not one', async () => {
    const p = await problem('INTERNAL');
    for (const body of [' \n\t ', 'x'.repeat(50_001), 'nul \u0000 here']) {
      const result = await add('lead', p.id, body);
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ path: 'input.body' }],
      });
    }
    expect((await add('lead', p.id, 'x'.repeat(50_000))).errors).toBeUndefined();
    const wrongType = await add('lead', toGlobalId('User', p.uuid), 'On a user?');
    expect(wrongType.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'input.subjectId' }],
    });
    const missing = await add(
      'lead',
      toGlobalId('Problem', '00000000-0000-4000-8000-000000000000'),
      'Nobody home',
    );
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('resolves @mentions to people the author may see; unknown, hidden and code ones are dropped', async () => {
    const p = await problem('INTERNAL', { partner: 'PARTNER', member: 'MEMBER' });
    const byLead = await add(
      'lead',
      p.id,
      'Thanks @sara.lindqvist and @Partner! Ask @nobody.here, not `@member`.',
    );
    expect(byLead.errors).toBeUndefined();
    expect(byLead.data?.addComment.mentions.map((m) => m.email).sort()).toEqual([
      'partner@demo.commons',
      'sara.lindqvist@demo.commons',
    ]);
    expect(byLead.data?.addComment.body).toContain('@nobody.here');

    // A PARTNER-only author sees only the people on its problems: @outsider is not one.
    const byPartner = await add('partner', p.id, '@lead @member and @outsider, please');
    const [row] = await t.dataSource.query<{ emails: string[] }[]>(
      `SELECT array_agg(u.email ORDER BY u.email) AS emails FROM comment_mention cm
         JOIN app_user u ON u.id = cm.user_id
        WHERE cm.comment_id = (SELECT id FROM comment WHERE body = $1)`,
      ['@lead @member and @outsider, please'],
    );
    expect(row?.emails).toEqual(['lead@demo.commons', 'member@demo.commons']);
    expect(byPartner.data?.addComment.mentions.map((m) => m.email).sort()).toEqual(row?.emails);
  });

  it('lets only the author edit, recomputes mentions, sets editedAt and refuses a stale version', async () => {
    const p = await problem('INTERNAL', { member: 'MEMBER' });
    const created = await add('member', p.id, 'First draft for @lead');
    const id = created.data!.addComment.id;

    const byLead = await (
      await client('lead')
    ).request(UPDATE, {
      input: { id, version: 1, body: 'Lead rewrites it' },
    });
    expect(byLead.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const member = await client('member');
    const edited = await member.request<{ updateComment: CommentData }>(UPDATE, {
      input: { id, version: 1, body: 'Second draft for @sara.lindqvist' },
    });
    expect(edited.errors).toBeUndefined();
    expect(edited.data?.updateComment).toMatchObject({
      body: 'Second draft for @sara.lindqvist',
      version: 2,
      mentions: [{ email: 'sara.lindqvist@demo.commons' }],
    });
    expect(edited.data?.updateComment.editedAt).toEqual(expect.any(String));

    const stale = await member.request(UPDATE, { input: { id, version: 1, body: 'Stale' } });
    expect(stale.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', currentVersion: 2 });
    const [row] = await t.dataSource.query<{ body: string }[]>(
      'SELECT body FROM comment WHERE subject_id = $1',
      [p.uuid],
    );
    expect(row?.body).toBe('Second draft for @sara.lindqvist');

    const [event] = await t.dataSource.query<{ summary: string; changes: unknown }[]>(
      `SELECT summary, changes FROM activity_event WHERE action = 'comment.updated' AND problem_id = $1`,
      [p.uuid],
    );
    expect(event).toEqual({
      summary: `Tom Fairweather edited a comment on ${p.key}`,
      changes: [
        {
          field: 'body',
          before: 'First draft for @lead',
          after: 'Second draft for @sara.lindqvist',
        },
      ],
    });
  });

  it('lets the author, the problem’s lead or an admin delete; another member is FORBIDDEN', async () => {
    const p = await problem('INTERNAL', { member: 'MEMBER', 'sara.lindqvist': 'MEMBER' });
    const mine = await add('member', p.id, 'Mine to delete');
    const leads = await add('lead', p.id, 'The lead’s');
    const others = await add('sara.lindqvist', p.id, 'Sara’s');

    const refused = await (
      await client('member')
    ).request(DELETE, {
      id: leads.data?.addComment.id,
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const own = await (await client('member')).request(DELETE, { id: mine.data?.addComment.id });
    expect(own.data).toEqual({ deleteComment: true });
    const byLead = await (
      await client('lead')
    ).request(DELETE, {
      id: others.data?.addComment.id,
    });
    expect(byLead.data).toEqual({ deleteComment: true });
    const byAdmin = await (
      await client('admin')
    ).request(DELETE, {
      id: leads.data?.addComment.id,
    });
    expect(byAdmin.data).toEqual({ deleteComment: true });
    const again = await (
      await client('admin')
    ).request(DELETE, {
      id: leads.data?.addComment.id,
    });
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const list = await (await client('lead')).request<ListData>(LIST, { subjectId: p.id });
    expect(list.data?.comments.totalCount).toBe(0);
    const events = await t.dataSource.query<{ summary: string }[]>(
      `SELECT summary FROM activity_event WHERE action = 'comment.deleted' AND problem_id = $1 ORDER BY created_at`,
      [p.uuid],
    );
    expect(events.map((e) => e.summary)).toEqual([
      `Tom Fairweather deleted a comment on ${p.key}`,
      `Amira Haddad deleted a comment on ${p.key}`,
      `Priya Raman deleted a comment on ${p.key}`,
    ]);
  });

  it('comments on a task and an outcome, each with its own discussion and audit summary', async () => {
    const p = await problem('INTERNAL', { member: 'MEMBER' });
    const [task] = await t.dataSource.query<{ id: string }[]>(
      `INSERT INTO task (problem_id, number, title, rank) VALUES ($1, 4, 'Outreach rota', 'a0') RETURNING id`,
      [p.uuid],
    );
    const [outcome] = await t.dataSource.query<{ id: string }[]>(
      `INSERT INTO outcome (problem_id, name, unit, direction, baseline_value, baseline_date, target_value, target_date)
       VALUES ($1, 'Rough sleepers counted', 'people', 'DECREASE', 40, '2026-01-01', 10, '2027-01-01') RETURNING id`,
      [p.uuid],
    );
    const taskId = toGlobalId('Task', task!.id);
    const outcomeId = toGlobalId('Outcome', outcome!.id);
    expect((await add('member', taskId, 'On the task')).data?.addComment.subjectId).toBe(taskId);
    await add('member', outcomeId, 'On the outcome');
    await add('member', p.id, 'On the problem');

    const lead = await client('lead');
    for (const [subjectId, body] of [
      [taskId, 'On the task'],
      [outcomeId, 'On the outcome'],
      [p.id, 'On the problem'],
    ] as const) {
      const list = await lead.request<ListData>(LIST, { subjectId });
      expect(list.data?.comments.edges.map((e) => e.node.body)).toEqual([body]);
    }
    const summaries = await t.dataSource.query<{ summary: string }[]>(
      `SELECT summary FROM activity_event WHERE action = 'comment.created' AND problem_id = $1 ORDER BY created_at`,
      [p.uuid],
    );
    expect(summaries.map((s) => s.summary)).toEqual([
      `Tom Fairweather commented on ${p.key} #4`,
      `Tom Fairweather commented on ${p.key} outcome “Rough sleepers counted”`,
      `Tom Fairweather commented on ${p.key}`,
    ]);
    // A task on a problem the caller may not see is NOT_FOUND like the problem.
    const restricted = await problem('RESTRICTED');
    const [hidden] = await t.dataSource.query<{ id: string }[]>(
      `INSERT INTO task (problem_id, number, title, rank) VALUES ($1, 1, 'Hidden', 'a0') RETURNING id`,
      [restricted.uuid],
    );
    const outsider = await client('outsider');
    const denied = await outsider.request(LIST, { subjectId: toGlobalId('Task', hidden!.id) });
    expect(denied.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('pages oldest first with stable cursors; totalCount counts all; first > 100 is bad input', async () => {
    const p = await problem('INTERNAL');
    for (let i = 1; i <= 5; i++) await add('lead', p.id, `Comment ${i}`);
    const lead = await client('lead');
    const seen: string[] = [];
    let after: string | null = null;
    for (let pageNo = 0; pageNo < 5; pageNo++) {
      const page: { data?: ListData | null } = await lead.request<ListData>(LIST, {
        subjectId: p.id,
        first: 2,
        after,
      });
      expect(page.data?.comments.totalCount).toBe(5);
      seen.push(...(page.data?.comments.edges.map((e) => e.node.body) ?? []));
      if (!page.data?.comments.pageInfo.hasNextPage) break;
      after = page.data.comments.pageInfo.endCursor;
    }
    expect(seen).toEqual(['Comment 1', 'Comment 2', 'Comment 3', 'Comment 4', 'Comment 5']);
    // Past the end: an empty page that still counts the list.
    const end = await lead.request<ListData>(LIST, { subjectId: p.id, first: 5 });
    const past = await lead.request<ListData>(LIST, {
      subjectId: p.id,
      after: end.data?.comments.pageInfo.endCursor,
    });
    expect(past.data?.comments).toMatchObject({
      totalCount: 5,
      edges: [],
      pageInfo: { hasNextPage: false, endCursor: null },
    });
    const tooMany = await lead.request(LIST, { subjectId: p.id, first: 101 });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'first' }],
    });
    const forged = await lead.request(LIST, { subjectId: p.id, after: 'bm90LWEtY3Vyc29y' });
    expect(forged.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('resolves node(id) to the comment for whoever may see its problem', async () => {
    const p = await problem('INTERNAL');
    const created = await add('lead', p.id, 'Find me');
    const query = `query($id: ID!) { node(id: $id) { id ... on Comment { body author { email } } } }`;
    const member = await (
      await client('member')
    ).request(query, {
      id: created.data?.addComment.id,
    });
    expect(member.data).toEqual({
      node: {
        id: created.data?.addComment.id,
        body: 'Find me',
        author: { email: 'lead@demo.commons' },
      },
    });
    const partner = await (
      await client('partner')
    ).request(query, {
      id: created.data?.addComment.id,
    });
    expect(partner.data).toEqual({ node: null });
  });

  it('loads authors and mentions of a page in a fixed number of queries (no N+1)', async () => {
    const p = await problem('INTERNAL', { member: 'MEMBER', 'sara.lindqvist': 'MEMBER' });
    const authors = ['lead', 'member', 'sara.lindqvist', 'admin', 'lead', 'member'];
    for (const [i, who] of authors.entries())
      await add(who, p.id, `Point ${i} for @lead @member @sara.lindqvist`);
    const lead = await client('lead');
    const count = async (first: number) => {
      t.resetQueries();
      const result = await lead.request<ListData>(LIST, { subjectId: p.id, first });
      expect(result.errors).toBeUndefined();
      expect(result.data?.comments.edges).toHaveLength(first);
      expect(result.data?.comments.edges[0]?.node.mentions).toHaveLength(3);
      return t.queries.length;
    };
    const one = await count(1);
    const six = await count(6);
    expect(six).toBe(one);
    expect(t.queries.filter((q) => q.includes('comment_mention'))).toHaveLength(1);
  });
});
