import { graphql } from '@/generated';

/**
 * My work: the figures I must record next, my open tasks, the problems I am on, and what
 * happened on them lately.
 */
export const MyWorkQueryDocument = graphql(`
  query MyWork {
    myDueOutcomes {
      __typename
      id
      ...MyDueOutcomeItem_outcome
    }
    myTasks(first: 100) {
      totalCount
      edges {
        node {
          __typename
          id
          dueDate
          overdue
          ...MyTaskItem_task
        }
      }
    }
    problems(filter: { mine: true }, first: 50) {
      totalCount
      edges {
        node {
          __typename
          id
          ...ProblemRow_problem
        }
      }
    }
    recentActivity(first: 10) {
      edges {
        node {
          id
          summary
          createdAt
          problem {
            id
            key
          }
        }
      }
    }
  }
`);
