import { loadConfig } from '../config/config.js';
import { createDataSource } from '../database/data-source.js';
import { resolveDatabase } from '../database/resolve-database.js';

/**
 * Prints the SQL that would bring the database in line with the entities: the body of the
 * next migration. Empty output means the migrations and the entities agree.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const database = await resolveDatabase(config, { log: () => undefined });
  const dataSource = createDataSource({ ...database, poolSize: 2, statementTimeoutMs: 60_000 });
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    const sql = await dataSource.driver.createSchemaBuilder().log();
    for (const query of sql.upQueries) console.log(query.query + ';');
  } finally {
    await dataSource.destroy();
    await database.stop();
  }
}

void main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
