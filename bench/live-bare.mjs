// The bare baseline of the live fan-out: what the least a server could do to tell its sockets
// of a move. node:http + ws + pg, no framework: POST /move updates the task and NOTIFYs inside
// one transaction; every instance LISTENs, reads the moved task once, and sends the same JSON to
// all of its sockets. No sessions, no per-subscriber checks: the floor Commons is compared to.
import http from 'node:http';
import pg from 'pg';
import { WebSocketServer } from 'ws';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 4 });
const listener = new pg.Client({ connectionString: process.env.DATABASE_URL });
await listener.connect();
await listener.query('LISTEN bench_live');
const sockets = new Set();
listener.on('notification', (notification) => {
  const { taskId } = JSON.parse(notification.payload ?? '{}');
  void pool
    .query('SELECT id, number, title, status, rank, version FROM task WHERE id = $1', [taskId])
    .then(({ rows }) => {
      const message = JSON.stringify({ type: 'next', payload: { data: { task: rows[0] } } });
      for (const socket of sockets) socket.send(message);
    });
});

const server = http.createServer((req, res) => {
  if (req.url === '/ready') return void res.end('ok');
  if (req.url !== '/move' || req.method !== 'POST') return void res.writeHead(404).end();
  let body = '';
  req.on('data', (chunk) => (body += chunk));
  req.on('end', async () => {
    const { id, status } = JSON.parse(body);
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const { rows } = await client.query(
        `UPDATE task SET status = $2, version = version + 1, updated_at = now() WHERE id = $1
         RETURNING id, version`,
        [id, status],
      );
      await client.query(`SELECT pg_notify('bench_live', $1)`, [JSON.stringify({ taskId: id })]);
      await client.query('COMMIT');
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(rows[0]));
    } finally {
      client.release();
    }
  });
});
const wss = new WebSocketServer({ server, path: '/live' });
wss.on('connection', (socket) => {
  sockets.add(socket);
  socket.on('close', () => sockets.delete(socket));
});
server.listen(Number(process.env.PORT), '127.0.0.1');
