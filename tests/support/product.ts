import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const MAIN = path.join(ROOT, 'server/dist/server/src/main.js');

export interface Product {
  url: string;
  stop(): Promise<void>;
}

/**
 * The built product as a user starts it: a fresh DATA_DIR, so an embedded PostgreSQL is
 * created and the demo workspace loaded. Requires `npm run build` (npm test does it first).
 */
export async function startProduct(): Promise<Product> {
  if (!existsSync(MAIN) || !existsSync(path.join(ROOT, 'client/dist/index.html'))) {
    throw new Error('The product is not built: run `npm run build` first.');
  }
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'commons-e2e-'));
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  let output = '';
  const child: ChildProcess = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH ?? '', PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<void>((resolve) => {
    child.on('exit', () => {
      resolve();
    });
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
    await rm(dataDir, { recursive: true, force: true });
  };
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(`${url}/readyz`)).ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`The product did not start:\n${output}`);
}
