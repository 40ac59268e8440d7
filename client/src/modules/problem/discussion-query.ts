import { graphql } from '@/generated';

/** How many comments a page of the discussion holds (the API's maximum). */
export const DISCUSSION_PAGE_SIZE = 100;

export const ProblemDiscussionQueryDocument = graphql(`
  query ProblemDiscussion($subjectId: ID!, $first: Int!, $after: String) {
    comments(subjectId: $subjectId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          ...DiscussionComment_comment
        }
      }
    }
  }
`);
