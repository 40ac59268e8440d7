import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** One message the peer accepted: the parsed email and the SMTP envelope it came in. */
export interface ReceivedEmail {
  mail: ParsedMail;
  envelope: { from: string | false; to: string[] };
}

export interface SmtpPeer {
  /** `smtp://…` for SMTP_URL (with the credentials when `auth` was given). */
  url: string;
  port: number;
  /** Every accepted message, in arrival order. */
  received: ReceivedEmail[];
  /** How many transactions were refused so far. */
  refusals: number;
  /**
   * Refuse the recipients of the next `count` transactions, with 451 by default (a temporary
   * failure a sender retries) or e.g. 550 (mailbox unavailable: final).
   */
  refuseNext(count: number, responseCode?: number): void;
  /** Resolves with the first `count` messages; rejects after `timeoutMs` with what arrived. */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedEmail[]>;
  stop(): Promise<void>;
}

export interface SmtpPeerOptions {
  /** Require these credentials (AUTH PLAIN/LOGIN over the plain connection). */
  auth?: { user: string; pass: string };
}

/**
 * A real SMTP server on a random loopback port that parses and keeps what it is sent: the far
 * end for tests of email. STARTTLS is off (smtp-server's built-in certificate has expired), so
 * nodemailer speaks plain SMTP to it.
 */
export async function startSmtpPeer(options: SmtpPeerOptions = {}): Promise<SmtpPeer> {
  const received: ReceivedEmail[] = [];
  const waiters = new Set<() => void>();
  let refuse = 0;
  let refuseCode = 451;
  let refusals = 0;

  const server = new SMTPServer({
    disabledCommands: options.auth ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    authOptional: !options.auth,
    allowInsecureAuth: true,
    logger: false,
    // nodemailer's pooled connections stay open: do not wait the default 30 s for them.
    closeTimeout: 500,
    onAuth(auth, _session, callback) {
      const expected = options.auth;
      const ok =
        expected !== undefined &&
        auth.username === expected.user &&
        auth.password === expected.pass;
      if (ok) callback(null, { user: auth.username });
      else callback(Object.assign(new Error('Invalid credentials'), { responseCode: 535 }));
    },
    onRcptTo(_address, _session, callback) {
      if (refuse > 0) {
        refuse--;
        refusals++;
        const message = refuseCode < 500 ? 'Try again later' : 'No such mailbox';
        callback(Object.assign(new Error(message), { responseCode: refuseCode }));
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push({
            mail,
            envelope: {
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : false,
              to: session.envelope.rcptTo.map((r) => r.address),
            },
          });
          for (const wake of waiters) wake();
          callback();
        })
        .catch((error: unknown) => {
          callback(error instanceof Error ? error : new Error(String(error)));
        });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      resolve();
    });
  });
  const { port } = server.server.address() as AddressInfo;
  const credentials = options.auth
    ? `${encodeURIComponent(options.auth.user)}:${encodeURIComponent(options.auth.pass)}@`
    : '';

  return {
    url: `smtp://${credentials}127.0.0.1:${port}`,
    port,
    received,
    get refusals() {
      return refusals;
    },
    refuseNext(count, responseCode = 451) {
      refuse = count;
      refuseCode = responseCode;
    },
    waitFor(count, timeoutMs = 15_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (received.length < count) return;
          finish();
          resolve(received.slice(0, count));
        };
        const timer = setTimeout(() => {
          finish();
          reject(
            new Error(`expected ${count} emails within ${timeoutMs} ms, got ${received.length}`),
          );
        }, timeoutMs);
        const finish = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      });
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
}
