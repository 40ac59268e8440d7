import 'reflect-metadata';
import { Logger as NestLogger } from '@nestjs/common';
import pino from 'pino';
import { createApp } from './app.factory.js';
import { ConfigError, loadConfig } from './config/config.js';
import { createDataSource } from './database/data-source.js';
import { resolveDatabase } from './database/resolve-database.js';

/** config → database (embedded or DATABASE_URL) → migrations → seed → Nest app → listen. */
async function bootstrap(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const log = pino({ level: config.LOG_LEVEL });
  const started = Date.now();

  const database = await resolveDatabase(config, { log: (line) => log.debug(line) });
  const dataSource = createDataSource(database);
  await dataSource.initialize();
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  if (applied.length) log.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');

  const seed = config.SEED_DEMO ?? database.freshEmbedded;
  // Loaded only to seed: the demo workspace's text would otherwise stay in every server's heap.
  const demo = seed ? await import('./seed/demo-seed.js') : undefined;
  if (demo) {
    const summary = await demo.seedDemoWorkspace(dataSource);
    log.info(summary, 'demo workspace loaded');
  }

  const app = await createApp({ config, dataSource });
  await app.listen(config.PORT, config.HOST);
  const url = `http://localhost:${config.PORT}`;
  log.info({ url, ms: Date.now() - started, embedded: database.embedded }, 'Commons is ready');
  console.log(`\nCommons is running at ${url}`);
  if (demo)
    console.log(
      `Demo sign-in: ${demo.DEMO_SIGN_IN.email} / ${demo.DEMO_SIGN_IN.password} (see README for every role)\n`,
    );

  // SIGTERM/SIGINT: stop taking requests, let in-flight ones finish (Apollo's drain plugin and
  // http.Server.close), close the pool, then stop an embedded PostgreSQL cleanly.
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      log.error('shutdown took longer than 20 s; exiting');
      process.exit(1);
    }, 20_000);
    force.unref();
    try {
      await app.close();
      if (dataSource.isInitialized) await dataSource.destroy();
      await database.stop();
      log.info('stopped');
      process.exit(0);
    } catch (error) {
      log.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

bootstrap().catch((error: unknown) => {
  new NestLogger('bootstrap').error(error instanceof Error ? error.stack : String(error));
  process.exit(1);
});
