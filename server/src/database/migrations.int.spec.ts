import { createDataSource } from './data-source.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.js';

describe('migrations', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it('agree with the entities: generating a migration yields nothing', async () => {
    const dataSource = createDataSource({
      url: database.url,
      poolSize: 1,
      statementTimeoutMs: 30_000,
    });
    await dataSource.initialize();
    try {
      const pending = await dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });

  it('set a statement timeout on every connection', async () => {
    const dataSource = createDataSource({
      url: database.url,
      poolSize: 1,
      statementTimeoutMs: 1234,
    });
    await dataSource.initialize();
    try {
      const [row] =
        await dataSource.query<{ statement_timeout: string }[]>('SHOW statement_timeout');
      expect(row?.statement_timeout).toBe('1234ms');
      await expect(dataSource.query('SELECT pg_sleep(3)')).rejects.toThrow(/statement timeout/);
    } finally {
      await dataSource.destroy();
    }
  });
});
