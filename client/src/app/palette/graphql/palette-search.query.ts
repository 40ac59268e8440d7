import { graphql } from '@/generated';

/** The palette's one request per pause in typing: problems, tasks and people that match. */
export const PaletteSearchQueryDocument = graphql(`
  query PaletteSearch($problemSearch: String!, $search: String!) {
    problems(filter: { search: $problemSearch }, first: 5) {
      edges {
        node {
          id
          key
          title
        }
      }
    }
    tasks(search: $search, first: 5) {
      id
      number
      title
      problem {
        id
        key
      }
    }
    users(search: $search, first: 5) {
      edges {
        node {
          id
          displayName
          title
          organization {
            id
            name
          }
        }
      }
    }
  }
`);

/** What the palette offers besides search: "New problem" only to those who may create one. */
export const PaletteViewerCanQueryDocument = graphql(`
  query PaletteViewerCan {
    viewerCan {
      createProblem
    }
  }
`);
