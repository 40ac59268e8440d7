import type { TaskStatus } from '@/generated/graphql';
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

/** A page of one column's tasks. */
export const BoardColumnPageFragment = graphql(`
  fragment BoardColumnPage on TaskConnection {
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
`);

/**
 * The board: the problem, its team and outcomes for the panel, and the first page (100 tasks,
 * the API's maximum) of each column, all four in one request. A column with more loads its
 * next pages with `BoardTasksPage`, the columns side by side: a 500-task board arrives in two
 * round trips instead of five one after the other.
 */
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
      todo: tasks(first: 100, filter: { status: [TODO] }) {
        ...BoardColumnPage @unmask
      }
      inProgress: tasks(first: 100, filter: { status: [IN_PROGRESS] }) {
        ...BoardColumnPage @unmask
      }
      blocked: tasks(first: 100, filter: { status: [BLOCKED] }) {
        ...BoardColumnPage @unmask
      }
      done: tasks(first: 100, filter: { status: [DONE] }) {
        ...BoardColumnPage @unmask
      }
    }
  }
`);

/** The next page of one column's tasks (100 at most per page), merged into `BoardTab`. */
export const BoardTasksPageQueryDocument = graphql(`
  query BoardTasksPage($key: String!, $status: TaskStatus!, $after: String!) {
    problem(key: $key) {
      __typename
      id
      tasks(first: 100, after: $after, filter: { status: [$status] }) {
        ...BoardColumnPage @unmask
      }
    }
  }
`);

/** The alias under which `BoardTab` reads each column's tasks. */
export const COLUMN_FIELD = {
  TODO: 'todo',
  IN_PROGRESS: 'inProgress',
  BLOCKED: 'blocked',
  DONE: 'done',
} as const satisfies Record<TaskStatus, string>;
