import pg from 'pg';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { createTestDatabase } from '../../test/test-database.js';
import { type Job, JobsService } from './jobs.service.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

interface Run {
  instance: string;
  job: Job<{ n: string }>;
}

/** A handler that records each run and which instance ran it. */
function recorder(runs: Run[], instance: string) {
  return (job: Job<{ n: string }>) => {
    runs.push({ instance, job });
    return Promise.resolve();
  };
}

async function jobRows(app: TestApp, queue: string) {
  return app.dataSource.query<{ n: string; state: string; retry_count: number }[]>(
    `SELECT data->>'n' AS n, state, retry_count FROM pgboss.job WHERE name = $1 ORDER BY created_on`,
    [queue],
  );
}

describe('background jobs (pg-boss on the app database)', () => {
  // Two instances on one database, checking schedules every second (production: 30 s).
  const env = { JOBS_SCHEDULE_CHECK_SECONDS: '1' };
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    a = await startTestApp({ env });
    b = await startTestApp({ env, database: a.database });
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('runs a job sent in a transaction that commits, once, and never one whose transaction rolled back', async () => {
    const runs: Run[] = [];
    const jobs = a.app.get(JobsService);
    await jobs.register('test.commit', recorder(runs, 'a'));
    await b.app.get(JobsService).register('test.commit', recorder(runs, 'b'));

    await expect(
      a.dataSource.transaction(async (tx) => {
        await jobs.sendInTransaction(tx, 'test.commit', { n: 'rolled back' });
        throw new Error('the change fails after the job was sent');
      }),
    ).rejects.toThrow('the change fails');
    await a.dataSource.transaction(async (tx) => {
      const id = await jobs.sendInTransaction(tx, 'test.commit', { n: 'committed' });
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      // Not visible to the workers before the commit.
      const outside = await b.dataSource.query<unknown[]>(
        `SELECT 1 FROM pgboss.job WHERE name = 'test.commit'`,
      );
      expect(outside).toHaveLength(0);
    });

    await until(() => runs.length > 0, 10_000, 'the committed job');
    // Two more polling rounds of both instances: no second run, and the other never runs.
    await sleep(4_500);
    expect(runs.map((run) => run.job.data.n)).toEqual(['committed']);
    expect(runs[0]?.job.retryCount).toBe(0);
    expect(await jobRows(a, 'test.commit')).toEqual([
      { n: 'committed', state: 'completed', retry_count: 0 },
    ]);
  });

  it('refuses to send outside a transaction through sendInTransaction, and to an unknown queue', async () => {
    const jobs = a.app.get(JobsService);
    await jobs.register('test.refused', () => Promise.resolve());
    await expect(jobs.sendInTransaction(a.dataSource.manager, 'test.refused', {})).rejects.toThrow(
      'needs the EntityManager of an open transaction',
    );
    await expect(
      a.dataSource.transaction((tx) => jobs.sendInTransaction(tx, 'test.nobody', {})),
    ).rejects.toThrow('Job queue test.nobody is not registered');
  });

  it('retries a failed job with its own data and runs only it again', async () => {
    const attempts: Job<{ n: string }>[] = [];
    const jobs = a.app.get(JobsService);
    await jobs.register<{ n: string }>(
      'test.retry',
      (job) => {
        attempts.push(job);
        if (job.data.n === 'flaky' && job.retryCount === 0) {
          return Promise.reject(new Error('the outside world failed once'));
        }
        return Promise.resolve();
      },
      { retryDelaySeconds: 1, retryBackoff: false },
    );
    await a.dataSource.transaction(async (tx) => {
      await jobs.sendInTransaction(tx, 'test.retry', { n: 'flaky' });
      await jobs.sendInTransaction(tx, 'test.retry', { n: 'steady' });
    });
    await until(() => attempts.length >= 3, 15_000, 'the retry');
    await sleep(2_500);
    expect(attempts.map((job) => `${job.data.n}#${job.retryCount}`).sort()).toEqual([
      'flaky#0',
      'flaky#1',
      'steady#0',
    ]);
    expect(await jobRows(a, 'test.retry')).toEqual(
      expect.arrayContaining([
        { n: 'flaky', state: 'completed', retry_count: 1 },
        { n: 'steady', state: 'completed', retry_count: 0 },
      ]),
    );
  });

  it('lets an API-only instance (JOBS_ENABLED=false) enqueue, and leaves the work to the others', async () => {
    const api = await startTestApp({ env: { JOBS_ENABLED: 'false' }, database: a.database });
    try {
      const runs: Run[] = [];
      await api.app.get(JobsService).register('test.api-only', recorder(runs, 'api'));
      await a.app.get(JobsService).register('test.api-only', recorder(runs, 'a'));
      await api.dataSource.transaction((tx) =>
        api.app.get(JobsService).sendInTransaction(tx, 'test.api-only', { n: 'from the api' }),
      );
      await until(() => runs.length > 0, 10_000, 'the job');
      await sleep(2_500);
      expect(runs.map((run) => run.instance)).toEqual(['a']);
    } finally {
      await api.close();
    }
  });

  it('runs a scheduled job once per slot, however many instances keep the clock', async () => {
    // A slot is one minute: start early enough in one that the whole test stays inside it.
    const second = new Date().getUTCSeconds() + new Date().getUTCMilliseconds() / 1000;
    if (second > 47) await sleep((60.3 - second) * 1000);

    const runs: Run[] = [];
    for (const [name, app] of [
      ['a', a],
      ['b', b],
    ] as const) {
      const jobs = app.app.get(JobsService);
      await jobs.register('test.every-minute', recorder(runs, name));
      // Both declare it, as every instance of a feature would: one schedule row either way.
      await jobs.schedule('test.every-minute', '* * * * *', { n: 'tick' }, { tz: 'Europe/London' });
    }
    const schedules = await a.dataSource.query<{ name: string; timezone: string }[]>(
      `SELECT name, timezone FROM pgboss.schedule WHERE name = 'test.every-minute'`,
    );
    expect(schedules).toEqual([{ name: 'test.every-minute', timezone: 'Europe/London' }]);

    await until(() => runs.length > 0, 10_000, 'the scheduled job');
    // Both clocks look every second; several more looks in the same slot send nothing more.
    await sleep(5_000);
    expect(runs.map((run) => run.job.data.n)).toEqual(['tick']);
    expect(await jobRows(a, 'test.every-minute')).toHaveLength(1);
  }, 40_000);

  it('lets the job in flight finish when the app stops', async () => {
    const database = await createTestDatabase();
    const app = await startTestApp({ database });
    let closed = false;
    try {
      let started = false;
      let finished = false;
      const jobs = app.app.get(JobsService);
      await jobs.register('test.slow', async () => {
        started = true;
        await sleep(1_500);
        finished = true;
      });
      await app.dataSource.transaction((tx) => jobs.sendInTransaction(tx, 'test.slow', {}));
      await until(() => started, 10_000, 'the slow job');
      const stopping = Date.now();
      await app.close();
      closed = true;
      expect(finished).toBe(true);
      expect(Date.now() - stopping).toBeLessThan(5_000);

      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      try {
        const { rows } = await client.query<{ state: string }>(
          `SELECT state FROM pgboss.job WHERE name = 'test.slow'`,
        );
        expect(rows).toEqual([{ state: 'completed' }]);
      } finally {
        await client.end();
      }
    } finally {
      if (!closed) await app.close();
      await database.drop();
    }
  });
});
