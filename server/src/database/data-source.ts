import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { ENTITIES } from './entities.js';

export interface DataSourceSettings {
  url: string;
  poolSize: number;
  statementTimeoutMs: number;
  /** Receives SQL text of every statement (the query-count tests use it). */
  onQuery?: (sql: string) => void;
}

/** Compiled migrations sit beside the compiled server: dist/migrations/*.js. */
export const MIGRATIONS_GLOB = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'migrations',
  '*.js',
);

// A SQL `date` is a calendar date, not an instant: keep it as the string 'YYYY-MM-DD' instead of
// pg's default of a Date at local midnight (which shifts with the server's time zone).
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

export function createDataSource(settings: DataSourceSettings): DataSource {
  const onQuery = settings.onQuery;
  return new DataSource({
    type: 'postgres',
    url: settings.url,
    entities: ENTITIES,
    migrations: [MIGRATIONS_GLOB],
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    applicationName: 'commons',
    // gen_random_uuid() is built into PostgreSQL 13+; no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    poolSize: settings.poolSize,
    connectTimeoutMS: 5_000,
    extra: {
      // Every connection refuses a runaway statement; the API answers a clean error instead.
      options: `-c statement_timeout=${settings.statementTimeoutMs} -c lock_timeout=5000`,
      idleTimeoutMillis: 30_000,
    },
    logging: onQuery ? ['query'] : false,
    logger: onQuery
      ? {
          logQuery: (sql: string) => onQuery(sql),
          logQueryError: () => undefined,
          logQuerySlow: () => undefined,
          logSchemaBuild: () => undefined,
          logMigration: () => undefined,
          log: () => undefined,
        }
      : undefined,
  });
}
