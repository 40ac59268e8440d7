import { useApolloClient, useSubscription } from '@apollo/client/react';
import { useEffect, useMemo } from 'react';
import { throttledRefetch } from '@/app/live/live-refresh';
import { useAuth } from '@/app/auth/use-auth';
import { graphql } from '@/generated';
import type { ProblemChangedSubscription } from '@/generated/graphql';
import { announce } from '@/ui/announce';
import { relocate, updateBoardLists, withAdded, withRemoved } from '@/modules/board/board-columns';

const ProblemChangedSubscriptionQuery = graphql(`
  subscription ProblemChanged($problemId: ID!) {
    problemChanged(problemId: $problemId) {
      kind
      subjectId
      actor {
        id
      }
      activity {
        id
        summary
      }
      task {
        ...BoardTask @unmask
      }
    }
  }
`);

/**
 * Not refetched on every change: the board's own queries (a change of a task is written into
 * their lists directly) and who is here (refetched when someone arrives or leaves).
 */
const LOCAL_QUERIES = new Set([
  'BoardTab',
  'BoardTasksPage',
  'BoardTaskByNumber',
  'ProblemPresence',
]);
const PRESENCE_QUERIES = new Set(['ProblemPresence']);

type ProblemEvent = ProblemChangedSubscription['problemChanged'];

/**
 * Keeps every section of an open problem live. A task that changed arrives with the board's
 * fields and is written into the cache (its card redraws where it is), and the column lists are
 * rearranged as for one's own move; anything else (outcomes, team, discussion, activity, the
 * summary's figures, an open task panel) is refetched, once per burst of changes; who else is
 * here, when someone arrives or leaves. Other
 * people's changes are announced politely ("Tom Fairweather moved HOUS-12 #4 to Done").
 */
export function useProblemLive(problemId: string): void {
  const client = useApolloClient();
  const auth = useAuth();
  const viewerId = auth.status === 'signed-in' ? auth.user.id : null;
  const refresh = useMemo(() => throttledRefetch(client, { except: LOCAL_QUERIES }), [client]);
  const presence = useMemo(
    () => throttledRefetch(client, { only: PRESENCE_QUERIES, waitMs: 250 }),
    [client],
  );
  useEffect(
    () => () => {
      refresh.cancel();
      presence.cancel();
    },
    [refresh, presence],
  );

  useSubscription(ProblemChangedSubscriptionQuery, {
    variables: { problemId },
    ignoreResults: true,
    onData: ({ data }) => {
      const event = data.data?.problemChanged;
      if (!event) return;
      if (event.kind === 'PRESENCE_CHANGED') {
        presence.schedule();
        return;
      }
      applyToBoard(client, problemId, event);
      refresh.schedule();
      if (event.activity && event.actor?.id !== viewerId) announce(event.activity.summary);
    },
    // A dropped connection is the link's to restore (it reconnects and the app refetches).
    onError: () => undefined,
  });
}

function applyToBoard(
  client: ReturnType<typeof useApolloClient>,
  problemId: string,
  event: ProblemEvent,
): void {
  const { task } = event;
  switch (event.kind) {
    case 'TASK_CREATED':
      if (task)
        updateBoardLists(client.cache, problemId, (l) => withAdded(l, task.id, task.status));
      return;
    case 'TASK_MOVED':
    case 'TASK_UPDATED':
      if (!task) return;
      updateBoardLists(client.cache, problemId, (lists) => {
        const listed = Object.values(lists).some(
          (list) => typeof list === 'object' && list.edges.some((edge) => edge.node.id === task.id),
        );
        return listed
          ? relocate(lists, task.id, task.status)
          : withAdded(lists, task.id, task.status);
      });
      return;
    case 'TASK_DELETED':
      updateBoardLists(client.cache, problemId, (lists) => withRemoved(lists, event.subjectId));
      client.cache.evict({
        id: client.cache.identify({ __typename: 'Task', id: event.subjectId }),
      });
      client.cache.gc();
      return;
    case 'PROBLEM_CREATED':
    case 'PROBLEM_UPDATED':
    case 'OUTCOME_CHANGED':
    case 'MEASUREMENT_RECORDED':
    case 'MEMBER_CHANGED':
    case 'COMMENT_ADDED':
    case 'COMMENT_UPDATED':
    case 'COMMENT_DELETED':
    case 'PRESENCE_CHANGED':
      // Nothing of the board's lists: the sections that show them are refetched.
      return;
  }
}
