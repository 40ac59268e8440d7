import {
  alignment,
  crossSiloIndex,
  healthRollup,
  isOverdue,
  isStale,
  latestMeasurement,
  nextDueDate,
  outcomeFigures,
  REPORTING_CADENCES,
  todayIn,
  type OutcomeDefinition,
  type OutcomeHealth,
  type ReportingCadence,
} from '@commons/shared';
import { toGlobalId } from '../graphql/global-id.js';
import { startTestApp, type GraphQLClient, type TestApp } from '../../test/test-app.js';
import type { ProblemHealth } from './problem-health.model.js';
import { ProblemHealthRepository } from './problem-health.repository.js';
import { LATEST_ORDER, nextDueSql } from './outcome.sql.js';

/**
 * Holds the SQL of Problem.health to the shared TypeScript formulas: varied data generated
 * deterministically, then every field of every problem compared with what
 * shared/src/formulas.ts computes from the raw rows.
 */

/** mulberry32: a small seeded PRNG, so a failure reproduces. */
function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    chance: (p: number) => next() < p,
  };
}

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

interface EdgeCase {
  name: string;
  definition: OutcomeDefinition;
  /** [observedAt, value], in the order recorded (recorded_at ascending). */
  measurements: [string, number][];
  /** Insert in reverse of recording order, so only recorded_at can decide ties. */
  insertReversed?: boolean;
  expected: OutcomeHealth;
}

// Ten days from baseline to target: on 2026-01-06 planned progress is exactly 0.5.
const UP: OutcomeDefinition = {
  direction: 'INCREASE',
  baselineValue: 0,
  baselineDate: '2026-01-01',
  targetValue: 100,
  targetDate: '2026-01-11',
};
const DOWN: OutcomeDefinition = {
  ...UP,
  direction: 'DECREASE',
  baselineValue: 100,
  targetValue: 0,
};
const MID = '2026-01-06';

/** Values exactly on the thresholds, clamping, ties, and no data: one outcome per problem. */
const EDGE_CASES: EdgeCase[] = [
  { name: 'on the ON_TRACK line', definition: UP, measurements: [[MID, 40]], expected: 'ON_TRACK' },
  { name: 'on the AT_RISK line', definition: UP, measurements: [[MID, 25]], expected: 'AT_RISK' },
  {
    name: 'just under AT_RISK',
    definition: UP,
    measurements: [[MID, 24.99]],
    expected: 'OFF_TRACK',
  },
  { name: 'on target', definition: UP, measurements: [[MID, 100]], expected: 'ACHIEVED' },
  {
    name: 'down, ON_TRACK line',
    definition: DOWN,
    measurements: [[MID, 60]],
    expected: 'ON_TRACK',
  },
  { name: 'down, AT_RISK line', definition: DOWN, measurements: [[MID, 75]], expected: 'AT_RISK' },
  {
    name: 'down, beyond target',
    definition: DOWN,
    measurements: [[MID, -5]],
    expected: 'ACHIEVED',
  },
  {
    name: 'decimals that sum inexactly, on target',
    definition: { ...UP, baselineValue: 0.1, targetValue: 0.3 },
    measurements: [[MID, 0.3]],
    expected: 'ACHIEVED',
  },
  // (0.18 − 0.1) / (0.3 − 0.1) is 0.39999999999999997 in floating point: EPSILON keeps it on.
  {
    name: 'decimals a rounding error under the ON_TRACK line',
    definition: { ...UP, baselineValue: 0.1, targetValue: 0.3 },
    measurements: [[MID, 0.18]],
    expected: 'ON_TRACK',
  },
  {
    name: 'decimals a rounding error under the AT_RISK line',
    definition: { ...UP, baselineValue: 0.1, targetValue: 0.3 },
    measurements: [[MID, 0.15]],
    expected: 'AT_RISK',
  },
  {
    name: 'a third of the period, on the ON_TRACK line',
    definition: { ...UP, targetDate: '2026-01-04' },
    measurements: [['2026-01-02', 100 * (1 / 3 - 0.1)]],
    expected: 'ON_TRACK',
  },
  {
    name: 'before the baseline date (planned 0), the wrong way by the tolerance',
    definition: UP,
    measurements: [['2025-12-01', -10]],
    expected: 'ON_TRACK',
  },
  {
    name: 'before the baseline date, planned clamped to 0 not negative',
    definition: UP,
    measurements: [['2025-12-01', -20]],
    expected: 'AT_RISK',
  },
  {
    name: 'after the target date (planned 1), on the ON_TRACK line',
    definition: UP,
    measurements: [['2026-02-01', 90]],
    expected: 'ON_TRACK',
  },
  {
    name: 'after the target date, under the AT_RISK line',
    definition: UP,
    measurements: [['2026-02-01', 74]],
    expected: 'OFF_TRACK',
  },
  { name: 'no measurement', definition: UP, measurements: [], expected: 'NO_DATA' },
  {
    name: 'same date: the one recorded last wins, whatever the insert order',
    definition: UP,
    measurements: [
      [MID, 100],
      [MID, 10],
    ],
    insertReversed: true,
    expected: 'OFF_TRACK',
  },
  {
    name: 'a later date wins over a later recording',
    definition: UP,
    measurements: [
      ['2026-01-07', 100],
      [MID, 10],
    ],
    expected: 'ACHIEVED',
  },
];

/**
 * Due dates at month ends, leap days and year ends, one outcome per problem: [cadence, latest
 * measurement's date or null (then the baseline counts), baseline date, due date].
 */
const CADENCE_EDGES: [ReportingCadence | null, string | null, string, string | null][] = [
  ['WEEKLY', '2026-02-25', '2026-01-01', '2026-03-04'],
  ['WEEKLY', '2028-02-25', '2028-01-01', '2028-03-03'],
  ['WEEKLY', null, '2026-12-28', '2027-01-04'],
  ['MONTHLY', '2026-01-31', '2025-12-31', '2026-02-28'],
  ['MONTHLY', '2028-01-31', '2027-12-31', '2028-02-29'],
  ['MONTHLY', '2026-12-31', '2026-01-01', '2027-01-31'],
  ['MONTHLY', null, '2026-03-31', '2026-04-30'],
  ['QUARTERLY', '2026-11-30', '2026-01-01', '2027-02-28'],
  ['QUARTERLY', '2027-11-30', '2027-01-01', '2028-02-29'],
  ['QUARTERLY', '2026-08-31', '2026-01-01', '2026-11-30'],
  ['ANNUAL', '2028-02-29', '2028-01-01', '2029-02-28'],
  ['ANNUAL', '2026-12-31', '2026-01-01', '2027-12-31'],
  [null, '2026-01-31', '2026-01-01', null],
];

/**
 * The workspace's zone, 14 hours ahead of UTC: for ten hours of every day its date is not
 * UTC's, so "today" taken in the wrong zone shows in figures without a measurement.
 */
const ZONE = 'Pacific/Kiritimati';

describe('Problem.health: the SQL rollup agrees with the shared formulas', () => {
  let t: TestApp;
  let admin: GraphQLClient;
  const edgeProblems = new Map<string, EdgeCase>();
  let clock = Date.parse('2026-01-01T00:00:00Z');
  /** Distinct, increasing recorded_at values (whole seconds: no precision lost on the way). */
  const nextRecordedAt = () => new Date((clock += 1000)).toISOString();

  async function insertOutcome(
    problemId: string,
    d: OutcomeDefinition,
    name: string,
    cadence: ReportingCadence | null = null,
  ) {
    const [row] = await t.dataSource.query<{ id: string }[]>(
      `INSERT INTO outcome (problem_id, name, unit, direction, baseline_value, baseline_date, target_value, target_date, cadence)
       VALUES ($1, $2, 'units', $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        problemId,
        name,
        d.direction,
        d.baselineValue,
        d.baselineDate,
        d.targetValue,
        d.targetDate,
        cadence,
      ],
    );
    return row?.id ?? '';
  }

  /** A problem of its own for one outcome, inserted directly (no activity). */
  async function insertProblem(key: string, title: string) {
    const [problem] = await t.dataSource.query<{ id: string }[]>(
      `INSERT INTO problem (key, title) VALUES ($1, $2) RETURNING id`,
      [key, title],
    );
    return problem?.id ?? '';
  }

  const cadenceProblems = new Map<string, (typeof CADENCE_EDGES)[number]>();

  async function insertMeasurements(
    outcomeId: string,
    points: [string, number][],
    reversed = false,
  ) {
    const rows = points.map(
      ([observedAt, value]) => [observedAt, value, nextRecordedAt()] as const,
    );
    for (const [observedAt, value, recordedAt] of reversed ? rows.reverse() : rows) {
      await t.dataSource.query(
        'INSERT INTO measurement (outcome_id, observed_at, value, recorded_at) VALUES ($1, $2, $3, $4)',
        [outcomeId, observedAt, value, recordedAt],
      );
    }
  }

  beforeAll(async () => {
    t = await startTestApp({ seed: true, env: { WORKSPACE_TIME_ZONE: ZONE } });
    admin = await t.signedIn('admin@demo.commons');
    const lead = await t.signedIn('lead@demo.commons');
    const users = await t.dataSource.query<{ id: string }[]>(
      'SELECT id FROM app_user ORDER BY email',
    );
    const rng = random(20_260_101);
    // Cadences from their own sequence, so the rest of the generated data stays as it was.
    const cadenceRng = random(7);

    // Edge cases: inserted directly, so they have no activity (lastActivityAt null).
    for (const [i, edge] of EDGE_CASES.entries()) {
      const [problem] = await t.dataSource.query<{ id: string }[]>(
        `INSERT INTO problem (key, title) VALUES ($1, $2) RETURNING id`,
        [`EDGE-${i + 1}`, edge.name],
      );
      const id = problem?.id ?? '';
      edgeProblems.set(id, edge);
      await insertMeasurements(
        await insertOutcome(id, edge.definition, edge.name),
        edge.measurements,
        edge.insertReversed,
      );
    }

    for (const [i, edge] of CADENCE_EDGES.entries()) {
      const [cadence, latest, baselineDate] = edge;
      const id = await insertProblem(`CAD-${i + 1}`, `${cadence} after ${latest ?? baselineDate}`);
      cadenceProblems.set(id, edge);
      const definition = { ...UP, baselineDate, targetDate: addDays(baselineDate, 400) };
      const outcomeId = await insertOutcome(id, definition, `Cadence ${i + 1}`, cadence);
      if (latest) await insertMeasurements(outcomeId, [[latest, 50]]);
    }
    // Due yesterday and due today in the workspace's zone (which UTC's today may not be).
    const zoneToday = todayIn(ZONE);
    for (const [i, daysAgo] of [8, 7].entries()) {
      const id = await insertProblem(`ZONE-${i + 1}`, `Weekly, measured ${daysAgo} days ago`);
      const definition = { ...UP, baselineDate: '2025-01-01', targetDate: '2030-01-01' };
      const outcomeId = await insertOutcome(id, definition, `Zone ${i + 1}`, 'WEEKLY');
      await insertMeasurements(outcomeId, [[addDays(zoneToday, -daysAgo), 50]]);
    }

    // Random problems through the API (the lead's membership has allocation 0; activity exists).
    for (let p = 0; p < 12; p++) {
      const created = await lead.request<{ createProblem: { id: string } }>(
        `mutation($input: CreateProblemInput!) { createProblem(input: $input) { id } }`,
        { input: { title: `Generated ${p}`, keyPrefix: 'GEN' } },
      );
      const id = Buffer.from(created.data?.createProblem.id ?? '', 'base64url')
        .toString()
        .split(':')[1];
      if (!id) throw new Error(JSON.stringify(created.errors));

      for (let m = rng.int(0, 6); m > 0; m--) {
        const user = rng.pick(users);
        await t.dataSource.query(
          `INSERT INTO membership (problem_id, user_id, role, allocation_percent) VALUES ($1, $2, $3, $4)
           ON CONFLICT (problem_id, user_id) DO UPDATE SET allocation_percent = EXCLUDED.allocation_percent`,
          [
            id,
            user.id,
            rng.pick(['MEMBER', 'PARTNER', 'OBSERVER']),
            rng.pick([0, 0, 5, 10, 20, 25, 33, 50, 100]),
          ],
        );
      }

      const outcomeIds: string[] = [];
      for (let o = rng.int(0, 5); o > 0; o--) {
        const baselineDate = addDays('2026-01-01', rng.int(-60, 60));
        const baselineValue = rng.int(-50, 500) / rng.pick([1, 2, 10, 3]);
        const span = rng.pick([1, 10, 100, 7]) * rng.int(1, 50);
        const up = rng.chance(0.5);
        const definition: OutcomeDefinition = {
          direction: up ? 'INCREASE' : 'DECREASE',
          baselineValue,
          baselineDate,
          targetValue: baselineValue + (up ? span : -span),
          targetDate: addDays(baselineDate, rng.int(1, 400)),
        };
        const outcomeId = await insertOutcome(
          id,
          definition,
          `Outcome ${o}`,
          cadenceRng.pick([null, ...REPORTING_CADENCES]),
        );
        outcomeIds.push(outcomeId);
        const points: [string, number][] = [];
        for (let k = rng.int(0, 4); k > 0; k--) {
          const observedAt = rng.chance(0.3)
            ? (points.at(-1)?.[0] ?? baselineDate)
            : addDays(baselineDate, rng.int(-30, 450));
          // Sometimes exactly the baseline or target, sometimes anywhere around them.
          const value = rng.chance(0.2)
            ? rng.pick([definition.baselineValue, definition.targetValue])
            : definition.baselineValue + ((up ? span : -span) * rng.int(-40, 140)) / 100;
          points.push([observedAt, value]);
        }
        await insertMeasurements(outcomeId, points, rng.chance(0.5));
      }

      for (let k = rng.int(0, 8); k > 0; k--) {
        const [task] = await t.dataSource.query<{ id: string }[]>(
          `INSERT INTO task (problem_id, number, title, status, rank, due_date)
           VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
          [
            id,
            k,
            `Task ${k}`,
            rng.pick(['TODO', 'IN_PROGRESS', 'BLOCKED', 'DONE']),
            `a${k}`,
            rng.chance(0.3) ? null : addDays('2026-03-15', rng.int(-90, 120)),
          ],
        );
        for (const outcomeId of outcomeIds) {
          if (rng.chance(0.35)) {
            await t.dataSource.query(
              'INSERT INTO task_outcome (task_id, outcome_id, problem_id) VALUES ($1, $2, $3)',
              [task?.id, outcomeId, id],
            );
          }
        }
      }

      // Activity with known times, some later than the creation event.
      for (let k = rng.int(0, 3); k > 0; k--) {
        await t.dataSource.query(
          `INSERT INTO activity_event (action, subject_type, subject_id, problem_id, summary, created_at)
           VALUES ('test.event', 'Problem', $1, $1, 'test', $2)`,
          [id, new Date(Date.now() + rng.int(-10_000_000, 10_000_000)).toISOString()],
        );
      }
    }
  });
  afterAll(() => t.close());

  /** Every outcome's definition and measurements, as stored. */
  async function outcomeRows() {
    const q = <T>(sql: string) => t.dataSource.query<T[]>(sql);
    const [outcomes, measurements] = await Promise.all([
      q<OutcomeDefinition & { id: string; problemId: string; cadence: ReportingCadence | null }>(
        `SELECT id, problem_id AS "problemId", direction, baseline_value AS "baselineValue",
                baseline_date AS "baselineDate", target_value AS "targetValue", target_date AS "targetDate",
                cadence
           FROM outcome`,
      ),
      // recorded_at in microseconds, exactly (a JS Date would keep only milliseconds).
      q<{ outcomeId: string; observedAt: string; value: number; recordedAt: string }>(
        `SELECT outcome_id AS "outcomeId", observed_at AS "observedAt", value,
                (extract(epoch FROM recorded_at) * 1000000)::bigint::text AS "recordedAt"
           FROM measurement`,
      ),
    ]);
    return outcomes.map((o) => {
      const points = measurements
        .filter((m) => m.outcomeId === o.id)
        .map((m) => ({ ...m, recordedAt: Number(m.recordedAt) }));
      return { ...o, latest: latestMeasurement(points) };
    });
  }

  /** What shared/src/formulas.ts says, computed from the raw rows alone. */
  async function expectedHealth(today: string): Promise<Map<string, ProblemHealth>> {
    const q = <T>(sql: string) => t.dataSource.query<T[]>(sql);
    const [problems, outcomes, tasks, links, members, users, events] = await Promise.all([
      q<{ id: string }>('SELECT id FROM problem'),
      outcomeRows(),
      q<{ id: string; problemId: string; status: string; dueDate: string | null }>(
        `SELECT id, problem_id AS "problemId", status, due_date AS "dueDate" FROM task`,
      ),
      q<{ taskId: string; outcomeId: string }>(
        'SELECT task_id AS "taskId", outcome_id AS "outcomeId" FROM task_outcome',
      ),
      q<{ problemId: string; userId: string; allocationPercent: number }>(
        `SELECT problem_id AS "problemId", user_id AS "userId", allocation_percent AS "allocationPercent"
           FROM membership`,
      ),
      q<{ id: string; organizationId: string }>(
        'SELECT id, organization_id AS "organizationId" FROM app_user',
      ),
      q<{ problemId: string; createdAt: Date }>(
        'SELECT problem_id AS "problemId", created_at AS "createdAt" FROM activity_event',
      ),
    ]);
    const organizationOf = new Map(users.map((u) => [u.id, u.organizationId]));
    const expected = new Map<string, ProblemHealth>();
    for (const { id } of problems) {
      const ownOutcomes = outcomes.filter((o) => o.problemId === id);
      const healths = ownOutcomes.map((o) => outcomeFigures(o, o.latest, today).health);
      const own = tasks.filter((task) => task.problemId === id);
      const open = own.filter((task) => task.status !== 'DONE');
      const openIds = new Set(open.map((task) => task.id));
      const linksOf = (taskId: string) => links.filter((l) => l.taskId === taskId);
      const activity = events.filter((e) => e.problemId === id).map((e) => e.createdAt.getTime());
      expected.set(id, {
        ...healthRollup(healths),
        openTasks: open.length,
        overdueTasks: own.filter((task) => isOverdue(task, today)).length,
        doneTasks: own.length - open.length,
        crossSiloIndex: crossSiloIndex(
          members
            .filter((m) => m.problemId === id)
            .map((m) => ({
              organizationId: organizationOf.get(m.userId) ?? '',
              allocationPercent: m.allocationPercent,
            })),
        ),
        alignment: alignment(open.map((task) => ({ outcomeCount: linksOf(task.id).length }))),
        unlinkedOpenTasks: open.filter((task) => linksOf(task.id).length === 0).length,
        unmovedOutcomes: ownOutcomes.filter(
          (o) => !links.some((l) => l.outcomeId === o.id && openIds.has(l.taskId)),
        ).length,
        staleOutcomes: ownOutcomes.filter((o) =>
          isStale(nextDueDate(o.cadence, o.latest?.observedAt ?? null, o.baselineDate), today),
        ).length,
        lastActivityAt: activity.length ? new Date(Math.max(...activity)) : null,
      });
    }
    return expected;
  }

  const COUNTS = [
    'onTrack',
    'atRisk',
    'offTrack',
    'noData',
    'achieved',
    'openTasks',
    'overdueTasks',
    'doneTasks',
    'unlinkedOpenTasks',
    'unmovedOutcomes',
    'staleOutcomes',
  ] as const;

  /** Counts exactly, floats to 1e-9, timestamps to the millisecond pg gives both sides. */
  function expectSame(actual: ProblemHealth | undefined, expected: ProblemHealth, label: string) {
    const counts = (h: ProblemHealth | undefined) => COUNTS.map((field) => h?.[field]);
    expect([label, counts(actual)]).toEqual([label, counts(expected)]);
    expect(actual?.crossSiloIndex).toBeCloseTo(expected.crossSiloIndex, 9);
    if (expected.alignment === null) expect([label, actual?.alignment]).toEqual([label, null]);
    else expect(actual?.alignment).toBeCloseTo(expected.alignment, 9);
    expect([label, actual?.lastActivityAt?.toISOString() ?? null]).toEqual([
      label,
      expected.lastActivityAt?.toISOString() ?? null,
    ]);
  }

  it('generated data covers what the comparison is meant to exercise', async () => {
    const expected = [...(await expectedHealth('2026-03-15')).values()];
    const total = (pick: (h: ProblemHealth) => number) => expected.reduce((s, h) => s + pick(h), 0);
    expect(total((h) => h.onTrack)).toBeGreaterThan(3);
    expect(total((h) => h.atRisk)).toBeGreaterThan(1);
    expect(total((h) => h.offTrack)).toBeGreaterThan(3);
    expect(total((h) => h.achieved)).toBeGreaterThan(3);
    expect(total((h) => h.noData)).toBeGreaterThan(1);
    expect(total((h) => h.overdueTasks)).toBeGreaterThan(1);
    expect(total((h) => h.doneTasks)).toBeGreaterThan(1);
    expect(expected.filter((h) => h.crossSiloIndex > 1)).not.toHaveLength(0);
    expect(
      expected.filter((h) => h.alignment !== null && h.alignment > 0 && h.alignment < 1),
    ).not.toHaveLength(0);
    expect(expected.filter((h) => h.alignment === null)).not.toHaveLength(0);
    expect(total((h) => h.unlinkedOpenTasks)).toBeGreaterThan(1);
    expect(total((h) => h.unmovedOutcomes)).toBeGreaterThan(1);
    // Stale and scheduled-but-current outcomes both occur on the generated problems.
    expect(total((h) => h.staleOutcomes)).toBeGreaterThan(1);
    const generated = (await outcomeRows()).filter((o) => o.cadence !== null);
    expect(
      generated.filter(
        (o) =>
          !isStale(
            nextDueDate(o.cadence, o.latest?.observedAt ?? null, o.baselineDate),
            '2026-03-15',
          ),
      ),
    ).not.toHaveLength(0);
    // Some outcomes are moved by open tasks, some only by DONE ones (which do not count).
    expect(
      expected.filter(
        (h) => h.unmovedOutcomes < h.onTrack + h.atRisk + h.offTrack + h.noData + h.achieved,
      ),
    ).not.toHaveLength(0);
  });

  it('judges each edge case as PRODUCT.md says, in SQL and in TypeScript', async () => {
    const ids = [...edgeProblems.keys()];
    const actual = await t.app.get(ProblemHealthRepository).healthOf(ids, '2026-03-15');
    const expected = await expectedHealth('2026-03-15');
    const bucket: Record<OutcomeHealth, keyof ProblemHealth> = {
      ON_TRACK: 'onTrack',
      AT_RISK: 'atRisk',
      OFF_TRACK: 'offTrack',
      NO_DATA: 'noData',
      ACHIEVED: 'achieved',
    };
    for (const [id, edge] of edgeProblems) {
      expect([edge.name, actual.get(id)?.[bucket[edge.expected]]]).toEqual([edge.name, 1]);
      expectSame(actual.get(id), expected.get(id) as ProblemHealth, edge.name);
      expect(actual.get(id)).toMatchObject({
        openTasks: 0,
        crossSiloIndex: 0,
        alignment: null,
        lastActivityAt: null,
      });
    }
  });

  it('computes each outcome’s next due date in SQL as shared/ does, month ends and leap days included', async () => {
    const rows = await t.dataSource.query<{ id: string; problemId: string; due: string | null }[]>(
      `SELECT o.id, o.problem_id AS "problemId", ${nextDueSql('o', 'l.observed_at')}::text AS due
         FROM outcome o
         LEFT JOIN LATERAL (
           SELECT m.observed_at FROM measurement m WHERE m.outcome_id = o.id
            ORDER BY ${LATEST_ORDER} LIMIT 1) l ON TRUE`,
    );
    const sqlDue = new Map(rows.map((r) => [r.id, r.due]));
    const outcomes = await outcomeRows();
    expect(outcomes.filter((o) => o.cadence !== null).length).toBeGreaterThan(20);
    for (const o of outcomes) {
      const due = nextDueDate(o.cadence, o.latest?.observedAt ?? null, o.baselineDate);
      expect([o.id, sqlDue.get(o.id)]).toEqual([o.id, due]);
    }
    for (const [id, [cadence, latest, baseline, due]] of cadenceProblems) {
      const outcome = outcomes.find((o) => o.problemId === id);
      expect([cadence, latest ?? baseline, outcome && sqlDue.get(outcome.id)]).toEqual([
        cadence,
        latest ?? baseline,
        due,
      ]);
    }
  });

  it('counts an outcome stale from the day after its due date, not on it', async () => {
    const repository = t.app.get(ProblemHealthRepository);
    for (const [id, [cadence, latest, , due]] of cadenceProblems) {
      const label = `${cadence} after ${latest}`;
      if (due === null) {
        const late = await repository.healthOf([id], '2099-01-01');
        expect([label, late.get(id)?.staleOutcomes]).toEqual([label, 0]);
        continue;
      }
      const [onTheDay, dayAfter] = await Promise.all([
        repository.healthOf([id], due),
        repository.healthOf([id], addDays(due, 1)),
      ]);
      expect([label, onTheDay.get(id)?.staleOutcomes, dayAfter.get(id)?.staleOutcomes]).toEqual([
        label,
        0,
        1,
      ]);
      expect(isStale(due, due)).toBe(false);
      expect(isStale(due, addDays(due, 1))).toBe(true);
    }
  });

  it.each(['2026-01-01', '2026-03-15', '2026-06-30', '2027-01-01'])(
    'gives the same answers for every problem in one statement (today = %s)',
    async (today) => {
      const ids = (await t.dataSource.query<{ id: string }[]>('SELECT id FROM problem')).map(
        (r) => r.id,
      );
      t.resetQueries();
      const actual = await t.app.get(ProblemHealthRepository).healthOf(ids, today);
      expect(t.queries).toHaveLength(1);
      const expected = await expectedHealth(today);
      expect(actual.size).toBe(ids.length);
      for (const id of ids) expectSame(actual.get(id), expected.get(id) as ProblemHealth, id);
    },
  );

  it('answers Problem.health over GraphQL for a page of problems with one health statement', async () => {
    t.resetQueries();
    const result = await admin.request<{
      problems: {
        edges: {
          node: {
            id: string;
            health: Omit<ProblemHealth, 'lastActivityAt'> & { lastActivityAt: string | null };
          };
        }[];
      };
    }>(`{ problems(first: 100) { edges { node { id health {
      onTrack atRisk offTrack noData achieved openTasks overdueTasks doneTasks crossSiloIndex alignment lastActivityAt
      unlinkedOpenTasks unmovedOutcomes staleOutcomes
    } } } } }`);
    expect(result.errors).toBeUndefined();
    expect(t.queries.filter((sql) => sql.includes('WITH target AS'))).toHaveLength(1);
    const expected = await expectedHealth(todayIn(ZONE));
    const edges = result.data?.problems.edges ?? [];
    // Ours and whatever the demo seed holds: every problem, on one page.
    const [{ n } = { n: 0 }] = await t.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM problem',
    );
    expect(n).toBeLessThanOrEqual(100);
    expect(edges).toHaveLength(n);
    for (const { node } of edges) {
      const uuid = Buffer.from(node.id, 'base64url').toString().split(':')[1] ?? '';
      expectSame(
        {
          ...node.health,
          lastActivityAt: node.health.lastActivityAt ? new Date(node.health.lastActivityAt) : null,
        },
        expected.get(uuid) as ProblemHealth,
        node.id,
      );
    }
  });

  it('gives each outcome on a page of problems its latest measurement and figures, in no statement of their own', async () => {
    type Page = {
      problems: {
        edges: {
          node: {
            outcomes: {
              id: string;
              latest: { observedAt: string; value: number } | null;
              progress: number | null;
              plannedProgress: number;
              health: OutcomeHealth;
              nextDueDate: string | null;
              stale: boolean;
            }[];
          };
        }[];
      };
    };
    const page = (fields: string) =>
      `{ problems(first: 100) { edges { node { outcomes { id ${fields} } } } } }`;
    t.resetQueries();
    await admin.request(page(''));
    const withoutFigures = t.queries.length;
    t.resetQueries();
    const result = await admin.request<Page>(
      page('latest { observedAt value } progress plannedProgress health nextDueDate stale'),
    );
    expect(result.errors).toBeUndefined();
    expect(t.queries).toHaveLength(withoutFigures);

    const today = todayIn(ZONE);
    const expected = new Map(
      (await outcomeRows()).map((o) => [
        toGlobalId('Outcome', o.id),
        // As JSON carries them: a progress of −0 arrives as 0.
        JSON.parse(
          JSON.stringify({
            latest: o.latest && { observedAt: o.latest.observedAt, value: o.latest.value },
            ...outcomeFigures(o, o.latest, today),
            nextDueDate: nextDueDate(o.cadence, o.latest?.observedAt ?? null, o.baselineDate),
            stale: isStale(
              nextDueDate(o.cadence, o.latest?.observedAt ?? null, o.baselineDate),
              today,
            ),
          }),
        ) as unknown,
      ]),
    );
    const outcomes = result.data?.problems.edges.flatMap((e) => e.node.outcomes) ?? [];
    expect(outcomes).toHaveLength(expected.size);
    // Ties on the date, NO_DATA, beyond target: the edge cases are among them.
    expect(new Set(outcomes.map((o) => o.health)).size).toBe(5);
    for (const { id, ...actual } of outcomes) expect([id, actual]).toEqual([id, expected.get(id)]);
    // Due yesterday and due today in the workspace's zone, 14 hours from UTC.
    const zone = await t.dataSource.query<{ id: string; name: string }[]>(
      `SELECT id, name FROM outcome WHERE name LIKE 'Zone %' ORDER BY name`,
    );
    const staleOf = (name: string) => {
      const found = zone.find((o) => o.name === name);
      return outcomes.find((o) => o.id === toGlobalId('Outcome', found?.id ?? ''))?.stale;
    };
    expect([staleOf('Zone 1'), staleOf('Zone 2')]).toEqual([true, false]);
  });
});
