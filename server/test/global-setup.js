// Runs once before the server tests, in plain Node: starts a real PostgreSQL (embedded, unless
// DATABASE_URL points at one) and builds a migrated template database that each test file
// clones in milliseconds. It uses the compiled server (`npm run build` comes first in
// `npm test`), so the migrations tested are the ones that ship.
import { mkdtemp } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

const dist = path.resolve(import.meta.dirname, '../dist/server/src');

export default async function globalSetup() {
  if (!existsSync(path.join(dist, 'main.js'))) {
    throw new Error('The server is not built: run `npm run build` (npm test does it first).');
  }
  const { startEmbeddedPostgres } = await import(path.join(dist, 'database/embedded-postgres.js'));
  const { createDataSource } = await import(path.join(dist, 'database/data-source.js'));

  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'commons-test-'));
    const cluster = await startEmbeddedPostgres({ dataDir });
    globalThis.__commonsTestCluster = { cluster, dataDir };
    adminUrl = cluster.adminUrl;
  }
  const template = `commons_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template}`);
  await admin.end();

  const url = new URL(adminUrl);
  url.pathname = `/${template}`;
  const dataSource = createDataSource({
    url: url.toString(),
    poolSize: 1,
    statementTimeoutMs: 60_000,
  });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();

  process.env.COMMONS_TEST_ADMIN_URL = adminUrl;
  process.env.COMMONS_TEST_TEMPLATE = template;
  globalThis.__commonsTestTemplate = { adminUrl, template };
}
