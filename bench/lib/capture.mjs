// The SQL of one request: run.mjs sends requests one at a time to a server started with
// capture-sql.mjs and brackets each with start/stop messages over the IPC channel.
import { post } from './http.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function ipcRequest(child, message, answerType) {
  return new Promise((resolve, reject) => {
    const onMessage = (m) => {
      if (m?.type === answerType) {
        child.off('message', onMessage);
        clearTimeout(timer);
        resolve(m);
      }
    };
    const timer = setTimeout(() => {
      child.off('message', onMessage);
      reject(new Error(`no ${answerType} from the server`));
    }, 10_000);
    child.on('message', onMessage);
    child.send(message);
  });
}

/** Sends one request alone and returns its answer and every statement the server ran for it. */
export async function captureOne(server, body, cookie) {
  await ipcRequest(server.child, 'capture:start', 'capture:started');
  const response = await post(server.port, body, cookie);
  await sleep(50); // anything the request left running (none expected) lands in the capture too
  const { statements } = await ipcRequest(server.child, 'capture:stop', 'capture:statements');
  return { response, statements };
}

export const isSessionStatement = (text) => /"session"/.test(text);

/**
 * The concurrency structure of one request's statements, for the bare baseline to replay.
 * A unit is one statement, or a whole transaction (BEGIN … COMMIT on one connection). Units
 * are grouped into waves: a unit joins the current wave when it was sent before any unit of
 * that wave had answered (so it cannot have depended on their results); the bare server runs
 * the units of a wave concurrently and the waves one after the other. Parameter values equal to
 * the session id become { $sid: true }: the bare server puts the caller's own session id there.
 */
export function replayPlan(statements, sessionId) {
  const units = [];
  const openTransaction = new Map(); // pool client id → its unit
  for (const s of [...statements].sort((a, b) => a.start - b.start)) {
    const entry = {
      text: s.text,
      values: s.values.map((v) => (v === sessionId ? { $sid: true } : v)),
    };
    const open = openTransaction.get(s.client);
    if (open) {
      open.statements.push(entry);
      open.end = s.end;
      if (/^\s*(COMMIT|ROLLBACK)\b/i.test(s.text)) openTransaction.delete(s.client);
      continue;
    }
    const unit = { transaction: false, statements: [entry], start: s.start, end: s.end };
    if (/^\s*(BEGIN|START TRANSACTION)\b/i.test(s.text)) {
      unit.transaction = true;
      openTransaction.set(s.client, unit);
    }
    units.push(unit);
  }

  const waves = [];
  let wave = null;
  let firstAnswerInWave = Infinity;
  for (const unit of units) {
    if (wave && unit.start < firstAnswerInWave) {
      wave.push(unit);
      firstAnswerInWave = Math.min(firstAnswerInWave, unit.end);
    } else {
      wave = [unit];
      waves.push(wave);
      firstAnswerInWave = unit.end;
    }
  }
  return waves.map((w) =>
    w.map(({ transaction, statements: s }) => ({ transaction, statements: s })),
  );
}

/** Rows a statement hands back to the server (what the replay must read too). */
export const rowsRead = (statement) =>
  /^\s*(SELECT|WITH)\b|\bRETURNING\b/i.test(statement.text) ? (statement.rows ?? 0) : 0;
