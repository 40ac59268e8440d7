import {
  dueFigureInWords,
  type OutcomeDirection,
  type OutcomeHealth,
  type ReportingCadence,
} from '@commons/shared';
import { HEALTH_LABELS } from '@/ui/HealthBadge';

const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const shortDateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** A `YYYY-MM-DD` date in words: "3 November 2026". */
export function formatDate(date: string): string {
  return dateFormat.format(new Date(`${date}T00:00:00Z`));
}

/** A `YYYY-MM-DD` date, short: "3 Nov 2026". */
export function formatShortDate(date: string): string {
  return shortDateFormat.format(new Date(`${date}T00:00:00Z`));
}

/** A share as a whole percentage: 0.624 → "62%". */
export function formatPercent(share: number): string {
  return `${String(Math.round(share * 100))}%`;
}

/** "410 to 300 beds"; a unit such as "%" sticks to the number: "35% to 80%". */
export function withUnit(value: number, unit: string): string {
  const number = formatNumber(value);
  return unit === '%' ? `${number}%` : `${number} ${unit}`;
}

export interface OutcomeWordsInput {
  unit: string;
  direction: OutcomeDirection;
  baselineValue: number;
  targetValue: number;
  targetDate: string;
  health: OutcomeHealth;
  progress: number | null;
  plannedProgress: number;
  latest: { observedAt: string; value: number } | null;
}

/**
 * The outcome's health and progress in one sentence, the way the figures are defined
 * (PRODUCT.md): "On track: 62% of the way from 410 to 300 beds, 58% of the time elapsed."
 * The time elapsed is the planned progress the health was judged against (at the latest
 * measurement's date; at today without one).
 */
export function outcomeHeadline(o: OutcomeWordsInput): string {
  const range = `from ${formatNumber(o.baselineValue)} to ${withUnit(o.targetValue, o.unit)}`;
  const elapsed = `${formatPercent(o.plannedProgress)} of the time elapsed`;
  if (o.progress === null || o.health === 'NO_DATA') {
    return `No data: nothing measured yet on the way ${range}, ${elapsed}.`;
  }
  const way =
    o.progress < 0
      ? `${formatPercent(-o.progress)} the wrong way, on the way ${range}`
      : `${formatPercent(o.progress)} of the way ${range}`;
  return `${HEALTH_LABELS[o.health]}: ${way}, ${elapsed}.`;
}

/** The latest measurement and the target date: "Latest: 342 beds on 3 November 2026. Target: 300 beds by 31 December 2027." */
export function outcomeDetail(o: OutcomeWordsInput): string {
  const target = `Target: ${withUnit(o.targetValue, o.unit)} by ${formatDate(o.targetDate)}.`;
  if (!o.latest) return target;
  return `Latest: ${withUnit(o.latest.value, o.unit)} on ${formatDate(o.latest.observedAt)}. ${target}`;
}

/** Whether success is up or down, in words. */
export function directionWords(direction: OutcomeDirection): string {
  return direction === 'INCREASE' ? 'Higher is better' : 'Lower is better';
}

export const CADENCE_LABELS: Record<ReportingCadence, string> = {
  WEEKLY: 'Weekly',
  MONTHLY: 'Monthly',
  QUARTERLY: 'Quarterly',
  ANNUAL: 'Every year',
};

/** "Stale: the March figure was due on 31 March 2026". */
export function staleWords(cadence: ReportingCadence, nextDueDate: string): string {
  return `Stale: ${dueFigureInWords(cadence, nextDueDate)} was due on ${formatDate(nextDueDate)}`;
}

/**
 * The reporting schedule in a phrase: "Monthly; next figure due 30 April 2026", or "Not on a
 * schedule" without a cadence.
 */
export function scheduleWords(
  cadence: ReportingCadence | null,
  nextDueDate: string | null,
): string {
  if (!cadence || !nextDueDate) return 'Not on a schedule';
  return `${CADENCE_LABELS[cadence]}; next figure due ${formatDate(nextDueDate)}`;
}

/** "1 outcome needs a figure", "2 outcomes need a figure": a count of stale outcomes. */
export function needFigureWords(stale: number): string {
  return stale === 1 ? '1 outcome needs a figure' : `${String(stale)} outcomes need a figure`;
}
