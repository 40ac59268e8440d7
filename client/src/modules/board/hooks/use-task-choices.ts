import { skipToken, useQuery } from '@apollo/client/react';
import { useEffect, useMemo } from 'react';
import { TaskChoicesQueryDocument } from '../graphql/board.query';

export interface TaskChoice {
  id: string;
  number: number;
  title: string;
}

export interface TaskChoices {
  choices: readonly TaskChoice[];
  /** Every page is in. */
  isComplete: boolean;
}

/**
 * Every task of a problem by number and title, for the panel's "blocked by": the board loads
 * only the cards it shows, and a task can be blocked by any other. Pages of 100 follow one
 * another until all are in; `isComplete` says when.
 */
export function useTaskChoices(key: string, { skip }: { skip: boolean }): TaskChoices {
  const { data, fetchMore } = useQuery(
    TaskChoicesQueryDocument,
    skip ? skipToken : { variables: { key } },
  );
  const pageInfo = data?.problem.choices.pageInfo;
  const after = pageInfo?.hasNextPage ? pageInfo.endCursor : null;
  useEffect(() => {
    if (!after) return;
    fetchMore({
      variables: { key, after },
      updateQuery: (previous, { fetchMoreResult }) => {
        const loaded = previous.problem.choices;
        const seen = new Set(loaded.edges.map((edge) => edge.node.id));
        const more = fetchMoreResult.problem.choices;
        return {
          ...previous,
          problem: {
            ...previous.problem,
            choices: {
              ...loaded,
              pageInfo: more.pageInfo,
              edges: [...loaded.edges, ...more.edges.filter((edge) => !seen.has(edge.node.id))],
            },
          },
        };
      },
    }).catch(() => undefined);
  }, [after, fetchMore, key]);

  const choices = useMemo<readonly TaskChoice[]>(
    () =>
      (data?.problem.choices.edges ?? [])
        .map(({ node }) => ({ id: node.id, number: node.number, title: node.title }))
        .sort((a, b) => a.number - b.number),
    [data],
  );
  return { choices, isComplete: Boolean(data) && !after };
}
