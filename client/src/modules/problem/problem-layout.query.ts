import { graphql } from '@/generated';

/**
 * The problem page's frame: its h1, summary and the viewer's rights. On its own so that the
 * route can start it while the page's code loads (routing/preload.ts).
 */
export const ProblemLayoutQuery = graphql(`
  query ProblemLayout($key: String!) {
    problem(key: $key) {
      id
      key
      title
      viewerRole
      viewerCan {
        edit
        contribute
        comment
      }
      ...ProblemSummary_problem
    }
  }
`);
