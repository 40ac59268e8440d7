import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { announce } from '@/ui/announce';
import { describeFailure, type FormFailure } from '@/modules/outcomes/hooks/describe-failure';
import {
  CreatePortfolioMutation,
  PORTFOLIO_PAGE_SIZE,
  UpdatePortfolioMutation,
} from '../graphql/portfolios.graphql';

export interface PortfolioValues {
  name: string;
  description: string | null;
}

export type SavePortfolio = { ok: true; id: string } | ({ ok: false } & FormFailure);

export const PORTFOLIO_CONFLICT =
  'Someone else changed this portfolio while you were editing it, so your changes were not saved. Close this form to see the latest version, then make your changes again.';

/** Creates a portfolio (executives and administrators); it joins the cached list at once. */
export function useCreatePortfolio() {
  const [mutate, { loading }] = useMutation(CreatePortfolioMutation, {
    update(cache, { data }) {
      const created = data?.createPortfolio;
      if (!created) return;
      cache.modify({
        fields: {
          portfolios(existing, { toReference }) {
            const list: readonly unknown[] = Array.isArray(existing) ? existing : [];
            const ref = toReference({ __typename: 'Portfolio', id: created.id });
            return ref ? [...list, ref] : list;
          },
        },
      });
    },
  });

  const create = useCallback(
    async (values: PortfolioValues): Promise<SavePortfolio> => {
      try {
        const result = await mutate({ variables: { input: values } });
        const id = result.data?.createPortfolio.id ?? '';
        announce(`Portfolio “${values.name}” created.`);
        return { ok: true, id };
      } catch (error) {
        return { ok: false, ...describeFailure(error) };
      }
    },
    [mutate],
  );

  return { create, isPending: loading };
}

/**
 * Changes a portfolio's name, description and problems, with the version it was read at. The
 * answer carries the portfolio's problems as its page shows them, so the table updates from it.
 */
export function useUpdatePortfolio(id: string, version: number) {
  const [mutate, { loading }] = useMutation(UpdatePortfolioMutation);

  const update = useCallback(
    async (values: PortfolioValues & { problemIds: string[] }): Promise<SavePortfolio> => {
      try {
        await mutate({
          variables: { input: { id, version, ...values }, first: PORTFOLIO_PAGE_SIZE },
        });
        announce(`Portfolio “${values.name}” saved.`);
        return { ok: true, id };
      } catch (error) {
        const failure = describeFailure(error);
        return failure.conflict
          ? { ...failure, ok: false, general: [PORTFOLIO_CONFLICT] }
          : { ok: false, ...failure };
      }
    },
    [mutate, id, version],
  );

  return { update, isPending: loading };
}
