import type { CodegenConfig } from '@graphql-codegen/cli';
import * as possibleTypesPlugin from './tooling/possible-types.codegen-plugin.ts';

type PluginModule = Awaited<ReturnType<NonNullable<CodegenConfig['pluginLoader']>>>;

/** Our own codegen plugins, by the name used under `plugins` below. */
const LOCAL_PLUGINS: Partial<Record<string, PluginModule>> = {
  'commons-possible-types': possibleTypesPlugin,
};

// Types come from the committed schema only (ARCHITECTURE.md, "Schema contract"); run
// `npm run codegen -w client` after the server emits a new `server/schema.graphql`.
const config: CodegenConfig = {
  schema: '../server/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/generated/**/*', '!src/**/*.test.{ts,tsx}'],
  ignoreNoDocuments: false,
  generates: {
    'src/generated/': {
      preset: 'client',
      // Apollo Client masks fragment data at runtime (`dataMasking: true`); codegen emits the
      // matching masked types instead of its own `useFragment` helper.
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumType: 'string-literal',
        inlineFragmentTypes: 'mask',
        customDirectives: { apolloUnmask: true },
        scalars: {
          ID: { input: 'string', output: 'string' },
          Date: { input: 'string', output: 'string' },
          DateTime: { input: 'string', output: 'string' },
        },
        defaultScalarType: 'unknown',
      },
    },
    'src/generated/possible-types.ts': {
      plugins: ['commons-possible-types'],
    },
  },
  // Codegen tries several package names per plugin; ours answer to their bare name.
  pluginLoader: async (name: string) =>
    LOCAL_PLUGINS[name] ?? ((await import(name)) as PluginModule),
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default config;
