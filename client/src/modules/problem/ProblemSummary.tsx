import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { graphql } from '@/generated';
import type { ProblemSummary_ProblemFragment } from '@/generated/graphql';
import { HealthBadge } from '@/ui/HealthBadge';
import { StaleBadge } from '@/ui/StaleBadge';
import { needFigureWords } from '@/modules/outcomes/outcome-words';
import { STATUS_LABELS, VISIBILITY_DESCRIPTIONS, VISIBILITY_LABELS } from './labels';
import styles from './ProblemSummary.module.css';

export const ProblemSummaryFragment = graphql(`
  fragment ProblemSummary_problem on Problem {
    status
    visibility
    lead {
      id
      displayName
    }
    health {
      ...ProblemHealthFields @unmask
    }
  }
`);

/** Every field of ProblemHealth: a mutation that returns it replaces it whole in the cache. */
export const ProblemHealthFieldsFragment = graphql(`
  fragment ProblemHealthFields on ProblemHealth {
    onTrack
    atRisk
    offTrack
    noData
    achieved
    openTasks
    overdueTasks
    doneTasks
    crossSiloIndex
    alignment
    lastActivityAt
    unlinkedOpenTasks
    unmovedOutcomes
    staleOutcomes
  }
`);

/** Status, visibility, lead and outcome health at a glance, under the problem's heading. */
export function ProblemSummary({
  problem: ref,
}: {
  problem: FragmentType<ProblemSummary_ProblemFragment>;
}) {
  const { data: problem, complete } = useFragment({
    fragment: ProblemSummaryFragment,
    fragmentName: 'ProblemSummary_problem',
    from: ref,
  });
  if (!complete) return null;
  const health = problem.health;
  const outcomes = [
    ['OFF_TRACK', health.offTrack],
    ['AT_RISK', health.atRisk],
    ['ON_TRACK', health.onTrack],
    ['ACHIEVED', health.achieved],
    ['NO_DATA', health.noData],
  ] as const;
  const shown = outcomes.filter(([, count]) => count > 0);
  return (
    <dl className={styles.summary}>
      <div className={styles.item}>
        <dt>Status</dt>
        <dd>{STATUS_LABELS[problem.status]}</dd>
      </div>
      <div className={styles.item}>
        <dt>Visibility</dt>
        <dd>
          {VISIBILITY_LABELS[problem.visibility]}
          <span className="visually-hidden">: {VISIBILITY_DESCRIPTIONS[problem.visibility]}</span>
        </dd>
      </div>
      <div className={styles.item}>
        <dt>Lead</dt>
        <dd>{problem.lead?.displayName ?? 'None'}</dd>
      </div>
      <div className={styles.item}>
        <dt>Outcomes</dt>
        <dd className={styles.badges}>
          {shown.length === 0
            ? 'None defined'
            : shown.map(([health, count]) => (
                <HealthBadge key={health} health={health} count={count} />
              ))}
          {health.staleOutcomes > 0 ? (
            <StaleBadge>{needFigureWords(health.staleOutcomes)}</StaleBadge>
          ) : null}
        </dd>
      </div>
      <div className={styles.item}>
        <dt>Tasks</dt>
        <dd>
          {health.openTasks} open
          {health.overdueTasks > 0 ? `, ${String(health.overdueTasks)} overdue` : ''}
        </dd>
      </div>
    </dl>
  );
}
