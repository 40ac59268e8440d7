// The operations the benchmark sends, as a client of the product would send them.

/** The portfolio page: one portfolio's problems with their health, teams and outcomes. */
export const PORTFOLIO_QUERY = `query BenchPortfolio($id: ID!, $first: Int!) {
  node(id: $id) {
    ... on Portfolio {
      id
      name
      problems(first: $first) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges {
          node {
            id
            key
            title
            status
            visibility
            lead { id displayName }
            organizations { id name kind }
            health {
              onTrack atRisk offTrack noData achieved
              openTasks overdueTasks doneTasks crossSiloIndex alignment lastActivityAt
            }
            outcomes {
              id
              name
              unit
              latest { observedAt value }
              progress
              health
            }
          }
        }
      }
    }
  }
}`;

/**
 * The board of the problem with 500 tasks. `first` is capped at 100 by the API (API.md), so a
 * board this size is read in pages of 100: this is the first page, with the board's total.
 */
export const BOARD_QUERY = `query BenchBoard($key: String!, $first: Int!) {
  problem(key: $key) {
    id
    key
    title
    status
    version
    outcomes { id name }
    tasks(first: $first) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id
          number
          title
          status
          rank
          dueDate
          version
          assignee { id displayName }
          outcomes { id name }
        }
      }
    }
  }
}`;

/** "My tasks": the open tasks assigned to the signed-in user, across their problems. */
export const MY_TASKS_QUERY = `query BenchMyTasks($first: Int!) {
  myTasks(first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      node {
        id
        number
        title
        status
        dueDate
        problem { id key title }
      }
    }
  }
}`;

/**
 * What the benchmark sends, each with a check that the answer is what is meant to be measured
 * (a refused or partial answer is reported, never timed). `measure`: timed under load;
 * the other two are only counted (statements per request for first: 10 and first: 100).
 * @param {{ portfolioId: string, boardKey: string, boardTasks: number, myOpenTasks: number }} p
 */
export function benchOperations({ portfolioId, boardKey, boardTasks, myOpenTasks }) {
  const problemsPage = (first) => (data) => {
    const page = data?.node?.problems;
    const expected = Math.min(first, page?.totalCount ?? 0);
    return page && page.totalCount >= first && page.edges.length === expected
      ? null
      : `expected ${first} problems, got ${page?.edges.length} of ${page?.totalCount}`;
  };
  return [
    {
      name: 'portfolio',
      label: 'portfolio.problems(first: 50)',
      query: PORTFOLIO_QUERY,
      variables: { id: portfolioId, first: 50 },
      measure: true,
      check: problemsPage(50),
    },
    {
      name: 'board',
      label: `board: ${boardKey} (${boardTasks} tasks), tasks(first: 100)`,
      query: BOARD_QUERY,
      variables: { key: boardKey, first: 100 },
      measure: true,
      check: (data) => {
        const tasks = data?.problem?.tasks;
        return tasks?.totalCount === boardTasks && tasks.edges.length === 100
          ? null
          : `expected 100 of ${boardTasks} tasks, got ${tasks?.edges.length} of ${tasks?.totalCount}`;
      },
    },
    {
      name: 'myTasks',
      label: 'myTasks(first: 20)',
      query: MY_TASKS_QUERY,
      variables: { first: 20 },
      measure: true,
      check: (data) => {
        const tasks = data?.myTasks;
        return tasks?.totalCount === myOpenTasks && tasks.edges.length === 20
          ? null
          : `expected 20 of ${myOpenTasks} open tasks, got ${tasks?.edges.length} of ${tasks?.totalCount}`;
      },
    },
    {
      name: 'portfolio10',
      label: 'portfolio.problems(first: 10)',
      query: PORTFOLIO_QUERY,
      variables: { id: portfolioId, first: 10 },
      check: problemsPage(10),
    },
    {
      name: 'portfolio100',
      label: 'portfolio.problems(first: 100)',
      query: PORTFOLIO_QUERY,
      variables: { id: portfolioId, first: 100 },
      // Portfolio 01 has 100 problems, of which the bench user may see 85 (not RESTRICTED).
      check: (data) => {
        const page = data?.node?.problems;
        return page && page.totalCount > 50 && page.edges.length === Math.min(100, page.totalCount)
          ? null
          : `expected more than 50 problems, got ${page?.edges.length} of ${page?.totalCount}`;
      },
    },
  ];
}
