import { graphql } from '@/generated';

/** The Problems list: one page of problems, and the choices its filters offer. */
export const ProblemsPageQueryDocument = graphql(`
  query ProblemsPage(
    $filter: ProblemFilter
    $first: Int!
    $after: String
    $orderBy: ProblemOrder!
  ) {
    problems(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          __typename
          id
          ...ProblemRow_problem
        }
      }
    }
  }
`);

/** The filters' choices: portfolios and organisations (loaded once, beside the list). */
export const ProblemFilterOptionsQueryDocument = graphql(`
  query ProblemFilterOptions {
    viewerCan {
      createProblem
      viewPortfolios
    }
    portfolios {
      id
      name
    }
    organizations(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
