import { DEMO_PASSWORD } from '../seed/demo-data.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';

const ME = `{ me { email displayName role organization { name kind } } }`;

describe('sign-in, sessions and sign-out (real PostgreSQL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ seed: true, env: { SIGN_IN_MAX_FAILURES_PER_CLIENT: '1000' } });
  });
  afterAll(() => t.close());

  it('signs in, sets an httpOnly SameSite=Lax session cookie and answers me', async () => {
    const client = t.client();
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation { signIn(email: "  Lead@Demo.Commons ", password: "${DEMO_PASSWORD}") { email organization { name } } }`,
      }),
    });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^commons\.sid=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
    const body = (await response.json()) as {
      data: { signIn: { email: string; organization: { name: string } } };
    };
    expect(body.data.signIn).toEqual({
      email: 'lead@demo.commons',
      organization: { name: 'Housing and Homelessness Department' },
    });

    client.cookie = cookie.split(';')[0] ?? null;
    const me = await client.request<{ me: { email: string; role: string } }>(ME);
    expect(me.data?.me).toMatchObject({ email: 'lead@demo.commons', role: 'MEMBER' });
  });

  it('answers me with null when signed out', async () => {
    const me = await t.client().request(ME);
    expect(me.data).toEqual({ me: null });
  });

  it('gives a new session id at every sign-in (no fixation)', async () => {
    const client = await t.signedIn('member@demo.commons');
    const first = client.cookie;
    await client.signIn('member@demo.commons', DEMO_PASSWORD);
    expect(client.cookie).not.toEqual(first);
    const stale = t.client();
    stale.cookie = first;
    expect((await stale.request(ME)).data).toEqual({ me: null });
  });

  it('sign-out deletes the session server-side: a copied cookie stops working', async () => {
    const client = await t.signedIn('exec@demo.commons');
    const copy = t.client();
    copy.cookie = client.cookie;
    const sessionsBefore = await countSessions(t, 'exec@demo.commons');
    expect(sessionsBefore).toBe(1);

    const out = await client.request<{ signOut: boolean }>('mutation { signOut }');
    expect(out.data?.signOut).toBe(true);
    expect(await countSessions(t, 'exec@demo.commons')).toBe(0);
    expect((await copy.request(ME)).data).toEqual({ me: null });
  });

  it('answers a wrong email and a wrong password with the same error', async () => {
    const wrongPassword = await t
      .client()
      .request(
        `mutation { signIn(email: "admin@demo.commons", password: "not-the-password") { id } }`,
      );
    const wrongEmail = await t
      .client()
      .request(
        `mutation { signIn(email: "nobody@demo.commons", password: "not-the-password") { id } }`,
      );
    expect(wrongPassword.errors?.[0]).toMatchObject({
      message: 'The email address or password is not right.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(wrongEmail.errors?.[0]?.message).toBe(wrongPassword.errors?.[0]?.message);
    expect(wrongEmail.errors?.[0]?.extensions).toEqual(wrongPassword.errors?.[0]?.extensions);
  });

  it('takes about the same time for a wrong email as for a wrong password', async () => {
    const time = async (email: string) => {
      const started = performance.now();
      await t
        .client()
        .request(
          `mutation($e: String!) { signIn(email: $e, password: "not-the-password") { id } }`,
          { e: email },
        );
      return performance.now() - started;
    };
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 7; i++) {
      known.push(await time('director.health@demo.commons'));
      unknown.push(await time(`nobody-${i}@demo.commons`));
    }
    // Both do one argon2id verification (~tens of ms); without the dummy hash the unknown
    // email would answer several times faster.
    const ratio = median(unknown) / median(known);
    expect(ratio).toBeGreaterThan(0.6);
    expect(ratio).toBeLessThan(1.6);
  });

  it('rejects malformed credentials with fields named, before touching the database', async () => {
    const result = await t.client().request(`mutation { signIn(email: "", password: "") { id } }`);
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { path: 'email', message: 'Enter your email address.' },
        { path: 'password', message: 'Enter your password.' },
      ],
    });
  });

  it('ends the sessions of a disabled account and refuses its sign-in', async () => {
    const client = await t.signedIn('sara.lindqvist@demo.commons');
    await t.dataSource.query(
      `UPDATE app_user SET disabled_at = now() WHERE email = 'sara.lindqvist@demo.commons'`,
    );
    expect((await client.request(ME)).data).toEqual({ me: null });
    expect(await countSessions(t, 'sara.lindqvist@demo.commons')).toBe(0);
    const again = await t
      .client()
      .request(
        `mutation { signIn(email: "sara.lindqvist@demo.commons", password: "${DEMO_PASSWORD}") { id } }`,
      );
    expect(again.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('ends a session past the absolute timeout even while it is in use', async () => {
    const client = await t.signedIn('kwame.mensah@demo.commons');
    const hours = t.config.SESSION_ABSOLUTE_HOURS;
    await t.dataSource.query(
      `UPDATE session SET sess = jsonb_set(sess::jsonb, '{signedInAt}', to_jsonb($1::bigint))::json
        WHERE user_id = (SELECT id FROM app_user WHERE email = 'kwame.mensah@demo.commons')`,
      [Date.now() - (hours * 3_600_000 + 60_000)],
    );
    expect((await client.request(ME)).data).toEqual({ me: null });
  });
});

async function countSessions(t: TestApp, email: string): Promise<number> {
  const [row] = await t.dataSource.query<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM session s JOIN app_user u ON u.id = s.user_id WHERE u.email = $1`,
    [email],
  );
  return row?.n ?? -1;
}
