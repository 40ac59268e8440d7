// One load run with autocannon: bounded in time (or, for the memory top-up, in count).
import autocannon from 'autocannon';

/** The p-th percentile (nearest rank) of ascending `sorted`. */
export function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function median(values) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return NaN;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/**
 * POSTs `body` to /graphql over `connections` keep-alive connections, connection i with
 * cookies[i] (each its own signed-in client). Every response time is kept, so p50/p95/p99 are
 * exact (autocannon's own summary has no p95). A 200 whose body carries GraphQL `errors` counts
 * as failed, not as a fast success; throughput counts successful answers only.
 */
export function load({ port, body, cookies, connections, seconds, amount }) {
  return new Promise((resolve, reject) => {
    const latencies = [];
    let nextCookie = 0;
    const instance = autocannon(
      {
        url: `http://127.0.0.1:${port}/graphql`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        connections: amount ? Math.min(connections, amount) : connections,
        ...(amount ? { amount } : { duration: seconds }),
        setupClient: (client) => {
          client.setHeaders({
            'content-type': 'application/json',
            cookie: cookies[nextCookie++ % cookies.length],
          });
        },
        verifyBody: (text) => !text.includes('"errors":'),
      },
      (error, result) => {
        if (error) return reject(error);
        const sorted = latencies.sort((a, b) => a - b);
        const ok = result['2xx'] - result.mismatches;
        resolve({
          seconds: result.duration,
          requests: sorted.length,
          failed: result.errors + result.timeouts + result.non2xx + result.mismatches,
          rps: ok / result.duration,
          p50: percentile(sorted, 50),
          p95: percentile(sorted, 95),
          p99: percentile(sorted, 99),
          max: sorted.at(-1),
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      latencies.push(responseTime);
    });
  });
}
