import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

// The built server as a user runs it: `node dist/server/src/main.js` with an embedded
// PostgreSQL in a fresh DATA_DIR.
const MAIN = path.resolve(import.meta.dirname, '../dist/server/src/main.js');

interface RequestLog {
  id: string;
  url: string;
  headers: Record<string, string>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Running {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function start(env: Record<string, string>): Running {
  let output = '';
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise<number | null>((resolve) => {
    child.on('exit', (code) => {
      resolve(code);
    });
  });
  return { child, output: () => output, exited };
}

async function waitForAnswer(url: string, running: Running): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if (running.child.exitCode !== null) throw new Error(`server exited: ${running.output()}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`server did not answer: ${running.output()}`);
}

async function graphql(url: string, query: string, cookie?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query }),
  });
  return {
    cookie: response.headers.get('set-cookie')?.split(';')[0],
    requestId: response.headers.get('x-request-id'),
    body: (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] },
  };
}

describe('the server process', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'commons-process-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('starts on an embedded database with demo data, stops cleanly on SIGTERM, and finds its data again', async () => {
    const port = String(20_000 + Math.floor(Math.random() * 20_000));
    const url = `http://127.0.0.1:${port}`;
    const first = start({ PORT: port, DATA_DIR: dataDir });
    await waitForAnswer(url, first);
    expect(first.output()).toContain('Demo sign-in: admin@demo.commons / demo-password-2026');

    const signIn = await graphql(
      url,
      'mutation { signIn(email: "lead@demo.commons", password: "demo-password-2026") { email } }',
    );
    expect(signIn.body.data).toEqual({ signIn: { email: 'lead@demo.commons' } });

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    // PostgreSQL was stopped, not left running: its lock file is gone.
    expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);

    const second = start({ PORT: port, DATA_DIR: dataDir, LOG_LEVEL: 'info' });
    try {
      await waitForAnswer(url, second);
      // Not seeded again (the database was not fresh) ...
      expect(second.output()).not.toContain('Demo sign-in');
      // ... and the session of the first run survived the restart.
      const me = await graphql(url, '{ me { email } }', signIn.cookie);
      expect(me.body.data).toEqual({ me: { email: 'lead@demo.commons' } });

      // Refused input is the caller's error, not the server's: answered, not logged as one.
      const refused = await graphql(url, '{ myTasks(first: 1000) { totalCount } }', signIn.cookie);
      expect(refused.body.errors).toMatchObject([{ extensions: { code: 'BAD_USER_INPUT' } }]);

      // One access log line per request, under its id, without the session cookie; none
      // for the health checks; no error lines.
      const requestLogs = () =>
        second
          .output()
          .split('\n')
          .filter((line) => line.startsWith('{'))
          .map((line) => JSON.parse(line) as { req?: RequestLog })
          .flatMap((line) => (line.req ? [line.req] : []));
      // Written when the response has finished, through an asynchronous stream.
      for (let i = 0; i < 40 && requestLogs().length < 2; i++) await sleep(50);
      expect(requestLogs().map((req) => req.url)).toEqual(['/graphql', '/graphql']);
      expect(requestLogs()[0]).toMatchObject({
        id: me.requestId,
        headers: { cookie: '[redacted]' },
      });
      const errorLines = second
        .output()
        .split('\n')
        .filter(
          (line) => line.startsWith('{') && (JSON.parse(line) as { level: number }).level >= 50,
        );
      expect(errorLines).toEqual([]);
    } finally {
      second.child.kill('SIGINT');
      expect(await second.exited).toBe(0);
    }
  });

  it('refuses a bad setting with one clear line naming the variable', async () => {
    const running = start({ PORT: 'eighty', DATA_DIR: dataDir });
    expect(await running.exited).toBe(1);
    expect(running.output().trim()).toMatch(/^Invalid setting PORT: [^\n]+$/);
  });
});
