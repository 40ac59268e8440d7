import { startTestApp, type GraphQLClient, type TestApp } from '../../test/test-app.js';
import { parseTaskReference } from './tasks.service.js';

const CREATE_PROBLEM = `mutation($input: CreateProblemInput!) { createProblem(input: $input) { id key } }`;
const CREATE_TASK = `mutation($input: CreateTaskInput!) { createTask(input: $input) { id number } }`;
const SEARCH = `query($search: String!, $first: Int) { tasks(search: $search, first: $first) {
  number title problem { key }
} }`;

type Found = { tasks: { number: number; title: string; problem: { key: string } }[] };

describe('parseTaskReference', () => {
  it.each([
    ['HOUS-12 #4', { key: 'HOUS-12', number: 4 }],
    ['hous-12 4', { key: 'HOUS-12', number: 4 }],
    ['HOUS-12#4', { key: 'HOUS-12', number: 4 }],
    ['HOUS-12-4', { key: 'HOUS-12', number: 4 }],
    ['HOUS-12', { key: 'HOUS-12', number: null }],
    ['rough sleeping', null],
    ['#4', null],
  ])('%j gives %j', (text, expected) => {
    expect(parseTaskReference(text)).toEqual(expected);
  });
});

describe('Query.tasks(search)', () => {
  let t: TestApp;
  let lead: GraphQLClient;
  beforeAll(async () => {
    t = await startTestApp({ seed: 'directory' });
    lead = await t.signedIn('lead@demo.commons');
    const problem = async (keyPrefix: string, visibility: string) => {
      const created = await lead.request<{ createProblem: { id: string } }>(CREATE_PROBLEM, {
        input: { title: `Problem ${keyPrefix}`, keyPrefix, visibility },
      });
      return created.data?.createProblem.id ?? '';
    };
    const open = await problem('FIND', 'PUBLIC');
    const secret = await problem('HIDE', 'RESTRICTED');
    for (const title of ['Map rough sleeping hotspots', 'Book outreach van', 'Rough count'])
      await lead.request(CREATE_TASK, { input: { problemId: open, title } });
    await lead.request(CREATE_TASK, { input: { problemId: secret, title: 'Rough secret plan' } });
  });
  afterAll(() => t.close());

  it('finds a task by reference, exact first', async () => {
    const result = await lead.request<Found>(SEARCH, { search: 'find-1 #2' });
    expect(result.errors).toBeUndefined();
    expect(result.data?.tasks).toEqual([
      { number: 2, title: 'Book outreach van', problem: { key: 'FIND-1' } },
    ]);
    const all = await lead.request<Found>(SEARCH, { search: 'FIND-1' });
    expect(all.data?.tasks.map((task) => task.number)).toEqual([1, 2, 3]);
  });

  it('finds by words of the title, only on problems the caller may see', async () => {
    const asLead = await lead.request<Found>(SEARCH, { search: 'rough' });
    expect(asLead.data?.tasks.map((task) => task.title)).toEqual([
      'Map rough sleeping hotspots',
      'Rough count',
      'Rough secret plan',
    ]);
    const outsider = await t.signedIn('outsider@demo.commons');
    const asOutsider = await outsider.request<Found>(SEARCH, { search: 'rough' });
    expect(asOutsider.data?.tasks.map((task) => task.problem.key)).toEqual(['FIND-1', 'FIND-1']);
    const byReference = await outsider.request<Found>(SEARCH, { search: 'HIDE-1 #1' });
    expect(byReference.data?.tasks).toEqual([]);
  });

  it('treats LIKE wildcards as text, and refuses an empty search or too many', async () => {
    const wildcard = await lead.request<Found>(SEARCH, { search: '%' });
    expect(wildcard.data?.tasks).toEqual([]);
    const empty = await lead.request<Found>(SEARCH, { search: '  ' });
    expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const tooMany = await lead.request<Found>(SEARCH, { search: 'rough', first: 51 });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
