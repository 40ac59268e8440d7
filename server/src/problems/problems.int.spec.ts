import { startTestApp, type GraphQLClient, type TestApp } from '../../test/test-app.js';

const CREATE = `mutation($input: CreateProblemInput!) {
  createProblem(input: $input) { id key title status visibility themes version lead { email } }
}`;
const UPDATE = `mutation($input: UpdateProblemInput!) { updateProblem(input: $input) { id title version status } }`;

interface Created {
  createProblem: { id: string; key: string; title: string; version: number; visibility: string };
}

describe('problems: create, read, list and update under the permission table', () => {
  let t: TestApp;
  let lead: GraphQLClient;
  let partner: GraphQLClient;
  beforeAll(async () => {
    t = await startTestApp({ seed: true });
    lead = await t.signedIn('lead@demo.commons');
    partner = await t.signedIn('partner@demo.commons');
  });
  afterAll(() => t.close());

  it('creates a problem with a human key, makes the creator its lead, and audits it', async () => {
    const result = await lead.request<Created>(CREATE, {
      input: {
        title: 'Young people sleeping rough in Riverside',
        themes: ['Housing', 'youth'],
        visibility: 'INTERNAL',
      },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.createProblem).toMatchObject({
      key: expect.stringMatching(/^HOUS-\d+$/) as unknown,
      status: 'DRAFT',
      themes: ['housing', 'youth'],
      version: 1,
      lead: { email: 'lead@demo.commons' },
    });
    const events = await t.dataSource.query<{ action: string; summary: string }[]>(
      `SELECT action, summary FROM activity_event WHERE subject_type = 'Problem' ORDER BY created_at DESC LIMIT 1`,
    );
    expect(events[0]?.action).toBe('problem.created');
    expect(events[0]?.summary).toMatch(/^Amira Haddad created HOUS-\d+ Young people/);
  });

  it('never reuses a key, even after the problem is deleted', async () => {
    const first = await lead.request<Created>(CREATE, {
      input: { title: 'Key test one', keyPrefix: 'KEYT' },
    });
    await t.dataSource.query('DELETE FROM problem WHERE key = $1', [first.data?.createProblem.key]);
    const second = await lead.request<Created>(CREATE, {
      input: { title: 'Key test two', keyPrefix: 'KEYT' },
    });
    expect(first.data?.createProblem.key).toBe('KEYT-1');
    expect(second.data?.createProblem.key).toBe('KEYT-2');
  });

  it('hides an INTERNAL problem from a partner who is not on it: NOT_FOUND, not in lists or counts', async () => {
    const created = await lead.request<Created>(CREATE, {
      input: { title: 'Internal only', keyPrefix: 'INTL' },
    });
    const key = created.data?.createProblem.key ?? '';
    const single = await partner.request(`query($k: String!) { problem(key: $k) { id } }`, {
      k: key,
    });
    expect(single.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const node = await partner.request(`query($id: ID!) { node(id: $id) { id } }`, {
      id: created.data?.createProblem.id,
    });
    expect(node.data).toEqual({ node: null });
    const list = await partner.request<{
      problems: { totalCount: number; edges: { node: { key: string } }[] };
    }>(`{ problems(first: 100) { totalCount edges { node { key } } } }`);
    expect(list.data?.problems.edges.map((e) => e.node.key)).not.toContain(key);
    expect(list.data?.problems.totalCount).toBe(list.data?.problems.edges.length);

    const member = await t.signedIn('member@demo.commons');
    const seen = await member.request(`query($k: String!) { problem(key: $k) { key } }`, {
      k: key,
    });
    expect(seen.data).toEqual({ problem: { key } });
  });

  it('refuses a stale version with CONFLICT and the current version, overwriting nothing', async () => {
    const created = await lead.request<Created>(CREATE, {
      input: { title: 'Concurrency', keyPrefix: 'CONC' },
    });
    const id = created.data?.createProblem.id;
    const first = await lead.request<{ updateProblem: { version: number } }>(UPDATE, {
      input: { id, version: 1, title: 'First edit' },
    });
    expect(first.data?.updateProblem.version).toBe(2);
    const stale = await lead.request(UPDATE, { input: { id, version: 1, title: 'Stale edit' } });
    expect(stale.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', currentVersion: 2 });
    const [row] = await t.dataSource.query<{ title: string }[]>(
      'SELECT title FROM problem WHERE id = (SELECT id FROM problem WHERE key = $1)',
      [created.data?.createProblem.key],
    );
    expect(row?.title).toBe('First edit');
  });

  it('lets only the lead or an admin edit: another member is FORBIDDEN', async () => {
    const created = await lead.request<Created>(CREATE, {
      input: { title: 'Who edits', keyPrefix: 'EDIT', visibility: 'PUBLIC' },
    });
    const exec = await t.signedIn('exec@demo.commons');
    const refused = await exec.request(UPDATE, {
      input: { id: created.data?.createProblem.id, version: 1, title: 'Exec edit' },
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const admin = await t.signedIn('admin@demo.commons');
    const allowed = await admin.request(UPDATE, {
      input: { id: created.data?.createProblem.id, version: 1, status: 'FRAMING' },
    });
    expect(allowed.errors).toBeUndefined();
  });

  it('names every bad field, and a failed mutation changes nothing', async () => {
    const [before] = await t.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM problem',
    );
    const result = await lead.request(CREATE, {
      input: { title: '   ', statement: 'x'.repeat(50_001), geography: 'g'.repeat(201) },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = (result.errors?.[0]?.extensions?.fields as { path: string }[]).map(
      (f) => f.path,
    );
    expect(fields).toEqual(['input.title', 'input.statement', 'input.geography']);
    const [after] = await t.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM problem',
    );
    expect(after?.n).toBe(before?.n);
  });

  it('refuses a partner creating a problem, and pages over 100 as bad input', async () => {
    const refused = await partner.request(CREATE, { input: { title: 'Partner problem' } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const tooMany = await lead.request(`{ problems(first: 101) { totalCount } }`);
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'first' }],
    });
  });

  it('pages with stable cursors and filters in SQL', async () => {
    for (let i = 0; i < 5; i++)
      await lead.request(CREATE, {
        input: { title: `Paging ${i}`, keyPrefix: 'PAGE', themes: ['paging'] },
      });
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: {
        data?: {
          problems: {
            totalCount: number;
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
            edges: { node: { key: string } }[];
          };
        } | null;
      } = await lead.request(
        `query($after: String) { problems(first: 2, after: $after, filter: { theme: "paging" }) { totalCount pageInfo { hasNextPage endCursor } edges { node { key } } } }`,
        { after },
      );
      expect(page.data?.problems.totalCount).toBe(5);
      seen.push(...(page.data?.problems.edges.map((e) => e.node.key) ?? []));
      if (!page.data?.problems.pageInfo.hasNextPage) break;
      after = page.data.problems.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
  });
});

describe('the audit log', () => {
  it('refuses UPDATE, DELETE and TRUNCATE in the database itself', async () => {
    const t = await startTestApp({ seed: true });
    try {
      const lead = await t.signedIn('lead@demo.commons');
      await lead.request(CREATE, { input: { title: 'Audited', keyPrefix: 'AUDT' } });
      await expect(
        t.dataSource.query(`UPDATE activity_event SET summary = 'rewritten'`),
      ).rejects.toThrow(/append-only/);
      await expect(t.dataSource.query(`DELETE FROM activity_event`)).rejects.toThrow(/append-only/);
      await expect(t.dataSource.query(`TRUNCATE activity_event`)).rejects.toThrow(/append-only/);
    } finally {
      await t.close();
    }
  });
});
