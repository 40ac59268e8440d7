import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { CreateOutcomeInput, OutcomeDirection, ReportingCadence } from '@/generated/graphql';
import { announce } from '@/ui/announce';
import { CreateOutcomeMutation, UpdateOutcomeMutation } from '../graphql/outcome.mutations';
import { OutcomeRefreshQuery } from '../graphql/outcomes-tab.query';
import { describeFailure, type FormFailure } from './describe-failure';

export interface OutcomeDefinitionValues {
  name: string;
  description: string | null;
  unit: string;
  direction: OutcomeDirection;
  baselineValue: number;
  baselineDate: string;
  targetValue: number;
  targetDate: string;
  dataSource: string | null;
  /** null: the problem's lead. */
  ownerId: string | null;
  cadence: ReportingCadence | null;
  suppressBelow: number | null;
  isPublic: boolean;
}

export type SaveOutcome = { ok: true } | ({ ok: false } & FormFailure);

/**
 * Defines a new outcome of a problem: the created outcome is appended to the problem's
 * `outcomes` in the cache, so the tab shows it at once.
 */
export function useCreateOutcome(problemId: string) {
  const [mutate, { loading }] = useMutation(CreateOutcomeMutation, {
    update(cache, { data }) {
      const created = data?.createOutcome;
      if (!created) return;
      cache.modify({
        id: cache.identify({ __typename: 'Problem', id: problemId }),
        fields: {
          outcomes(existing, { toReference }) {
            const list: readonly unknown[] = Array.isArray(existing) ? existing : [];
            const ref = toReference({ __typename: 'Outcome', id: created.id });
            return ref ? [...list, ref] : list;
          },
          health(_existing, { DELETE }) {
            return DELETE;
          },
        },
      });
    },
  });

  const create = useCallback(
    async (values: OutcomeDefinitionValues): Promise<SaveOutcome> => {
      const input: CreateOutcomeInput = { problemId, ...values };
      try {
        await mutate({ variables: { input } });
      } catch (error) {
        return { ok: false, ...describeFailure(error) };
      }
      announce(`Outcome “${values.name}” defined.`);
      return { ok: true };
    },
    [mutate, problemId],
  );

  return { create, isPending: loading };
}

/**
 * Changes an outcome's definition with the version it was read at. On CONFLICT the outcome is
 * fetched again, so that closing the form shows what the other person saved.
 */
export function useUpdateOutcome(outcomeId: string, version: number) {
  const [mutate, { loading, client }] = useMutation(UpdateOutcomeMutation);

  const update = useCallback(
    async (values: OutcomeDefinitionValues): Promise<SaveOutcome> => {
      try {
        await mutate({ variables: { input: { id: outcomeId, version, ...values } } });
      } catch (error) {
        const failure = describeFailure(error);
        if (failure.conflict) {
          void client
            .query({
              query: OutcomeRefreshQuery,
              variables: { id: outcomeId },
              fetchPolicy: 'network-only',
            })
            .catch(() => undefined);
        }
        return { ok: false, ...failure };
      }
      announce(`Outcome “${values.name}” saved.`);
      return { ok: true };
    },
    [client, mutate, outcomeId, version],
  );

  return { update, isPending: loading };
}
