import { graphql } from '@/generated';

export const CreateProblemMutationDocument = graphql(`
  mutation CreateProblem($input: CreateProblemInput!) {
    createProblem(input: $input) {
      __typename
      id
      key
      title
      ...ProblemRow_problem
    }
  }
`);

/** What the New problem page needs besides the form: may I, and which portfolios. */
export const NewProblemPageQueryDocument = graphql(`
  query NewProblemPage {
    viewerCan {
      createProblem
    }
    portfolios {
      id
      name
    }
  }
`);
