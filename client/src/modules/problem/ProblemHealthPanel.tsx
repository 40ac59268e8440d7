import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { graphql } from '@/generated';
import type { ProblemHealthPanel_ProblemFragment } from '@/generated/graphql';
import { HealthBadge } from '@/ui/HealthBadge';
import { RelativeTime } from './RelativeTime';
import styles from './OverviewTab.module.css';

export const ProblemHealthPanelFragment = graphql(`
  fragment ProblemHealthPanel_problem on Problem {
    id
    health {
      ...ProblemHealthFields @unmask
    }
  }
`);

const PERCENT = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0 });

/** Outcome health counts, tasks, alignment and the last activity, as words and numbers. */
export function ProblemHealthPanel({
  problem: ref,
}: {
  problem: FragmentType<ProblemHealthPanel_ProblemFragment>;
}) {
  const { data: problem, complete } = useFragment({
    fragment: ProblemHealthPanelFragment,
    fragmentName: 'ProblemHealthPanel_problem',
    from: ref,
  });
  if (!complete) return null;
  const h = problem.health;
  const outcomeCount = h.onTrack + h.atRisk + h.offTrack + h.noData + h.achieved;
  return (
    <section aria-labelledby="problem-health-heading">
      <h2 id="problem-health-heading">Health</h2>
      <dl className={styles.facts}>
        <dt>Outcomes</dt>
        <dd>
          {outcomeCount === 0 ? (
            'No outcomes defined yet.'
          ) : (
            <ul className={styles.badgeList}>
              <li>
                <HealthBadge health="OFF_TRACK" count={h.offTrack} />
              </li>
              <li>
                <HealthBadge health="AT_RISK" count={h.atRisk} />
              </li>
              <li>
                <HealthBadge health="ON_TRACK" count={h.onTrack} />
              </li>
              <li>
                <HealthBadge health="ACHIEVED" count={h.achieved} />
              </li>
              <li>
                <HealthBadge health="NO_DATA" count={h.noData} />
              </li>
            </ul>
          )}
        </dd>
        <dt>Tasks</dt>
        <dd>
          {h.openTasks} open, {h.doneTasks} done
          {h.overdueTasks > 0 ? (
            <strong className={styles.warning}>, {h.overdueTasks} overdue</strong>
          ) : (
            ', none overdue'
          )}
        </dd>
        <dt>Alignment</dt>
        <dd>
          {h.alignment === null
            ? 'No open tasks to link to outcomes.'
            : `${PERCENT.format(h.alignment)} of open tasks are linked to at least one outcome.`}
        </dd>
        <dt>Last activity</dt>
        <dd>{h.lastActivityAt ? <RelativeTime dateTime={h.lastActivityAt} /> : 'None yet'}</dd>
      </dl>
    </section>
  );
}
