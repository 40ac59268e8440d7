import { startTestApp, type GraphQLClient, type TestApp } from '../../test/test-app.js';

/** Badly typed variables are refused before anything runs, with the bad field named. */
describe('variables of the wrong type', () => {
  let t: TestApp;
  let lead: GraphQLClient;
  beforeAll(async () => {
    t = await startTestApp({ seed: 'directory' });
    lead = await t.signedIn('lead@demo.commons');
  });
  afterAll(() => t.close());

  const ADD_MEMBER = `mutation($input: AddMemberInput!) { addMember(input: $input) { id } }`;
  const CREATE = `mutation($input: CreateProblemInput!) { createProblem(input: $input) { id } }`;

  async function fieldsOf(query: string, variables: Record<string, unknown>) {
    const result = await lead.request(query, variables);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    return result.errors?.[0]?.extensions?.fields;
  }

  it('names a nested field of the wrong type', async () => {
    const fields = await fieldsOf(ADD_MEMBER, {
      input: { problemId: 'x', userId: 'y', role: 'MEMBER', allocationPercent: 'lots' },
    });
    expect(fields).toEqual([
      {
        path: 'input.allocationPercent',
        message: 'Int cannot represent non-integer value: "lots"',
      },
    ]);
  });

  it('names a required field left out, and an unknown enum value', async () => {
    expect(await fieldsOf(CREATE, { input: { keyPrefix: 'ABC' } })).toEqual([
      { path: 'input.title', message: 'Required.' },
    ]);
    expect(await fieldsOf(CREATE, { input: { title: 'Potholes', visibility: 'SECRET' } })).toEqual([
      {
        path: 'input.visibility',
        message: 'Value "SECRET" does not exist in "Visibility" enum.',
      },
    ]);
  });

  it('names a required variable left out', async () => {
    expect(await fieldsOf(CREATE, {})).toEqual([{ path: 'input', message: 'Required.' }]);
  });

  it('refuses a number too large to be finite', async () => {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: lead.cookie ?? '' },
      body: `{"query":"mutation($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { id } }","variables":{"input":{"outcomeId":"x","observedAt":"2026-01-01","value":1e400}}}`,
    });
    const body = (await response.json()) as {
      errors: { extensions: { code: string; fields?: { path: string }[] } }[];
    };
    expect(response.status).toBe(400);
    expect(body.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0]?.extensions.fields?.[0]?.path).toBe('input.value');
  });
});
