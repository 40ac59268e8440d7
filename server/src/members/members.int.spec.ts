import { startTestApp, type GraphQLClient, type TestApp } from '../../test/test-app.js';

const CREATE = `mutation($input: CreateProblemInput!) { createProblem(input: $input) { id key } }`;
const ADD = `mutation($input: AddMemberInput!) {
  addMember(input: $input) { id role allocationPercent version user { displayName organization { name } } }
}`;
const TEAM = `query($key: String!) { problem(key: $key) {
  members { role allocationPercent user { email } } organizations { name kind }
} }`;

async function userId(t: TestApp, email: string): Promise<string> {
  const [row] = await t.dataSource.query<{ id: string }[]>(
    'SELECT id FROM app_user WHERE email = $1',
    [email],
  );
  return Buffer.from(`User:${row?.id ?? ''}`).toString('base64url');
}

describe('teams across organisations', () => {
  let t: TestApp;
  let lead: GraphQLClient;
  let problem: { id: string; key: string };
  beforeAll(async () => {
    t = await startTestApp({ seed: 'directory' });
    lead = await t.signedIn('lead@demo.commons');
    const created = await lead.request<{ createProblem: { id: string; key: string } }>(CREATE, {
      input: { title: 'Young people sleeping rough', keyPrefix: 'TEAM', visibility: 'RESTRICTED' },
    });
    problem = created.data?.createProblem ?? { id: '', key: '' };
  });
  afterAll(() => t.close());

  it('adds a partner from another organisation, who then sees the problem and its team', async () => {
    const partner = await t.signedIn('partner@demo.commons');
    const before = await partner.request(TEAM, { key: problem.key });
    expect(before.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const added = await lead.request(ADD, {
      input: {
        problemId: problem.id,
        userId: await userId(t, 'partner@demo.commons'),
        role: 'PARTNER',
        allocationPercent: 20,
      },
    });
    expect(added.errors).toBeUndefined();
    expect(added.data).toMatchObject({
      addMember: {
        role: 'PARTNER',
        allocationPercent: 20,
        user: { organization: { name: 'Riverside Youth Trust' } },
      },
    });

    const after = await partner.request<{
      problem: { members: { user: { email: string } }[]; organizations: { name: string }[] };
    }>(TEAM, { key: problem.key });
    expect(after.data?.problem.members.map((m) => m.user.email)).toEqual([
      'lead@demo.commons',
      'partner@demo.commons',
    ]);
    expect(after.data?.problem.organizations.map((o) => o.name)).toEqual([
      'Housing and Homelessness Department',
      'Riverside Youth Trust',
    ]);
  });

  it('refuses a duplicate membership and an allocation outside 0–100, naming the field', async () => {
    const member = await userId(t, 'partner@demo.commons');
    const duplicate = await lead.request(ADD, {
      input: { problemId: problem.id, userId: member, role: 'MEMBER', allocationPercent: 10 },
    });
    expect(duplicate.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'input.userId' }],
    });
    const tooMuch = await lead.request(ADD, {
      input: {
        problemId: problem.id,
        userId: await userId(t, 'member@demo.commons'),
        role: 'MEMBER',
        allocationPercent: 101,
      },
    });
    expect(tooMuch.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'input.allocationPercent', message: 'must be between 0 and 100' }],
    });
  });

  it('lets only the lead change the team; a member cannot, an outsider cannot even see it', async () => {
    const memberId = await userId(t, 'member@demo.commons');
    await lead.request(ADD, {
      input: { problemId: problem.id, userId: memberId, role: 'MEMBER', allocationPercent: 30 },
    });
    const member = await t.signedIn('member@demo.commons');
    const refused = await member.request(ADD, {
      input: {
        problemId: problem.id,
        userId: await userId(t, 'kwame.mensah@demo.commons'),
        role: 'MEMBER',
        allocationPercent: 0,
      },
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const outsider = await t.signedIn('outsider@demo.commons');
    const hidden = await outsider.request(ADD, {
      input: {
        problemId: problem.id,
        userId: await userId(t, 'kwame.mensah@demo.commons'),
        role: 'MEMBER',
        allocationPercent: 0,
      },
    });
    expect(hidden.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      fields: [{ path: 'input.problemId' }],
    });
  });

  it('updates with a version (CONFLICT when stale) and removes, refusing to remove the lead', async () => {
    const team = await lead.request<{
      problem: { members: { id: string; role: string; version: number }[] };
    }>(`query($key: String!) { problem(key: $key) { members { id role version } } }`, {
      key: problem.key,
    });
    const members = team.data?.problem.members ?? [];
    const partnerMembership = members.find((m) => m.role === 'PARTNER');
    const leadMembership = members.find((m) => m.role === 'LEAD');
    const UPDATE = `mutation($input: UpdateMemberInput!) { updateMember(input: $input) { allocationPercent version } }`;
    const updated = await lead.request(UPDATE, {
      input: {
        id: partnerMembership?.id,
        version: partnerMembership?.version,
        allocationPercent: 40,
      },
    });
    expect(updated.data).toEqual({ updateMember: { allocationPercent: 40, version: 2 } });
    const stale = await lead.request(UPDATE, {
      input: { id: partnerMembership?.id, version: 1, allocationPercent: 10 },
    });
    expect(stale.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', currentVersion: 2 });

    const removeLead = await lead.request(`mutation($id: ID!) { removeMember(id: $id) }`, {
      id: leadMembership?.id,
    });
    expect(removeLead.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const removed = await lead.request(`mutation($id: ID!) { removeMember(id: $id) }`, {
      id: partnerMembership?.id,
    });
    expect(removed.data).toEqual({ removeMember: true });
    const summaries = await t.dataSource.query<{ summary: string }[]>(
      `SELECT summary FROM activity_event WHERE action LIKE 'member.%' ORDER BY created_at`,
    );
    expect(summaries.map((s) => s.summary)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^Amira Haddad added Jess Morgan to TEAM-1 as PARTNER \(20%\)$/,
        ) as unknown,
        expect.stringMatching(/^Amira Haddad removed Jess Morgan from TEAM-1$/) as unknown,
      ]),
    );
  });
});

describe('the people directory', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ seed: 'directory' });
  });
  afterAll(() => t.close());

  it('finds colleagues across organisations by name, title or organisation', async () => {
    const member = await t.signedIn('member@demo.commons');
    const byOrg = await member.request<{
      users: { totalCount: number; edges: { node: { displayName: string } }[] };
    }>(`{ users(first: 50, search: "transport") { totalCount edges { node { displayName } } } }`);
    expect(byOrg.data?.users.edges.map((e) => e.node.displayName)).toEqual([
      'Callum Reid',
      'Fatima Yusuf',
      'George Whitfield',
    ]);
    const all = await member.request<{ users: { totalCount: number } }>(
      `{ users(first: 1) { totalCount } }`,
    );
    expect(all.data?.users.totalCount).toBeGreaterThanOrEqual(30);
  });

  it('shows a partner only itself and the people on its problems', async () => {
    const partner = await t.signedIn('partner@demo.commons');
    const alone = await partner.request<{
      users: { totalCount: number; edges: { node: { email: string } }[] };
    }>(`{ users(first: 100) { totalCount edges { node { email } } } }`);
    expect(alone.data?.users.edges.map((e) => e.node.email)).toEqual(['partner@demo.commons']);
    expect(alone.data?.users.totalCount).toBe(1);

    const lead = await t.signedIn('lead@demo.commons');
    const created = await lead.request<{ createProblem: { id: string } }>(CREATE, {
      input: { title: 'Shared work', keyPrefix: 'SHRD' },
    });
    await lead.request(ADD, {
      input: {
        problemId: created.data?.createProblem.id,
        userId: await userId(t, 'partner@demo.commons'),
        role: 'PARTNER',
        allocationPercent: 10,
      },
    });
    const now = await partner.request<{ users: { totalCount: number } }>(
      `{ users(first: 100) { totalCount } }`,
    );
    expect(now.data?.users.totalCount).toBe(2);
  });

  it('treats people and portfolios a partner cannot see as unknown when it names them', async () => {
    const UPDATE = `mutation($input: UpdateProblemInput!) { updateProblem(input: $input) { version } }`;
    const CREATE_TASK = `mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }`;
    const CREATE_PORTFOLIO = `mutation($input: CreatePortfolioInput!) { createPortfolio(input: $input) { id } }`;
    const exec = await t.signedIn('exec@demo.commons');
    const lead = await t.signedIn('lead@demo.commons');
    const portfolio = async (name: string) =>
      (
        await exec.request<{ createPortfolio: { id: string } }>(CREATE_PORTFOLIO, {
          input: { name },
        })
      ).data?.createPortfolio.id;
    const held = await portfolio('Young people');
    const other = await portfolio('Winter resilience');
    const created = await lead.request<{ createProblem: { id: string } }>(CREATE, {
      input: { title: 'Youth outreach after dark', keyPrefix: 'YOUT' },
    });
    const problemId = created.data?.createProblem.id;
    const partnerId = await userId(t, 'partner@demo.commons');
    await lead.request(ADD, {
      input: { problemId, userId: partnerId, role: 'PARTNER', allocationPercent: 30 },
    });
    // The lead (who sees every portfolio and person) files it and hands the lead to the partner.
    const handedOver = await lead.request<{ updateProblem: { version: number } }>(UPDATE, {
      input: { id: problemId, version: 1, portfolioId: held, leadId: partnerId },
    });
    expect(handedOver.errors).toBeUndefined();
    const version = handedOver.data?.updateProblem.version ?? 0;

    const partner = await t.signedIn('partner@demo.commons');
    const outsider = await userId(t, 'outsider@demo.commons');
    const colleague = await userId(t, 'lead@demo.commons');
    const refused = [
      [ADD, { problemId, userId: outsider, role: 'MEMBER', allocationPercent: 10 }, 'input.userId'],
      [
        CREATE_TASK,
        { problemId, title: 'Map the routes', assigneeId: outsider },
        'input.assigneeId',
      ],
      [UPDATE, { id: problemId, version, sponsorId: outsider }, 'input.sponsorId'],
      [UPDATE, { id: problemId, version, portfolioId: other }, 'input.portfolioId'],
    ] as const;
    for (const [mutation, input, field] of refused) {
      const answer = await partner.request(mutation, { input });
      expect(answer.errors?.[0]?.extensions).toMatchObject({
        code: 'NOT_FOUND',
        fields: [{ path: field }],
      });
    }
    // Whom and what it does see, it may name; the refused updates left the version as it was.
    const task = await partner.request(CREATE_TASK, {
      input: { problemId, title: 'Map the routes', assigneeId: colleague },
    });
    expect(task.errors).toBeUndefined();
    const sponsored = await partner.request<{ updateProblem: { version: number } }>(UPDATE, {
      input: { id: problemId, version, sponsorId: colleague, portfolioId: held },
    });
    expect(sponsored.errors).toBeUndefined();
    expect(sponsored.data?.updateProblem.version).toBe(version + 1);
  });

  it('lists organisations with a total and stable pages', async () => {
    const member = await t.signedIn('member@demo.commons');
    const first = await member.request<{
      organizations: {
        totalCount: number;
        pageInfo: { endCursor: string };
        edges: { node: { name: string } }[];
      };
    }>(
      `{ organizations(first: 10) { totalCount pageInfo { endCursor } edges { node { name } } } }`,
    );
    const rest = await member.request<{ organizations: { edges: { node: { name: string } }[] } }>(
      `query($after: String) { organizations(first: 100, after: $after) { edges { node { name } } } }`,
      { after: first.data?.organizations.pageInfo.endCursor },
    );
    const names = [
      ...(first.data?.organizations.edges ?? []),
      ...(rest.data?.organizations.edges ?? []),
    ].map((e) => e.node.name);
    expect(names).toHaveLength(first.data?.organizations.totalCount ?? -1);
    expect([...names].sort()).toEqual(names);
  });

  it('refuses a cursor it did not make as BAD_USER_INPUT, not an internal error', async () => {
    const member = await t.signedIn('member@demo.commons');
    const forged = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    for (const after of [forged(['Ada', 'not-a-uuid']), forged(['A\u0000', crypto.randomUUID()])]) {
      for (const list of ['organizations', 'users']) {
        const answer = await member.request(
          `query($after: String) { ${list}(first: 5, after: $after) { totalCount } }`,
          { after },
        );
        expect({ list, code: answer.errors?.[0]?.extensions?.code }).toEqual({
          list,
          code: 'BAD_USER_INPUT',
        });
      }
    }
  });
});
