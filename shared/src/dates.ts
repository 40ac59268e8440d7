// Calendar dates as ISO strings (YYYY-MM-DD): what measurements and due dates are. No time
// zone is involved once a date exists; "today" is taken in the workspace's zone.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** True for a real calendar date: 2026-02-28 yes, 2026-02-30 no. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Days from `from` to `to` (negative when `to` is earlier). Both must be valid ISO dates. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / MS_PER_DAY);
}

/** One formatter per zone: building an Intl.DateTimeFormat costs far more than using one. */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Today's date in an IANA time zone, e.g. todayIn('Europe/London'). */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // en-CA formats as YYYY-MM-DD.
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter.format(now);
}

/**
 * `date` plus a number of calendar months; a day the month doesn't have becomes its last day
 * (Jan 31 + 1 month = Feb 28, or 29 in a leap year; Feb 29 + 12 months = Feb 28). This is
 * PostgreSQL's `date + interval 'n months'`, which the server's SQL uses.
 */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12;
  // Day 0 of the next month is this month's last day.
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return isoDate(Date.UTC(y, m, Math.min(day, lastDay)));
}

/** `date` plus a number of days (negative: earlier). */
export function addDays(date: string, days: number): string {
  return isoDate(Date.parse(`${date}T00:00:00Z`) + days * MS_PER_DAY);
}

function isoDate(ms: number): string {
  // Years 0–9999 only, as PostgreSQL's and the API's dates are used here.
  return new Date(ms).toISOString().slice(0, 10);
}
