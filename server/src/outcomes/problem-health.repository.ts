import { Inject, Injectable } from '@nestjs/common';
import { AT_RISK_TOLERANCE, EPSILON, ON_TRACK_TOLERANCE } from '@commons/shared';
import { DataSource } from 'typeorm';
import { LATEST_ORDER, nextDueSql } from './outcome.sql.js';
import type { ProblemHealth } from './problem-health.model.js';

interface RawHealth extends ProblemHealth {
  problemId: string;
}

/**
 * ProblemHealth for a batch of problems in ONE statement. Every figure mirrors a function of
 * shared/src/formulas.ts, with the same thresholds (passed in as parameters, not retyped);
 * problem-health.int.spec.ts holds the two to the same answers on varied data.
 */
const HEALTH_SQL = `
WITH target AS (SELECT DISTINCT unnest($1::uuid[]) AS problem_id),
-- outcomeFigures(): progress (not clamped) and planned progress at the latest measurement's date;
-- nextDueDate(): one period after the latest measurement (else the baseline), null without cadence.
figures AS (
  SELECT o.problem_id,
         ${nextDueSql('o', 'l.observed_at')} AS next_due,
         (l.value - o.baseline_value) / (o.target_value - o.baseline_value) AS progress,
         least(1::float8, greatest(0::float8,
           (l.observed_at - o.baseline_date)::float8 / (o.target_date - o.baseline_date))) AS planned,
         -- "Disconnected work": does any open task move this outcome?
         EXISTS (
           SELECT 1 FROM task_outcome tl JOIN task mt ON mt.id = tl.task_id
            WHERE tl.outcome_id = o.id AND mt.status <> 'DONE') AS moved
    FROM outcome o
    -- latestMeasurement(): latest date, ties to the one recorded last.
    LEFT JOIN LATERAL (
      SELECT m.observed_at, m.value FROM measurement m
       WHERE m.outcome_id = o.id
       ORDER BY ${LATEST_ORDER}
       LIMIT 1) l ON TRUE
   WHERE o.problem_id = ANY($1::uuid[])
),
-- outcomeHealth(): the same bands, compared in the same order of operations.
bands AS (
  SELECT problem_id, moved, next_due,
         CASE WHEN progress IS NULL THEN 'NO_DATA'
              WHEN progress >= 1 - $2::float8 THEN 'ACHIEVED'
              WHEN progress >= planned - $3::float8 - $2::float8 THEN 'ON_TRACK'
              WHEN progress >= planned - $4::float8 - $2::float8 THEN 'AT_RISK'
              ELSE 'OFF_TRACK' END AS health
    FROM figures
),
outcome_counts AS (
  SELECT problem_id,
         count(*) FILTER (WHERE health = 'ON_TRACK')::int AS on_track,
         count(*) FILTER (WHERE health = 'AT_RISK')::int AS at_risk,
         count(*) FILTER (WHERE health = 'OFF_TRACK')::int AS off_track,
         count(*) FILTER (WHERE health = 'NO_DATA')::int AS no_data,
         count(*) FILTER (WHERE health = 'ACHIEVED')::int AS achieved,
         count(*) FILTER (WHERE NOT moved)::int AS unmoved,
         -- isStale(): due before today (workspace zone).
         count(*) FILTER (WHERE next_due < $5::date)::int AS stale
    FROM bands GROUP BY problem_id
),
-- isOverdue() and alignment(): open = not DONE; overdue = open and due before today.
task_counts AS (
  SELECT t.problem_id,
         count(*) FILTER (WHERE t.status <> 'DONE')::int AS open_tasks,
         count(*) FILTER (WHERE t.status <> 'DONE' AND t.due_date < $5::date)::int AS overdue_tasks,
         count(*) FILTER (WHERE t.status = 'DONE')::int AS done_tasks,
         count(*) FILTER (WHERE linked.task_id IS NOT NULL)::int AS linked_open
    FROM task t
    -- One probe of task_outcome_pkey per open task; EXISTS lets the planner hash every link.
    LEFT JOIN LATERAL (
      SELECT tl.task_id FROM task_outcome tl
       WHERE tl.task_id = t.id AND t.status <> 'DONE'
       LIMIT 1) linked ON TRUE
   WHERE t.problem_id = ANY($1::uuid[])
   GROUP BY t.problem_id
),
-- crossSiloIndex(): allocations by the member's home organisation; allocation 0 ignored.
allocations AS (
  SELECT ms.problem_id, u.organization_id, sum(ms.allocation_percent) AS allocation
    FROM membership ms JOIN app_user u ON u.id = ms.user_id
   WHERE ms.problem_id = ANY($1::uuid[]) AND ms.allocation_percent > 0
   GROUP BY ms.problem_id, u.organization_id
),
-- 1 / Σ (aᵢ / T)² = T² / Σ aᵢ²: integers, exact in float8, then a single rounding.
silos AS (
  SELECT problem_id,
         (sum(allocation) * sum(allocation))::float8 / sum(allocation * allocation)::float8
           AS cross_silo_index
    FROM allocations GROUP BY problem_id
)
SELECT target.problem_id AS "problemId",
       coalesce(oc.on_track, 0) AS "onTrack",
       coalesce(oc.at_risk, 0) AS "atRisk",
       coalesce(oc.off_track, 0) AS "offTrack",
       coalesce(oc.no_data, 0) AS "noData",
       coalesce(oc.achieved, 0) AS "achieved",
       coalesce(tc.open_tasks, 0) AS "openTasks",
       coalesce(tc.overdue_tasks, 0) AS "overdueTasks",
       coalesce(tc.done_tasks, 0) AS "doneTasks",
       coalesce(s.cross_silo_index, 0::float8) AS "crossSiloIndex",
       tc.linked_open::float8 / nullif(tc.open_tasks, 0) AS "alignment",
       coalesce(tc.open_tasks - tc.linked_open, 0) AS "unlinkedOpenTasks",
       coalesce(oc.unmoved, 0) AS "unmovedOutcomes",
       coalesce(oc.stale, 0) AS "staleOutcomes",
       activity.last_activity_at AS "lastActivityAt"
  FROM target
  LEFT JOIN outcome_counts oc USING (problem_id)
  LEFT JOIN task_counts tc USING (problem_id)
  LEFT JOIN silos s USING (problem_id)
  -- Reads activity_event_problem_idx backwards: one index probe per problem.
  LEFT JOIN LATERAL (
    SELECT max(a.created_at) AS last_activity_at FROM activity_event a
     WHERE a.problem_id = target.problem_id) activity ON TRUE`;

@Injectable()
export class ProblemHealthRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /**
   * The health of each problem; `today` (YYYY-MM-DD, workspace zone) decides what is overdue and
   * which outcomes are stale.
   */
  async healthOf(
    problemIds: readonly string[],
    today: string,
  ): Promise<Map<string, ProblemHealth>> {
    if (!problemIds.length) return new Map();
    const rows = await this.dataSource.query<RawHealth[]>(HEALTH_SQL, [
      problemIds,
      EPSILON,
      ON_TRACK_TOLERANCE,
      AT_RISK_TOLERANCE,
      today,
    ]);
    return new Map(rows.map(({ problemId, ...health }) => [problemId, health]));
  }
}
