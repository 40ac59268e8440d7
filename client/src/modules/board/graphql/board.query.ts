import { graphql } from '@/generated';

/**
 * What the board itself reads of each task: where it sits (status, rank), what it is called in
 * messages, and what the ordering and the panel's "blocked by" choices need. The card's own
 * fields come from its fragment.
 */
export const BoardTaskFragment = graphql(`
  fragment BoardTask on Task {
    __typename
    id
    number
    title
    status
    rank
    version
    blocked
    blockedBy {
      id
    }
    ...TaskCard_task @unmask
  }
`);

/** The board: the problem, its team and outcomes for the panel, and the first page of tasks. */
export const BoardTabQueryDocument = graphql(`
  query BoardTab($key: String!) {
    problem(key: $key) {
      __typename
      id
      key
      title
      viewerCan {
        contribute
      }
      ...TaskPanel_problem
      tasks(first: 100) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...BoardTask @unmask
          }
        }
      }
    }
  }
`);

/** The next page of a board's tasks (100 at most per page), merged into `BoardTab`. */
export const BoardTasksPageQueryDocument = graphql(`
  query BoardTasksPage($key: String!, $after: String!) {
    problem(key: $key) {
      __typename
      id
      tasks(first: 100, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...BoardTask @unmask
          }
        }
      }
    }
  }
`);
