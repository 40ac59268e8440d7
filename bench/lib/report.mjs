// Figures → the summary (medians, Commons ÷ bare ratios), the issue's targets, and the table.
import { median } from './load.mjs';

/** The targets of issue "2 · The domain API". */
export const TARGETS = {
  portfolioP95Ratio: 1.5,
  portfolioP95Ms: 200,
  smallReadThroughputRatio: 0.5,
  portfolioStatements: 12,
  rssRatio: 2.5,
};

/**
 * Per measured operation: the median over rounds of each figure, and each ratio as the median
 * of the per-round ratios (round i of Commons against round i of bare, run back to back), so a
 * noisy moment of the machine weighs on one pair, not on one side.
 */
export function summarise(operations) {
  const summary = {};
  for (const op of operations) {
    if (!op.runs) continue;
    const c = op.runs.commons;
    const b = op.runs.bare;
    const side = (runs, bytes) => ({
      rps: median(runs.map((r) => r.rps)),
      p50: median(runs.map((r) => r.p50)),
      p95: median(runs.map((r) => r.p95)),
      p99: median(runs.map((r) => r.p99)),
      requests: runs.reduce((n, r) => n + r.requests, 0),
      failed: runs.reduce((n, r) => n + r.failed, 0),
      bytes,
    });
    const ratio = (key) => median(c.map((run, i) => run[key] / b[i][key]));
    summary[op.name] = {
      label: op.label,
      statementsPerRequest: op.statementsPerRequest.at(-1),
      commons: side(c, op.commonsBytes),
      bare: side(b, op.bareBytes),
      ratio: { rps: ratio('rps'), p50: ratio('p50'), p95: ratio('p95'), p99: ratio('p99') },
    };
  }
  return summary;
}

export function checkTargets({ operations, summary, memory, connections }) {
  const byName = Object.fromEntries(operations.map((op) => [op.name, op]));
  const statements = (name) => byName[name]?.statementsPerRequest?.at(-1) ?? null;
  const notMeasured = (name) => `not measured: ${byName[name]?.problem ?? 'no figures'}`;
  const x = (n) => `${n.toFixed(2)}×`;
  const targets = [];
  const target = (what, ok, figure) => targets.push({ what, ok, figure });

  const portfolio = summary.portfolio;
  target(
    `portfolio p95 ≤ ${TARGETS.portfolioP95Ratio}× bare`,
    portfolio ? portfolio.ratio.p95 <= TARGETS.portfolioP95Ratio : false,
    portfolio ? x(portfolio.ratio.p95) : notMeasured('portfolio'),
  );
  target(
    `portfolio p95 ≤ ${TARGETS.portfolioP95Ms} ms at ${connections} concurrent clients`,
    portfolio ? portfolio.commons.p95 <= TARGETS.portfolioP95Ms : false,
    portfolio ? `${portfolio.commons.p95.toFixed(1)} ms` : notMeasured('portfolio'),
  );
  const small = summary.myTasks;
  target(
    `small reads (myTasks) ≥ ${TARGETS.smallReadThroughputRatio}× bare throughput`,
    small ? small.ratio.rps >= TARGETS.smallReadThroughputRatio : false,
    small ? x(small.ratio.rps) : notMeasured('myTasks'),
  );
  const [s10, s50, s100] = ['portfolio10', 'portfolio', 'portfolio100'].map(statements);
  const shown = (n) => (n === null ? '—' : String(n));
  target(
    'statements per request: portfolio first: 10 = first: 100',
    s10 !== null && s10 === s100,
    `${shown(s10)} vs ${shown(s100)}`,
  );
  target(
    `statements per request: portfolio ≤ ${TARGETS.portfolioStatements}`,
    [s10, s50, s100].every((n) => n !== null && n <= TARGETS.portfolioStatements),
    `${shown(s10)} / ${shown(s50)} / ${shown(s100)} (first: 10 / 50 / 100)`,
  );
  target(
    `RSS after ≥ 10,000 requests ≤ ${TARGETS.rssRatio}× bare`,
    memory ? memory.ratio <= TARGETS.rssRatio : false,
    memory ? x(memory.ratio) : 'not measured',
  );
  return targets;
}

const f = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '—');

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => String(row[i] ?? '').length)));
  return rows
    .map((row) =>
      row
        .map((cell, i) =>
          i === 0 ? String(cell ?? '').padEnd(widths[i]) : String(cell ?? '').padStart(widths[i]),
        )
        .join('  '),
    )
    .join('\n');
}

export function printReport(r) {
  const m = r.machine;
  console.log(
    `\n== Commons benchmark · ${m.date} · ${m.nproc} cores (${m.cpu}), ${m.memoryGiB} GiB · Node ${m.node} · PostgreSQL ${m.postgres}`,
  );
  const seed = r.database.reused ? 'reused (BENCH_REUSE_DB=1)' : `${f(r.database.seedSeconds)} s`;
  console.log(`seed: ${seed}; rows: ${r.database.rowsText}`);
  console.log(
    `load: autocannon, ${r.settings.connections} connections, ${r.settings.rounds} rounds × ${r.settings.secondsPerRun} s per server per operation, Commons and bare alternately; medians of the rounds; ratio = Commons ÷ bare (median of per-round ratios)\n`,
  );
  const rows = [['operation', 'SQL/req', 'req/s C', 'req/s B', 'ratio', 'p50 C', 'p95 C', 'p99 C']];
  rows[0].push('p50 B', 'p95 B', 'p99 B', 'p95 ratio', 'bytes C / B');
  for (const s of Object.values(r.summary)) {
    rows.push([
      s.label,
      s.statementsPerRequest,
      f(s.commons.rps),
      f(s.bare.rps),
      `${f(s.ratio.rps, 2)}×`,
      f(s.commons.p50),
      f(s.commons.p95),
      f(s.commons.p99),
      f(s.bare.p50),
      f(s.bare.p95),
      f(s.bare.p99),
      `${f(s.ratio.p95, 2)}×`,
      `${s.commons.bytes} / ${s.bare.bytes}`,
    ]);
  }
  console.log(table(rows));
  console.log('(latencies in ms; C = Commons, B = bare baseline)');
  for (const op of r.operations) {
    if (op.problem) console.log(`NOT MEASURED  ${op.label}: ${op.problem}`);
    const failed = op.runs && [...op.runs.commons, ...op.runs.bare].some((run) => run.failed);
    if (failed) console.log(`FAILED REQUESTS in the runs of ${op.label}: see bench/results.json`);
  }
  console.log(
    `\nSQL statements per request (3 requests each): ${r.operations
      .map((op) => `${op.label} ${op.statementsPerRequest?.join('/') ?? '—'}`)
      .join('; ')}`,
  );
  if (r.memory) {
    const mem = r.memory;
    console.log(
      `RSS after ${mem.commons.afterRequests.toLocaleString('en')} requests each (the timed runs, then ${mem.topUpWith}): Commons ${f(mem.commons.mib)} MiB (peak ${f(mem.commons.peakMib)}), bare ${f(mem.bare.mib)} MiB (peak ${f(mem.bare.peakMib)}); ratio ${f(mem.ratio, 2)}×`,
    );
  }
  console.log('\ntargets:');
  for (const t of r.targets) console.log(`  ${t.ok ? 'PASS' : 'MISS'}  ${t.what}: ${t.figure}`);
  console.log(`\ntotal ${f(r.totalSeconds, 0)} s (after the build); figures in bench/results.json`);
}
