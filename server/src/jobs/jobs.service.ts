import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import PgBoss from 'pg-boss';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';

/** One job as its handler sees it. */
export interface Job<T> {
  id: string;
  queue: string;
  data: T;
  /** 0 on the first attempt. */
  retryCount: number;
}

/**
 * Runs one job. Resolving completes it; throwing fails it, and pg-boss runs it again later
 * (with backoff) until `retryLimit` is spent. Delivery is at least once: a process that dies
 * mid-job, or a job that outlives `expireInSeconds`, runs again, so a handler must be safe to
 * repeat (check what it already did, or give the outside world an idempotency key: `job.id`).
 */
export type JobHandler<T> = (job: Job<T>) => Promise<void>;

export interface QueueOptions {
  /** Attempts after the first. */
  retryLimit?: number;
  /** Seconds before the first retry; with `retryBackoff` each next wait doubles (with jitter). */
  retryDelaySeconds?: number;
  retryBackoff?: boolean;
  /** An attempt running longer than this fails (and is retried). */
  expireInSeconds?: number;
  /** Jobs one fetch takes; they run concurrently, each completed or failed on its own. */
  batchSize?: number;
}

/** The sending options features may use (a subset of pg-boss's). */
export interface SendOptions {
  /** A job id of the caller's: a second send with the same id is ignored (returns null). */
  id?: string;
  /** Not before this time (or this many seconds from now). */
  startAfter?: Date | number;
  /** With `singletonSeconds`: at most one job per key in each slot of that many seconds. */
  singletonKey?: string;
  singletonSeconds?: number;
  priority?: number;
}

/**
 * Defaults: 5 retries from 10 s with backoff (about 5–10 minutes in all), 15 minutes per attempt;
 * a queue may choose its own (the email queue retries for longer).
 */
const QUEUE_DEFAULTS: Required<QueueOptions> = {
  retryLimit: 5,
  retryDelaySeconds: 10,
  retryBackoff: true,
  expireInSeconds: 15 * 60,
  batchSize: 10,
};

/** main.ts exits after 20 s whatever happens; jobs still running after this are retried later. */
const STOP_TIMEOUT_MS = 10_000;

interface Registration {
  handler: JobHandler<object>;
  options: Required<QueueOptions>;
}

interface Schedule {
  queue: string;
  cron: string;
  data: object;
  tz: string;
}

/**
 * The product's one background-job runner: pg-boss 10 on the app's own PostgreSQL (schema
 * `pgboss`, created by a migration). Jobs are rows, so they survive restarts and are shared by
 * every instance; pg-boss's `FOR UPDATE SKIP LOCKED` fetch hands each job to one worker at a time.
 *
 * Features call `register()` (and `schedule()`) from their `onModuleInit`; this service starts
 * pg-boss and applies them at application bootstrap, after every module's init. Only instances
 * with JOBS_ENABLED work the queues and run the schedule clock and maintenance. An API-only
 * instance starts pg-boss (and creates its queues) at its first enqueue instead: it needs no
 * connection before, and an app built without a database (the schema emitter) makes none.
 *
 * ```ts
 * async onModuleInit() {  // in a feature's service; its module imports JobsModule
 *   await this.jobs.register<Digest>('notifications.digest', (job) => this.digest(job.data));
 *   await this.jobs.schedule('notifications.digest', '0 7 * * *', { frequency: 'DAILY' });
 * }
 * // in a write: the job exists if and only if this transaction commits
 * await this.dataSource.transaction(async (tx) => {
 *   ...;
 *   await this.jobs.sendInTransaction(tx, 'notifications.digest', { frequency: 'NOW' });
 * });
 * ```
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(JobsService.name);
  private readonly boss: PgBoss;
  private readonly queues = new Map<string, Registration>();
  private readonly schedules: Schedule[] = [];
  /** Set once pg-boss starts: what is registered later is applied after it. */
  private ready?: Promise<void>;
  private bootstrapped = false;
  private stopped = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    dataSource: DataSource,
  ) {
    const url = dataSource.options.type === 'postgres' ? dataSource.options.url : undefined;
    if (!url) throw new Error('The job queue needs the data source of a PostgreSQL URL');
    this.boss = new PgBoss({
      // Its own small pool, not TypeORM's: polling must neither wait behind requests for a
      // connection nor show up in the statements a request runs (the query-count tests).
      connectionString: url,
      max: 3,
      application_name: 'commons-jobs',
      schema: 'pgboss',
      migrate: false,
      supervise: config.JOBS_ENABLED,
      schedule: config.JOBS_ENABLED,
      cronMonitorIntervalSeconds: config.JOBS_SCHEDULE_CHECK_SECONDS,
      cronWorkerIntervalSeconds: Math.min(5, config.JOBS_SCHEDULE_CHECK_SECONDS),
    });
    // pg-boss reports failures of its own loops (maintenance, clock, fetches) as events; an
    // EventEmitter's unheard 'error' would end the process.
    // Once stopping, lost connections are expected (an embedded PostgreSQL stops on the same
    // signal, in parallel): a warning, not an error.
    this.boss.on('error', (error) => {
      if (this.stopped) this.logger.warn({ err: error }, 'job queue error while stopping');
      else this.logger.error({ err: error }, 'job queue error');
    });
  }

  /**
   * Declares a queue and, on a job instance, works it. Call it once per queue, from the owning
   * feature's `onModuleInit`; the returned promise settles when the queue is ready (at once when
   * called before pg-boss starts, which then applies it).
   */
  register<T extends object>(
    queue: string,
    handler: JobHandler<T>,
    options: QueueOptions = {},
  ): Promise<void> {
    if (this.queues.has(queue)) throw new Error(`Job queue ${queue} is registered twice`);
    const registration: Registration = {
      handler: handler as JobHandler<object>,
      options: { ...QUEUE_DEFAULTS, ...options },
    };
    this.queues.set(queue, registration);
    return this.ready ? this.ready.then(() => this.attach(queue, registration)) : Promise.resolve();
  }

  /**
   * A recurring job: `cron` (5 fields, minute resolution) in time zone `tz` (default
   * WORKSPACE_TIME_ZONE), for a queue registered first. One schedule per queue (pg-boss keys
   * them by queue name; a later call replaces it), stored in the database and shared by every
   * instance: each due slot sends one job, however many instances run. A schedule outlives the
   * code that made it: stopping one needs `unschedule`, which nothing calls yet.
   */
  schedule(
    queue: string,
    cron: string,
    data: object,
    options: { tz?: string } = {},
  ): Promise<void> {
    this.assertRegistered(queue);
    const entry = { queue, cron, data, tz: options.tz ?? this.config.WORKSPACE_TIME_ZONE };
    if (this.ready) return this.ready.then(() => this.applySchedule(entry));
    this.schedules.push(entry);
    return Promise.resolve();
  }

  /**
   * Enqueues a job inside the caller's transaction: the job exists if and only if the
   * transaction commits (a rollback takes it away, and no worker sees it before the commit).
   * Returns its id, or null when an equal job already exists (same `id`, or a singleton slot).
   */
  async sendInTransaction(
    tx: EntityManager,
    queue: string,
    data: object,
    options: SendOptions = {},
  ): Promise<string | null> {
    if (!tx.queryRunner?.isTransactionActive) {
      throw new Error('sendInTransaction needs the EntityManager of an open transaction');
    }
    await this.whenReady(queue);
    const db = {
      // TypeORM answers the rows themselves; pg-boss expects pg's `{ rows }`.
      executeSql: async (text: string, values: unknown[]) => ({
        rows: await tx.query<unknown[]>(text, values),
      }),
    };
    return this.boss.send(queue, data, { ...options, db });
  }

  /** Enqueues a job on its own (no transaction to tie it to), e.g. from an admin action. */
  async send(queue: string, data: object, options: SendOptions = {}): Promise<string | null> {
    await this.whenReady(queue);
    if (this.stopped) throw new Error('The job queue is stopped');
    return this.boss.send(queue, data, options);
  }

  async onApplicationBootstrap(): Promise<void> {
    this.bootstrapped = true;
    if (this.config.JOBS_ENABLED) await this.start();
  }

  /**
   * Stops fetching, lets the jobs in flight finish (up to 10 s; later ones fail and are retried
   * after the restart) and closes pg-boss's pool, before the app's data source closes.
   */
  async beforeApplicationShutdown(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    if (!this.ready) return;
    await this.ready.catch(() => undefined);
    await this.boss.stop({ graceful: true, wait: true, timeout: STOP_TIMEOUT_MS });
  }

  private async attach(queue: string, registration: Registration): Promise<void> {
    const { retryLimit, retryDelaySeconds, retryBackoff, expireInSeconds, batchSize } =
      registration.options;
    // Queue-level settings, which every job sent to it inherits; pg-boss creates a queue only
    // once, so update it too for settings changed since.
    const settings = () => ({
      name: queue,
      retryLimit,
      retryDelay: retryDelaySeconds,
      retryBackoff,
      expireInSeconds,
    });
    await this.boss.createQueue(queue, settings());
    await this.boss.updateQueue(queue, settings());
    if (!this.config.JOBS_ENABLED) return;

    // pg-boss 10 hands a handler the whole batch and fails or completes it as one, after the
    // handler returns and without awaiting the completion. Each job is completed or failed on
    // its own here, as soon as it is done and awaited (so a graceful stop waits for it, and a
    // database error is logged, not an unhandled rejection): one bad job does not retry its
    // neighbours, and pg-boss's own completion of the batch finds no active job left.
    await this.boss.work(
      queue,
      { batchSize, includeMetadata: true },
      async (jobs: PgBoss.JobWithMetadata[]) => {
        await Promise.all(
          jobs.map(async (job) => {
            try {
              await registration.handler({
                id: job.id,
                queue,
                data: job.data,
                retryCount: job.retryCount,
              });
            } catch (error) {
              await this.failed(queue, job, error);
              return;
            }
            await this.boss.complete(queue, job.id).catch((failure: unknown) => {
              // Left active: pg-boss expires it and runs it again (at least once).
              this.logger.error({ err: failure, queue, jobId: job.id }, 'could not complete job');
            });
          }),
        );
      },
    );
  }

  /** Logs the failure and hands the job back to pg-boss, which retries it with backoff. */
  private async failed(queue: string, job: PgBoss.JobWithMetadata, error: unknown): Promise<void> {
    const err = error instanceof Error ? error : new Error(String(error));
    this.logger.warn(
      { err, queue, jobId: job.id, retryCount: job.retryCount },
      'job failed; pg-boss retries it until its retry limit',
    );
    await this.boss.fail(queue, job.id, err).catch((failure: unknown) => {
      // Left active: pg-boss expires it and runs it again.
      this.logger.error({ err: failure, queue, jobId: job.id }, 'could not fail job');
    });
  }

  private async applySchedule({ queue, cron, data, tz }: Schedule): Promise<void> {
    await this.boss.schedule(queue, cron, data, { tz });
  }

  /** Starts pg-boss once and applies what was registered until then. */
  private start(): Promise<void> {
    if (!this.ready) {
      // Taken now: what registers from here on goes through `ready` instead.
      const queued = [...this.queues];
      const schedules = this.schedules.splice(0);
      this.ready = (async () => {
        await this.boss.start();
        for (const [queue, registration] of queued) await this.attach(queue, registration);
        for (const entry of schedules) await this.applySchedule(entry);
      })();
    }
    return this.ready;
  }

  private async whenReady(queue: string): Promise<void> {
    this.assertRegistered(queue);
    if (!this.bootstrapped) throw new Error('The job queue is not started yet');
    // A request still in flight during shutdown may enqueue in its transaction (pg-boss's pool
    // is not needed for that), but nothing starts pg-boss again.
    if (this.stopped && !this.ready) throw new Error('The job queue is stopped');
    await this.start();
  }

  /** pg-boss drops a job sent to a queue it does not know without a word: refuse it instead. */
  private assertRegistered(queue: string): void {
    if (!this.queues.has(queue)) throw new Error(`Job queue ${queue} is not registered`);
  }
}
