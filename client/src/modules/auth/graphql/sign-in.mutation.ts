import { graphql } from '@/generated';

/** Selects what `Me` selects, so the result can be written to the cache as the current user. */
export const SignInMutationDocument = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      id
      email
      displayName
      title
      role
      organization {
        id
        name
        kind
      }
    }
  }
`);
