import { InMemoryCache } from '@apollo/client/cache';
import { possibleTypes } from '@/generated/possible-types';

/** The normalised cache, shared by the app and the tests (so both match fragments alike). */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    possibleTypes,
    typePolicies: {
      // A problem's figures have no id of their own: an answer that selects some of them (a
      // mutation's, another page's) adds to what the cache holds instead of replacing it.
      ProblemHealth: { merge: true },
      // What the viewer may do on a problem: the layout asks for every right, the board for one.
      // Replacing the layout's with the board's sent the layout back to the server for them.
      ProblemPermissions: { merge: true },
      // The viewer's workspace permissions: one object, of which each page asks for a few.
      WorkspacePermissions: { merge: true },
    },
  });
}
