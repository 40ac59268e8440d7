import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { announce } from '@/ui/announce';
import { RecordMeasurementMutation } from '../graphql/outcome.mutations';
import { OutcomeRefreshQuery, OutcomeWordsFragment } from '../graphql/outcomes-tab.query';
import { outcomeHeadline } from '../outcome-words';
import { describeFailure, type FormFailure } from './describe-failure';

export interface MeasurementValues {
  observedAt: string;
  value: number;
  note: string | null;
}

export type RecordOutcome = { ok: true; message: string } | ({ ok: false } & FormFailure);

/**
 * Records a measurement. The outcome's figures (progress, planned progress, health, latest)
 * are the server's to compute, so that one outcome is fetched again before the form closes;
 * the problem's health rollup is dropped from the cache so whatever shows it asks again. The
 * new health and progress are announced in words.
 */
export function useRecordMeasurement(outcomeId: string, problemId: string) {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(RecordMeasurementMutation, {
    refetchQueries: [{ query: OutcomeRefreshQuery, variables: { id: outcomeId } }],
    awaitRefetchQueries: true,
    update(cache) {
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
