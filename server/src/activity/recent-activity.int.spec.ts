import { startTestApp, type GraphQLClient, type TestApp } from '../../test/test-app.js';

const CREATE = `mutation($input: CreateProblemInput!) { createProblem(input: $input) { id key } }`;
const CREATE_TASK = `mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }`;
const RECENT = `query($first: Int, $after: String) { recentActivity(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { action summary actor { email } } }
} }`;

type Recent = {
  recentActivity: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { action: string; summary: string } }[];
  };
};

describe('Query.recentActivity', () => {
  let t: TestApp;
  let lead: GraphQLClient;
  beforeAll(async () => {
    t = await startTestApp({ seed: 'directory' });
    lead = await t.signedIn('lead@demo.commons');
    const mine = await lead.request<{ createProblem: { id: string } }>(CREATE, {
      input: { title: 'Mine', keyPrefix: 'MINE', visibility: 'INTERNAL' },
    });
    await lead.request(CREATE_TASK, {
      input: { problemId: mine.data?.createProblem.id, title: 'First step' },
    });
    const other = await t.signedIn('outsider@demo.commons');
    await other.request(CREATE, {
      input: { title: 'Not mine', keyPrefix: 'THEIR', visibility: 'PUBLIC' },
    });
  });
  afterAll(() => t.close());

  it('lists the events of the problems I am on, newest first, and pages', async () => {
    const first = await lead.request<Recent>(RECENT, { first: 1 });
    expect(first.errors).toBeUndefined();
    const page = first.data?.recentActivity;
    expect(page?.totalCount).toBeGreaterThanOrEqual(2);
    expect(page?.edges.map((e) => e.node.action)).toEqual(['task.created']);
    expect(page?.pageInfo.hasNextPage).toBe(true);
    const second = await lead.request<Recent>(RECENT, {
      first: 50,
      after: page?.pageInfo.endCursor,
    });
    const summaries = second.data?.recentActivity.edges.map((e) => e.node.summary) ?? [];
    expect(summaries.some((s) => s.includes('MINE-1'))).toBe(true);
    expect(summaries.some((s) => s.includes('THEIR'))).toBe(false);
  });

  it('names the problem each event happened on, so a reader can go to it', async () => {
    const result = await lead.request<{
      recentActivity: { edges: { node: { action: string; problem: { key: string } | null } }[] };
    }>(`{ recentActivity(first: 10) { edges { node { action problem { key } } } } }`);
    expect(result.errors).toBeUndefined();
    const nodes = result.data?.recentActivity.edges.map((e) => e.node) ?? [];
    expect(nodes.map((n) => n.action)).toEqual(['task.created', 'problem.created']);
    expect(nodes.map((n) => n.problem?.key)).toEqual(['MINE-1', 'MINE-1']);
  });

  it('is empty for someone on no team, and refuses the signed-out', async () => {
    const member = await t.signedIn('member@demo.commons');
    const none = await member.request<Recent>(RECENT, {});
    expect(none.data?.recentActivity).toMatchObject({ totalCount: 0, edges: [] });
    const anonymous = await t.client().request<Recent>(RECENT, {});
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
