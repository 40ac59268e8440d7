import { graphql } from '@/generated';

export const SignOutMutationDocument = graphql(`
  mutation SignOut {
    signOut
  }
`);
