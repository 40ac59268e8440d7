import { rm } from 'node:fs/promises';
import pg from 'pg';

export default async function globalTeardown() {
  const { adminUrl, template } = globalThis.__commonsTestTemplate ?? {};
  if (adminUrl && process.env.DATABASE_URL) {
    // On a shared server, leave nothing behind (per-file databases drop themselves).
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    await admin.end();
  }
  const embedded = globalThis.__commonsTestCluster;
  if (embedded) {
    await embedded.cluster.stop();
    await rm(embedded.dataDir, { recursive: true, force: true });
  }
}
