import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { errorCodeOf, fieldProblemsOf } from '@/app/apollo/graphql-errors';
import type { BoardTaskFragment } from '@/generated/graphql';
import { relocate, updateBoardLists, withAdded, withRemoved } from '../board-columns';
import { saveFailureMessage } from '../board-messages';
import {
  CreateTaskMutationDocument,
  DeleteTaskMutationDocument,
  UpdateTaskMutationDocument,
} from '../graphql/task.mutations';
import {
  isTaskField,
  toCreateInput,
  toUpdateInput,
  type TaskField,
  type TaskFormValues,
} from '../task-form';

export type SaveOutcome =
  | { ok: true; id: string; number: number }
  | { ok: false; kind: 'invalid'; fields: Partial<Record<TaskField, string>>; other: string[] }
  | { ok: false; kind: 'conflict'; message: string }
  | { ok: false; kind: 'error'; message: string };

function failureOf(
  error: unknown,
  action: 'saved' | 'deleted',
): Extract<SaveOutcome, { ok: false }> {
  const code = errorCodeOf(error);
  if (code === 'CONFLICT')
    return { ok: false, kind: 'conflict', message: saveFailureMessage(error, action) };
  if (code === 'BAD_USER_INPUT') {
    const fields: Partial<Record<TaskField, string>> = {};
    const other: string[] = [];
    for (const problem of fieldProblemsOf(error)) {
      if (isTaskField(problem.path)) fields[problem.path] ??= problem.message;
      else other.push(problem.message);
    }
    if (Object.keys(fields).length > 0 || other.length > 0)
      return { ok: false, kind: 'invalid', fields, other };
  }
  return { ok: false, kind: 'error', message: saveFailureMessage(error, action) };
}

/**
 * Creates and edits tasks from the panel. A new task joins the board's list in the cache (the
 * board places it by its status and rank); an edit updates the task where it is.
 */
export function useSaveTask(problemId: string) {
  const [createTask, created] = useMutation(CreateTaskMutationDocument, {
    update(cache, { data }) {
      const task = data?.createTask;
      if (task)
        updateBoardLists(cache, problemId, (lists) => withAdded(lists, task.id, task.status));
    },
  });
  // An edit may change the column: the card goes to its new column's list, and count.
  const [updateTask, updated] = useMutation(UpdateTaskMutationDocument, {
    update(cache, { data }) {
      const task = data?.updateTask;
      if (task)
        updateBoardLists(cache, problemId, (lists) => relocate(lists, task.id, task.status));
    },
  });

  const create = useCallback(
    async (problemId: string, values: TaskFormValues): Promise<SaveOutcome> => {
      try {
        const { data } = await createTask({
          variables: { input: toCreateInput(problemId, values) },
        });
        if (!data) return failureOf(undefined, 'saved');
        return { ok: true, id: data.createTask.id, number: data.createTask.number };
      } catch (error) {
        return failureOf(error, 'saved');
      }
    },
    [createTask],
  );

  const update = useCallback(
    async (id: string, version: number, values: TaskFormValues): Promise<SaveOutcome> => {
      try {
        const { data } = await updateTask({
          variables: { input: toUpdateInput(id, version, values) },
        });
        if (!data) return failureOf(undefined, 'saved');
        return { ok: true, id: data.updateTask.id, number: data.updateTask.number };
      } catch (error) {
        return failureOf(error, 'saved');
      }
    },
    [updateTask],
  );

  return { create, update, isPending: created.loading || updated.loading };
}

/** Deletes a task, and takes it off the board in the cache. */
export function useDeleteTask(problemId: string) {
  const [deleteTask, { loading }] = useMutation(DeleteTaskMutationDocument);

  const remove = useCallback(
    async (
      task: Pick<BoardTaskFragment, 'id' | 'version'>,
    ): Promise<SaveOutcome | { ok: true }> => {
      try {
        await deleteTask({
          variables: { id: task.id, version: task.version },
          update(cache) {
            updateBoardLists(cache, problemId, (lists) => withRemoved(lists, task.id));
            cache.evict({ id: cache.identify({ __typename: 'Task', id: task.id }) });
            cache.gc();
          },
        });
        return { ok: true };
      } catch (error) {
        return failureOf(error, 'deleted');
      }
    },
    [deleteTask, problemId],
  );

  return { remove, isPending: loading };
}
