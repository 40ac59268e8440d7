import type { EmailFrequency, NotificationKind } from '@commons/shared';
import { startSmtpPeer, type ReceivedEmail, type SmtpPeer } from '../../test/smtp-peer.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../../test/test-app.js';
import { NotificationEmailsService } from './notification-emails.service.js';

const PUBLIC_URL = 'https://commons.example.org';
const SETTINGS = `${PUBLIC_URL}/settings/notifications`;
const CREATE_PROBLEM = `mutation($input: CreateProblemInput!) { createProblem(input: $input) { id key } }`;
const ADD_MEMBER = `mutation($input: AddMemberInput!) { addMember(input: $input) { id } }`;
const ADD_COMMENT = `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`;
const SEND_DIGESTS = `mutation { sendDigestsNow }`;
const EMAIL_QUEUES = ['notifications.email', 'email.send'];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function header(email: ReceivedEmail, key: string): string | undefined {
  return email.mail.headerLines.find((line) => line.key === key)?.line;
}

describe('notification emails, to a real SMTP server, from two instances', () => {
  let peer: SmtpPeer;
  let a: TestApp;
  let b: TestApp;
  const clients = new Map<string, GraphQLClient>();
  let housing: { id: string; key: string };
  let gritting: { id: string; key: string };

  async function as(name: string, app: TestApp = a): Promise<GraphQLClient> {
    const key = `${name}@${app.url}`;
    const known = clients.get(key);
    if (known) return known;
    const client = await app.signedIn(`${name}@demo.commons`);
    clients.set(key, client);
    return client;
  }

  async function ok<T>(name: string, query: string, variables?: Record<string, unknown>) {
    const result = await (await as(name)).request<T>(query, variables);
    if (result.errors || !result.data) throw new Error(JSON.stringify(result.errors));
    return result.data;
  }

  async function uuidOf(name: string): Promise<string> {
    const [row] = await a.dataSource.query<{ id: string }[]>(
      'SELECT id FROM app_user WHERE email = $1',
      [`${name}@demo.commons`],
    );
    if (!row) throw new Error(name);
    return row.id;
  }

  async function prefer(name: string, email: EmailFrequency, muted: NotificationKind[] = []) {
    await a.dataSource.query(
      'UPDATE app_user SET notify_email = $2, notify_muted = $3 WHERE email = $1',
      [`${name}@demo.commons`, email, muted],
    );
  }

  async function problem(title: string, team: string[]) {
    const { createProblem } = await ok<{ createProblem: { id: string; key: string } }>(
      'lead',
      CREATE_PROBLEM,
      { input: { title, keyPrefix: 'MAIL', visibility: 'INTERNAL' } },
    );
    for (const name of team) {
      await ok('lead', ADD_MEMBER, {
        input: {
          problemId: createProblem.id,
          userId: Buffer.from(`User:${await uuidOf(name)}`).toString('base64url'),
          role: 'MEMBER',
          allocationPercent: 10,
        },
      });
    }
    return createProblem;
  }

  /** The lead mentions `names` in a comment on `on`: one MENTIONED notification each. */
  async function mention(on: { id: string }, names: string[], app: TestApp = a) {
    const result = await (
      await as('lead', app)
    ).request(ADD_COMMENT, {
      input: { subjectId: on.id, body: `Over to ${names.map((n) => `@${n}`).join(' ')}` },
    });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
  }

  /** Waits until no email job is waiting or running, so "nothing arrived" means nothing will. */
  async function settled(): Promise<void> {
    for (let i = 0; i < 200; i++) {
      const [row] = await a.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM pgboss.job
          WHERE name = ANY($1) AND state IN ('created', 'retry', 'active')`,
        [EMAIL_QUEUES],
      );
      if (row?.n === 0) return;
      await sleep(100);
    }
    throw new Error('email jobs did not settle');
  }

  function to(name: string, from = 0): ReceivedEmail[] {
    return peer.received.slice(from).filter((r) => r.envelope.to.includes(`${name}@demo.commons`));
  }

  beforeAll(async () => {
    peer = await startSmtpPeer();
    const env = { SMTP_URL: peer.url, PUBLIC_URL };
    a = await startTestApp({ seed: 'directory', env });
    b = await startTestApp({ database: a.database, env });
    housing = await problem('Rough sleepers', ['member', 'kwame.mensah']);
    gritting = await problem('Winter gritting routes', ['member', 'kwame.mensah']);
  });
  afterAll(async () => {
    await b.close();
    await a.close();
    await peer.stop();
  });
  beforeEach(async () => {
    await settled();
    // Every test starts from no pending notification and nobody due a weekly digest.
    await a.dataSource.query('DELETE FROM notification');
    await a.dataSource.query(
      `UPDATE app_user SET notify_email = 'OFF', notify_muted = '{}', last_digest_at = NULL`,
    );
  });

  it('emails an IMMEDIATE notification once, with HTML, text, its link and one-click unsubscribe', async () => {
    await prefer('member', 'IMMEDIATE');
    const before = peer.received.length;
    await mention(housing, ['member']);
    const [email] = (await peer.waitFor(before + 1)).slice(before);
    if (!email) throw new Error('no email');
    const [row] = await a.dataSource.query<{ id: string; url: string }[]>(
      `SELECT id, url FROM notification`,
    );
    if (!row) throw new Error('no notification');
    expect(row.url).toMatch(/^\/problems\/MAIL-\d+\/discussion/);
    expect(email.envelope.to).toEqual(['member@demo.commons']);
    expect(email.mail.subject).toBe(`Amira Haddad mentioned you on ${housing.key} Rough sleepers`);
    const link = `${PUBLIC_URL}${row.url}`;
    expect(email.mail.html || '').toContain(`href="${link.replace(/&/g, '&amp;')}"`);
    expect(email.mail.html || '').toContain(
      `Amira Haddad mentioned you on ${housing.key} Rough sleepers.`,
    );
    expect(email.mail.html || '').toContain(`href="${SETTINGS}"`);
    expect(email.mail.text).toContain(`Open in Commons: ${link}`);
    expect(email.mail.text).toContain('as it happens');
    expect(email.mail.text).toContain(`Unsubscribe: ${SETTINGS}`);
    expect(header(email, 'list-unsubscribe')).toBe(`List-Unsubscribe: <${SETTINGS}>`);
    expect(header(email, 'list-unsubscribe-post')).toBe(
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    );
    await settled();
    expect(await emailedAt(row.id)).not.toBeNull();
    // Exactly once, though both instances work the queue; a repeat of the job sends nothing.
    expect(to('member', before)).toHaveLength(1);
    expect(await b.app.get(NotificationEmailsService).sendImmediate(row.id)).toBe(false);
    // IMMEDIATE people get no digest of what was already emailed.
    expect((await ok<{ sendDigestsNow: number }>('admin', SEND_DIGESTS)).sendDigestsNow).toBe(0);
  });

  async function emailedAt(id: string): Promise<Date | null> {
    const [row] = await a.dataSource.query<{ emailed_at: Date | null }[]>(
      'SELECT emailed_at FROM notification WHERE id = $1',
      [id],
    );
    return row?.emailed_at ?? null;
  }

  it('does not email what was read before the job ran, nor anyone who switched email off', async () => {
    await prefer('member', 'IMMEDIATE');
    const before = peer.received.length;
    await mention(housing, ['member']);
    const [row] = await a.dataSource.query<{ id: string }[]>(`SELECT id FROM notification`);
    if (!row) throw new Error('no notification');
    await settled();
    expect(to('member', before)).toHaveLength(1);
    // The same notification again (a job repeated after a crash): already emailed.
    await a.dataSource.query('UPDATE notification SET emailed_at = NULL, read_at = now()');
    expect(await a.app.get(NotificationEmailsService).sendImmediate(row.id)).toBe(false);
    await a.dataSource.query('UPDATE notification SET read_at = NULL');
    await prefer('member', 'OFF');
    expect(await a.app.get(NotificationEmailsService).sendImmediate(row.id)).toBe(false);
    await settled();
    expect(to('member', before)).toHaveLength(1);
  });

  it('sends a DAILY person nothing at once, then one digest grouped by problem, and not again', async () => {
    await prefer('member', 'DAILY');
    const before = peer.received.length;
    await mention(housing, ['member']);
    await mention(gritting, ['member']);
    await mention(housing, ['member']);
    await settled();
    expect(to('member', before)).toEqual([]);

    expect((await ok<{ sendDigestsNow: number }>('admin', SEND_DIGESTS)).sendDigestsNow).toBe(1);
    const [digest] = (await peer.waitFor(before + 1)).slice(before);
    if (!digest) throw new Error('no digest');
    expect(digest.envelope.to).toEqual(['member@demo.commons']);
    expect(digest.mail.subject).toBe('Your daily Commons summary: 3 notifications');
    const html = digest.mail.html || '';
    // A heading per problem, in key order (housing's MAIL-1 before gritting's MAIL-2), each
    // followed by its own items as links.
    const headings = [...html.matchAll(/<h2[^>]*>([^<]*)<\/h2>/g)].map((m) => m[1]);
    expect(headings).toEqual([
      `${housing.key} Rough sleepers`,
      `${gritting.key} Winter gritting routes`,
    ]);
    const [housingSection, grittingSection] = html.split(/<h2/).slice(1);
    const linksIn = (section: string | undefined) =>
      [...(section ?? '').matchAll(/<li[^>]*><a href="([^"]+)"/g)].map((m) => m[1]);
    expect(linksIn(housingSection)).toHaveLength(2);
    expect(linksIn(grittingSection)).toHaveLength(1);
    for (const url of [...linksIn(housingSection), ...linksIn(grittingSection)]) {
      expect(url).toMatch(new RegExp(`^${PUBLIC_URL}/problems/MAIL-\\d+/discussion`));
    }
    expect(linksIn(housingSection)[0]).toContain(`/problems/${housing.key}/`);
    expect(linksIn(grittingSection)[0]).toContain(`/problems/${gritting.key}/`);
    expect(digest.mail.text).toContain(
      `Amira Haddad mentioned you on ${gritting.key} Winter gritting routes`,
    );
    expect(header(digest, 'list-unsubscribe')).toBe(`List-Unsubscribe: <${SETTINGS}>`);

    const marks = await a.dataSource.query<{ emailed: number; digest: boolean }[]>(
      `SELECT count(n.emailed_at)::int AS emailed, bool_and(u.last_digest_at IS NOT NULL) AS digest
         FROM notification n JOIN app_user u ON u.id = n.user_id`,
    );
    expect(marks).toEqual([{ emailed: 3, digest: true }]);
    expect((await ok<{ sendDigestsNow: number }>('admin', SEND_DIGESTS)).sendDigestsNow).toBe(0);
    await settled();
    expect(to('member', before)).toHaveLength(1);
  });

  it('sends each digest once when two instances send them at the same time', async () => {
    await prefer('member', 'DAILY');
    await prefer('kwame.mensah', 'WEEKLY');
    const before = peer.received.length;
    await mention(housing, ['member', 'kwame.mensah']);
    await mention(gritting, ['member'], b);
    const [fromA, fromB] = await Promise.all([
      (await as('admin', a)).request<{ sendDigestsNow: number }>(SEND_DIGESTS),
      (await as('admin', b)).request<{ sendDigestsNow: number }>(SEND_DIGESTS),
    ]);
    expect((fromA.data?.sendDigestsNow ?? 0) + (fromB.data?.sendDigestsNow ?? 0)).toBe(2);
    await peer.waitFor(before + 2);
    await settled();
    expect(to('member', before)).toHaveLength(1);
    expect(to('kwame.mensah', before).map((r) => r.mail.subject)).toEqual([
      'Your weekly Commons summary: 1 notification',
    ]);
    // A WEEKLY person had theirs: a new notification waits for next week's.
    await mention(gritting, ['kwame.mensah']);
    expect((await ok<{ sendDigestsNow: number }>('admin', SEND_DIGESTS)).sendDigestsNow).toBe(0);
    await a.dataSource.query(
      `UPDATE app_user SET last_digest_at = now() - interval '7 days' WHERE email = 'kwame.mensah@demo.commons'`,
    );
    expect((await ok<{ sendDigestsNow: number }>('admin', SEND_DIGESTS)).sendDigestsNow).toBe(1);
  });

  it('emails nothing to someone with email OFF', async () => {
    await prefer('member', 'OFF');
    const before = peer.received.length;
    await mention(housing, ['member']);
    await settled();
    expect((await ok<{ sendDigestsNow: number }>('admin', SEND_DIGESTS)).sendDigestsNow).toBe(0);
    await settled();
    expect(to('member', before)).toEqual([]);
    expect(
      await a.dataSource.query(`SELECT 1 FROM notification WHERE emailed_at IS NOT NULL`),
    ).toEqual([]);
  });

  it('emails no muted kind, muted before or after the notification', async () => {
    await prefer('member', 'IMMEDIATE', ['MENTIONED']);
    const before = peer.received.length;
    await mention(housing, ['member']);
    await prefer('member', 'DAILY');
    await mention(gritting, ['member']);
    await prefer('member', 'DAILY', ['MENTIONED']);
    expect((await ok<{ sendDigestsNow: number }>('admin', SEND_DIGESTS)).sendDigestsNow).toBe(0);
    await settled();
    expect(to('member', before)).toEqual([]);
  });

  it('refuses sendDigestsNow to anyone but an administrator', async () => {
    const result = await (await as('lead')).request(SEND_DIGESTS);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('queues nothing without SMTP_URL', async () => {
    const plain = await startTestApp({ database: a.database, env: { JOBS_ENABLED: 'false' } });
    try {
      await prefer('member', 'IMMEDIATE');
      await mention(housing, ['member'], plain);
      const [jobs] = await a.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM pgboss.job j JOIN notification n ON n.id::text = j.data->>'notificationId'`,
      );
      expect(jobs?.n).toBe(0);
      expect(await a.dataSource.query(`SELECT 1 FROM notification`)).toHaveLength(1);
      const admin = await plain.signedIn('admin@demo.commons');
      await prefer('kwame.mensah', 'DAILY');
      await mention(housing, ['kwame.mensah'], plain);
      expect((await admin.request<{ sendDigestsNow: number }>(SEND_DIGESTS)).data).toEqual({
        sendDigestsNow: 0,
      });
    } finally {
      await plain.close();
    }
  });
});
