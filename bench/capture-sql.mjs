// Bench-only instrumentation, preloaded into the Commons server for the "capture" phase only
// (`node --import ./bench/capture-sql.mjs server/dist/server/src/main.js`, started by run.mjs
// with an IPC channel). It is never loaded while throughput, latency or memory are measured.
//
// Every SQL statement the process sends goes through `pg.Client.prototype.query` (TypeORM's
// pool, connect-pg-simple's session store and the sign-in limiter all use the same `pg`), so
// wrapping that one method sees all of them. run.mjs sends requests one at a time and brackets
// each with `start` / `stop` messages, so what is recorded in between is exactly the SQL of that
// request: its text, parameter values, which pool client ran it, and when it was sent and
// answered (the bare baseline replays the same concurrency from those times).
import pg from 'pg';

/** @typedef {{ text: string, values: unknown[], client: number, start: number, end: number, rows: number | null, error?: string }} Captured */

let recording = false;
/** @type {Captured[]} */
let captured = [];
const clientIds = new WeakMap();
let nextClientId = 1;
const t0 = process.hrtime.bigint();
const nowMs = () => Number(process.hrtime.bigint() - t0) / 1e6;

const originalQuery = pg.Client.prototype.query;

pg.Client.prototype.query = function captureQuery(config, values, callback) {
  if (!recording) return originalQuery.call(this, config, values, callback);
  if (!clientIds.has(this)) clientIds.set(this, nextClientId++);
  const text = typeof config === 'string' ? config : config?.text;
  const params = typeof config === 'object' && config?.values ? config.values : values;
  /** @type {Captured} */
  const entry = {
    text: String(text),
    values: Array.isArray(params) ? params.map(toJsonValue) : [],
    client: clientIds.get(this),
    start: nowMs(),
    end: NaN,
    rows: null,
  };
  captured.push(entry);
  const finish = (error, result) => {
    entry.end = nowMs();
    entry.rows = result?.rowCount ?? null;
    if (error) entry.error = String(error.message ?? error);
  };
  // pg's three call shapes: (text|config, values?, callback?) → callback or promise.
  const cb = typeof values === 'function' ? values : callback;
  if (typeof cb === 'function') {
    const wrapped = (error, result) => {
      finish(error, result);
      cb(error, result);
    };
    return typeof values === 'function'
      ? originalQuery.call(this, config, wrapped)
      : originalQuery.call(this, config, values, wrapped);
  }
  const result = originalQuery.call(this, config, values);
  if (result && typeof result.then === 'function') {
    return result.then(
      (r) => (finish(null, r), r),
      (e) => {
        finish(e);
        throw e;
      },
    );
  }
  return result; // a submittable (cursor/stream): recorded without an end time
};

/** Parameter values as they cross the IPC channel (JSON): Dates as ISO strings, Buffers as hex. */
function toJsonValue(value) {
  if (value instanceof Date) return value.toISOString();
  if (Buffer.isBuffer(value)) return `\\x${value.toString('hex')}`;
  if (Array.isArray(value)) return value.map(toJsonValue);
  return value;
}

process.on('message', (message) => {
  if (message === 'capture:start') {
    captured = [];
    recording = true;
    process.send?.({ type: 'capture:started' });
  } else if (message === 'capture:stop') {
    recording = false;
    process.send?.({ type: 'capture:statements', statements: captured });
    captured = [];
  }
});
// The IPC channel must not keep the server alive on its own, nor stop it from shutting down.
process.channel?.unref();
