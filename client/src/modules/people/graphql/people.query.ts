import { graphql } from '@/generated';

export const PeoplePageQueryDocument = graphql(`
  query PeoplePage($search: String, $first: Int!, $after: String) {
    users(search: $search, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          displayName
          title
          organization {
            id
            name
          }
        }
      }
    }
  }
`);

/** One person, and the teams they are on as far as the viewer may see. */
export const PersonPageQueryDocument = graphql(`
  query PersonPage($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on User {
        displayName
        email
        title
        role
        organization {
          id
          name
          kind
        }
        memberships {
          id
          role
          allocationPercent
          problem {
            __typename
            id
            ...ProblemRow_problem
          }
        }
      }
    }
  }
`);
