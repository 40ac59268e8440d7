import {
  CADENCE_PERIODS,
  daysBetween,
  outcomeDefinitionProblems,
  outcomeFigures,
  type CommentSubject,
  type MeasurementSource,
  type MemberRole,
  type OutcomeDefinition,
  type OutcomeDirection,
  type ProblemStatus,
  type PublicValue,
  type ReportingCadence,
  type TaskStatus,
  type Visibility,
  type WorkspaceRole,
} from '@commons/shared';
import { generateNKeysBetween } from 'fractional-indexing';
import {
  MS_PER_DAY,
  MS_PER_HOUR,
  MS_PER_MINUTE,
  Random,
  addDays,
  atWorkingHours,
  dateToMs,
  monthEnd,
  monthEndsBack,
  msToDate,
} from './demo-random.js';
import { GENERIC_TASKS, MEASUREMENT_NOTES, TASK_DESCRIPTIONS } from './demo-templates.js';
import type { DemoComment, DemoOutcome, DemoPortfolio, DemoProblem, Handle } from './demo-types.js';

/**
 * Turns the demo catalogue into table rows, deterministically: the same catalogue, directory
 * and dates give the same rows (ids come from `newId`). Pure: no database, no clock, no
 * Math.random. Rows use the tables' column names so the seed can insert them as they are.
 * Throws when the catalogue breaks a rule of the domain (a lead who is not on the team, a
 * mention of someone outside it, an outcome whose series can't show the health it promises).
 */

/** A demo account as the database has it. */
export interface DirectoryUser {
  id: string;
  email: string;
  displayName: string;
  role: WorkspaceRole;
  organizationId: string;
  organizationName: string;
}

export interface GenerateContext {
  /** The database's current_date (YYYY-MM-DD). */
  today: string;
  /** The database's now(), in ms. */
  now: number;
  /** The directory, by handle (the email before `@`). */
  users: ReadonlyMap<Handle, DirectoryUser>;
  newId: () => string;
}

export interface PortfolioRow {
  id: string;
  name: string;
  description: string;
  owner_id: string;
  created_at: string;
  updated_at: string;
}

export interface ProblemRow {
  id: string;
  key: string;
  title: string;
  statement: string;
  affected_population: string;
  geography: string;
  status: ProblemStatus;
  visibility: Visibility;
  public_values: PublicValue[];
  themes: string[];
  portfolio_id: string | null;
  lead_id: string;
  sponsor_id: string | null;
  next_task_number: number;
  created_at: string;
  updated_at: string;
}

export interface MembershipRow {
  id: string;
  problem_id: string;
  user_id: string;
  role: MemberRole;
  allocation_percent: number;
  created_at: string;
}

export interface OutcomeRow {
  id: string;
  problem_id: string;
  name: string;
  description: string;
  unit: string;
  direction: OutcomeDirection;
  baseline_value: number;
  baseline_date: string;
  target_value: number;
  target_date: string;
  data_source: string;
  owner_id: string | null;
  cadence: ReportingCadence;
  created_at: string;
  updated_at: string;
}

export interface MeasurementRow {
  id: string;
  outcome_id: string;
  observed_at: string;
  value: number;
  note: string | null;
  source: MeasurementSource;
  recorded_by_id: string | null;
  recorded_at: string;
}

export interface TaskRow {
  id: string;
  problem_id: string;
  number: number;
  title: string;
  description: string | null;
  status: TaskStatus;
  rank: string;
  assignee_id: string | null;
  organization_id: string | null;
  due_date: string | null;
  created_at: string;
  updated_at: string;
}

export interface TaskOutcomeRow {
  task_id: string;
  outcome_id: string;
  problem_id: string;
}

export interface TaskDependencyRow {
  task_id: string;
  blocked_by_id: string;
  problem_id: string;
}

export interface CommentRow {
  id: string;
  problem_id: string;
  subject_type: CommentSubject;
  subject_id: string;
  author_id: string;
  body: string;
  created_at: string;
}

export interface CommentMentionRow {
  comment_id: string;
  user_id: string;
}

export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

export interface ActivityEventRow {
  id: string;
  actor_id: string;
  action: string;
  subject_type: 'Portfolio' | 'Problem' | 'Task' | 'Outcome' | 'Comment';
  subject_id: string;
  problem_id: string | null;
  summary: string;
  changes: FieldChange[];
  created_at: string;
}

export interface KeyCounterRow {
  prefix: string;
  last_number: number;
}

export interface DemoRows {
  portfolios: PortfolioRow[];
  problems: ProblemRow[];
  memberships: MembershipRow[];
  outcomes: OutcomeRow[];
  measurements: MeasurementRow[];
  tasks: TaskRow[];
  taskOutcomes: TaskOutcomeRow[];
  taskDependencies: TaskDependencyRow[];
  comments: CommentRow[];
  commentMentions: CommentMentionRow[];
  activityEvents: ActivityEventRow[];
  keyCounters: KeyCounterRow[];
}

const STATUS_LABEL: Record<TaskStatus, string> = {
  TODO: 'To do',
  IN_PROGRESS: 'In progress',
  BLOCKED: 'Blocked',
  DONE: 'Done',
};

/** Task counts the issue asks for, by problem status. */
export const TASK_COUNT_RANGE: Record<ProblemStatus, readonly [number, number]> = {
  DRAFT: [0, 5],
  FRAMING: [3, 10],
  ACTIVE: [15, 60],
  SUSTAINING: [8, 14],
  RESOLVED: [5, 14],
  ARCHIVED: [3, 12],
};

/** Who may be given work, record measurements and comment (API.md). */
const CONTRIBUTOR_ROLES: readonly MemberRole[] = ['LEAD', 'MEMBER', 'PARTNER'];

// Same shape as the comments feature's parser: not after a word character, `.`, `@`, `\`
// or `/`; a handle does not end with `.`.
const MENTION = /(?<![\w.@\\/])@([a-z0-9_%+-](?:[a-z0-9._%+-]*[a-z0-9_%+-])?)/gi;

export function mentionedHandles(markdown: string): string[] {
  return [...new Set([...markdown.matchAll(MENTION)].map((m) => (m[1] ?? '').toLowerCase()))];
}

export function generateDemoWorkspace(
  portfolios: readonly DemoPortfolio[],
  problems: readonly DemoProblem[],
  context: GenerateContext,
): DemoRows {
  const rows: DemoRows = {
    portfolios: [],
    problems: [],
    memberships: [],
    outcomes: [],
    measurements: [],
    tasks: [],
    taskOutcomes: [],
    taskDependencies: [],
    comments: [],
    commentMentions: [],
    activityEvents: [],
    keyCounters: [],
  };
  const clock = new Clock(context.now);
  const portfolioIds = new Map<string, string>();
  for (const portfolio of portfolios) {
    const owner = requireUser(context, portfolio.owner, `portfolio ${portfolio.name}`);
    const random = new Random(`portfolio/${portfolio.name}`);
    const createdAt = clock.monthsAgo(portfolio.createdMonthsAgo, random);
    const id = context.newId();
    portfolioIds.set(portfolio.name, id);
    rows.portfolios.push({
      id,
      name: portfolio.name,
      description: portfolio.description,
      owner_id: owner.id,
      created_at: iso(createdAt),
      updated_at: iso(createdAt),
    });
    rows.activityEvents.push({
      id: context.newId(),
      actor_id: owner.id,
      action: 'portfolio.created',
      subject_type: 'Portfolio',
      subject_id: id,
      problem_id: null,
      summary: `${owner.displayName} created the portfolio ${portfolio.name}`,
      changes: [],
      created_at: iso(createdAt),
    });
  }

  const keys = new Set<string>();
  const counters = new Map<string, number>();
  for (const problem of problems) {
    if (keys.has(problem.key)) throw new Error(`${problem.key}: duplicate key`);
    keys.add(problem.key);
    const [prefix = '', number = '0'] = problem.key.split('-');
    counters.set(prefix, Math.max(counters.get(prefix) ?? 0, Number(number)));
    const portfolioId = problem.portfolio ? portfolioIds.get(problem.portfolio) : null;
    if (portfolioId === undefined)
      throw new Error(`${problem.key}: unknown portfolio ${String(problem.portfolio)}`);
    new ProblemGenerator(problem, portfolioId, context, clock, rows).run();
  }
  for (const [prefix, last] of counters) rows.keyCounters.push({ prefix, last_number: last });
  return rows;
}

/** Instants relative to the database's now, never in the future. */
class Clock {
  constructor(readonly now: number) {}

  monthsAgo(months: number, random: Random): number {
    const days = months === 0 ? random.int(3, 12) : months * 30.44 + random.int(-6, 6);
    return this.clamp(atWorkingHours(this.now - days * MS_PER_DAY, random));
  }

  daysAgo(days: number, random: Random): number {
    return this.clamp(atWorkingHours(this.now - days * MS_PER_DAY, random));
  }

  /** No later than a few minutes ago. */
  clamp(ms: number): number {
    return Math.min(ms, this.now - 5 * MS_PER_MINUTE);
  }
}

interface Member {
  user: DirectoryUser;
  handle: Handle;
  role: MemberRole;
  allocation: number;
  joinedAt: number;
}

interface GeneratedTask {
  row: TaskRow;
  createdAt: number;
  movedAt: number;
  startedAt: number | null;
  outcomeIndexes: number[];
}

/** How many months back a late outcome's latest figure is: one period (a month for WEEKLY). */
function lateBy(outcome: DemoOutcome): number {
  const period = CADENCE_PERIODS[outcome.cadence];
  return period.months ?? 1;
}

class ProblemGenerator {
  private readonly id: string;
  private readonly createdAt: number;
  /** When the work stopped (RESOLVED, ARCHIVED), or now. */
  private readonly workEnd: number;
  private readonly members: Member[] = [];
  private readonly contributors: Member[];
  private readonly lead: Member;
  private readonly outcomeIds: string[] = [];
  private readonly outcomeDefinedAt: number[] = [];
  private readonly tasks: GeneratedTask[] = [];
  /** The task number of each of the problem's own tasks, in catalogue order. */
  private readonly ownTaskNumbers: number[] = [];

  constructor(
    private readonly problem: DemoProblem,
    private readonly portfolioId: string | null,
    private readonly context: GenerateContext,
    private readonly clock: Clock,
    private readonly rows: DemoRows,
  ) {
    const random = this.random('timeline');
    this.id = context.newId();
    this.createdAt = clock.monthsAgo(problem.startedMonthsAgo, random);
    this.workEnd =
      problem.endedMonthsAgo === undefined
        ? clock.now - 5 * MS_PER_MINUTE
        : clock.monthsAgo(problem.endedMonthsAgo, random);
    this.buildTeam(random);
    const lead = this.members.find((m) => m.role === 'LEAD');
    if (!lead) throw new Error(`${problem.key}: no LEAD on the team`);
    this.lead = lead;
    this.contributors = this.members.filter((m) => CONTRIBUTOR_ROLES.includes(m.role));
  }

  run(): void {
    this.pushProblem();
    this.outcomes();
    this.board();
    this.comments();
  }

  private random(stream: string): Random {
    return new Random(`${this.problem.key}/${stream}`);
  }

  private fail(message: string): never {
    throw new Error(`${this.problem.key}: ${message}`);
  }

  private buildTeam(random: Random): void {
    const { problem } = this;
    let joinedAt = this.createdAt;
    const seen = new Set<string>();
    for (const [handle, role, allocation] of problem.team) {
      if (seen.has(handle)) this.fail(`${handle} is on the team twice`);
      seen.add(handle);
      if (allocation < 0 || allocation > 100) this.fail(`allocation of ${handle} out of range`);
      const user = requireUser(this.context, handle, problem.key);
      this.members.push({ user, handle, role, allocation, joinedAt });
      joinedAt = Math.min(joinedAt + random.int(10, 72 * 60) * MS_PER_MINUTE, this.workEnd);
    }
    const leads = problem.team.filter(([, role]) => role === 'LEAD');
    if (leads.length !== 1 || leads[0]?.[0] !== problem.lead)
      this.fail(`the lead ${problem.lead} must be the one LEAD member`);
    if (problem.sponsor && !problem.team.some(([h, r]) => h === problem.sponsor && r === 'SPONSOR'))
      this.fail(`the sponsor ${problem.sponsor} must be a SPONSOR member`);
    const organizations = new Set(this.members.map((m) => m.user.organizationId));
    if (organizations.size < 3 || organizations.size > 6)
      this.fail(`the team spans ${organizations.size} organisations, not 3–6`);
  }

  private member(handle: Handle): Member {
    return (
      this.members.find((m) => m.handle === handle) ?? this.fail(`${handle} is not on the team`)
    );
  }

  private pushProblem(): void {
    const { problem, rows, context } = this;
    const statusChanges = this.statusHistory();
    const updatedAt = statusChanges.at(-1)?.at ?? this.createdAt;
    const [min, max] = TASK_COUNT_RANGE[problem.status];
    if (problem.taskCount < min || problem.taskCount > max)
      this.fail(`${problem.taskCount} tasks for a ${problem.status} problem, not ${min}–${max}`);
    if (problem.outcomes.length < 1 || problem.outcomes.length > 3) this.fail('needs 1–3 outcomes');

    rows.problems.push({
      id: this.id,
      key: problem.key,
      title: problem.title,
      statement: problem.statement,
      affected_population: problem.affectedPopulation,
      geography: problem.geography,
      status: problem.status,
      visibility: problem.visibility,
      public_values: [...problem.publicValues],
      themes: [...problem.themes],
      portfolio_id: this.portfolioId,
      lead_id: this.lead.user.id,
      sponsor_id: problem.sponsor ? this.member(problem.sponsor).user.id : null,
      next_task_number: problem.taskCount + 1,
      created_at: iso(this.createdAt),
      updated_at: iso(updatedAt),
    });
    this.event(this.lead, this.createdAt, {
      action: 'problem.created',
      subject_type: 'Problem',
      subject_id: this.id,
      summary: `created ${problem.key} ${problem.title}`,
    });
    for (const m of this.members) {
      rows.memberships.push({
        id: context.newId(),
        problem_id: this.id,
        user_id: m.user.id,
        role: m.role,
        allocation_percent: m.allocation,
        created_at: iso(m.joinedAt),
      });
      if (m === this.lead) continue;
      this.event(this.lead, m.joinedAt, {
        action: 'member.added',
        subject_type: 'Problem',
        subject_id: this.id,
        summary: `added ${m.user.displayName} to ${problem.key} as ${m.role} (${m.allocation}%)`,
      });
    }
    for (const change of statusChanges) {
      this.event(this.lead, change.at, {
        action: 'problem.updated',
        subject_type: 'Problem',
        subject_id: this.id,
        summary: `changed status of ${problem.key}`,
        changes: [{ field: 'status', before: change.from, after: change.to }],
      });
    }
  }

  /** How the problem got to its status: created in FRAMING (or DRAFT), then moved on. */
  private statusHistory(): { from: ProblemStatus; to: ProblemStatus; at: number }[] {
    const { status } = this.problem;
    if (status === 'DRAFT' || status === 'FRAMING') return [];
    const span = this.workEnd - this.createdAt;
    const active = this.createdAt + Math.min(42 * MS_PER_DAY, span * 0.15);
    const history: { from: ProblemStatus; to: ProblemStatus; at: number }[] = [
      { from: 'FRAMING', to: 'ACTIVE', at: active },
    ];
    if (status === 'SUSTAINING')
      history.push({ from: 'ACTIVE', to: 'SUSTAINING', at: this.createdAt + span * 0.7 });
    if (status === 'RESOLVED') {
      history.push({ from: 'ACTIVE', to: 'SUSTAINING', at: this.createdAt + span * 0.8 });
      history.push({ from: 'SUSTAINING', to: 'RESOLVED', at: this.workEnd });
    }
    if (status === 'ARCHIVED') history.push({ from: 'ACTIVE', to: 'ARCHIVED', at: this.workEnd });
    return history;
  }

  private event(
    actor: Member,
    at: number,
    event: Omit<ActivityEventRow, 'id' | 'actor_id' | 'problem_id' | 'created_at' | 'changes'> & {
      changes?: FieldChange[];
    },
  ): void {
    this.rows.activityEvents.push({
      id: this.context.newId(),
      actor_id: actor.user.id,
      problem_id: this.id,
      changes: [],
      ...event,
      summary: `${actor.user.displayName} ${event.summary}`,
      created_at: iso(this.clock.clamp(at)),
    });
  }

  // ── outcomes and measurements ─────────────────────────────────────────────────────────

  private outcomes(): void {
    const { problem, context } = this;
    problem.outcomes.forEach((outcome, index) => {
      const random = this.random(`outcome/${index}`);
      const measured = outcome.health !== 'NO_DATA';
      if (measured && (outcome.measurements < 12 || outcome.measurements > 36))
        this.fail(`${outcome.name}: 12–36 measurements, not ${outcome.measurements}`);
      if (!measured && problem.status !== 'DRAFT' && problem.status !== 'FRAMING')
        this.fail(`${outcome.name}: only problems being framed have outcomes without data`);
      if (outcome.noOpenWork && problem.outcomes.every((o) => o.noOpenWork))
        this.fail('every outcome is without open work');

      if (outcome.late && (!measured || problem.endedMonthsAgo !== undefined))
        this.fail(`${outcome.name}: only a measured outcome of ongoing work can be late`);
      if (outcome.cadence === 'WEEKLY' && !outcome.late)
        this.fail(`${outcome.name}: a monthly series is never on time for a WEEKLY cadence`);

      // The latest is last month's, or the last month of the work for a problem that ended;
      // a late outcome's is one period further back.
      const monthsBack = 1 + (problem.endedMonthsAgo ?? 0) + (outcome.late ? lateBy(outcome) : 0);
      const dates = measured
        ? monthEndsBack(context.today, outcome.measurements, monthsBack, outcome.measuredIn)
        : [];
      const first = dates[0];
      const baselineDate = first ? monthEnd(first, -1) : monthEnd(context.today, -2);
      const definition: OutcomeDefinition = {
        direction: outcome.direction,
        baselineValue: outcome.baseline,
        baselineDate,
        targetValue: outcome.target,
        targetDate: monthEnd(baselineDate, outcome.targetMonths),
      };
      const problems = outcomeDefinitionProblems(definition);
      if (problems.length) this.fail(`${outcome.name}: ${problems[0]?.message ?? ''}`);

      const id = context.newId();
      const definedAt = this.clock.clamp(
        Math.min(this.createdAt + random.int(1, 20) * MS_PER_DAY, this.workEnd),
      );
      this.outcomeIds.push(id);
      this.outcomeDefinedAt.push(definedAt);
      this.rows.outcomes.push({
        id,
        problem_id: this.id,
        name: outcome.name,
        description: outcome.description,
        unit: outcome.unit,
        direction: outcome.direction,
        baseline_value: outcome.baseline,
        baseline_date: definition.baselineDate,
        target_value: outcome.target,
        target_date: definition.targetDate,
        data_source: outcome.dataSource,
        owner_id: this.ownerOf(index),
        cadence: outcome.cadence,
        created_at: iso(definedAt),
        updated_at: iso(definedAt),
      });
      this.event(this.lead, definedAt, {
        action: 'outcome.created',
        subject_type: 'Outcome',
        subject_id: id,
        summary: `defined the outcome ${outcome.name} for ${problem.key}`,
      });
      if (measured) this.measurements(outcome, id, definition, dates, definedAt, random);
    });
  }

  /**
   * The first outcome is the lead's (no owner: the lead reports it); a later one is reported by
   * the first team member who records measurements and is not the lead, as real teams share it.
   */
  private ownerOf(index: number): string | null {
    if (index === 0) return null;
    const owner = this.members.find(
      (m) => m !== this.lead && (m.role === 'MEMBER' || m.role === 'PARTNER'),
    );
    return owner?.user.id ?? null;
  }

  private measurements(
    outcome: DemoOutcome,
    outcomeId: string,
    definition: OutcomeDefinition,
    dates: readonly string[],
    definedAt: number,
    random: Random,
  ): void {
    const values = this.series(outcome, definition, dates, random);
    const source = outcome.source ?? 'IMPORT';
    const recorder = random.weighted(this.contributors, (m) =>
      m === this.lead ? 40 : m.allocation + 10,
    );
    dates.forEach((observedAt, k) => {
      const value = values[k] ?? outcome.baseline;
      const latest = k === dates.length - 1;
      const observed = dateToMs(observedAt);
      // Months before the outcome existed came in one import when it was defined.
      const backfilled = observed < definedAt;
      const recordedAt = this.clock.clamp(
        backfilled
          ? definedAt + (k + 1) * 1000
          : atWorkingHours(observed + random.int(2, 8) * MS_PER_DAY, random),
      );
      const kind: MeasurementSource = source === 'MANUAL' && backfilled ? 'IMPORT' : source;
      const note = latest
        ? (outcome.latestNote ?? null)
        : random.chance(0.08)
          ? random.pick(MEASUREMENT_NOTES)
          : null;
      this.rows.measurements.push({
        id: this.context.newId(),
        outcome_id: outcomeId,
        observed_at: observedAt,
        value,
        note,
        source: kind,
        recorded_by_id: kind === 'API' ? null : recorder.user.id,
        recorded_at: iso(recordedAt),
      });
      if (kind === 'MANUAL') {
        this.event(recorder, recordedAt, {
          action: 'measurement.recorded',
          subject_type: 'Outcome',
          subject_id: outcomeId,
          summary: `recorded ${value} ${outcome.unit} for ${outcome.name}, ${this.problem.key}`,
          changes: [
            { field: 'observedAt', before: null, after: observedAt },
            { field: 'value', before: null, after: String(value) },
            ...(note ? [{ field: 'note', before: null, after: note }] : []),
          ],
        });
      }
    });
  }

  /**
   * A monthly series from the baseline to a final progress chosen for the outcome's health;
   * drawn again until `outcomeFigures` agrees (rounding and bounds can move it).
   */
  private series(
    outcome: DemoOutcome,
    definition: OutcomeDefinition,
    dates: readonly string[],
    random: Random,
  ): number[] {
    const latest = dates.at(-1) ?? this.fail('no dates');
    const span = daysBetween(definition.baselineDate, latest);
    const range = outcome.target - outcome.baseline;
    for (let attempt = 0; attempt < 60; attempt++) {
      const planned = outcomeFigures(definition, null, latest).plannedProgress;
      const final = finalProgress(outcome, planned, random);
      const shape = random.between(0.75, 1.35);
      const noise = random.between(0.015, 0.045);
      let values = dates.map((date, k) => {
        const t = daysBetween(definition.baselineDate, date) / span;
        const wobble = k === dates.length - 1 ? 0 : random.normal() * noise;
        const progress = final * Math.pow(t, shape) + wobble;
        return bounded(outcome, outcome.baseline + progress * range);
      });
      if (outcome.cumulative) values = monotone(values, outcome.direction);
      const last = values.at(-1) ?? outcome.baseline;
      const figures = outcomeFigures(definition, { observedAt: latest, value: last }, latest);
      if (figures.health === outcome.health) return values;
    }
    return this.fail(`${outcome.name}: cannot draw a series that is ${outcome.health}`);
  }

  // ── the board ─────────────────────────────────────────────────────────────────────────

  private board(): void {
    const { problem, context } = this;
    const random = this.random('tasks');
    const titles = this.taskTitles(random);
    const count = problem.taskCount;
    const start = this.createdAt + MS_PER_HOUR;
    const span = Math.max(this.workEnd - start - MS_PER_DAY, MS_PER_HOUR);

    for (let k = 0; k < count; k++) {
      const slot = start + span * Math.pow((k + random.between(0.1, 0.9)) / count, 1.1);
      const createdAt = this.clock.clamp(Math.max(start, atWorkingHours(slot, random)));
      const status = this.taskStatus(k, count, random);
      const assignee =
        status === 'TODO' && random.chance(0.1)
          ? null
          : random.weighted(this.contributors, (m) => m.allocation + 5);
      let movedAt = createdAt;
      let startedAt: number | null = null;
      let dueDate: string | null;
      const today = context.today;
      if (status === 'DONE') {
        movedAt = this.later(createdAt, random.int(4, 70), random);
        if (movedAt - createdAt > 2 * MS_PER_DAY)
          startedAt = this.timeBetween(
            createdAt + (movedAt - createdAt) * 0.2,
            createdAt + (movedAt - createdAt) * 0.6,
            random,
          );
        dueDate = addDays(msToDate(movedAt), random.int(-6, 14));
      } else if (problem.status === 'ARCHIVED') {
        // Left open when the work stopped, with nobody expected to do it.
        dueDate = null;
      } else if (status === 'TODO') {
        dueDate = random.chance(problem.status === 'ACTIVE' ? 0.25 : 0.5)
          ? null
          : maxDate(addDays(today, random.int(-10, 90)), addDays(msToDate(createdAt), 7));
      } else {
        movedAt = this.later(createdAt, random.int(1, 30), random);
        const due = addDays(
          today,
          status === 'BLOCKED' ? random.int(-21, 40) : random.int(-14, 60),
        );
        dueDate = maxDate(due, addDays(msToDate(createdAt), 7));
      }
      const description = random.chance(0.3) ? random.pick(TASK_DESCRIPTIONS) : null;
      const row: TaskRow = {
        id: context.newId(),
        problem_id: this.id,
        number: k + 1,
        title: titles[k] ?? this.fail('not enough task titles'),
        description,
        status,
        rank: '',
        assignee_id: assignee?.user.id ?? null,
        organization_id: assignee?.user.organizationId ?? null,
        due_date: dueDate,
        created_at: iso(createdAt),
        updated_at: iso(movedAt),
      };
      this.tasks.push({ row, createdAt, movedAt, startedAt, outcomeIndexes: [] });
    }
    this.freshenRecentMoves(random);
    this.rank();
    this.linkOutcomes(random);
    this.dependencies(random);
    this.taskEvents(random);
  }

  /** Between `from` and the end of the work. */
  /** `days` after `from`, or, when that is past the end of the work, some time before it. */
  private later(from: number, days: number, random: Random): number {
    const end = this.clock.clamp(this.workEnd);
    const at = atWorkingHours(from + days * MS_PER_DAY, random);
    if (at > from && at <= end) return at;
    return this.timeBetween(from + (end - from) * 0.3, end, random);
  }

  /** A time in [from, to], in working hours when that day's working hours allow it. */
  private timeBetween(from: number, to: number, random: Random): number {
    const at = from + Math.max(0, to - from) * random.next();
    const working = atWorkingHours(at, random);
    return working >= from && working <= to ? working : at;
  }

  /**
   * The problem's own tasks in their order, with the team's everyday work interleaved; the
   * numbers the problem's own tasks got are kept for comments that refer to them.
   */
  private taskTitles(random: Random): string[] {
    const { problem } = this;
    const own = [...problem.tasks];
    const seen = new Set(own);
    const everyday: string[] = [];
    const organizations = [...new Set(this.members.map((m) => m.user.organizationName))];
    for (const template of random.shuffle(GENERIC_TASKS)) {
      if (own.length + everyday.length >= problem.taskCount) break;
      const [org = '', org2 = ''] = random.shuffle(organizations);
      const title = template
        .replace('{org}', org)
        .replace('{org2}', org2)
        .replace('{outcome}', random.pick(problem.outcomes).name);
      if (seen.has(title) || title.length > 200) continue;
      seen.add(title);
      everyday.push(title);
    }
    if (own.length > problem.taskCount) this.fail('more own tasks than the board holds');
    if (own.length + everyday.length < problem.taskCount) this.fail('not enough task titles');
    const titles: string[] = [];
    while (own.length || everyday.length) {
      // Own tasks lean early: the team framed them first.
      const ownShare = Math.min(1, (1.4 * own.length) / (own.length + everyday.length));
      if (own.length && (!everyday.length || random.chance(ownShare))) {
        this.ownTaskNumbers.push(titles.length + 1);
        titles.push(own.shift() ?? '');
      } else {
        titles.push(everyday.shift() ?? '');
      }
    }
    return titles;
  }

  private taskStatus(k: number, count: number, random: Random): TaskStatus {
    const age = 1 - k / count; // 1 for the oldest task
    const open = (): TaskStatus =>
      random.weighted(['TODO', 'IN_PROGRESS', 'BLOCKED'] as const, (s) =>
        s === 'TODO' ? 0.45 : s === 'IN_PROGRESS' ? 0.4 : 0.15,
      );
    switch (this.problem.status) {
      case 'DRAFT':
        return 'TODO';
      case 'FRAMING':
        return random.chance(0.5 * age) ? 'DONE' : random.chance(0.3) ? 'IN_PROGRESS' : 'TODO';
      case 'ACTIVE':
        return random.chance(0.12 + 0.6 * age) ? 'DONE' : open();
      case 'SUSTAINING':
        return random.chance(0.55 + 0.45 * age)
          ? 'DONE'
          : random.chance(0.5)
            ? 'IN_PROGRESS'
            : 'TODO';
      case 'RESOLVED':
        return 'DONE';
      case 'ARCHIVED':
        return random.chance(0.35 + 0.6 * age) ? 'DONE' : 'TODO';
    }
  }

  /** On an active board something moved in the last days. */
  private freshenRecentMoves(random: Random): void {
    if (this.problem.status !== 'ACTIVE') return;
    const moved = this.tasks.filter((t) => t.row.status !== 'TODO');
    for (const task of random.shuffle(moved).slice(0, 4)) {
      const now = this.clock.clamp(this.clock.now);
      const at = this.timeBetween(now - random.between(0.1, 6) * MS_PER_DAY, now, random);
      if (at <= task.createdAt) continue;
      task.movedAt = at;
      task.row.updated_at = iso(at);
      if (task.startedAt !== null && task.startedAt >= at)
        task.startedAt = this.timeBetween(task.createdAt, at, random);
      if (task.row.status === 'DONE') task.row.due_date = addDays(msToDate(at), random.int(-3, 10));
    }
  }

  /** Ranks per column: open columns by due date (none last), Done with the latest on top. */
  private rank(): void {
    for (const status of ['TODO', 'IN_PROGRESS', 'BLOCKED', 'DONE'] as const) {
      const column = this.tasks.filter((t) => t.row.status === status);
      column.sort((a, b) =>
        status === 'DONE'
          ? b.movedAt - a.movedAt
          : (a.row.due_date ?? '9999').localeCompare(b.row.due_date ?? '9999') ||
            a.row.number - b.row.number,
      );
      const ranks = generateNKeysBetween(null, null, column.length);
      column.forEach((task, i) => {
        task.row.rank = ranks[i] ?? this.fail('rank');
      });
    }
  }

  /**
   * Most tasks move an outcome; some open tasks move none, and outcomes marked `noOpenWork`
   * get no open task at all ("disconnected work").
   */
  private linkOutcomes(random: Random): void {
    const { outcomes } = this.problem;
    const all = outcomes.map((_, i) => i);
    const forOpenWork = all.filter((i) => !outcomes[i]?.noOpenWork);
    const framing = this.problem.status === 'DRAFT' || this.problem.status === 'FRAMING';
    for (const task of this.tasks) {
      const done = task.row.status === 'DONE';
      const candidates = done ? all : forOpenWork;
      const linked = done ? random.chance(0.85) : random.chance(framing ? 0.35 : 0.86);
      if (!linked || !candidates.length) continue;
      const picked = random.shuffle(candidates).slice(0, random.chance(0.2) ? 2 : 1);
      task.outcomeIndexes = picked.sort();
      for (const index of picked) {
        this.rows.taskOutcomes.push({
          task_id: task.row.id,
          outcome_id: this.outcomeIds[index] ?? this.fail('outcome index'),
          problem_id: this.id,
        });
      }
    }
  }

  /**
   * A task is only ever blocked by lower-numbered tasks of the same problem, so there can be
   * no cycle. Done and started work only waited on done work; a BLOCKED task waits on an open
   * one when there is one.
   */
  private dependencies(random: Random): void {
    this.tasks.forEach((task, k) => {
      if (k < 2) return;
      const status = task.row.status;
      const probability = { TODO: 0.25, IN_PROGRESS: 0.15, BLOCKED: 0.9, DONE: 0.15 }[status];
      if (!random.chance(probability)) return;
      const window = this.tasks.slice(Math.max(0, k - 15), k);
      const done = window.filter((t) => t.row.status === 'DONE');
      const open = window.filter((t) => t.row.status !== 'DONE');
      let blockers: GeneratedTask[];
      if (status === 'DONE' || status === 'IN_PROGRESS') blockers = done;
      else if (status === 'BLOCKED' && open.length) blockers = open;
      else blockers = window;
      for (const blocker of random.shuffle(blockers).slice(0, random.chance(0.25) ? 2 : 1)) {
        this.rows.taskDependencies.push({
          task_id: task.row.id,
          blocked_by_id: blocker.row.id,
          problem_id: this.id,
        });
      }
    });
  }

  private taskEvents(random: Random): void {
    const { problem } = this;
    for (const task of this.tasks) {
      const { row } = task;
      const ref = `${problem.key} #${row.number}`;
      const creator = random.chance(0.65) ? this.lead : random.pick(this.contributors);
      this.event(creator, task.createdAt, {
        action: 'task.created',
        subject_type: 'Task',
        subject_id: row.id,
        summary: `created ${ref} ${row.title}`,
      });
      this.rows.tasks.push(row);
      if (row.status === 'TODO') continue;
      const mover = this.contributors.find((m) => m.user.id === row.assignee_id) ?? this.lead;
      let from: TaskStatus = 'TODO';
      if (task.startedAt !== null) {
        this.moveEvent(mover, task.startedAt, row, from, 'IN_PROGRESS');
        from = 'IN_PROGRESS';
      }
      this.moveEvent(mover, task.movedAt, row, from, row.status);
    }
  }

  private moveEvent(
    actor: Member,
    at: number,
    task: TaskRow,
    from: TaskStatus,
    to: TaskStatus,
  ): void {
    this.event(actor, at, {
      action: 'task.moved',
      subject_type: 'Task',
      subject_id: task.id,
      summary: `moved ${this.problem.key} #${task.number} to ${STATUS_LABEL[to]}`,
      changes: [{ field: 'status', before: from, after: to }],
    });
  }

  // ── discussion ────────────────────────────────────────────────────────────────────────

  private comments(): void {
    this.problem.comments.forEach((comment, index) => {
      this.comment(comment, this.random(`comment/${index}`));
    });
  }

  private comment(comment: DemoComment, random: Random): void {
    const { problem, context } = this;
    const author = this.member(comment.by);
    if (
      !CONTRIBUTOR_ROLES.includes(author.role) &&
      author.role !== 'OBSERVER' &&
      author.user.role !== 'ADMIN'
    )
      this.fail(`${comment.by} (${author.role}) may not comment`);
    let subjectType: CommentSubject;
    let subjectId: string;
    let subjectSince: number;
    let label: string;
    if (comment.on === 'problem') {
      subjectType = 'PROBLEM';
      subjectId = this.id;
      subjectSince = this.createdAt;
      label = problem.key;
    } else if ('task' in comment.on) {
      const number = this.ownTaskNumbers[comment.on.task - 1] ?? 0;
      const task = this.tasks[number - 1] ?? this.fail(`no own task ${comment.on.task}`);
      subjectType = 'TASK';
      subjectId = task.row.id;
      subjectSince = task.createdAt;
      label = `${problem.key} #${task.row.number}`;
    } else {
      const index = comment.on.outcome;
      const outcome = problem.outcomes[index] ?? this.fail(`no outcome ${index}`);
      subjectType = 'OUTCOME';
      subjectId = this.outcomeIds[index] ?? this.fail(`no outcome ${index}`);
      subjectSince = this.outcomeDefinedAt[index] ?? this.createdAt;
      label = `${problem.key} outcome “${outcome.name}”`;
    }
    const at = this.clock.clamp(
      Math.max(this.clock.daysAgo(comment.daysAgo, random), subjectSince + MS_PER_HOUR),
    );
    const id = context.newId();
    this.rows.comments.push({
      id,
      problem_id: this.id,
      subject_type: subjectType,
      subject_id: subjectId,
      author_id: author.user.id,
      body: comment.body,
      created_at: iso(at),
    });
    for (const handle of mentionedHandles(comment.body)) {
      this.rows.commentMentions.push({ comment_id: id, user_id: this.member(handle).user.id });
    }
    this.event(author, at, {
      action: 'comment.created',
      subject_type: 'Comment',
      subject_id: id,
      summary: `commented on ${label}`,
    });
  }
}

function requireUser(context: GenerateContext, handle: Handle, where: string): DirectoryUser {
  const user = context.users.get(handle);
  if (!user) throw new Error(`${where}: no demo user ${handle}`);
  return user;
}

/** The progress the latest measurement should show for a health, planned progress given. */
function finalProgress(outcome: DemoOutcome, planned: number, random: Random): number {
  switch (outcome.health) {
    case 'ACHIEVED':
      return random.between(1, 1.12);
    case 'ON_TRACK':
      return random.between(Math.min(planned - 0.07, 0.9), Math.min(planned + 0.08, 0.95));
    case 'AT_RISK':
      return random.between(planned - 0.23, planned - 0.12);
    case 'OFF_TRACK':
      return random.between(planned - 0.55, planned - 0.3);
    case 'NO_DATA':
      throw new Error(`${outcome.name}: NO_DATA has no series`);
  }
}

function bounded(outcome: DemoOutcome, value: number): number {
  const factor = 10 ** outcome.decimals;
  const clamped = Math.min(outcome.max ?? Infinity, Math.max(outcome.min ?? -Infinity, value));
  return Math.round(clamped * factor) / factor;
}

/** A running total never goes back. */
function monotone(values: readonly number[], direction: OutcomeDirection): number[] {
  const out: number[] = [];
  for (const value of values) {
    const previous = out.at(-1);
    out.push(
      previous === undefined
        ? value
        : direction === 'INCREASE'
          ? Math.max(previous, value)
          : Math.min(previous, value),
    );
  }
  return out;
}

function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}
