import type { DataSource } from 'typeorm';
import { ConfigError, loadConfig, type AppConfig } from '../config/config.js';
import { createDataSource } from '../database/data-source.js';
import { resolveDatabase, type ResolvedDatabase } from '../database/resolve-database.js';

/** Opens the configured database (embedded or DATABASE_URL), migrated, runs `task`, closes. */
export async function withDatabase(
  task: (dataSource: DataSource, config: AppConfig, database: ResolvedDatabase) => Promise<void>,
): Promise<void> {
  let exitCode = 0;
  try {
    const config = loadConfig();
    const database = await resolveDatabase(config, { log: () => undefined });
    const dataSource = createDataSource(database);
    try {
      await dataSource.initialize();
      await dataSource.runMigrations({ transaction: 'each' });
      await task(dataSource, config, database);
    } finally {
      if (dataSource.isInitialized) await dataSource.destroy();
      await database.stop();
    }
  } catch (error) {
    console.error(
      error instanceof ConfigError || error instanceof CliError ? error.message : error,
    );
    exitCode = 1;
  }
  process.exit(exitCode);
}

/** A user mistake on the command line: printed as one line, exit code 1. */
export class CliError extends Error {}
