import { ApolloClient, HttpLink } from '@apollo/client';
import { createCache } from './apollo-cache';

/**
 * The one Apollo Client of the app. The API is on the same origin (the server serves this
 * bundle; Vite proxies `/graphql` in development), so the session cookie goes along and no
 * token is kept in JavaScript.
 */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    cache: createCache(),
    // Components see only the fields their own fragments select (see data-masking.d.ts).
    dataMasking: true,
  });
}
