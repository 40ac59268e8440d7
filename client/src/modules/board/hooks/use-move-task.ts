import { useApolloClient } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { errorCodeOf } from '@/app/apollo/graphql-errors';
import { announce } from '@/ui/announce';
import { relocate, updateBoardLists } from '../board-columns';
import { describeMove, type PlannedMove } from '../board-order';
import { moveFailureMessage, taskRef } from '../board-messages';
import { MoveTaskMutationDocument, TaskQueryDocument } from '../graphql/task.mutations';

export interface MovableTask {
  id: string;
  number: number;
  version: number;
}

/**
 * Moves a card. The cache takes the new column and rank at once (an optimistic answer, with the
 * card in its new column's list and counted there), the move is announced, and if the server says no the card goes back where it was with a message
 * that is shown (`failure`) and announced. A CONFLICT reloads the task so the board is current.
 */
export function useMoveTask(problemKey: string, problemId: string | null) {
  const client = useApolloClient();
  const [failure, setFailure] = useState<string | null>(null);

  const move = useCallback(
    async (task: MovableTask, plan: PlannedMove): Promise<boolean> => {
      const ref = taskRef(problemKey, task.number);
      setFailure(null);
      announce(describeMove(problemKey, task.number, plan));
      try {
        // `client.mutate`, not `useMutation`: the board reads no state of the request, and the hook
        // would draw the board again when it starts and when it ends.
        await client.mutate({
          mutation: MoveTaskMutationDocument,
          variables: {
            input: {
              id: plan.id,
              status: plan.status,
              afterId: plan.afterId,
              version: task.version,
            },
          },
          optimisticResponse: {
            moveTask: {
              __typename: 'Task',
              id: plan.id,
              status: plan.status,
              rank: plan.rank,
              version: task.version + 1,
              updatedAt: new Date().toISOString(),
            },
          },
          update(cache, { data }) {
            const moved = data?.moveTask;
            if (!moved || !problemId) return;
            updateBoardLists(cache, problemId, (lists) => relocate(lists, moved.id, moved.status));
          },
        });
        return true;
      } catch (error) {
        // Apollo has already dropped the optimistic layer: the card is back where it was.
        const message = moveFailureMessage(ref, error);
        setFailure(message);
        announce(message);
        const code = errorCodeOf(error);
        if (code === 'CONFLICT') {
          await client
            .query({
              query: TaskQueryDocument,
              variables: { id: task.id },
              fetchPolicy: 'network-only',
            })
            .catch(() => undefined);
        } else if (code === 'NOT_FOUND') {
          client.cache.evict({ id: client.cache.identify({ __typename: 'Task', id: task.id }) });
          client.cache.gc();
        }
        return false;
      }
    },
    [client, problemKey, problemId],
  );

  const dismissFailure = useCallback(() => setFailure(null), []);

  return { move, failure, dismissFailure };
}
