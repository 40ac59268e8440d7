import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startTestApp, type TestApp } from '../test/test-app.js';

const JSON_HEADERS = { 'content-type': 'application/json' };

describe('HTTP surface: bad input gets a clear error and loses nothing', () => {
  let t: TestApp;
  beforeAll(async () => {
    const client = await mkdtemp(path.join(os.tmpdir(), 'commons-client-'));
    await mkdir(path.join(client, 'assets'));
    await writeFile(
      path.join(client, 'index.html'),
      '<!doctype html><html><body>app</body></html>',
    );
    await writeFile(path.join(client, 'assets', 'app-1234.js'), 'console.log(1)');
    t = await startTestApp({ seed: true, env: { CLIENT_DIST_DIR: client } });
  });
  afterAll(() => t.close());

  const post = (body: string, headers: Record<string, string> = JSON_HEADERS) =>
    fetch(`${t.url}/graphql`, { method: 'POST', headers, body });

  it('answers malformed JSON with 400 and a GraphQL-shaped error', async () => {
    const response = await post('{"query": ');
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [
        { message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } },
      ],
    });
  });

  it('refuses a body over 1 MB with 413', async () => {
    const response = await post(
      JSON.stringify({ query: `{ me { id } }`, pad: 'x'.repeat(1_100_000) }),
    );
    expect(response.status).toBe(413);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers an unknown field with a validation error', async () => {
    const response = await post(JSON.stringify({ query: '{ me { shoeSize } }' }));
    expect(response.status).toBe(400);
    const body = (await response.json()) as {
      errors: { message: string; extensions: { code: string } }[];
    };
    expect(body.errors[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors[0]?.message).toContain('shoeSize');
  });

  it('answers queries over GET but never changes state over GET', async () => {
    const query = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(await query.json()).toEqual({ data: { __typename: 'Query' } });

    const mutation = await fetch(
      `${t.url}/graphql?query=${encodeURIComponent('mutation { signOut }')}`,
      { headers: { 'apollo-require-preflight': 'true' } },
    );
    expect(mutation.status).toBe(405);
  });

  it('refuses cross-site form posts (text/plain, urlencoded) before running anything', async () => {
    const client = await t.signedIn('lead@demo.commons');
    const cookie = client.cookie ?? '';
    for (const [type, body] of [
      ['text/plain', JSON.stringify({ query: 'mutation { signOut }' })],
      ['application/x-www-form-urlencoded', 'query=mutation%20%7B%20signOut%20%7D'],
    ] as const) {
      const response = await post(body, { 'content-type': type, cookie });
      expect(response.status).toBe(400);
    }
    // The session survived: nothing ran.
    expect(
      (await client.request<{ me: { email: string } }>('{ me { email } }')).data?.me.email,
    ).toBe('lead@demo.commons');
  });

  it('sends security headers and a request id on every answer', async () => {
    const response = await post(JSON.stringify({ query: '{ __typename }' }));
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get('x-powered-by')).toBeNull();
    // Not cacheable, so no ETag: hashing every answer for one would be wasted work.
    expect(response.headers.get('etag')).toBeNull();
  });

  it('serves the client with an SPA fallback, but not for missing assets or the API', async () => {
    const page = await fetch(`${t.url}/problems/HOUS-12`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<html>');
    const asset = await fetch(`${t.url}/assets/app-1234.js`);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect(asset.headers.get('etag')).toBeTruthy();
    const missing = await fetch(`${t.url}/assets/missing.js`, { headers: { accept: 'text/html' } });
    expect(missing.status).toBe(404);
  });

  it('reports liveness and readiness', async () => {
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${t.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      status: 'ok',
      info: { database: { status: 'up' } },
    });
  });

  it('masks unexpected errors: no SQL, stack or path in the answer', async () => {
    const client = await t.signedIn('member@demo.commons');
    // Break the schema under the running server to provoke a real database error.
    await t.dataSource.query('ALTER TABLE organization RENAME COLUMN kind TO kind_renamed');
    try {
      const result = await client.request('{ me { organization { name } } }');
      const error = result.errors?.[0];
      expect(error?.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
      const text = JSON.stringify(result);
      expect(text).not.toMatch(/kind|SELECT|column|\.ts|\/work|at /i);
    } finally {
      await t.dataSource.query('ALTER TABLE organization RENAME COLUMN kind_renamed TO kind');
    }
  });
});

describe('when PostgreSQL is gone', () => {
  it('says 503 on /readyz and answers GraphQL with a clean error, fast', async () => {
    const t = await startTestApp({ seed: true });
    try {
      const client = await t.signedIn('lead@demo.commons');
      await t.database.drop();
      const ready = await fetch(`${t.url}/readyz`);
      expect(ready.status).toBe(503);
      const started = Date.now();
      const result = await client.request('{ me { email } }');
      expect(Date.now() - started).toBeLessThan(6_000);
      expect(result.status).toBe(503);
      expect(result.errors?.[0]?.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
      expect(JSON.stringify(result)).not.toMatch(/database|commons_test|postgres/i);
    } finally {
      await t.close();
    }
  });
});

describe('query limits, before anything runs', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ seed: true });
  });
  afterAll(() => t.close());

  const send = (body: unknown, cookie?: string | null) =>
    fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    });

  async function refused(body: unknown, cookie?: string | null): Promise<string> {
    const response = await send(body, cookie);
    expect(response.status).toBe(400);
    const json = (await response.json()) as {
      errors: { message: string; extensions: { code: string } }[];
    };
    expect(json.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
    return json.errors[0]?.message ?? '';
  }

  it('refuses a query nested too deep', async () => {
    const deep =
      '{ me { organization { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { name } } } } } } } } } } } } }';
    expect(await refused({ query: deep })).toMatch(/depth/i);
  });

  it('refuses too many aliases (one signIn each, say)', async () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: me { id }`).join(' ');
    expect(await refused({ query: `{ ${aliases} }` })).toMatch(/alias/i);
  });

  it('refuses a document with too many tokens', async () => {
    const fields = Array.from({ length: 6000 }, () => '__typename').join(' ');
    expect(await refused({ query: `{ ${fields} }` })).toMatch(/tokens/);
  });

  it('refuses an operation that would cost too much, counting list sizes', async () => {
    const client = await t.signedIn('lead@demo.commons');
    const costly = `{ problems(first: 100) { edges { node { tasks(first: 100) { edges { node { assignee { displayName } outcomes { name } } } } } } } }`;
    expect(await refused({ query: costly }, client.cookie)).toMatch(/too expensive/);
  });

  it('costs the same document anew for other variables', async () => {
    const client = await t.signedIn('lead@demo.commons');
    const query = `query($n: Int!) { problems(first: $n) { edges { node {
      tasks(first: 100) { edges { node { assignee { displayName } outcomes { name } } } } } } } }`;
    const cheap = async () => {
      const response = await send({ query, variables: { n: 1 } }, client.cookie);
      expect(response.status).toBe(200);
    };
    await cheap();
    expect(await refused({ query, variables: { n: 100 } }, client.cookie)).toMatch(/too expensive/);
    // Each answer from memory, the second time.
    await cheap();
    expect(await refused({ query, variables: { n: 100 } }, client.cookie)).toMatch(/too expensive/);
  });

  it("lets the product's own heavy pages through: a portfolio of 50 problems, a board of 100 tasks", async () => {
    const client = await t.signedIn('lead@demo.commons');
    const portfolio = `{ problems(first: 50) { totalCount edges { cursor node { id key title status
      lead { displayName organization { name } } organizations { name kind }
      health { offTrack atRisk onTrack achieved noData }
      outcomes { id name health progress latest { value observedAt } } } } } }`;
    const board = `{ problems(first: 1) { edges { node { tasks(first: 100) { edges { node { id number title
      status rank dueDate assignee { displayName } organization { name } outcomes { id name } blockedBy { id } } } } } } } }`;
    for (const query of [portfolio, board]) {
      const response = await client.request(query);
      expect(response.errors).toBeUndefined();
    }
  });

  it('refuses batched arrays of operations', async () => {
    const response = await send([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(response.status).toBe(400);
  });

  it('gives anonymous callers no field suggestions in production', async () => {
    const response = await send({ query: '{ mee { id } }' });
    const json = (await response.json()) as { errors: { message: string }[] };
    expect(json.errors[0]?.message).toBe('Cannot query field "mee" on type "Query".');
  });
});
