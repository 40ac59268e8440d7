import { gql } from '@apollo/client';
import { createCache } from './apollo-cache';

describe('the cache', () => {
  it("merges a problem's figures from two answers instead of losing the first one's", () => {
    const cache = createCache();
    const ref = { __typename: 'Problem', id: 'UHJvYmxlbTox' };
    cache.writeFragment({
      id: cache.identify(ref),
      fragment: gql`
        fragment A on Problem {
          id
          health {
            onTrack
            openTasks
          }
        }
      `,
      data: { ...ref, health: { __typename: 'ProblemHealth', onTrack: 2, openTasks: 9 } },
    });
    cache.writeFragment({
      id: cache.identify(ref),
      fragment: gql`
        fragment B on Problem {
          id
          health {
            openTasks
            overdueTasks
          }
        }
      `,
      data: { ...ref, health: { __typename: 'ProblemHealth', openTasks: 8, overdueTasks: 1 } },
    });

    expect(cache.extract()[cache.identify(ref) ?? '']?.health).toEqual({
      __typename: 'ProblemHealth',
      onTrack: 2,
      openTasks: 8,
      overdueTasks: 1,
    });
  });
});
