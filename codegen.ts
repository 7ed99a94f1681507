import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents from the committed contract: every `graphql(...)` call in the web app and the
 * tests gets its result and variable types. Output is committed and drift-checked.
 */
const clientPreset = {
  preset: 'client',
  presetConfig: { fragmentMasking: false },
  config: { enumsAsTypes: true, useTypeImports: true, scalars: { ID: 'string' } },
} as const;

const config: CodegenConfig = {
  schema: 'packages/schema/schema.graphql',
  emitLegacyCommonJSImports: false,
  ignoreNoDocuments: true,
  generates: {
    'apps/web/src/gql/': { ...clientPreset, documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**'] },
    // Graphcache needs the schema's abstract types (Node, DutyOwner) to match fragments exactly.
    'apps/web/src/gql/introspection.ts': {
      plugins: ['urql-introspection'],
      config: { module: 'es2015', useTypeImports: true, includeScalars: false },
    },
    'tests/gql/': { ...clientPreset, documents: ['tests/{api,e2e,support}/**/*.ts'] },
  },
};

export default config;
