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

  it('validates the filter, on the list and on a portfolio, naming the field', async () => {
    const long = 'x'.repeat(201);
    const listed = await lead.request(
      `query($s: String) { problems(filter: { search: $s }) { totalCount } }`,
      { s: long },
    );
    expect(listed.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ path: 'filter.search' })],
    });
    const inPortfolio = await lead.request(
      `query($t: String) { portfolios { problems(filter: { theme: $t }) { totalCount } } }`,
      { t: long },
    );
    expect(inPortfolio.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  describe('orderBy: every order pages in SQL, stable, with cursors of its own', () => {
    interface Listed {
      problems: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: { cursor: string; node: { key: string } }[];
      };
    }
    const LIST = `query($first: Int, $after: String, $orderBy: ProblemOrder) {
      problems(first: $first, after: $after, orderBy: $orderBy, filter: { theme: "sorting" }) {
        totalCount pageInfo { hasNextPage endCursor } edges { cursor node { key } } } }`;
    // Letters only, so lower() orders them the same under any collation; equal titles tie.
    const TITLES = ['banana', 'Apple', 'apple', 'Cherry', 'banana', 'APPLE', 'date', 'Banana'];
    interface Fact {
      id: string;
      key: string;
      title: string;
      created: string;
      updated: string;
    }
    let facts: Fact[] = [];

    beforeAll(async () => {
      // SORTB-2 … SORTB-12 (numbers, not text), SORT-1 and SORT2-1 (prefix, then number).
      const prefixes = [...Array<string>(12).fill('SORTB'), 'SORT2', 'SORT', 'SORT'];
      for (const [i, keyPrefix] of prefixes.entries()) {
        const created = await lead.request<Created>(CREATE, {
          input: { title: TITLES[i % TITLES.length], keyPrefix, themes: ['sorting'] },
        });
        expect(created.errors).toBeUndefined();
        if (i % 3 === 0)
          await lead.request(UPDATE, {
            input: { id: created.data?.createProblem.id, version: 1, statement: 'Touched' },
          });
      }
      // Ties in time, mid-list: the id has to decide, and paging must neither repeat nor skip.
      await t.dataSource.query(
        `UPDATE problem SET created_at = (SELECT created_at FROM problem WHERE key = 'SORTB-9')
          WHERE key IN ('SORTB-3', 'SORTB-4', 'SORTB-5', 'SORTB-10', 'SORTB-11', 'SORT-1')`,
      );
      await t.dataSource.query(
        `UPDATE problem SET updated_at = (SELECT updated_at FROM problem WHERE key = 'SORTB-2')
          WHERE key IN ('SORTB-6', 'SORTB-7', 'SORTB-8', 'SORTB-12', 'SORT2-1', 'SORT-2')`,
      );
      facts = await t.dataSource.query<Fact[]>(
        `SELECT id::text, key, title,
                to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS created,
                to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS updated
           FROM problem WHERE 'sorting' = ANY(themes)`,
      );
      expect(facts).toHaveLength(15);
    });

    const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
    const keyParts = (key: string) => {
      const [prefix = '', number = ''] = key.split('-');
      return [prefix, Number(number)] as const;
    };
    /** The orders worked out here, independently of the SQL. */
    const EXPECTED: Record<string, (a: Fact, b: Fact) => number> = {
      NEWEST: (a, b) => cmp(b.created, a.created) || cmp(b.id, a.id),
      RECENTLY_UPDATED: (a, b) => cmp(b.updated, a.updated) || cmp(b.id, a.id),
      KEY: (a, b) => {
        const [ap, an] = keyParts(a.key);
        const [bp, bn] = keyParts(b.key);
        return cmp(ap, bp) || cmp(an, bn);
      },
      TITLE: (a, b) => cmp(a.title.toLowerCase(), b.title.toLowerCase()) || cmp(a.id, b.id),
    };

    async function pageThrough(orderBy: string | null, first: number) {
      const keys: string[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 20; pages++) {
        const page: { data?: Listed | null; errors?: unknown } = await lead.request<Listed>(LIST, {
          first,
          after,
          orderBy,
        });
        expect(page.errors).toBeUndefined();
        expect(page.data?.problems.totalCount).toBe(15);
        keys.push(...(page.data?.problems.edges.map((e) => e.node.key) ?? []));
        if (!page.data?.problems.pageInfo.hasNextPage) return keys;
        after = page.data.problems.pageInfo.endCursor;
      }
      throw new Error('paging did not end');
    }

    it.each([
      ['NEWEST', 2],
      ['RECENTLY_UPDATED', 2],
      ['KEY', 4],
      ['TITLE', 3],
      ['TITLE', 1],
    ])('%s, %i at a time, concatenates to the whole order', async (orderBy, first) => {
      const expected = [...facts].sort(EXPECTED[orderBy]).map((f) => f.key);
      const keys = await pageThrough(orderBy, first);
      expect(new Set(keys).size).toBe(keys.length);
      expect(keys).toEqual(expected);
    });

    it('orders keys by prefix, then number, and lists newest first without orderBy', async () => {
      const byKey = await pageThrough('KEY', 100);
      expect(byKey.slice(0, 5)).toEqual(['SORT-1', 'SORT-2', 'SORT2-1', 'SORTB-1', 'SORTB-2']);
      expect(byKey.indexOf('SORTB-12')).toBe(byKey.length - 1);
      expect(await pageThrough(null, 4)).toEqual(await pageThrough('NEWEST', 100));
    });

    it('refuses a cursor of another order, or one that is not ours, on `after`', async () => {
      const first = await lead.request<Listed>(LIST, { first: 2, orderBy: 'TITLE' });
      const cursor = first.data?.problems.pageInfo.endCursor ?? '';
      const encode = (value: unknown) =>
        Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
      const [order, value, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [
        string,
        string,
        string,
      ];
      expect(order).toBe('TITLE');
      const refused = [
        ['KEY', cursor],
        ['NEWEST', cursor],
        ['TITLE', encode(['KEY', 'SORTB-2', id])],
        ['TITLE', encode([order, value])],
        ['TITLE', encode([order, value, 'not-a-uuid'])],
        ['TITLE', encode(['SIDEWAYS', value, id])],
        ['KEY', encode(['KEY', "SORTB-2' OR 1=1 --", id])],
        ['KEY', encode(['KEY', 'SORTB-99999999999999999999', id])],
        ['NEWEST', encode(['NEWEST', 'yesterday', id])],
        ['NEWEST', encode(['2026-05-01T10:00:00.123456Z', id])],
        ['TITLE', 'not base64 at all!'],
      ];
      for (const [orderBy, after] of refused) {
        const result = await lead.request(LIST, { first: 2, after, orderBy });
        expect({ orderBy, after, errors: result.errors?.[0]?.extensions }).toMatchObject({
          errors: { code: 'BAD_USER_INPUT', fields: [{ path: 'after' }] },
        });
        expect(result.data).toBeFalsy();
      }
    });

    it('orders a portfolio’s problems too', async () => {
      const portfolios = await lead.request<{ portfolios: { id: string }[] }>(
        `{ portfolios { id } }`,
      );
      const id = portfolios.data?.portfolios[0]?.id;
      const byKey = await lead.request<{
        node: { problems: { totalCount: number; edges: { node: { key: string } }[] } };
      }>(
        `query($id: ID!) { node(id: $id) { ... on Portfolio {
           problems(first: 100, orderBy: KEY) { totalCount edges { node { key } } } } } }`,
        { id },
      );
      expect(byKey.errors).toBeUndefined();
      const keys = byKey.data?.node.problems.edges.map((e) => e.node.key) ?? [];
      expect(keys.length).toBeGreaterThan(1);
      expect(keys.length).toBe(byKey.data?.node.problems.totalCount);
      expect(keys).toEqual(
        [...keys].sort((a, b) => {
          const [ap, an] = keyParts(a);
          const [bp, bn] = keyParts(b);
          return cmp(ap, bp) || cmp(an, bn);
        }),
      );
    });
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
