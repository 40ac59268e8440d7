import { graphql } from '@/generated';

/** The signed-in user, or null. The sign-in mutation selects the same fields. */
export const MeQueryDocument = graphql(`
  query Me {
    me {
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
