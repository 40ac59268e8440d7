import { useApolloClient, useSubscription } from '@apollo/client/react';
import { useEffect, useMemo } from 'react';
import { graphql } from '@/generated';
import { throttledRefetch } from './live-refresh';

const ProblemsChangedSubscriptionQuery = graphql(`
  subscription ProblemsChanged {
    problemsChanged {
      kind
    }
  }
`);

/**
 * Keeps a page of figures across problems (a portfolio, My work) current: any change on a
 * problem the viewer may see refetches the page's own queries, at most once every two seconds.
 */
export function useLiveRefresh(queryNames: readonly string[]): void {
  const client = useApolloClient();
  const key = queryNames.join(',');
  const refresh = useMemo(
    () => throttledRefetch(client, { only: new Set(key.split(',')), waitMs: 2_000 }),
    [client, key],
  );
  useEffect(() => () => refresh.cancel(), [refresh]);
  useSubscription(ProblemsChangedSubscriptionQuery, {
    ignoreResults: true,
    onData: () => refresh.schedule(),
    onError: () => undefined,
  });
}
