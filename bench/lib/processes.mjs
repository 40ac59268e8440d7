// The processes under test: the real Commons server and the bare baseline, each a child
// process on a free loopback port, stopped with SIGTERM (SIGKILL after 20 s).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// If the bench itself dies (an uncaught error, a closed stdout), no server outlives it.
const running = new Set();
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts `node …args` and waits until GET `readyPath` answers below 500.
 * @returns {Promise<{ name: string, child: import('node:child_process').ChildProcess, port: number, pid: number, stop: () => Promise<void> }>}
 */
export async function startProcess(name, args, { cwd, env, ipc = false, readyPath, onStop }) {
  const port = await freePort();
  const child = spawn(process.execPath, args, {
    cwd,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ipc ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited = false;
  running.add(child);
  child.once('exit', () => {
    exited = true;
    running.delete(child);
  });
  const stop = async () => {
    if (exited) return;
    const done = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    await done;
    clearTimeout(timer);
  };
  onStop?.(stop);

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`${name} exited during start:\n${output}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}${readyPath}`);
      await res.arrayBuffer();
      if (res.status < 500) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${name} did not start within 60 s:\n${output}`);
    await sleep(100);
  }
  return { name, child, port, pid: child.pid, stop };
}

/**
 * The real server, started as `npm start` starts it (server/package.json `start:prod`), in
 * production mode on `databaseUrl`. With `capture`, capture-sql.mjs is preloaded and an IPC
 * channel opened (the SQL capture phase only).
 */
/**
 * The environment and node flags of server/package.json's `start:prod`
 * (`A=1 node --flag dist/server/src/main.js`), so the bench runs what `npm start` runs.
 */
export function startProdCommand(root) {
  const script = JSON.parse(readFileSync(path.join(root, 'server/package.json'), 'utf8')).scripts[
    'start:prod'
  ];
  const words = script.split(/\s+/);
  const node = words.indexOf('node');
  if (node < 0 || !words.at(-1)?.endsWith('main.js')) {
    throw new Error(`start:prod is not "[ENV=…] node [flags] …/main.js": ${script}`);
  }
  const env = Object.fromEntries(words.slice(0, node).map((w) => w.split('=')));
  return { env, flags: words.slice(node + 1, -1) };
}

export function startCommons({
  root,
  benchDir,
  databaseUrl,
  poolSize,
  sessionSecret,
  capture,
  onStop,
}) {
  const startProd = startProdCommand(root);
  const args = [
    ...startProd.flags,
    ...(process.env.BENCH_COMMONS_FLAGS?.split(' ').filter(Boolean) ?? []),
    // BENCH_CPU_PROF=dir: V8 CPU profiles of the measured Commons process (and of the bare
    // baseline, in dir/bare), to find hot spots.
    ...(!capture && process.env.BENCH_CPU_PROF
      ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
      : []),
    ...(capture ? ['--import', pathToFileURL(path.join(benchDir, 'capture-sql.mjs')).href] : []),
    path.join(root, 'server/dist/server/src/main.js'),
  ];
  return startProcess(capture ? 'Commons (SQL capture)' : 'Commons', args, {
    cwd: root,
    env: {
      NODE_ENV: 'production',
      ...startProd.env,
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_SIZE: String(poolSize),
      DATA_DIR: path.join(benchDir, '.data', 'server'),
      LOG_LEVEL: 'warn',
      SESSION_SECRET: sessionSecret,
      SEED_DEMO: 'false',
      SIGN_IN_MAX_FAILURES_PER_ACCOUNT: '1000',
      SIGN_IN_MAX_FAILURES_PER_CLIENT: '100000',
    },
    ipc: capture,
    readyPath: '/readyz',
    onStop,
  });
}

/** The bare baseline (bare-server.mjs) answering from `planFile`. */
export function startBare({ root, benchDir, databaseUrl, planFile, onStop }) {
  const profile = process.env.BENCH_CPU_PROF
    ? ['--cpu-prof', `--cpu-prof-dir=${path.join(process.env.BENCH_CPU_PROF, 'bare')}`]
    : [];
  return startProcess('bare baseline', [...profile, path.join(benchDir, 'bare-server.mjs')], {
    cwd: root,
    env: { NODE_ENV: 'production', DATABASE_URL: databaseUrl, PLAN_FILE: planFile },
    readyPath: '/ready',
    onStop,
  });
}

/** Resident set size (VmRSS) and its peak (VmHWM) in MiB, from /proc/<pid>/status. */
export function memoryOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const mib = (field) => {
    const kb = Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1]);
    return Math.round((kb / 1024) * 10) / 10;
  };
  return { mib: mib('VmRSS'), peakMib: mib('VmHWM') };
}
