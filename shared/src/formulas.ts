// The computed figures of PRODUCT.md, once. The server's SQL computes the same figures for
// lists; a test holds the two to the same answers.
import { daysBetween } from './dates.js';

export const OUTCOME_DIRECTIONS = ['INCREASE', 'DECREASE'] as const;
export type OutcomeDirection = (typeof OUTCOME_DIRECTIONS)[number];

export const OUTCOME_HEALTHS = ['NO_DATA', 'OFF_TRACK', 'AT_RISK', 'ON_TRACK', 'ACHIEVED'] as const;
export type OutcomeHealth = (typeof OUTCOME_HEALTHS)[number];

/** Slack below the planned line before an outcome is AT_RISK, then OFF_TRACK. */
export const ON_TRACK_TOLERANCE = 0.1;
export const AT_RISK_TOLERANCE = 0.25;
/**
 * Floating-point slack for threshold comparisons, so that a value exactly on a threshold
 * (e.g. latest = target) is judged as on it, not a rounding error below it.
 */
export const EPSILON = 1e-9;

export interface OutcomeDefinition {
  direction: OutcomeDirection;
  baselineValue: number;
  baselineDate: string;
  targetValue: number;
  targetDate: string;
}

export interface MeasurementPoint {
  observedAt: string;
  value: number;
  /** Tie-breaker for equal dates: the one recorded last wins. */
  recordedAt: Date | string | number;
}

/** (latest − baseline) / (target − baseline); not clamped. */
export function outcomeProgress(def: OutcomeDefinition, latestValue: number | null): number | null {
  if (latestValue === null) return null;
  return (latestValue - def.baselineValue) / (def.targetValue - def.baselineValue);
}

/** Share of the baseline→target period elapsed at `date`, clamped to [0, 1]. */
export function plannedProgress(def: OutcomeDefinition, date: string): number {
  const total = daysBetween(def.baselineDate, def.targetDate);
  const elapsed = daysBetween(def.baselineDate, date);
  return Math.min(1, Math.max(0, elapsed / total));
}

/** The latest measurement by date; ties go to the one recorded last. */
export function latestMeasurement<M extends MeasurementPoint>(
  measurements: readonly M[],
): M | null {
  let latest: M | null = null;
  for (const m of measurements) {
    if (
      !latest ||
      m.observedAt > latest.observedAt ||
      (m.observedAt === latest.observedAt && time(m.recordedAt) >= time(latest.recordedAt))
    ) {
      latest = m;
    }
  }
  return latest;
}

function time(value: Date | string | number): number {
  return value instanceof Date
    ? value.getTime()
    : typeof value === 'number'
      ? value
      : Date.parse(value);
}

export interface OutcomeFigures {
  progress: number | null;
  plannedProgress: number;
  health: OutcomeHealth;
}

/**
 * Progress, planned progress and health of an outcome. Planned progress is taken at the
 * latest measurement's date, or at `today` when there is none.
 */
export function outcomeFigures(
  def: OutcomeDefinition,
  latest: { observedAt: string; value: number } | null,
  today: string,
): OutcomeFigures {
  const planned = plannedProgress(def, latest?.observedAt ?? today);
  const progress = outcomeProgress(def, latest?.value ?? null);
  return { progress, plannedProgress: planned, health: outcomeHealth(progress, planned) };
}

export function outcomeHealth(progress: number | null, planned: number): OutcomeHealth {
  if (progress === null) return 'NO_DATA';
  if (progress >= 1 - EPSILON) return 'ACHIEVED';
  if (progress >= planned - ON_TRACK_TOLERANCE - EPSILON) return 'ON_TRACK';
  if (progress >= planned - AT_RISK_TOLERANCE - EPSILON) return 'AT_RISK';
  return 'OFF_TRACK';
}

export interface DefinitionProblem {
  field: 'targetValue' | 'targetDate';
  message: string;
}

/** Why a definition cannot give a progress, or null when it can. */
export function outcomeDefinitionProblems(def: OutcomeDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  if (def.targetValue === def.baselineValue) {
    problems.push({ field: 'targetValue', message: 'The target must differ from the baseline.' });
  } else if (def.direction === 'INCREASE' && def.targetValue < def.baselineValue) {
    problems.push({
      field: 'targetValue',
      message: 'To increase, the target must be above the baseline.',
    });
  } else if (def.direction === 'DECREASE' && def.targetValue > def.baselineValue) {
    problems.push({
      field: 'targetValue',
      message: 'To decrease, the target must be below the baseline.',
    });
  }
  if (daysBetween(def.baselineDate, def.targetDate) <= 0) {
    problems.push({
      field: 'targetDate',
      message: 'The target date must be after the baseline date.',
    });
  }
  return problems;
}

export interface Allocation {
  organizationId: string;
  allocationPercent: number;
}

/**
 * Inverse Simpson index over organisations' shares of the team's allocation: 1 = one silo,
 * N = evenly shared among N. Members with allocation 0 don't count; no allocation: 0.
 */
export function crossSiloIndex(members: readonly Allocation[]): number {
  const byOrganization = new Map<string, number>();
  let total = 0;
  for (const m of members) {
    if (m.allocationPercent <= 0) continue;
    total += m.allocationPercent;
    byOrganization.set(
      m.organizationId,
      (byOrganization.get(m.organizationId) ?? 0) + m.allocationPercent,
    );
  }
  if (total === 0) return 0;
  let sumOfSquares = 0;
  for (const allocation of byOrganization.values()) sumOfSquares += (allocation / total) ** 2;
  return 1 / sumOfSquares;
}

/** Share of open tasks linked to at least one outcome; null without open tasks. */
export function alignment(openTasks: readonly { outcomeCount: number }[]): number | null {
  if (openTasks.length === 0) return null;
  return openTasks.filter((t) => t.outcomeCount > 0).length / openTasks.length;
}

export interface HealthRollup {
  onTrack: number;
  atRisk: number;
  offTrack: number;
  noData: number;
  achieved: number;
}

export function healthRollup(healths: readonly OutcomeHealth[]): HealthRollup {
  const rollup: HealthRollup = { onTrack: 0, atRisk: 0, offTrack: 0, noData: 0, achieved: 0 };
  for (const health of healths) {
    switch (health) {
      case 'ON_TRACK':
        rollup.onTrack++;
        break;
      case 'AT_RISK':
        rollup.atRisk++;
        break;
      case 'OFF_TRACK':
        rollup.offTrack++;
        break;
      case 'NO_DATA':
        rollup.noData++;
        break;
      case 'ACHIEVED':
        rollup.achieved++;
        break;
    }
  }
  return rollup;
}

/** An open task is overdue when its due date is before today (workspace time zone). */
export function isOverdue(
  task: { status: string; dueDate: string | null },
  today: string,
): boolean {
  return task.status !== 'DONE' && task.dueDate !== null && task.dueDate < today;
}
