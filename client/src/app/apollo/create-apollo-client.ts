import { ApolloClient, ApolloLink, HttpLink } from '@apollo/client';
import { OperationTypeNode } from 'graphql';
import { createCache } from './apollo-cache';
import { createLiveLink } from './live-link';

/**
 * The one Apollo Client of the app. The API is on the same origin (the server serves this
 * bundle; Vite proxies `/graphql` in development), so the session cookie goes along and no
 * token is kept in JavaScript. Subscriptions go over WebSocket, everything else over HTTP.
 */
export function createApolloClient(): ApolloClient {
  const http = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });
  return new ApolloClient({
    link: ApolloLink.split(
      ({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION,
      createLiveLink(),
      http,
    ),
    cache: createCache(),
    // Components see only the fields their own fragments select (see data-masking.d.ts).
    dataMasking: true,
  });
}
