import { InMemoryCache } from '@apollo/client/cache';
import { possibleTypes } from '@/generated/possible-types';

/** The normalised cache, shared by the app and the tests (so both match fragments alike). */
export function createCache(): InMemoryCache {
  return new InMemoryCache({ possibleTypes });
}
