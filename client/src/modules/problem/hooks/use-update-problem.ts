import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import {
  errorCodeOf,
  fieldProblemsOf,
  isUnreachable,
  type FieldProblem,
} from '@/app/apollo/graphql-errors';
import { graphql } from '@/generated';
import { announce } from '@/ui/announce';
import { parseThemes, type ProblemFormValues } from '../problem-form';

export const UpdateProblemMutation = graphql(`
  mutation UpdateProblem($input: UpdateProblemInput!) {
    updateProblem(input: $input) {
      id
      version
      title
      updatedAt
      ...ProblemDetails_problem
      ...EditProblemForm_problem
      ...ProblemSummary_problem
    }
  }
`);

export type UpdateProblemOutcome =
  | { ok: true }
  | { ok: false; kind: 'conflict' }
  | { ok: false; kind: 'invalid'; fields: FieldProblem[] }
  | { ok: false; kind: 'failed'; message: string };

export const UPDATE_PROBLEM_MESSAGES = {
  conflict:
    'Someone else changed this problem while you were editing it. The latest version is shown beside your changes, which are kept: check them, then save again.',
  forbidden: 'You can no longer edit this problem. Ask its lead if you need a change.',
  unreachable: 'Commons could not be reached. Check your connection and try again.',
  failed: 'Sorry, the problem could not be saved. Try again later.',
  invalid: 'Check the problem’s details, then save again.',
} as const;

/** Saves the problem's framing with the version last read; a stale version is a conflict. */
export function useUpdateProblem() {
  const [mutate, { loading }] = useMutation(UpdateProblemMutation);

  const updateProblem = useCallback(
    async (
      id: string,
      version: number,
      values: ProblemFormValues,
    ): Promise<UpdateProblemOutcome> => {
      try {
        const { data } = await mutate({
          variables: {
            input: {
              id,
              version,
              title: values.title.trim(),
              statement: values.statement,
              affectedPopulation: values.affectedPopulation.trim(),
              geography: values.geography.trim(),
              status: values.status,
              visibility: values.visibility,
              publicValues: values.publicValues,
              themes: parseThemes(values.themes),
            },
          },
        });
        announce(`${data?.updateProblem.title ?? 'The problem'} saved.`);
        return { ok: true };
      } catch (error) {
        switch (errorCodeOf(error)) {
          case 'CONFLICT':
            return { ok: false, kind: 'conflict' };
          case 'BAD_USER_INPUT':
            return { ok: false, kind: 'invalid', fields: fieldProblemsOf(error) };
          case 'FORBIDDEN':
          case 'NOT_FOUND':
            return { ok: false, kind: 'failed', message: UPDATE_PROBLEM_MESSAGES.forbidden };
          case 'UNAUTHENTICATED':
          case 'RATE_LIMITED':
          case 'INTERNAL_SERVER_ERROR':
          case undefined:
            return {
              ok: false,
              kind: 'failed',
              message: isUnreachable(error)
                ? UPDATE_PROBLEM_MESSAGES.unreachable
                : UPDATE_PROBLEM_MESSAGES.failed,
            };
        }
      }
    },
    [mutate],
  );

  return { updateProblem, isSaving: loading };
}
