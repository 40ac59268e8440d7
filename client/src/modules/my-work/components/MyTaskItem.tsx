import { useFragment } from '@apollo/client/react';
import { graphql } from '@/generated';
import type { TaskStatus } from '@/generated/graphql';
import { Link } from '@/ui/Link';
import styles from './MyTaskItem.module.css';

export const MyTaskItemFragment = graphql(`
  fragment MyTaskItem_task on Task {
    id
    number
    title
    status
    dueDate
    overdue
    problem {
      id
      key
      title
    }
  }
`);

const STATUS_LABELS: Record<TaskStatus, string> = {
  TODO: 'To do',
  IN_PROGRESS: 'In progress',
  BLOCKED: 'Blocked',
  DONE: 'Done',
};

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "Tue 8 Dec 2026" for 2026-12-08 (a calendar date: no time zone shift). */
export function formatDate(isoDate: string): string {
  return dateFormat.format(new Date(`${isoDate}T00:00:00Z`));
}

/** One of my tasks: its reference and title linking to its problem's board, status and due date. */
export function MyTaskItem({ task }: { task: { __typename: 'Task'; id: string } }) {
  const { data, complete } = useFragment({ fragment: MyTaskItemFragment, from: task });
  if (!complete) return null;
  return (
    <div className={styles.item}>
      <Link href={`/problems/${data.problem.key}/board`} className={styles.link}>
        <span className={styles.reference}>
          {data.problem.key} #{data.number}
        </span>{' '}
        {data.title}
      </Link>
      <p className={styles.meta}>
        <span>{STATUS_LABELS[data.status]}</span>
        {data.dueDate ? (
          <span className={data.overdue ? styles.overdue : undefined}>
            {data.overdue ? 'Overdue: was due ' : 'Due '}
            <time dateTime={data.dueDate}>{formatDate(data.dueDate)}</time>
          </span>
        ) : null}
        <span>{data.problem.title}</span>
      </p>
    </div>
  );
}
