import type { CodegenConfig } from '@graphql-codegen/cli';
import { type DocumentNode, Kind, type SelectionSetNode, visit } from 'graphql';

/**
 * Typed documents from the committed contract: every `graphql(...)` call in the web app and the
 * tests gets its result and variable types. Output is committed and drift-checked.
 */
/**
 * `__typename` in every selection but the operation's own (as graphcache adds it to what it sends):
 * a persisted document is sent by id, so the text the server holds must already have it.
 */
const addTypenames = {
  transform: <F extends { document?: DocumentNode }>({ documents }: { documents: F[] }) =>
    documents.map((file) => ({
      ...file,
      document:
        file.document &&
        visit(file.document, {
          SelectionSet(node: SelectionSetNode, _key, parent) {
            const root =
              parent && !Array.isArray(parent) && (parent as { kind?: string }).kind === Kind.OPERATION_DEFINITION;
            if (root || node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename'))
              return undefined;
            return {
              ...node,
              selections: [{ kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }, ...node.selections],
            };
          },
        }),
    })),
};

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
    // The web app's documents also get their SHA-256 (`__meta__.hash`) and a manifest,
    // persisted-documents.json: the app sends only the hash, the server runs only what is in it
    // (`pnpm codegen` copies the manifest into packages/schema for the API).
    'apps/web/src/gql/': {
      ...clientPreset,
      presetConfig: {
        ...clientPreset.presetConfig,
        persistedDocuments: { mode: 'embedHashInDocument', hashAlgorithm: 'sha256' },
      },
      documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**'],
      documentTransforms: [addTypenames],
    },
    // Graphcache needs the schema's abstract types (Node, DutyOwner) to match fragments exactly.
    'apps/web/src/gql/introspection.ts': {
      plugins: ['urql-introspection'],
      config: { module: 'es2015', useTypeImports: true, includeScalars: false },
    },
    'tests/gql/': { ...clientPreset, documents: ['tests/{api,e2e,support}/**/*.ts'] },
  },
};

export default config;
