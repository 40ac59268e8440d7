import type { GraphQLCodegenDataMasking } from '@apollo/client/masking';

// Apollo Client masks fragment data at runtime; these overrides make its types follow the
// masked types that GraphQL Codegen emits (codegen.ts: `inlineFragmentTypes: 'mask'`).
declare module '@apollo/client' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- augmentation, by design
  export interface TypeOverrides extends GraphQLCodegenDataMasking.TypeOverrides {}
}
