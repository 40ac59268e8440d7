import { DEMO_PASSWORD } from '../seed/demo-data.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';

const SIGN_IN = `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }`;

describe('sign-in rate limits, stored in PostgreSQL', () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    const env = { SIGN_IN_MAX_FAILURES_PER_ACCOUNT: '3', SIGN_IN_MAX_FAILURES_PER_CLIENT: '8' };
    a = await startTestApp({ seed: true, env });
    // A second server instance on the same database, as behind a load balancer.
    b = await startTestApp({ env, database: a.database });
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('locks an account after repeated wrong passwords, across instances, even for the right password', async () => {
    const email = 'lead@demo.commons';
    for (const app of [a, b, a]) {
      const wrong = await app.client().request(SIGN_IN, { e: email, p: 'wrong-password!' });
      expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const locked = await b.client().request(SIGN_IN, { e: email, p: DEMO_PASSWORD });
    expect(locked.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(locked.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(60);
    // Other accounts are not affected by one account's lock.
    const other = await a.client().request(SIGN_IN, { e: 'member@demo.commons', p: DEMO_PASSWORD });
    expect(other.errors).toBeUndefined();
  });

  it('limits one client spraying passwords over many accounts', async () => {
    let limited = 0;
    for (let i = 0; i < 7; i++) {
      const result = await a
        .client()
        .request(SIGN_IN, { e: `spray-${i}@demo.commons`, p: 'guess-guess-1' });
      if (result.errors?.[0]?.extensions?.code === 'RATE_LIMITED') limited++;
    }
    // 3 failures above + 7 here = 10 > 8 allowed from this client (127.0.0.1).
    expect(limited).toBeGreaterThan(0);
    const counters = await a.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM rate_limit WHERE key LIKE 'signin-client:%'`,
    );
    expect(counters[0]?.n).toBe(1);
  });

  it('counts every signIn in an operation, so aliases cannot multiply attempts', async () => {
    const aliases = Array.from(
      { length: 5 },
      (_, i) => `a${i}: signIn(email: "exec@demo.commons", password: "guess-${i}-xxxxx") { id }`,
    ).join(' ');
    const result = await b.client().request(`mutation { ${aliases} }`);
    const codes = (result.errors ?? []).map((e) => e.extensions?.code);
    expect(codes).toContain('RATE_LIMITED');
  });
});
