// The bench's own database: `commons_bench` on the embedded cluster in bench/.data (or on
// DATABASE_URL's server), dropped and re-created, migrated with the server's own migrations,
// seeded (seed.mjs) and VACUUM ANALYZE'd.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateNKeysBetween } from 'fractional-indexing';
import pg from 'pg';
import { BENCH_USER, COUNTS, seedBenchWorkspace } from '../seed.mjs';

export const DATABASE = 'commons_bench';

const TABLES = [
  'organization',
  'app_user',
  'portfolio',
  'problem',
  'membership',
  'outcome',
  'measurement',
  'task',
  'task_outcome',
  'task_dependency',
];

/**
 * @param {{ root: string, benchDir: string, reuse: boolean, log: (...a: unknown[]) => void, onStop: (stop: () => Promise<void>) => void }} o
 */
export async function prepareDatabase({ root, benchDir, reuse, log, onStop }) {
  const dist = (file) =>
    import(pathToFileURL(path.join(root, 'server/dist/server/src', file)).href);

  let adminUrl;
  let urlFor;
  if (process.env.DATABASE_URL) {
    adminUrl = process.env.DATABASE_URL;
    urlFor = (name) => {
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      return url.toString();
    };
    log(`PostgreSQL: DATABASE_URL's server, database ${DATABASE}`);
  } else {
    const { startEmbeddedPostgres } = await dist('database/embedded-postgres.js');
    const cluster = await startEmbeddedPostgres({ dataDir: path.join(benchDir, '.data') }).catch(
      (error) => {
        throw new Error(
          `could not start the embedded PostgreSQL in bench/.data (is another bench running?): ${error?.message ?? error}`,
        );
      },
    );
    onStop(() => cluster.stop());
    adminUrl = cluster.adminUrl;
    urlFor = cluster.urlFor;
    log(`PostgreSQL: embedded cluster in bench/.data, database ${DATABASE}`);
  }
  const url = urlFor(DATABASE);

  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const serverVersion = (await admin.query('SHOW server_version')).rows[0].server_version;
  const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]))
    .rowCount;
  const reused = Boolean(reuse && exists && (await isSeeded(url)));
  if (!reused) {
    await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${DATABASE}`);
  }
  await admin.end();

  const seedSteps = {};
  let seedSeconds = null;
  if (!reused) {
    const { createDataSource } = await dist('database/data-source.js');
    const dataSource = createDataSource({ url, poolSize: 2, statementTimeoutMs: 600_000 });
    await dataSource.initialize();
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    await dataSource.destroy();
    log(`migrated (${applied.length} migrations)`);
  }

  const rows = {};
  const db = new pg.Client({ connectionString: url });
  db.on('error', () => undefined); // a cluster stopping under an open client is reported by the query
  await db.connect();
  try {
    if (reused) {
      log('BENCH_REUSE_DB=1: the bench database is already seeded; kept (sessions cleared)');
      await db.query('DELETE FROM session');
      await db.query('DELETE FROM rate_limit');
    } else {
      // One argon2 hash for all 300 users; 500 rank keys cover the largest board column.
      const { hashPassword } = await dist('auth/passwords.js');
      const passwordHash = await hashPassword(BENCH_USER.password);
      const ranks = generateNKeysBetween(null, null, COUNTS.boardTasks);
      const started = Date.now();
      await seedBenchWorkspace(db, { passwordHash, ranks }, (step, ms) => {
        seedSteps[step] = ms / 1000;
      });
      const vacuumStarted = Date.now();
      await db.query('VACUUM (ANALYZE)');
      seedSteps['vacuum analyze'] = (Date.now() - vacuumStarted) / 1000;
      seedSeconds = (Date.now() - started) / 1000;
      log(
        `seeded in ${seedSeconds.toFixed(1)} s (${Object.entries(seedSteps)
          .filter(([, s]) => s >= 0.5)
          .map(([step, s]) => `${step} ${s.toFixed(1)} s`)
          .join(', ')})`,
      );
    }
    for (const table of TABLES) {
      rows[table] = (await db.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n;
    }
  } finally {
    await db.end();
  }
  log(`rows: ${formatRows(rows)}`);
  return { url, serverVersion, seedSeconds, seedSteps, rows, reused };
}

export const formatRows = (rows) =>
  Object.entries(rows)
    .map(([table, n]) => `${table} ${n.toLocaleString('en')}`)
    .join(', ');

async function isSeeded(url) {
  const db = new pg.Client({ connectionString: url });
  try {
    await db.connect();
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM task`);
    return rows[0].n === COUNTS.tasks;
  } catch {
    return false;
  } finally {
    await db.end().catch(() => undefined);
  }
}
