// `npm run bench` (after run.mjs): the live fan-out and what open sockets cost.
//
//  1. Delivery: SUBSCRIBERS sockets, half on each of two Commons instances (one database), follow
//     the bench board (`problemChanged`). A card is moved on instance A (HTTP `moveTask`); the
//     figure is the time from the mutation's answer to the last subscriber's message for that
//     move. The bare baseline (live-bare.mjs: ws + pg LISTEN/NOTIFY, one read per instance, no
//     per-subscriber checks) does the same fan-out to the same number of sockets on two
//     instances. Rounds alternate Commons and bare (C B C B C B), MOVES_PER_ROUND moves each.
//  2. Idle sockets: a fresh Commons instance's RSS before and after IDLE_SOCKETS sockets, each
//     with one subscription, have been open for a while.
//
// Settings: BENCH_LIVE_SUBSCRIBERS (200), BENCH_LIVE_MOVES (20 per round), BENCH_LIVE_ROUNDS
// (3), BENCH_LIVE_IDLE (1000), BENCH_REUSE_DB as in run.mjs (the database run.mjs seeded is kept).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import prettier from 'prettier';
import { WebSocket } from 'ws';
import { prepareDatabase } from './lib/database.mjs';
import { post, signIn } from './lib/http.mjs';
import { memoryOf, startCommons, startProcess } from './lib/processes.mjs';
import { BENCH_USER, BOARD_PROBLEM_KEY } from './seed.mjs';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(BENCH_DIR, '..');
const SETTINGS = {
  subscribers: Number(process.env.BENCH_LIVE_SUBSCRIBERS ?? 200),
  movesPerRound: Number(process.env.BENCH_LIVE_MOVES ?? 20),
  rounds: Number(process.env.BENCH_LIVE_ROUNDS ?? 3),
  idleSockets: Number(process.env.BENCH_LIVE_IDLE ?? 1000),
  /** Commons allows 10 sockets per session (REALTIME_LIMITS). */
  socketsPerSession: 10,
};
const SESSION_SECRET = 'bench-session-secret-not-for-production-0123456789';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const clock = Date.now();
const log = (...args) =>
  console.log(`[live ${((Date.now() - clock) / 1000).toFixed(0).padStart(3)} s]`, ...args);

const stops = [];
const onStop = (stop) => stops.push(stop);
async function stopAll() {
  while (stops.length)
    await stops
      .pop()()
      .catch((e) => console.error('stopping:', e?.message));
}

const FOLLOW = `subscription BenchFollow($problemId: ID!) {
  problemChanged(problemId: $problemId) { kind task { id status version } }
}`;
const IDLE = `subscription BenchIdle { problemsChanged { kind } }`;
const MOVE = `mutation BenchMove($input: MoveTaskInput!) { moveTask(input: $input) { id status version } }`;

/** A graphql-transport-ws socket with one subscription; `onNext` gets each payload's data. */
function openCommonsSocket(port, cookie, query, variables, onNext) {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`ws://127.0.0.1:${port}/graphql`, 'graphql-transport-ws', {
      headers: { cookie },
    });
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
    socket.on('message', (raw) => {
      const message = JSON.parse(raw.toString());
      if (message.type === 'connection_ack') {
        socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query, variables } }));
        resolve(socket);
      } else if (message.type === 'next') onNext?.(message.payload.data);
      else if (message.type === 'error') reject(new Error(JSON.stringify(message.payload)));
    });
    socket.on('error', reject);
    socket.on('close', (code) => reject(new Error(`closed ${code}`)));
  });
}

function openBareSocket(port, onNext) {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`ws://127.0.0.1:${port}/live`);
    socket.on('open', () => resolve(socket));
    socket.on('message', (raw) => onNext(JSON.parse(raw.toString()).payload.data));
    socket.on('error', reject);
  });
}

function p95(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)];
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Waits until `count` subscribers have seen `version` of the task; the last arrival's time. */
function arrivals(waiting, version, count) {
  return new Promise((resolve, reject) => {
    const seen = [];
    const timer = setTimeout(
      () =>
        reject(new Error(`only ${seen.length} of ${count} subscribers heard version ${version}`)),
      30_000,
    );
    waiting.set(version, (at) => {
      seen.push(at);
      if (seen.length === count) {
        clearTimeout(timer);
        waiting.delete(version);
        resolve(Math.max(...seen));
      }
    });
  });
}

async function main() {
  const database = await prepareDatabase({
    root: ROOT,
    benchDir: BENCH_DIR,
    reuse: true,
    log,
    onStop,
  });
  const commons = (name) =>
    startCommons({
      root: ROOT,
      benchDir: BENCH_DIR,
      databaseUrl: database.url,
      poolSize: 10,
      sessionSecret: SESSION_SECRET,
      onStop,
    }).then((server) => {
      log(`${name} started (pid ${server.pid})`);
      return server;
    });
  const [a, b] = [await commons('Commons A'), await commons('Commons B')];
  const bareA = await startProcess('bare A', [path.join(BENCH_DIR, 'live-bare.mjs')], {
    cwd: ROOT,
    env: { DATABASE_URL: database.url },
    readyPath: '/ready',
    onStop,
  });
  const bareB = await startProcess('bare B', [path.join(BENCH_DIR, 'live-bare.mjs')], {
    cwd: ROOT,
    env: { DATABASE_URL: database.url },
    readyPath: '/ready',
    onStop,
  });

  const sessions = [];
  for (let i = 0; i < Math.ceil(SETTINGS.subscribers / SETTINGS.socketsPerSession); i++) {
    sessions.push(await signIn(a.port, BENCH_USER));
  }
  const board = await post(
    a.port,
    {
      query: `query($key: String!) { problem(key: $key) { id tasks(first: 1, filter: { status: [TODO] }) { edges { node { id version } } } } }`,
      variables: { key: BOARD_PROBLEM_KEY },
    },
    sessions[0],
  );
  const problemId = board.json.data.problem.id;
  const task = board.json.data.problem.tasks.edges[0].node;

  // Commons subscribers, half on each instance.
  const waitingCommons = new Map();
  const hear = (waiting) => (version) => waiting.get(version)?.(performance.now());
  const onCommons = hear(waitingCommons);
  const commonsSockets = [];
  for (let i = 0; i < SETTINGS.subscribers; i++) {
    const server = i % 2 === 0 ? a : b;
    const cookie = sessions[Math.floor(i / SETTINGS.socketsPerSession)];
    commonsSockets.push(
      await openCommonsSocket(server.port, cookie, FOLLOW, { problemId }, (data) => {
        const event = data?.problemChanged;
        if (event?.kind === 'TASK_MOVED') onCommons(event.task.version);
      }),
    );
  }
  const waitingBare = new Map();
  const onBare = hear(waitingBare);
  const bareSockets = [];
  for (let i = 0; i < SETTINGS.subscribers; i++) {
    bareSockets.push(
      await openBareSocket((i % 2 === 0 ? bareA : bareB).port, (data) => onBare(data.task.version)),
    );
  }
  log(`${SETTINGS.subscribers} subscribers on each side; letting the arrivals settle`);
  await sleep(3_000);

  let version = task.version;
  const statuses = ['IN_PROGRESS', 'TODO'];
  const commonsMs = [];
  const bareMs = [];
  for (let round = 0; round < SETTINGS.rounds; round++) {
    for (let i = 0; i < SETTINGS.movesPerRound; i++) {
      const heard = arrivals(waitingCommons, version + 1, SETTINGS.subscribers);
      const answer = await post(
        a.port,
        {
          query: MOVE,
          variables: { input: { id: task.id, status: statuses[i % 2], afterId: null } },
        },
        sessions[0],
      );
      const answeredAt = performance.now();
      if (answer.json?.errors) throw new Error(`moveTask: ${answer.text}`);
      version = answer.json.data.moveTask.version;
      commonsMs.push((await heard) - answeredAt);
      await sleep(100);
    }
    for (let i = 0; i < SETTINGS.movesPerRound; i++) {
      const heard = arrivals(waitingBare, version + 1, SETTINGS.subscribers);
      const res = await fetch(`http://127.0.0.1:${bareA.port}/move`, {
        method: 'POST',
        body: JSON.stringify({ id: uuidOf(task.id), status: statuses[i % 2] }),
      });
      const moved = await res.json();
      const answeredAt = performance.now();
      version = moved.version;
      bareMs.push((await heard) - answeredAt);
      await sleep(100);
    }
    log(
      `round ${round + 1}: Commons p95 ${p95(commonsMs).toFixed(1)} ms, bare ${p95(bareMs).toFixed(1)} ms`,
    );
  }
  for (const socket of [...commonsSockets, ...bareSockets]) socket.close();
  const delivery = {
    subscribers: SETTINGS.subscribers,
    moves: commonsMs.length,
    commons: { p95Ms: round1(p95(commonsMs)), medianMs: round1(median(commonsMs)) },
    bare: { p95Ms: round1(p95(bareMs)), medianMs: round1(median(bareMs)) },
    ratio: round2(p95(commonsMs) / p95(bareMs)),
    target: 'p95 ≤ 2× bare',
  };
  log(`delivery: ${JSON.stringify(delivery)}`);
  await Promise.all([a.stop(), b.stop()]);

  // Idle sockets: a fresh instance, warmed by a few requests, then IDLE_SOCKETS sockets.
  const c = await commons('Commons C');
  const idleSessions = [];
  for (let i = 0; i < Math.ceil(SETTINGS.idleSockets / SETTINGS.socketsPerSession); i++) {
    idleSessions.push(await signIn(c.port, BENCH_USER));
  }
  for (let i = 0; i < 50; i++) await post(c.port, { query: '{ me { id } }' }, idleSessions[0]);
  await sleep(3_000);
  const before = memoryOf(c.pid);
  const idle = [];
  for (let i = 0; i < SETTINGS.idleSockets; i++) {
    idle.push(
      await openCommonsSocket(
        c.port,
        idleSessions[Math.floor(i / SETTINGS.socketsPerSession)],
        IDLE,
      ),
    );
  }
  await sleep(15_000); // past a keep-alive ping or so
  const after = memoryOf(c.pid);
  for (const socket of idle) socket.close();
  const sockets = {
    idleSockets: SETTINGS.idleSockets,
    rssNoneMib: before.mib,
    rssWithMib: after.mib,
    ratio: round2(after.mib / before.mib),
    target: '≤ 1.3×',
  };
  log(`idle sockets: ${JSON.stringify(sockets)}`);

  writeFileSync(
    path.join(BENCH_DIR, 'live-results.json'),
    await prettier.format(
      JSON.stringify({
        date: new Date(clock).toISOString(),
        settings: SETTINGS,
        delivery,
        sockets,
      }),
      { parser: 'json' },
    ),
  );
}

function uuidOf(globalId) {
  return Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1];
}
const round1 = (n) => Math.round(n * 10) / 10;
const round2 = (n) => Math.round(n * 100) / 100;

try {
  await main();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await stopAll();
}
process.exit(process.exitCode ?? 0);
