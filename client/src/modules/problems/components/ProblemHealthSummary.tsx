import { useFragment } from '@apollo/client/react';
import type { OutcomeHealth } from '@commons/shared';
import { graphql } from '@/generated';
import type { ProblemHealthSummary_ProblemFragment } from '@/generated/graphql';
import { HealthBadge } from '@/ui/HealthBadge';
import styles from './ProblemHealthSummary.module.css';

export const ProblemHealthSummaryFragment = graphql(`
  fragment ProblemHealthSummary_problem on Problem {
    id
    health {
      onTrack
      atRisk
      offTrack
      achieved
      noData
      openTasks
      overdueTasks
    }
  }
`);

type Health = ProblemHealthSummary_ProblemFragment['health'];

/** Worst first: what needs attention leads. */
const ORDER: readonly [OutcomeHealth, keyof Health][] = [
  ['OFF_TRACK', 'offTrack'],
  ['AT_RISK', 'atRisk'],
  ['ON_TRACK', 'onTrack'],
  ['ACHIEVED', 'achieved'],
  ['NO_DATA', 'noData'],
];

/** A problem's outcomes by health (badges with counts) and its open and overdue tasks. */
export function ProblemHealthSummary({
  problem,
}: {
  problem: { __typename: 'Problem'; id: string };
}) {
  const { data, complete } = useFragment({ fragment: ProblemHealthSummaryFragment, from: problem });
  if (!complete) return null;
  return <ProblemHealthSummaryView health={data.health} />;
}

export function ProblemHealthSummaryView({ health }: { health: Health }) {
  const badges = ORDER.filter(([, field]) => health[field] > 0);
  return (
    <div className={styles.summary}>
      <span className="visually-hidden">Outcomes: </span>
      {badges.length === 0 ? (
        <span className={styles.none}>No outcomes yet</span>
      ) : (
        <ul className={styles.badges}>
          {badges.map(([status, field]) => (
            <li key={status}>
              <HealthBadge health={status} count={health[field]} />
            </li>
          ))}
        </ul>
      )}
      <span className={styles.tasks}>
        {health.openTasks} open {health.openTasks === 1 ? 'task' : 'tasks'}
        {health.overdueTasks > 0 ? (
          <strong className={styles.overdue}>, {health.overdueTasks} overdue</strong>
        ) : null}
      </span>
    </div>
  );
}
