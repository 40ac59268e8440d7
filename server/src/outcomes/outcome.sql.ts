// SQL fragments of the outcome figures, shared by the feature's repositories and the problems list.
import { CADENCE_PERIODS, REPORTING_CADENCES } from '@commons/shared';

/**
 * "The latest measurement" of PRODUCT.md, in SQL: latest date, ties to the one recorded last
 * (id only makes a same-microsecond tie deterministic). Reads measurement_outcome_latest_idx
 * backwards, one short index probe per outcome.
 */
export const LATEST_ORDER = 'm.observed_at DESC, m.recorded_at DESC, m.id DESC';

/**
 * shared/'s nextDueDate() in SQL, built from the same periods. `date + interval 'n months'`
 * clamps to the month's last day as addMonths() does; a null cadence gives a null date.
 * problem-health.int.spec.ts holds the two to the same answers.
 */
const PERIOD_CASES = REPORTING_CADENCES.map((cadence) => {
  const period = CADENCE_PERIODS[cadence];
  const interval = period.days !== undefined ? `${period.days} days` : `${period.months} months`;
  return `WHEN '${cadence}' THEN interval '${interval}'`;
}).join(' ');

/** The next due date of outcome alias `o`, given its latest measurement's date (SQL, or null). */
export function nextDueSql(outcome: string, latestObservedAt: string): string {
  return `(coalesce(${latestObservedAt}, ${outcome}.baseline_date) + CASE ${outcome}.cadence ${PERIOD_CASES} END)::date`;
}

/**
 * True when the problem alias has at least one stale outcome on `today` (a SQL date
 * expression): isStale() of each outcome's nextDueDate, one index probe per scheduled outcome.
 */
export function hasStaleOutcomeSql(problem: string, today: string): string {
  return `EXISTS (
    SELECT 1 FROM outcome so
      LEFT JOIN LATERAL (
        SELECT m.observed_at FROM measurement m
         WHERE m.outcome_id = so.id
         ORDER BY ${LATEST_ORDER}
         LIMIT 1) sl ON TRUE
     WHERE so.problem_id = ${problem}.id AND so.cadence IS NOT NULL
       AND ${nextDueSql('so', 'sl.observed_at')} < ${today})`;
}
