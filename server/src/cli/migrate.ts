import { withDatabase } from './run-cli.js';

// Migrations run in withDatabase; this command only reports what is applied.
void withDatabase(async (dataSource) => {
  const rows: { name: string }[] = await dataSource.query(
    'SELECT name FROM schema_migration ORDER BY id',
  );
  console.log(`Database is up to date (${rows.length} migrations applied).`);
});
