import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** A fresh database cloned from the migrated template (see global-setup.js). */
export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

function adminUrl(): string {
  const url = process.env.COMMONS_TEST_ADMIN_URL;
  if (!url) throw new Error('COMMONS_TEST_ADMIN_URL is not set: run tests through jest');
  return url;
}

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `commons_test_${randomBytes(6).toString('hex')}`;
  const template = process.env.COMMONS_TEST_TEMPLATE ?? '';
  await admin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: () =>
      admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
