import { ORGANIZATION_KINDS } from '@commons/shared';
import { createDataSource } from '../database/data-source.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.js';
import { seedDemoWorkspace } from './demo-seed.js';
import type { DataSource } from 'typeorm';

describe('demo workspace seed', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = createDataSource({ url: database.url, poolSize: 2, statementTimeoutMs: 30_000 });
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('loads a real-looking workspace and is idempotent', async () => {
    const first = await seedDemoWorkspace(dataSource);
    const second = await seedDemoWorkspace(dataSource);
    expect(second).toEqual(first);
    expect(first.organizations).toBeGreaterThanOrEqual(10);
    expect(first.users).toBeGreaterThanOrEqual(30);

    const kinds = await dataSource.query<{ kind: string }[]>(
      `SELECT DISTINCT kind FROM organization`,
    );
    expect(kinds.map((k) => k.kind).sort()).toEqual([...ORGANIZATION_KINDS].sort());
  });

  it('offers the six documented accounts with their roles and organisations', async () => {
    const rows = await dataSource.query<
      { email: string; role: string; kind: string; name: string }[]
    >(`SELECT u.email, u.role, o.kind, o.name FROM app_user u JOIN organization o ON o.id = u.organization_id
        WHERE u.email LIKE '%@demo.commons' AND u.email NOT LIKE '%.%@%' ORDER BY u.email`);
    const accounts = new Map(rows.map((r) => [r.email.replace(/@.*/, ''), r]));
    const byEmail = Object.fromEntries(accounts);
    expect(byEmail.admin).toMatchObject({ role: 'ADMIN', kind: 'DEPARTMENT' });
    expect(byEmail.admin?.name).toMatch(/digital/i);
    expect(byEmail.exec).toMatchObject({ role: 'EXECUTIVE' });
    expect(byEmail.lead).toMatchObject({ role: 'MEMBER', kind: 'DEPARTMENT' });
    expect(byEmail.lead?.name).toMatch(/housing/i);
    expect(byEmail.member).toMatchObject({ role: 'MEMBER', kind: 'AGENCY' });
    expect(byEmail.member?.name).toMatch(/health/i);
    expect(byEmail.partner).toMatchObject({ role: 'MEMBER', kind: 'NONPROFIT' });
    expect(byEmail.partner?.name).toMatch(/youth/i);
    expect(byEmail.outsider).toMatchObject({ role: 'MEMBER', kind: 'DEPARTMENT' });
    expect(byEmail.outsider?.name).toMatch(/transport/i);
  });
});
