// Reporting cadence and staleness (PRODUCT.md, "Reporting cadence, staleness, suppression"). The
// server's SQL builds its period arithmetic from CADENCE_PERIODS; a test holds the two together.
import { addDays, addMonths } from './dates.js';

export const REPORTING_CADENCES = ['WEEKLY', 'MONTHLY', 'QUARTERLY', 'ANNUAL'] as const;
export type ReportingCadence = (typeof REPORTING_CADENCES)[number];

/** One reporting period: a number of days, or of calendar months. */
export type CadencePeriod = { days: number; months?: never } | { months: number; days?: never };

export const CADENCE_PERIODS: Readonly<Record<ReportingCadence, CadencePeriod>> = {
  WEEKLY: { days: 7 },
  MONTHLY: { months: 1 },
  QUARTERLY: { months: 3 },
  ANNUAL: { months: 12 },
};

/** How far ahead "due soon" looks, in days (My work lists what is due within it). */
export const DUE_SOON_DAYS = 7;

/**
 * When the next figure is due: the latest measurement's date (else the baseline date) plus one
 * period of the cadence. No cadence: null (not expected on a schedule).
 */
export function nextDueDate(
  cadence: ReportingCadence | null,
  latestObservedAt: string | null,
  baselineDate: string,
): string | null {
  if (cadence === null) return null;
  const from = latestObservedAt ?? baselineDate;
  const period = CADENCE_PERIODS[cadence];
  return period.days !== undefined ? addDays(from, period.days) : addMonths(from, period.months);
}

/** Stale: a figure was due (a cadence is set) and today is after its due date. */
export function isStale(dueDate: string | null, today: string): boolean {
  return dueDate !== null && today > dueDate;
}

/**
 * The figure due on `dueDate`, in words, named by the period that ends then: "the March
 * figure" (monthly, due 31 March), "the January–March figure" (quarterly), "the figure for the
 * year to December 2026" (annual), "the figure for the week to 9 March" (weekly).
 */
export function dueFigureInWords(cadence: ReportingCadence, dueDate: string): string {
  const period = CADENCE_PERIODS[cadence];
  if (period.days !== undefined) return `the figure for the week to ${dayMonth(dueDate)}`;
  if (period.months === 1) return `the ${monthName(dueDate)} figure`;
  if (period.months === 3) {
    return `the ${monthName(addMonths(dueDate, -2))}–${monthName(dueDate)} figure`;
  }
  return `the figure for the year to ${monthName(dueDate)} ${dueDate.slice(0, 4)}`;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

function monthName(date: string): string {
  return MONTHS[Number(date.slice(5, 7)) - 1] ?? '';
}

/** "1 April". */
export function dayMonth(date: string): string {
  return `${Number(date.slice(8, 10))} ${monthName(date)}`;
}
