// The bare baseline: node:http + graphql-js + pg, and nothing else. For each operation it
// answers, it runs the very SQL statements Commons ran for it (captured by run.mjs with
// capture-sql.mjs: same text, same parameter values, in the same waves of concurrency) and
// answers the rows as JSON. What Commons costs on top of this — Express, express-session,
// Nest, Apollo, TypeORM, resolvers, DataLoaders, access checks — is what the ratios show.
//
//   PLAN_FILE=bench/.work/plan.json DATABASE_URL=postgres://… PORT=4001 node bench/bare-server.mjs
//
// The plan file (written by run.mjs): { schemaFile, poolSize, operations: [{ name, query,
// variables, waves: [[{ transaction, statements: [{ text, values }] }]] }] }. A value
// { "$sid": true } stands for the caller's session id (taken from its cookie, unverified: the
// statements that read and touch the session row do the checking, as in Commons).
//
// GraphQL work: the incoming document is parsed and validated against Commons' own schema
// (introspected from the running server) once per distinct query text and then cached, which
// is what Apollo Server's document store does too.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { buildSchema, parse, validate } from 'graphql';
import pg from 'pg';

const plan = JSON.parse(readFileSync(process.env.PLAN_FILE, 'utf8'));
const schema = buildSchema(readFileSync(plan.schemaFile, 'utf8'));
const statementTimeoutMs = Number(process.env.DATABASE_STATEMENT_TIMEOUT_MS ?? 15_000);

// Same pool size and per-connection settings as Commons' data source; dates as 'YYYY-MM-DD'.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: plan.poolSize,
  idleTimeoutMillis: 30_000,
  options: `-c statement_timeout=${statementTimeoutMs} -c lock_timeout=5000`,
});

const operations = new Map(plan.operations.map((op) => [operationKey(op.query, op.variables), op]));
const validated = new Map();

function operationKey(query, variables) {
  return `${query}\n${JSON.stringify(variables ?? {})}`;
}

/** The session id inside a signed express-session cookie `commons.sid=s:<id>.<signature>`. */
function sessionId(cookieHeader) {
  const match = /(?:^|;\s*)commons\.sid=([^;]+)/.exec(cookieHeader ?? '');
  if (!match) return null;
  const value = decodeURIComponent(match[1]);
  return value.startsWith('s:') ? value.slice(2, value.lastIndexOf('.')) : null;
}

const bind = (values, sid) => values.map((v) => (v && typeof v === 'object' && v.$sid ? sid : v));

/** One unit: a single statement on any pooled connection, or a transaction on one connection. */
async function runUnit(unit, sid) {
  if (!unit.transaction) {
    const [statement] = unit.statements;
    const result = await pool.query(statement.text, bind(statement.values, sid));
    return [result.rows];
  }
  const client = await pool.connect();
  try {
    const rows = [];
    for (const statement of unit.statements) {
      rows.push((await client.query(statement.text, bind(statement.values, sid))).rows);
    }
    return rows;
  } finally {
    client.release();
  }
}

function answer(res, status, body) {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(payload),
  });
  res.end(payload);
}

const server = http.createServer(async (req, res) => {
  try {
    if (req.method !== 'POST' || req.url !== '/graphql')
      return answer(res, 404, { errors: [{ message: 'not found' }] });
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const { query, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8'));

    let errors = validated.get(query);
    if (!errors) {
      errors = validate(schema, parse(query));
      validated.set(query, errors);
    }
    if (errors.length)
      return answer(res, 400, { errors: errors.map((e) => ({ message: e.message })) });

    const op = operations.get(operationKey(query, variables));
    if (!op) return answer(res, 400, { errors: [{ message: 'operation not in the plan' }] });

    const sid = sessionId(req.headers.cookie);
    const results = [];
    for (const wave of op.waves) {
      const rows = await Promise.all(wave.map((unit) => runUnit(unit, sid)));
      for (const r of rows) results.push(...r);
    }
    answer(res, 200, { data: { results } });
  } catch (error) {
    answer(res, 500, { errors: [{ message: String(error?.message ?? error) }] });
  }
});

server.keepAliveTimeout = 5_000;
server.listen(Number(process.env.PORT), '127.0.0.1', () => {
  console.log(`bare baseline listening on ${process.env.PORT}`);
});

const stop = () => server.close(() => void pool.end().then(() => process.exit(0)));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
