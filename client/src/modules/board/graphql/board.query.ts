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
 * Which cards each column's list holds, and its count: what a move, a new task or a deletion
 * rearranges in the cache (`updateBoardLists`). The same lists as the board's query reads (the
 * same arguments, held by board-columns.test.ts), without the cards' fields.
 */
export const BoardListsFragment = graphql(`
  fragment BoardLists on Problem {
    __typename
    todo: tasks(first: 10, filter: { status: [TODO] }) {
      ...BoardListIds @unmask
    }
    inProgress: tasks(first: 10, filter: { status: [IN_PROGRESS] }) {
      ...BoardListIds @unmask
    }
    blocked: tasks(first: 10, filter: { status: [BLOCKED] }) {
      ...BoardListIds @unmask
    }
    done: tasks(first: 10, filter: { status: [DONE] }) {
      ...BoardListIds @unmask
    }
  }
  fragment BoardListIds on TaskConnection {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
      }
    }
  }
`);

/**
 * The cards a column loads and shows at first (the `first:` of each column in `BoardTab`, held
 * equal by board-columns.test.ts): a laptop's screen of them and more. A board of hundreds of
 * tasks loads and draws in one short request (each card drawn costs React Aria's collection
 * work, about 12 ms of a laptop's CPU); a column's "Show more" loads the next ones, and a count
 * beside each heading says how many there are in all.
 */
export const FIRST_CARDS = 10;

/** How many more cards each "Show more" loads. */
export const MORE_CARDS = 25;

/**
 * The board: the problem, its team and outcomes for the panel, and the first cards
 * (`FIRST_CARDS`) of each column with its count, all four in one request.
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
      todo: tasks(first: 10, filter: { status: [TODO] }) {
        ...BoardColumnPage @unmask
      }
      inProgress: tasks(first: 10, filter: { status: [IN_PROGRESS] }) {
        ...BoardColumnPage @unmask
      }
      blocked: tasks(first: 10, filter: { status: [BLOCKED] }) {
        ...BoardColumnPage @unmask
      }
      done: tasks(first: 10, filter: { status: [DONE] }) {
        ...BoardColumnPage @unmask
      }
    }
  }
`);

/** The next cards of one column (100 at most per page), merged into `BoardTab`. */
export const BoardTasksPageQueryDocument = graphql(`
  query BoardTasksPage($key: String!, $status: TaskStatus!, $after: String!, $first: Int!) {
    problem(key: $key) {
      __typename
      id
      tasks(first: $first, after: $after, filter: { status: [$status] }) {
        ...BoardColumnPage @unmask
      }
    }
  }
`);

/** One task by its number, for a link (`?task=4`) to a card the board has not loaded. */
export const BoardTaskByNumberQueryDocument = graphql(`
  query BoardTaskByNumber($key: String!, $number: Int!) {
    problem(key: $key) {
      __typename
      id
      tasks(first: 1, filter: { numbers: [$number] }) {
        edges {
          node {
            ...BoardTask @unmask
          }
        }
      }
    }
  }
`);

/** Every task of the problem, by number and title: the panel's "blocked by" choices. */
export const TaskChoicesQueryDocument = graphql(`
  query TaskChoices($key: String!, $after: String) {
    problem(key: $key) {
      __typename
      id
      choices: tasks(first: 100, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            __typename
            id
            number
            title
          }
        }
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
