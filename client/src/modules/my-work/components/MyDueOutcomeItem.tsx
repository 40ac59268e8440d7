import { useFragment } from '@apollo/client/react';
import { dueFigureInWords } from '@commons/shared';
import { graphql } from '@/generated';
import { Link } from '@/ui/Link';
import styles from './MyTaskItem.module.css';

export const MyDueOutcomeItemFragment = graphql(`
  fragment MyDueOutcomeItem_outcome on Outcome {
    id
    name
    cadence
    nextDueDate
    stale
    problem {
      id
      key
      title
    }
  }
`);

const shortDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});

/** "31 Mar" for 2026-03-31 (a calendar date: no time zone shift). */
export function formatDayMonth(isoDate: string): string {
  return shortDate.format(new Date(`${isoDate}T00:00:00Z`));
}

/**
 * A figure I report that is due or overdue, linking to its outcome: "Due: record the March
 * figure for Rough sleepers (due 31 Mar)".
 */
export function MyDueOutcomeItem({ outcome }: { outcome: { __typename: 'Outcome'; id: string } }) {
  const { data, complete } = useFragment({ fragment: MyDueOutcomeItemFragment, from: outcome });
  // Listed outcomes always have a cadence and a due date; the types allow neither to be missing.
  if (!complete || !data.cadence || !data.nextDueDate) return null;
  return (
    <div className={styles.item}>
      <Link
        href={`/problems/${data.problem.key}/outcomes#outcome-${data.id}`}
        className={styles.link}
      >
        {data.stale ? 'Overdue' : 'Due'}: record {dueFigureInWords(data.cadence, data.nextDueDate)}{' '}
        for {data.name}{' '}
        <span className={data.stale ? styles.overdue : undefined}>
          (due <time dateTime={data.nextDueDate}>{formatDayMonth(data.nextDueDate)}</time>)
        </span>
      </Link>
      <p className={styles.meta}>
        <span>
          {data.problem.key} {data.problem.title}
        </span>
      </p>
    </div>
  );
}
