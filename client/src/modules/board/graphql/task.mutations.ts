import { graphql } from '@/generated';

export const MoveTaskMutationDocument = graphql(`
  mutation MoveTask($input: MoveTaskInput!) {
    moveTask(input: $input) {
      __typename
      id
      status
      rank
      version
      updatedAt
    }
  }
`);

export const CreateTaskMutationDocument = graphql(`
  mutation CreateTask($input: CreateTaskInput!) {
    createTask(input: $input) {
      ...BoardTask @unmask
      ...TaskPanel_task
    }
  }
`);

export const UpdateTaskMutationDocument = graphql(`
  mutation UpdateTask($input: UpdateTaskInput!) {
    updateTask(input: $input) {
      ...BoardTask @unmask
      ...TaskPanel_task
    }
  }
`);

export const DeleteTaskMutationDocument = graphql(`
  mutation DeleteTask($id: ID!, $version: Int!) {
    deleteTask(id: $id, version: $version)
  }
`);

/** One task, fresh from the server: the panel's form and a move that hit CONFLICT reload it. */
export const TaskQueryDocument = graphql(`
  query Task($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Task {
        ...BoardTask @unmask
        ...TaskPanel_task
      }
    }
  }
`);
