import { screen, waitFor } from '@testing-library/react';
import { ADA, meMock } from '@/test/graphql-mocks';
import { renderApp } from '@/test/render-app';
import { PeoplePageQueryDocument, PersonPageQueryDocument } from './graphql/people.query';

function peopleMock(search: string | null, people: { id: string; name: string }[]) {
  return {
    request: { query: PeoplePageQueryDocument, variables: { search, first: 30 } },
    result: {
      data: {
        users: {
          __typename: 'UserConnection',
          totalCount: people.length,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          edges: people.map((person) => ({
            __typename: 'UserEdge',
            node: {
              __typename: 'User',
              id: person.id,
              displayName: person.name,
              title: 'Caseworker',
              organization: {
                __typename: 'Organization',
                id: 'Org:1',
                name: 'Riverside Youth Trust',
              },
            },
          })),
        },
      },
    },
  };
}

describe('People', () => {
  it('searches the directory, keeping the search in the address', async () => {
    const { router, user } = renderApp({
      path: '/people',
      mocks: [
        meMock(ADA),
        peopleMock(null, [
          { id: 'User:1', name: 'Amira Haddad' },
          { id: 'User:2', name: 'Sara Lindqvist' },
        ]),
        peopleMock('sara', [{ id: 'User:2', name: 'Sara Lindqvist' }]),
      ],
    });
    await screen.findByRole('heading', { level: 1, name: 'People' });
    expect(await screen.findByRole('link', { name: 'Amira Haddad' })).toHaveAttribute(
      'href',
      '/people/User%3A1',
    );
    await user.type(screen.getByRole('searchbox', { name: 'Search people' }), 'sara{Enter}');
    await waitFor(() => {
      expect(router.state.location.search).toBe('?q=sara');
    });
    await screen.findByRole('heading', { level: 2, name: '1 person' });
    expect(screen.queryByRole('link', { name: 'Amira Haddad' })).not.toBeInTheDocument();
  });

  it('shows a person and the problems they are on, or "Page not found"', async () => {
    renderApp({
      path: '/people/User%3A9',
      mocks: [
        meMock(ADA),
        {
          request: { query: PersonPageQueryDocument, variables: { id: 'User:9' } },
          result: { data: { node: null } },
        },
      ],
    });
    await screen.findByRole('heading', { level: 1, name: 'Page not found' });
  });
});
