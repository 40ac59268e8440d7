import {
  OUTCOME_HEALTHS,
  addDays,
  addMonths,
  isStale,
  latestMeasurement,
  nextDueDate,
  outcomeFigures,
  type OutcomeHealth,
} from '@commons/shared';
import { DEMO_ORGANIZATIONS, DEMO_USERS } from './demo-data.js';
import {
  generateDemoWorkspace,
  mentionedHandles,
  type DemoRows,
  type DirectoryUser,
} from './demo-generate.js';
import { DEMO_PORTFOLIOS, DEMO_PROBLEMS } from './demo-problems.js';
import type { DemoProblem } from './demo-types.js';

/** The directory as the seed reads it from the database, with readable ids. */
function directory(): Map<string, DirectoryUser> {
  const orgs = new Map(DEMO_ORGANIZATIONS.map((o, i) => [o.name, `org-${i}`]));
  return new Map(
    DEMO_USERS.map((u) => [
      u.email.split('@')[0] ?? '',
      {
        id: `user-${u.email}`,
        email: u.email,
        displayName: u.displayName,
        role: u.role,
        organizationId: orgs.get(u.organization) ?? '',
        organizationName: u.organization,
      },
    ]),
  );
}

function generate(today: string, problems: readonly DemoProblem[] = DEMO_PROBLEMS): DemoRows {
  let next = 0;
  return generateDemoWorkspace(DEMO_PORTFOLIOS, problems, {
    today,
    now: Date.parse(`${today}T15:30:00Z`),
    users: directory(),
    newId: () => `id-${++next}`,
  });
}

function healths(rows: DemoRows, today: string): Map<string, OutcomeHealth> {
  const result = new Map<string, OutcomeHealth>();
  for (const o of rows.outcomes) {
    const series = rows.measurements
      .filter((m) => m.outcome_id === o.id)
      .map((m) => ({ observedAt: m.observed_at, value: m.value, recordedAt: m.recorded_at }));
    const figures = outcomeFigures(
      {
        direction: o.direction,
        baselineValue: o.baseline_value,
        baselineDate: o.baseline_date,
        targetValue: o.target_value,
        targetDate: o.target_date,
      },
      latestMeasurement(series),
      today,
    );
    result.set(o.name, figures.health);
  }
  return result;
}

describe('demo workspace generator', () => {
  it('is deterministic', () => {
    expect(generate('2026-03-14')).toEqual(generate('2026-03-14'));
  });

  // The seed runs on whatever day the database is started: seasonal series, month ends and
  // leap days must all work, and every outcome must show the health the catalogue promises.
  it.each([
    '2026-01-01',
    '2026-02-28',
    '2026-03-31',
    '2026-06-15',
    '2026-08-01',
    '2026-11-30',
    '2027-12-31',
    '2028-02-29',
  ])('gives every outcome its intended health on %s', (today) => {
    const rows = generate(today);
    const got = healths(rows, today);
    const expected = new Map(
      DEMO_PROBLEMS.flatMap((p) => p.outcomes.map((o) => [o.name, o.health] as const)),
    );
    expect(got).toEqual(expected);
    expect(new Set(got.values())).toEqual(new Set(OUTCOME_HEALTHS));
    for (const m of rows.measurements) expect(m.observed_at < today).toBe(true);
    for (const e of rows.activityEvents)
      expect(Date.parse(e.created_at)).toBeLessThan(Date.parse(`${today}T15:30:00Z`));
  });

  // Month ends drift by a month's length: Feb 28 + 1 month is Mar 28 (PRODUCT.md), so a monthly
  // figure of last month's end is due before today on the last days of a longer month.
  it.each([
    '2026-01-01',
    '2026-02-28',
    '2026-03-31',
    '2026-06-15',
    '2026-08-01',
    '2026-11-30',
    '2028-02-29',
  ])(
    'makes exactly the late outcomes stale on %s (monthly ones also on the days a month end drifts)',
    (today) => {
      const rows = generate(today);
      const catalogue = new Map(
        DEMO_PROBLEMS.flatMap((p) => p.outcomes.map((o) => [o.name, o] as const)),
      );
      const drifted = addMonths(lastMonthEnd(today), 1) < today;
      for (const o of rows.outcomes) {
        const latest = latestMeasurement(
          rows.measurements
            .filter((m) => m.outcome_id === o.id)
            .map((m) => ({ observedAt: m.observed_at, value: m.value, recordedAt: m.recorded_at })),
        );
        const stale = isStale(
          nextDueDate(o.cadence, latest?.observedAt ?? null, o.baseline_date),
          today,
        );
        const promised = catalogue.get(o.name);
        const expected =
          promised?.late === true ||
          (drifted && o.cadence === 'MONTHLY' && latest?.observedAt === lastMonthEnd(today));
        expect([o.name, o.cadence, stale]).toEqual([o.name, promised?.cadence, expected]);
      }
    },
  );

  it('gives every outcome a cadence, mostly monthly or quarterly, and owners on the team', () => {
    const rows = generate('2026-03-14');
    const count = (cadence: string) => rows.outcomes.filter((o) => o.cadence === cadence).length;
    expect(count('MONTHLY') + count('QUARTERLY')).toBeGreaterThan(rows.outcomes.length * 0.7);
    expect(count('WEEKLY')).toBeGreaterThan(0);
    expect(count('ANNUAL')).toBeGreaterThan(0);
    const owned = rows.outcomes.filter((o) => o.owner_id !== null);
    expect(owned.length).toBeGreaterThan(5);
    for (const o of owned) {
      const membership = rows.memberships.find(
        (m) => m.problem_id === o.problem_id && m.user_id === o.owner_id,
      );
      expect([o.name, membership?.role]).toEqual([
        o.name,
        expect.stringMatching(/^(MEMBER|PARTNER)$/),
      ]);
    }
  });

  it('writes ranks that sort each column and task titles that are unique per board', () => {
    const rows = generate('2026-05-20');
    for (const problem of rows.problems) {
      const tasks = rows.tasks.filter((t) => t.problem_id === problem.id);
      expect(new Set(tasks.map((t) => t.title)).size).toBe(tasks.length);
      for (const status of ['TODO', 'IN_PROGRESS', 'BLOCKED', 'DONE']) {
        const ranks = tasks.filter((t) => t.status === status).map((t) => t.rank);
        expect(new Set(ranks).size).toBe(ranks.length);
      }
    }
  });

  it('refuses a catalogue that breaks the rules', () => {
    const [problem] = DEMO_PROBLEMS;
    if (!problem) throw new Error('empty catalogue');
    const broken = (change: Partial<DemoProblem>) => () =>
      generate('2026-05-20', [{ ...problem, ...change }]);
    expect(
      broken({ comments: [{ by: 'lead', on: 'problem', daysAgo: 1, body: 'Hi @outsider' }] }),
    ).toThrow(/outsider is not on the team/);
    expect(broken({ lead: 'member' })).toThrow(/must be the one LEAD/);
    expect(broken({ taskCount: 61 })).toThrow(/61 tasks for a ACTIVE problem/);
    expect(broken({ team: problem.team.slice(0, 2), sponsor: undefined })).toThrow(
      /organisations, not 3–6/,
    );
    expect(
      broken({ comments: [{ by: 'director.housing', on: 'problem', daysAgo: 1, body: 'Hi' }] }),
    ).toThrow(/may not comment/);
  });

  it('finds mentions the way the comments feature does', () => {
    expect(mentionedHandles('Thanks @lead. Ask @sara.lindqvist, not lead@demo.commons')).toEqual([
      'lead',
      'sara.lindqvist',
    ]);
  });
});

/** The last day of the month before `today`'s. */
function lastMonthEnd(today: string): string {
  return addDays(`${today.slice(0, 8)}01`, -1);
}
