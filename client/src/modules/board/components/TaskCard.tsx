import { memo, type ReactNode } from 'react';
import { Button as AriaButton } from 'react-aria-components';
import { graphql } from '@/generated';
import type { TaskCard_TaskFragment } from '@/generated/graphql';
import { formatDueDate } from './task-dates';
import styles from './TaskCard.module.css';

export const TaskCardFragment = graphql(`
  fragment TaskCard_task on Task {
    __typename
    id
    number
    title
    dueDate
    overdue
    blocked
    assignee {
      id
      displayName
    }
    organization {
      id
      name
    }
    outcomes {
      id
      name
    }
    blockedBy {
      id
      number
    }
  }
`);

export interface TaskCardProps {
  /**
   * The task with this card's fragment. The board unmasks it (`...TaskCard_task @unmask`) and
   * passes it down, rather than each of hundreds of cards watching the cache on its own.
   */
  task: Omit<TaskCard_TaskFragment, ' $fragmentName'>;
  /** Edit and move controls, when the viewer may contribute. */
  actions?: ReactNode;
  /** The drag handle (React Aria's `slot="drag"` button), when the viewer may contribute. */
  canDrag: boolean;
}

/**
 * One card: number, title, who and which organisation, due date (overdue said in words),
 * outcomes it moves, and what blocks it. Memoised: a move re-renders only the cards it changes.
 */
export const TaskCard = memo(function TaskCard({ task, actions, canDrag }: TaskCardProps) {
  return (
    <div className={styles.card}>
      <div className={styles.top}>
        {canDrag ? (
          <AriaButton slot="drag" className={styles.handle}>
            <svg viewBox="0 0 10 16" aria-hidden="true" className={styles.grip}>
              <circle cx="2" cy="2" r="1.5" />
              <circle cx="8" cy="2" r="1.5" />
              <circle cx="2" cy="8" r="1.5" />
              <circle cx="8" cy="8" r="1.5" />
              <circle cx="2" cy="14" r="1.5" />
              <circle cx="8" cy="14" r="1.5" />
            </svg>
          </AriaButton>
        ) : null}
        <p className={styles.title}>
          <span className={styles.number}>#{task.number}</span> {task.title}
        </p>
      </div>
      <dl className={styles.facts}>
        {task.assignee ? (
          <div>
            <dt className="visually-hidden">Assignee</dt>
            <dd>{task.assignee.displayName}</dd>
          </div>
        ) : null}
        {task.organization ? (
          <div>
            <dt className="visually-hidden">Organisation</dt>
            <dd className={styles.secondary}>{task.organization.name}</dd>
          </div>
        ) : null}
        {task.dueDate ? (
          <div>
            <dt className="visually-hidden">Due</dt>
            <dd className={task.overdue ? styles.overdue : undefined}>
              {task.overdue ? (
                <>
                  <strong>Overdue:</strong> was due {formatDueDate(task.dueDate)}
                </>
              ) : (
                <>Due {formatDueDate(task.dueDate)}</>
              )}
            </dd>
          </div>
        ) : null}
        {task.blockedBy.length > 0 ? (
          <div>
            <dt className="visually-hidden">Blocked by</dt>
            <dd className={task.blocked ? styles.blocked : styles.secondary}>
              {task.blocked ? <strong>Blocked</strong> : 'Was blocked'} by{' '}
              {task.blockedBy.map((blocker) => `#${blocker.number}`).join(', ')}
            </dd>
          </div>
        ) : null}
      </dl>
      {task.outcomes.length > 0 ? (
        <ul className={styles.outcomes} aria-label="Outcomes">
          {task.outcomes.map((outcome) => (
            <li key={outcome.id} className={styles.chip}>
              {outcome.name}
            </li>
          ))}
        </ul>
      ) : null}
      {actions ? <div className={styles.actions}>{actions}</div> : null}
    </div>
  );
});
