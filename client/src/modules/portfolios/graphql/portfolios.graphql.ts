import { graphql } from '@/generated';

/** One portfolio in the list. */
export const PortfolioListItemFragment = graphql(`
  fragment PortfolioListItem_portfolio on Portfolio {
    id
    name
    description
    owner {
      id
      displayName
    }
    problems(first: 1) {
      totalCount
    }
  }
`);

/** The portfolios page: every portfolio, and whether the viewer may create one. */
export const PortfoliosPageQuery = graphql(`
  query PortfoliosPage {
    viewerCan {
      createPortfolio
    }
    portfolios {
      id
      ...PortfolioListItem_portfolio
    }
  }
`);

/** A problem as a row of the portfolio's table (and of its CSV export). */
export const PortfolioProblemFragment = graphql(`
  fragment PortfolioProblem_problem on Problem {
    id
    key
    title
    status
    organizations {
      id
      name
    }
    health {
      onTrack
      atRisk
      offTrack
      noData
      achieved
      openTasks
      overdueTasks
      crossSiloIndex
      alignment
      unlinkedOpenTasks
      unmovedOutcomes
      staleOutcomes
    }
    outcomes {
      id
      name
      unit
      direction
      baselineValue
      baselineDate
      targetValue
      targetDate
      health
      progress
      measurements {
        id
        observedAt
        value
      }
    }
  }
`);

/**
 * How many of a portfolio's problems one page shows: the query's estimated cost (problems ×
 * outcomes × measurements, with the `__typename`s Apollo adds) must stay under the server's
 * limit of 50,000 (QUERY_LIMITS.maxCost). Measured: 50 costs 28,865.
 */
export const PORTFOLIO_PAGE_SIZE = 50;

/** A portfolio's page: its problems side by side. */
export const PortfolioPageQuery = graphql(`
  query PortfolioPage($id: ID!, $first: Int!, $filter: ProblemFilter) {
    node(id: $id) {
      __typename
      id
      ... on Portfolio {
        name
        description
        version
        viewerCanEdit
        owner {
          id
          displayName
        }
        problems(first: $first, filter: $filter) {
          totalCount
          edges {
            node {
              id
              ...PortfolioProblem_problem
            }
          }
        }
      }
    }
  }
`);

export const CreatePortfolioMutation = graphql(`
  mutation CreatePortfolio($input: CreatePortfolioInput!) {
    createPortfolio(input: $input) {
      id
      ...PortfolioListItem_portfolio
    }
  }
`);

export const UpdatePortfolioMutation = graphql(`
  mutation UpdatePortfolio($input: UpdatePortfolioInput!, $first: Int!) {
    updatePortfolio(input: $input) {
      id
      name
      description
      version
      problems(first: $first) {
        totalCount
        edges {
          node {
            id
            ...PortfolioProblem_problem
          }
        }
      }
    }
  }
`);

/** The problems an editor may put in the portfolio, for the edit form. */
export const PortfolioProblemChoicesQuery = graphql(`
  query PortfolioProblemChoices {
    problems(first: 100) {
      edges {
        node {
          id
          key
          title
          portfolio {
            id
            name
          }
        }
      }
    }
  }
`);
