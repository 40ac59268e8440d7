import { useQuery } from '@apollo/client/react';
import { useLiveRefresh } from '@/app/live/use-live-refresh';
import { useMemo } from 'react';
import { PageHeading } from '@/app/layout/PageHeading';
import { Link } from '@/ui/Link';
import { QueryState } from '@/ui/QueryState';
import { ProblemRow } from '@/modules/problems/components/ProblemRow';
import { MyDueOutcomeItem } from './components/MyDueOutcomeItem';
import { MyTaskItem } from './components/MyTaskItem';
import { groupByDue, localToday } from './due-groups';
import { MyWorkQueryDocument } from './graphql/my-work.query';
import styles from './MyWorkPage.module.css';

/** Refetched when any problem the viewer may see changes. */
const LIVE_QUERIES = ['MyWork'];

const timeFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/**
 * The home page: the figures I must record next, my open tasks grouped by due, the problems I am
 * on, and what moved on them.
 */
export function MyWorkPage() {
  useLiveRefresh(LIVE_QUERIES);
  const { data, loading, error, refetch } = useQuery(MyWorkQueryDocument);
  const today = localToday();
  const groups = useMemo(
    () => groupByDue(data?.myTasks.edges.map((edge) => edge.node) ?? [], today),
    [data, today],
  );
  const taskCount = data?.myTasks.totalCount ?? 0;

  return (
    <>
      <PageHeading>My work</PageHeading>
      <QueryState
        loading={loading && !data}
        error={data ? undefined : error}
        onRetry={() => void refetch()}
        loadingLabel="Loading your work…"
        errorMessage="Your work could not be loaded."
      >
        <div className={styles.layout}>
          <div className={styles.tasks}>
            {data?.myDueOutcomes.length ? (
              <section aria-labelledby="figures-due-heading" className={styles.due}>
                <h2 id="figures-due-heading">Due</h2>
                <ul className={styles.list}>
                  {data.myDueOutcomes.map((outcome) => (
                    <li key={outcome.id}>
                      <MyDueOutcomeItem outcome={outcome} />
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
            <section aria-labelledby="my-tasks-heading">
              <h2 id="my-tasks-heading">My tasks</h2>
              {taskCount === 0 ? (
                <p>No open tasks are assigned to you.</p>
              ) : (
                <>
                  <p className={styles.count}>
                    {taskCount} open {taskCount === 1 ? 'task' : 'tasks'}
                    {taskCount > (data?.myTasks.edges.length ?? 0)
                      ? ` (the first ${String(data?.myTasks.edges.length)} shown)`
                      : ''}
                  </p>
                  {groups.map((group) =>
                    group.tasks.length === 0 ? null : (
                      <section
                        key={group.id}
                        aria-labelledby={`due-${group.id}`}
                        className={styles.group}
                      >
                        <h3 id={`due-${group.id}`} className={styles.groupHeading}>
                          {group.title}{' '}
                          <span className={styles.groupCount}>({group.tasks.length})</span>
                        </h3>
                        <ul className={styles.list}>
                          {group.tasks.map((task) => (
                            <li key={task.id}>
                              <MyTaskItem task={task} />
                            </li>
                          ))}
                        </ul>
                      </section>
                    ),
                  )}
                </>
              )}
            </section>
          </div>
          <div className={styles.side}>
            <section aria-labelledby="my-problems-heading">
              <h2 id="my-problems-heading">My problems</h2>
              {data?.problems.edges.length ? (
                <ul className={styles.list}>
                  {data.problems.edges.map(({ node }) => (
                    <li key={node.id}>
                      <ProblemRow problem={node} />
                    </li>
                  ))}
                </ul>
              ) : (
                <p>You are not on any problem’s team yet.</p>
              )}
            </section>
            <section aria-labelledby="recent-activity-heading">
              <h2 id="recent-activity-heading">Recent activity</h2>
              {data?.recentActivity.edges.length ? (
                <ul className={styles.activity}>
                  {data.recentActivity.edges.map(({ node }) => (
                    <li key={node.id}>
                      {node.problem ? (
                        <Link href={`/problems/${node.problem.key}/activity`}>{node.summary}</Link>
                      ) : (
                        node.summary
                      )}{' '}
                      <time dateTime={node.createdAt} className={styles.when}>
                        {timeFormat.format(new Date(node.createdAt))}
                      </time>
                    </li>
                  ))}
                </ul>
              ) : (
                <p>Nothing has happened on your problems yet.</p>
              )}
            </section>
          </div>
        </div>
      </QueryState>
    </>
  );
}
