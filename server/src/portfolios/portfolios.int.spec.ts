import { startTestApp, type TestApp } from '../../test/test-app.js';

const CREATE_PROBLEM = `mutation($input: CreateProblemInput!) { createProblem(input: $input) { id key } }`;
const CREATE = `mutation($input: CreatePortfolioInput!) { createPortfolio(input: $input) { id name version owner { email } } }`;
const UPDATE = `mutation($input: UpdatePortfolioInput!) { updatePortfolio(input: $input) { id version } }`;

describe('portfolios', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ seed: 'directory' });
  });
  afterAll(() => t.close());

  it('an executive creates one, fills it with problems, and sees them side by side', async () => {
    const exec = await t.signedIn('exec@demo.commons');
    const lead = await t.signedIn('lead@demo.commons');
    const created = await exec.request<{ createPortfolio: { id: string; version: number } }>(
      CREATE,
      {
        input: { name: 'Homelessness and housing', description: 'Council priority 1' },
      },
    );
    expect(created.data?.createPortfolio).toMatchObject({
      name: 'Homelessness and housing',
      owner: { email: 'exec@demo.commons' },
    });
    const a = await lead.request<{ createProblem: { id: string; key: string } }>(CREATE_PROBLEM, {
      input: { title: 'Rough sleeping', keyPrefix: 'PORT' },
    });
    const b = await lead.request<{ createProblem: { id: string; key: string } }>(CREATE_PROBLEM, {
      input: { title: 'Temporary accommodation', keyPrefix: 'PORT', visibility: 'RESTRICTED' },
    });
    const updated = await exec.request(UPDATE, {
      input: {
        id: created.data?.createPortfolio.id,
        version: 1,
        problemIds: [a.data?.createProblem.id, b.data?.createProblem.id],
      },
    });
    expect(updated.errors).toBeUndefined();
    const [event] = await t.dataSource.query<{ summary: string }[]>(
      `SELECT summary FROM activity_event WHERE action = 'portfolio.updated' ORDER BY created_at DESC LIMIT 1`,
    );
    const keys = [a.data?.createProblem.key, b.data?.createProblem.key].join(', ');
    expect(event?.summary).toBe(
      `Margaret Okafor changed the portfolio Homelessness and housing: added ${keys}`,
    );

    const view = await exec.request<{
      portfolios: {
        name: string;
        problems: {
          totalCount: number;
          edges: { node: { key: string; portfolio: { name: string } } }[];
        };
      }[];
    }>(
      `{ portfolios { name problems(first: 10) { totalCount edges { node { key portfolio { name } } } } } }`,
    );
    expect(view.data?.portfolios[0]?.problems.totalCount).toBe(2);
    expect(view.data?.portfolios[0]?.problems.edges[0]?.node.portfolio.name).toBe(
      'Homelessness and housing',
    );

    // A member sees the portfolio, but only the problems it may see (not the RESTRICTED one).
    const member = await t.signedIn('member@demo.commons');
    const filtered = await member.request<{ portfolios: { problems: { totalCount: number } }[] }>(
      `{ portfolios { problems { totalCount } } }`,
    );
    expect(filtered.data?.portfolios[0]?.problems.totalCount).toBe(1);
  });

  it('shows a partner-only account none it has no problem in; only executives and admins create one', async () => {
    const partner = await t.signedIn('partner@demo.commons');
    expect((await partner.request(`{ portfolios { id } }`)).data).toEqual({ portfolios: [] });
    const member = await t.signedIn('member@demo.commons');
    const refused = await member.request(CREATE, { input: { name: 'Mine' } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lets only its owner or an admin change it, with a version', async () => {
    const exec = await t.signedIn('exec@demo.commons');
    const otherExec = await t.signedIn('director.health@demo.commons');
    const created = await exec.request<{ createPortfolio: { id: string } }>(CREATE, {
      input: { name: 'Health inequalities' },
    });
    const id = created.data?.createPortfolio.id;
    const refused = await otherExec.request(UPDATE, {
      input: { id, version: 1, name: 'Taken over' },
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const admin = await t.signedIn('admin@demo.commons');
    expect(
      (await admin.request(UPDATE, { input: { id, version: 1, name: 'Health equity' } })).errors,
    ).toBeUndefined();
    const stale = await exec.request(UPDATE, { input: { id, version: 1, name: 'Stale' } });
    expect(stale.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', currentVersion: 2 });
  });
});
