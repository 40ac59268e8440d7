import { startTestApp, type GraphQLClient, type TestApp } from '../../test/test-app.js';

const CREATE = `mutation($input: CreateProblemInput!) { createProblem(input: $input) { id key } }`;
const ADD = `mutation($input: AddMemberInput!) { addMember(input: $input) { id } }`;
const PEOPLE = `query($search: String) { users(search: $search, first: 50) { edges { node {
  email memberships { role allocationPercent problem { key } }
} } } }`;

type People = {
  users: {
    edges: { node: { email: string; memberships: { role: string; problem: { key: string } }[] } }[];
  };
};

async function userId(t: TestApp, email: string): Promise<string> {
  const [row] = await t.dataSource.query<{ id: string }[]>(
    'SELECT id FROM app_user WHERE email = $1',
    [email],
  );
  return Buffer.from(`User:${row?.id ?? ''}`).toString('base64url');
}

function keysOf(data: People | null | undefined, email: string): string[] | undefined {
  return data?.users.edges
    .find((edge) => edge.node.email === email)
    ?.node.memberships.map((m) => m.problem.key);
}

describe('User.memberships', () => {
  let t: TestApp;
  let lead: GraphQLClient;
  beforeAll(async () => {
    t = await startTestApp({ seed: 'directory' });
    lead = await t.signedIn('lead@demo.commons');
    const create = async (keyPrefix: string, visibility: string) => {
      const result = await lead.request<{ createProblem: { id: string; key: string } }>(CREATE, {
        input: { title: `A ${visibility.toLowerCase()} problem`, keyPrefix, visibility },
      });
      return result.data?.createProblem ?? { id: '', key: '' };
    };
    const open = await create('OPEN', 'PUBLIC');
    await create('INTL', 'INTERNAL');
    await create('SECR', 'RESTRICTED');
    await lead.request(ADD, {
      input: {
        problemId: open.id,
        userId: await userId(t, 'partner@demo.commons'),
        role: 'PARTNER',
        allocationPercent: 10,
      },
    });
  });
  afterAll(() => t.close());

  it('lists the person’s teams the viewer may see, by key, with role', async () => {
    const asLead = await lead.request<People>(PEOPLE, { search: 'lead@' });
    expect(asLead.errors).toBeUndefined();
    expect(keysOf(asLead.data, 'lead@demo.commons')).toEqual(['INTL-1', 'OPEN-1', 'SECR-1']);
    expect(asLead.data?.users.edges[0]?.node.memberships.every((m) => m.role === 'LEAD')).toBe(
      true,
    );
  });

  it('hides RESTRICTED teams from someone not on them, and INTERNAL ones from a partner', async () => {
    const outsider = await t.signedIn('outsider@demo.commons');
    const seen = await outsider.request<People>(PEOPLE, { search: 'lead@' });
    expect(keysOf(seen.data, 'lead@demo.commons')).toEqual(['INTL-1', 'OPEN-1']);

    const partner = await t.signedIn('partner@demo.commons');
    const byPartner = await partner.request<People>(PEOPLE, { search: '' });
    expect(byPartner.errors).toBeUndefined();
    expect(keysOf(byPartner.data, 'lead@demo.commons')).toEqual(['OPEN-1']);
    expect(keysOf(byPartner.data, 'partner@demo.commons')).toEqual(['OPEN-1']);
  });

  it('reads the memberships of a whole directory page in one statement', async () => {
    const admin = await t.signedIn('admin@demo.commons');
    t.resetQueries();
    const result = await admin.request<People>(PEOPLE, { search: null });
    expect(result.errors).toBeUndefined();
    expect(result.data?.users.edges.length).toBeGreaterThan(5);
    expect(t.queries.filter((sql) => /FROM membership m\s+JOIN problem p/.test(sql))).toHaveLength(
      1,
    );
  });
});
