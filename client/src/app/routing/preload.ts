import type { ApolloClient, OperationVariables, TypedDocumentNode } from '@apollo/client';
import type { LoaderFunction } from 'react-router';

/**
 * A route loader that starts the page's query and returns at once. On a first load a page would
 * otherwise ask for its data only once its code has arrived and every layout above it has its
 * own answer (sign-in check, then the problem, then the board: three round trips one after the
 * other); started here, the requests leave together while the code loads, and the page's
 * `useQuery` finds its answer in the cache or joins the request in flight (Apollo sends one
 * request for identical queries in flight).
 *
 * Nothing waits for it and a failure is left to the page, whose own query reports it.
 */
export function preloadQuery<TData, TVariables extends OperationVariables>(
  client: ApolloClient | undefined,
  query: TypedDocumentNode<TData, TVariables>,
  variablesOf: (params: Record<string, string | undefined>) => TVariables | null,
): LoaderFunction {
  return ({ params }) => {
    const variables = variablesOf(params);
    if (client && variables) void client.query({ query, variables }).catch(() => undefined);
    return null;
  };
}
