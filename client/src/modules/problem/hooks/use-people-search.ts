import { skipToken, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { graphql } from '@/generated';

export const ProblemPeopleSearchQuery = graphql(`
  query ProblemPeopleSearch($search: String, $first: Int!) {
    users(search: $search, first: $first) {
      edges {
        node {
          id
          displayName
          title
          email
          organization {
            id
            name
          }
        }
      }
    }
  }
`);

/** A value that follows `value` once it has stopped changing for `delayMs`. */
function useDebounced<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => {
      setDebounced(value);
    }, delayMs);
    return () => {
      clearTimeout(timer);
    };
  }, [value, delayMs]);
  return debounced;
}

/**
 * Searches the people directory as the user types (debounced). `search` null: no search.
 * An empty search lists the first people by name.
 */
export function usePeopleSearch(search: string | null, first = 8) {
  const debounced = useDebounced(search, 200);
  const { data, previousData, loading, error } = useQuery(
    ProblemPeopleSearchQuery,
    debounced === null ? skipToken : { variables: { search: debounced.trim() || null, first } },
  );
  const people = (data ?? previousData)?.users.edges.map((edge) => edge.node) ?? [];
  return {
    people: debounced === null ? [] : people,
    isLoading: loading || debounced !== search,
    error,
  };
}
