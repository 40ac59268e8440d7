import { startSmtpPeer, type SmtpPeer } from '../../test/smtp-peer.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { renderEmail } from './email-layout.js';
import { EMAIL_QUEUE, type EmailMessage, MailService } from './mail.service.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const UNSUBSCRIBE = 'https://commons.example.org/unsubscribe?token=abc123';

function message(subject: string, to = 'amira@example.org'): EmailMessage {
  return { to, ...renderEmail({ subject, blocks: [{ type: 'paragraph', text: subject }] }) };
}

function header(lines: readonly { key: string; line: string }[], key: string): string | undefined {
  return lines.find((line) => line.key === key)?.line;
}

describe('email through the job queue, to a real SMTP server', () => {
  let peer: SmtpPeer;
  let a: TestApp;
  let env: Record<string, string>;
  beforeAll(async () => {
    peer = await startSmtpPeer({ auth: { user: 'commons', pass: 's3cret:pass' } });
    env = {
      SMTP_URL: peer.url,
      MAIL_FROM: 'Riverside Commons <commons@riverside.example>',
      PUBLIC_URL: 'https://commons.example.org/',
    };
    a = await startTestApp({ env });
  });
  afterAll(async () => {
    await a.close();
    await peer.stop();
  });

  it('sends an enqueued email with HTML and text, its subject, sender and one-click unsubscribe', async () => {
    const mail = a.app.get(MailService);
    expect(mail.available).toBe(true);
    const content = renderEmail({
      subject: 'Tom mentioned you on\nHOUS-12',
      blocks: [
        {
          type: 'paragraph',
          text: 'Tom Fairweather mentioned you: <script>alert("x")</script> & more',
        },
        {
          type: 'list',
          items: [
            { text: 'Outreach <b>plan</b>', url: mail.link('/problems/HOUS-12'), detail: 'Today' },
          ],
        },
        { type: 'action', label: 'Open the problem', url: mail.link('/problems/HOUS-12') },
      ],
      footer: 'You get this because you are on the HOUS-12 team.',
      unsubscribeUrl: UNSUBSCRIBE,
    });
    const before = peer.received.length;
    await a.dataSource.transaction((tx) =>
      mail.enqueue(tx, { to: 'amira@example.org', ...content, unsubscribeUrl: UNSUBSCRIBE }),
    );

    const received = (await peer.waitFor(before + 1))[before];
    if (!received) throw new Error('no email');
    const { mail: email, envelope } = received;
    expect(envelope).toEqual({ from: 'commons@riverside.example', to: ['amira@example.org'] });
    expect(email.subject).toBe('Tom mentioned you on HOUS-12');
    expect(email.from?.value).toEqual([
      { address: 'commons@riverside.example', name: 'Riverside Commons' },
    ]);
    expect(header(email.headerLines, 'list-unsubscribe')).toBe(
      `List-Unsubscribe: <${UNSUBSCRIBE}>`,
    );
    expect(header(email.headerLines, 'list-unsubscribe-post')).toBe(
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    );
    // The job's id is the Message-ID, so a repeated send carries the same one.
    expect(email.messageId).toMatch(/^<[0-9a-f-]{36}@commons\.example\.org>$/);

    // HTML: a whole document; user text escaped, never markup.
    const html = email.html || '';
    expect(html).toContain('<html lang="en"');
    expect(html).toContain('<title>Tom mentioned you on HOUS-12</title>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more');
    expect(html).not.toContain('<script');
    expect(html).toContain('Outreach &lt;b&gt;plan&lt;/b&gt;');
    expect(html).toContain('href="https://commons.example.org/problems/HOUS-12"');
    expect(html).toContain(`href="${UNSUBSCRIBE.replace('&', '&amp;')}"`);
    // Text: the same content, links written out.
    expect(email.text).toContain(
      'Tom Fairweather mentioned you: <script>alert("x")</script> & more',
    );
    expect(email.text).toContain('Open the problem: https://commons.example.org/problems/HOUS-12');
    expect(email.text).toContain(`Unsubscribe: ${UNSUBSCRIBE}`);
  });

  it('sends each of 10 emails exactly once with two instances working the queue', async () => {
    const b = await startTestApp({ env, database: a.database });
    try {
      const before = peer.received.length;
      const subjects = Array.from({ length: 10 }, (_, i) => `Digest ${i + 1}`);
      // Half enqueued by each instance.
      for (const [i, subject] of subjects.entries()) {
        const app = i % 2 ? b : a;
        await app.dataSource.transaction((tx) =>
          app.app.get(MailService).enqueue(tx, message(subject, `person${i}@example.org`)),
        );
      }
      await peer.waitFor(before + 10);
      // Both instances poll twice more: nothing is sent again.
      await sleep(4_500);
      const sent = peer.received.slice(before).map((r) => r.mail.subject);
      expect(sent.sort()).toEqual([...subjects].sort());
    } finally {
      await b.close();
    }
  });

  it('retries an email the server refused and delivers it once the server accepts', async () => {
    const before = peer.received.length;
    const refusalsBefore = peer.refusals;
    peer.refuseNext(1);
    await a.dataSource.transaction((tx) =>
      a.app.get(MailService).enqueue(tx, message('Your outcome report is due')),
    );
    await peer.waitFor(before + 1, 20_000);
    await sleep(2_500);
    expect(peer.refusals - refusalsBefore).toBe(1);
    expect(peer.received.slice(before).map((r) => r.mail.subject)).toEqual([
      'Your outcome report is due',
    ]);
    const [job] = await a.dataSource.query<{ state: string; retry_count: number }[]>(
      `SELECT state, retry_count FROM pgboss.job WHERE name = $1 AND data->>'subject' = $2`,
      [EMAIL_QUEUE, 'Your outcome report is due'],
    );
    expect(job).toEqual({ state: 'completed', retry_count: 1 });
  });

  it('does not retry an email whose recipient the server refuses for good', async () => {
    const before = peer.received.length;
    peer.refuseNext(1, 550);
    const mail = a.app.get(MailService);
    await a.dataSource.transaction((tx) =>
      mail.enqueue(tx, message('To a closed mailbox', 'gone@example.org')),
    );
    const job = async () =>
      (
        await a.dataSource.query<{ state: string; retry_count: number }[]>(
          `SELECT state, retry_count FROM pgboss.job WHERE name = $1 AND data->>'subject' = $2`,
          [EMAIL_QUEUE, 'To a closed mailbox'],
        )
      )[0];
    for (let i = 0; i < 100 && (await job())?.state !== 'completed'; i++) await sleep(100);
    expect(await job()).toEqual({ state: 'completed', retry_count: 0 });
    expect(peer.received.length).toBe(before);
  });

  it('has no email without SMTP_URL: enqueue does nothing', async () => {
    const plain = await startTestApp();
    try {
      const mail = plain.app.get(MailService);
      expect(mail.available).toBe(false);
      await plain.dataSource.transaction((tx) => mail.enqueue(tx, message('Nobody gets this')));
      const queues = await plain.dataSource.query<unknown[]>(
        `SELECT 1 FROM pgboss.queue WHERE name = $1`,
        [EMAIL_QUEUE],
      );
      expect(queues).toHaveLength(0);
    } finally {
      await plain.close();
    }
  });
});
