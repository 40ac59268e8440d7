import type { MockLink } from '@apollo/client/testing';
import type { GraphQLFormattedError } from 'graphql';
import type { TaskStatus } from '@/generated/graphql';
import {
  BoardTabQueryDocument,
  BoardTaskByNumberQueryDocument,
  BoardTasksPageQueryDocument,
  COLUMN_FIELD,
  FIRST_CARDS,
  MORE_CARDS,
  TaskChoicesQueryDocument,
} from '../graphql/board.query';
import { MoveTaskMutationDocument, TaskQueryDocument } from '../graphql/task.mutations';

export interface TestTask {
  id: string;
  number: number;
  title: string;
  status: TaskStatus;
  rank: string;
  version?: number;
}

/** A task as the API sends it for the board: every field of BoardTask and TaskCard_task. */
export function taskResponse(task: TestTask) {
  return {
    __typename: 'Task' as const,
    id: task.id,
    number: task.number,
    title: task.title,
    status: task.status,
    rank: task.rank,
    version: task.version ?? 1,
    blocked: false,
    blockedBy: [],
    dueDate: null,
    overdue: false,
    assignee: null,
    organization: null,
    outcomes: [],
  };
}

/**
 * A later page of one column: `after` in, `tasks` out, and whether more follow. `first` is what
 * "Show more" asks for; a move past the loaded cards asks for the rest (100).
 */
export function boardPageMock(
  status: TaskStatus,
  after: string,
  tasks: readonly TestTask[],
  {
    totalCount,
    endCursor = null,
    first = MORE_CARDS,
  }: { totalCount: number; endCursor?: string | null; first?: number },
): MockLink.MockedResponse {
  return {
    request: {
      query: BoardTasksPageQueryDocument,
      variables: { key: 'HOUS-12', status, after, first },
    },
    result: {
      data: {
        problem: {
          __typename: 'Problem',
          id: 'UHJvYmxlbTox',
          tasks: connection(tasks, totalCount, endCursor),
        },
      },
    },
  };
}

function connection(tasks: readonly TestTask[], totalCount: number, endCursor: string | null) {
  return {
    __typename: 'TaskConnection',
    totalCount,
    pageInfo: { __typename: 'PageInfo', hasNextPage: endCursor !== null, endCursor },
    edges: tasks.map((task) => ({ __typename: 'TaskEdge', node: taskResponse(task) })),
  };
}

/**
 * The board's first request: each column's first `FIRST_CARDS` tasks (given in rank order), and
 * for a longer column the cursor `<STATUS>:<FIRST_CARDS>` to the rest, as the server answers.
 */
export function boardMock(
  tasks: readonly TestTask[],
  { contribute = true }: { contribute?: boolean } = {},
): MockLink.MockedResponse {
  return {
    request: { query: BoardTabQueryDocument, variables: { key: 'HOUS-12' } },
    result: {
      data: {
        problem: {
          __typename: 'Problem',
          id: 'UHJvYmxlbTox',
          key: 'HOUS-12',
          title: 'Families in temporary accommodation',
          viewerCan: { __typename: 'ProblemPermissions', contribute },
          members: [],
          organizations: [],
          outcomes: [],
          ...Object.fromEntries(
            (Object.keys(COLUMN_FIELD) as TaskStatus[]).map((status) => {
              const column = tasks.filter((task) => task.status === status);
              const more = column.length > FIRST_CARDS;
              return [
                COLUMN_FIELD[status],
                connection(
                  column.slice(0, FIRST_CARDS),
                  column.length,
                  more ? `${status}:${String(FIRST_CARDS)}` : null,
                ),
              ];
            }),
          ),
        },
      },
    },
  };
}

export function moveMock(
  input: { id: string; status: TaskStatus; afterId: string | null; version: number },
  outcome: { rank: string } | { errors: GraphQLFormattedError[] },
): MockLink.MockedResponse {
  return {
    request: { query: MoveTaskMutationDocument, variables: { input } },
    delay: 1000,
    result:
      'rank' in outcome
        ? {
            data: {
              moveTask: {
                __typename: 'Task',
                id: input.id,
                status: input.status,
                rank: outcome.rank,
                version: input.version + 1,
                updatedAt: '2026-12-01T00:00:00.000Z',
              },
            },
          }
        : { errors: outcome.errors },
  };
}

/** The task as `Task(id)` reloads it (after a CONFLICT, or for the panel). */
export function taskMock(task: TestTask): MockLink.MockedResponse {
  return {
    request: { query: TaskQueryDocument, variables: { id: task.id } },
    result: { data: { node: { ...taskResponse(task), description: null } } },
  };
}

/** `?task=<number>` looked up when its card is not loaded; `task` null: no such task. */
export function taskByNumberMock(number: number, task: TestTask | null): MockLink.MockedResponse {
  return {
    request: { query: BoardTaskByNumberQueryDocument, variables: { key: 'HOUS-12', number } },
    result: {
      data: {
        problem: {
          __typename: 'Problem',
          id: 'UHJvYmxlbTox',
          tasks: {
            __typename: 'TaskConnection',
            edges: task ? [{ __typename: 'TaskEdge', node: taskResponse(task) }] : [],
          },
        },
      },
    },
  };
}

/** The panel's "blocked by" choices: every task of the problem, in one page. */
export function taskChoicesMock(tasks: readonly TestTask[]): MockLink.MockedResponse {
  return {
    request: { query: TaskChoicesQueryDocument, variables: { key: 'HOUS-12' } },
    result: {
      data: {
        problem: {
          __typename: 'Problem',
          id: 'UHJvYmxlbTox',
          choices: {
            __typename: 'TaskConnection',
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            edges: tasks.map((task) => ({
              __typename: 'TaskEdge',
              node: { __typename: 'Task', id: task.id, number: task.number, title: task.title },
            })),
          },
        },
      },
    },
  };
}
