import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { announce } from '@/ui/announce';
import { RecordMeasurementMutation } from '../graphql/outcome.mutations';
import {
  OutcomeRefreshQuery,
  OutcomeWordsFragment,
  RecordMeasurementOutcomeFragment,
} from '../graphql/outcomes-tab.query';
import { localToday } from '../local-today';
import { figuresAfterMeasurement } from '../measurement-figures';
import { outcomeHeadline } from '../outcome-words';
import { describeFailure, type FormFailure } from './describe-failure';

export interface MeasurementValues {
  observedAt: string;
  value: number;
  note: string | null;
}

export type RecordOutcome = { ok: true; message: string } | ({ ok: false } & FormFailure);

/**
 * Records a measurement. The outcome's figures (progress, planned progress, health, latest) are
 * recomputed in the cache at once with the shared formulas; the server is the authority, so
 * that one outcome is fetched again before the form closes. The problem's health rollup is
 * dropped from the cache so whatever shows it asks again. The new health and progress are
 * announced in words.
 */
export function useRecordMeasurement(outcomeId: string, problemId: string) {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(RecordMeasurementMutation, {
    refetchQueries: [{ query: OutcomeRefreshQuery, variables: { id: outcomeId } }],
    awaitRefetchQueries: true,
    update(cache, { data }) {
      const recorded = data?.recordMeasurement;
      const outcomeRef = cache.identify({ __typename: 'Outcome', id: outcomeId });
      const outcome = cache.readFragment({
        fragment: RecordMeasurementOutcomeFragment,
        id: outcomeRef,
      });
      if (recorded && outcome) {
        const next = figuresAfterMeasurement(outcome, outcome.latest, recorded, localToday());
        cache.modify({
          id: outcomeRef,
          fields: {
            measurements(existing, { toReference }) {
              const list: readonly unknown[] = Array.isArray(existing) ? existing : [];
              const ref = toReference({ __typename: 'Measurement', id: recorded.id });
              return ref ? [...list, ref] : list;
            },
            latest(existing, { toReference }) {
              return toReference({ __typename: 'Measurement', id: next.latest.id }) ?? existing;
            },
            progress: () => next.progress,
            plannedProgress: () => next.plannedProgress,
            health: () => next.health,
          },
        });
      }
      cache.evict({
        id: cache.identify({ __typename: 'Problem', id: problemId }),
        fieldName: 'health',
      });
    },
  });

  const record = useCallback(
    async (values: MeasurementValues): Promise<RecordOutcome> => {
      try {
        await mutate({ variables: { input: { outcomeId, ...values } } });
      } catch (error) {
        return { ok: false, ...describeFailure(error) };
      }
      const outcome = client.cache.readFragment({
        fragment: OutcomeWordsFragment,
        id: client.cache.identify({ __typename: 'Outcome', id: outcomeId }),
      });
      const message = outcome
        ? `Measurement recorded for ${outcome.name}. ${outcomeHeadline(outcome)}`
        : 'Measurement recorded.';
      announce(message);
      return { ok: true, message };
    },
    [client, mutate, outcomeId],
  );

  return { record, isPending: loading };
}
