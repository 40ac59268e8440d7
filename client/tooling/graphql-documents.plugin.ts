import { createRequire } from 'node:module';
import {
  Kind,
  parse,
  type DefinitionNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';
import type { Plugin } from 'vite';

/**
 * Replaces each `graphql(`…`)` call with a direct import of its document from
 * `src/generated/graphql.ts`, as GraphQL Codegen's Babel optimizer does for the client preset.
 *
 * Without it, every `graphql()` call goes through the generated `gql.ts`, a map of all the
 * app's documents: the first route that imports it would carry every page's queries. With it,
 * each document travels with the code that uses it, and `gql.ts` drops out of the bundle.
 * (The Babel plugin itself needs Babel, which this Vite build does not run.) Tests (Jest) use
 * the map as it is; both give the same documents.
 */
export function graphqlDocuments({ generatedModule }: { generatedModule: string }): Plugin {
  let documentName: ((definition: DefinitionNode) => string | undefined) | undefined;

  return {
    name: 'commons:graphql-documents',
    buildStart() {
      documentName = createDocumentNamer();
    },
    transform: {
      filter: { id: { include: /\/src\/.*\.[cm]?[jt]sx?$/, exclude: /\/src\/generated\// } },
      handler(code) {
        if (!code.includes('graphql(') || !documentName) return null;
        const name = documentName;
        const imports = new Set<string>();
        const transformed = code.replace(GRAPHQL_CALL, (call: string, source: string) => {
          const definition = parseFirstDefinition(source);
          const exportName = definition && name(definition);
          if (!exportName) return call;
          imports.add(exportName);
          // Keep the line count so the previous source map stays right below this line.
          return exportName + '\n'.repeat(call.split('\n').length - 1);
        });
        if (imports.size === 0) return null;
        const importLine = `import { ${[...imports].join(', ')} } from ${JSON.stringify(generatedModule)};`;
        return { code: importLine + transformed, map: null };
      },
    },
  };
}

/** `graphql(` + a template literal without `${…}` (the client preset forbids them) + `)`. */
const GRAPHQL_CALL = /\bgraphql\(\s*`((?:[^`$]|\$(?!\{))*)`\s*,?\s*\)/g;

interface DocumentNamer {
  getOperationVariableName(node: OperationDefinitionNode): string;
  getFragmentVariableName(node: FragmentDefinitionNode): string;
}

type GraphQLModule = typeof import('graphql');

/**
 * Names documents exactly as codegen does, with codegen's own visitor (resolved through the
 * client preset, whose dependency it is) and default naming convention.
 */
function createDocumentNamer(): (definition: DefinitionNode) => string | undefined {
  const requireHere = createRequire(import.meta.url);
  const requireFromPreset = createRequire(requireHere.resolve('@graphql-codegen/client-preset'));
  const { ClientSideBaseVisitor } = requireFromPreset('@graphql-codegen/visitor-plugin-common') as {
    ClientSideBaseVisitor: new (...args: unknown[]) => DocumentNamer;
  };
  const { buildSchema } = requireFromPreset('graphql') as GraphQLModule;
  const visitor = new ClientSideBaseVisitor(buildSchema('type Query { _: Int }'), [], {}, {});
  return (definition) => {
    if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) {
      return visitor.getOperationVariableName(definition);
    }
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      return visitor.getFragmentVariableName(definition);
    return undefined;
  };
}

function parseFirstDefinition(source: string): DefinitionNode | undefined {
  return parse(source, { noLocation: true }).definitions[0];
}
