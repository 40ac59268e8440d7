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

  it('keeps every right of the viewer on a problem when a page asks for only one', () => {
    const cache = createCache();
    const ref = { __typename: 'Problem', id: 'UHJvYmxlbTox' };
    const layout = gql`
      fragment Layout on Problem {
        id
        viewerCan {
          edit
          contribute
        }
      }
    `;
    cache.writeFragment({
      id: cache.identify(ref),
      fragment: layout,
      data: {
        ...ref,
        viewerCan: { __typename: 'ProblemPermissions', edit: true, contribute: true },
      },
    });
    cache.writeFragment({
      id: cache.identify(ref),
      fragment: gql`
        fragment Board on Problem {
          id
          viewerCan {
            contribute
          }
        }
      `,
      data: { ...ref, viewerCan: { __typename: 'ProblemPermissions', contribute: true } },
    });

    expect(cache.readFragment({ id: cache.identify(ref), fragment: layout })).toMatchObject({
      viewerCan: { edit: true, contribute: true },
    });
  });
});
