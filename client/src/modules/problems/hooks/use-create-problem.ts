import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import {
  errorCodeOf,
  fieldProblemsOf,
  isUnreachable,
  type FieldProblem,
} from '@/app/apollo/graphql-errors';
import { announce } from '@/ui/announce';
import { CreateProblemMutationDocument } from '../graphql/create-problem.mutation';
import { toCreateProblemInput, type NewProblemValues } from '../new-problem-form';

export const CREATE_PROBLEM_MESSAGES = {
  forbidden: 'Your account may not create problems. Ask a workspace administrator.',
  invalid: 'Check the problem’s details and try again.',
  unreachable: 'Commons could not be reached. Check your connection and try again.',
  serverProblem: 'Sorry, there is a problem with the service. Try again later.',
} as const;

export type CreateProblemOutcome =
  | { ok: true; key: string }
  | { ok: false; kind: 'invalid'; fields: FieldProblem[] }
  | { ok: false; kind: 'failed'; message: string };

/**
 * Frames a new problem. The lists that hold it (Problems, My work) are refetched from the server
 * on the next visit rather than patched: their filters decide whether it belongs.
 */
export function useCreateProblem() {
  const [mutate, { loading }] = useMutation(CreateProblemMutationDocument, {
    update(cache) {
      cache.evict({ fieldName: 'problems' });
      cache.gc();
    },
  });

  const createProblem = useCallback(
    async (values: NewProblemValues): Promise<CreateProblemOutcome> => {
      try {
        const { data } = await mutate({ variables: { input: toCreateProblemInput(values) } });
        if (!data)
          return { ok: false, kind: 'failed', message: CREATE_PROBLEM_MESSAGES.serverProblem };
        announce(`Problem ${data.createProblem.key} created`);
        return { ok: true, key: data.createProblem.key };
      } catch (error) {
        const code = errorCodeOf(error);
        if (code === 'BAD_USER_INPUT')
          return { ok: false, kind: 'invalid', fields: fieldProblemsOf(error) };
        if (code === 'FORBIDDEN')
          return { ok: false, kind: 'failed', message: CREATE_PROBLEM_MESSAGES.forbidden };
        return {
          ok: false,
          kind: 'failed',
          message: isUnreachable(error)
            ? CREATE_PROBLEM_MESSAGES.unreachable
            : CREATE_PROBLEM_MESSAGES.serverProblem,
        };
      }
    },
    [mutate],
  );

  return { createProblem, isCreating: loading };
}
