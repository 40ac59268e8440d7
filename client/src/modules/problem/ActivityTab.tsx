import type { FragmentType } from '@apollo/client';
import { useFragment, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '@/generated';
import type { ActivityEvent_EventFragment } from '@/generated/graphql';
import { Button } from '@/ui/Button';
import { QueryState } from '@/ui/QueryState';
import { fieldLabel, fieldValue, readableSummary, shownChanges } from './activity-words';
import { useProblemContext } from './problem-context';
import { RelativeTime } from './RelativeTime';
import styles from './ActivityTab.module.css';

const PAGE_SIZE = 30;

export const ActivityEventFragment = graphql(`
  fragment ActivityEvent_event on ActivityEvent {
    id
    action
    summary
    createdAt
    changes {
      field
      before
      after
    }
  }
`);

export const ProblemActivityQuery = graphql(`
  query ProblemActivity($subjectId: ID!, $first: Int!, $after: String) {
    activity(subjectId: $subjectId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          ...ActivityEvent_event
        }
      }
    }
  }
`);

/** Everything that happened on the problem, newest first, as sentences with before → after. */
export function ActivityTab() {
  const { problemId } = useProblemContext();
  const [isLoadingMore, setIsLoadingMore] = useState(false);
  const { data, loading, error, refetch, fetchMore } = useQuery(ProblemActivityQuery, {
    variables: { subjectId: problemId, first: PAGE_SIZE, after: null },
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.activity;

  async function showOlder() {
    if (!connection?.pageInfo.endCursor) return;
    setIsLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: connection.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => {
          const seen = new Set(previous.activity.edges.map((edge) => edge.node.id));
          return {
            ...previous,
            activity: {
              ...fetchMoreResult.activity,
              edges: [
                ...previous.activity.edges,
                ...fetchMoreResult.activity.edges.filter((edge) => !seen.has(edge.node.id)),
              ],
            },
          };
        },
      });
    } finally {
      setIsLoadingMore(false);
    }
  }

  return (
    <section aria-labelledby="activity-heading">
      <h2 id="activity-heading">Activity</h2>
      <QueryState
        loading={loading && !connection}
        error={connection ? undefined : error}
        onRetry={() => void refetch()}
        loadingLabel="Loading the activity…"
        errorMessage="Sorry, the activity could not be loaded."
        isEmpty={connection?.edges.length === 0}
        emptyMessage={<p>Nothing has happened on this problem yet.</p>}
      >
        {connection ? (
          <>
            <p className={styles.muted}>
              {connection.totalCount} {connection.totalCount === 1 ? 'event' : 'events'}, newest
              first.
            </p>
            <ol className={styles.events} aria-label="Activity, newest first">
              {connection.edges.map((edge) => (
                <ActivityEventItem key={edge.node.id} event={edge.node} />
              ))}
            </ol>
            {connection.pageInfo.hasNextPage ? (
              <Button
                variant="secondary"
                onPress={() => void showOlder()}
                isPending={isLoadingMore}
                pendingLabel="Loading older activity…"
              >
                Show older activity
              </Button>
            ) : null}
          </>
        ) : null}
      </QueryState>
    </section>
  );
}

function ActivityEventItem({ event: ref }: { event: FragmentType<ActivityEvent_EventFragment> }) {
  const { data: event, complete } = useFragment({ fragment: ActivityEventFragment, from: ref });
  if (!complete) return null;
  const changes = shownChanges(event.changes);
  return (
    <li className={styles.event}>
      <p className={styles.summary}>{readableSummary(event.summary)}</p>
      {changes.length > 0 ? (
        <ul className={styles.changes}>
          {changes.map((change) => (
            <li key={change.field}>
              <span className={styles.field}>{fieldLabel(change.field)}</span>:{' '}
              {change.before === null ? (
                <ins className={styles.after}>{fieldValue(change.after)}</ins>
              ) : change.after === null ? (
                <>
                  <del className={styles.before}>
                    <span className="visually-hidden">removed </span>
                    {fieldValue(change.before)}
                  </del>{' '}
                  (removed)
                </>
              ) : (
                <>
                  <del className={styles.before}>
                    <span className="visually-hidden">from </span>
                    {fieldValue(change.before)}
                  </del>{' '}
                  <span aria-hidden="true">→</span>{' '}
                  <ins className={styles.after}>
                    <span className="visually-hidden">to </span>
                    {fieldValue(change.after)}
                  </ins>
                </>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      <p className={styles.when}>
        <RelativeTime dateTime={event.createdAt} />
      </p>
    </li>
  );
}
