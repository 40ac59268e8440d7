import type {
  MeasurementSource,
  MemberRole,
  OutcomeDirection,
  OutcomeHealth,
  ProblemStatus,
  PublicValue,
  ReportingCadence,
  Visibility,
} from '@commons/shared';

/**
 * The shapes of the demo catalogue (demo-problems.ts). People are named by their handle: the
 * part of their demo email before `@` (`lead`, `sara.lindqvist`), as in @mentions.
 */
export type Handle = string;

export interface DemoPortfolio {
  name: string;
  description: string;
  owner: Handle;
  /** When it was set up, in months before today. */
  createdMonthsAgo: number;
}

/** [who, role, allocation percent]. */
export type DemoMember = readonly [Handle, MemberRole, number];

export interface DemoOutcome {
  name: string;
  description: string;
  unit: string;
  direction: OutcomeDirection;
  baseline: number;
  target: number;
  /** Decimal places of the measured values. */
  decimals: number;
  /** Bounds of a plausible value (a count is never negative, a share never above 100). */
  min?: number;
  max?: number;
  dataSource: string;
  /**
   * The health the series is generated to show (checked with `outcomeFigures`). NO_DATA means
   * no measurement yet, as in problems still being framed.
   */
  health: OutcomeHealth;
  /**
   * How often a figure is expected. The series is monthly (month ends), so a MONTHLY, QUARTERLY
   * or ANNUAL outcome is on time when its latest is last month's; a WEEKLY one is never on time.
   */
  cadence: ReportingCadence;
  /**
   * Its latest figure is one period overdue (a month for WEEKLY): stale whatever day the seed
   * runs. Only for measured outcomes of problems still worked on.
   */
  late?: boolean;
  /** Monthly measurements (12–36); ignored for NO_DATA. */
  measurements: number;
  /** Baseline → target, in months. */
  targetMonths: number;
  /** A running total: it never moves back. */
  cumulative?: boolean;
  /** Calendar months (1–12) it is measured in, for seasonal indicators; default every month. */
  measuredIn?: readonly number[];
  /** How measurements arrive; MANUAL and IMPORT are recorded by the team, API by a feed. */
  source?: MeasurementSource;
  /** Note on the latest measurement. */
  latestNote?: string;
  /**
   * No open task is linked to it: the "disconnected" outcome a sponsor should notice. The
   * problem needs another outcome for its open work.
   */
  noOpenWork?: boolean;
}

/**
 * What a comment is about: the problem, one of the problem's own tasks (1 = the first of
 * `tasks`), or an outcome by index.
 */
export type DemoCommentSubject = 'problem' | { task: number } | { outcome: number };

export interface DemoComment {
  by: Handle;
  on: DemoCommentSubject;
  daysAgo: number;
  /** Markdown; @handles must be on the team. */
  body: string;
}

export interface DemoProblem {
  key: string;
  title: string;
  statement: string;
  affectedPopulation: string;
  geography: string;
  status: ProblemStatus;
  visibility: Visibility;
  publicValues: readonly PublicValue[];
  themes: readonly string[];
  portfolio?: string;
  lead: Handle;
  sponsor?: Handle;
  team: readonly DemoMember[];
  /** When the problem was created, in months before today. */
  startedMonthsAgo: number;
  /** For RESOLVED and ARCHIVED problems: months since the work stopped. */
  endedMonthsAgo?: number;
  outcomes: readonly DemoOutcome[];
  /** Task titles specific to the problem, oldest first; everyday work is interleaved. */
  tasks: readonly string[];
  /** The board's size: generic tasks fill it up after the specific ones. */
  taskCount: number;
  comments: readonly DemoComment[];
}
