import { ErrorCode, type PermissionCode } from '@steward/schema';
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Config } from '../../config.js';
import type { Viewer } from '../../features/auth/viewer.js';

/** The permission that opens the schema in production: introspection and "Did you mean …" hints. */
export const DEVELOPER_PERMISSION: PermissionCode = 'developer.manage';

/**
 * Who may read the schema through the API (introspection, field suggestions in errors): everyone
 * in development and test (the tools need it; codegen reads the committed schema file, not the
 * server), and in production only staff holding `developer.manage` — through a session or a token.
 */
export function maySeeSchema(config: Config, viewer: Viewer | null): boolean {
  return config.nodeEnv !== 'production' || (viewer?.grants.has(DEVELOPER_PERMISSION) ?? false);
}

export function fragmentsOf(document: DocumentNode): Record<string, FragmentDefinitionNode> {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  return fragments;
}

/**
 * Whether the operation reads the schema: a `__schema` or `__type` field anywhere — by its field
 * name, whatever alias it hides behind, however deep in fragments or inline fragments (each
 * fragment is followed once). `__typename` is not introspection of the schema.
 */
export function readsSchema(
  operation: OperationDefinitionNode,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
): boolean {
  const followed = new Set<string>();
  const sets: SelectionSetNode[] = [operation.selectionSet];
  for (let set = sets.pop(); set; set = sets.pop()) {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name === '__schema' || name === '__type') return true;
        if (selection.selectionSet) sets.push(selection.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        sets.push(selection.selectionSet);
      } else if (!followed.has(selection.name.value)) {
        followed.add(selection.name.value);
        const fragment = fragments[selection.name.value];
        if (fragment) sets.push(fragment.selectionSet);
      }
    }
  }
  return false;
}

/** FORBIDDEN (HTTP 403): introspection in production without `developer.manage`. */
export function introspectionRefused(): GraphQLError {
  return new GraphQLError(
    `Introspection (__schema, __type) is off in production; it needs the ${DEVELOPER_PERMISSION} permission. The schema is published as schema.graphql.`,
    { extensions: { code: ErrorCode.FORBIDDEN, http: { status: 403 } } },
  );
}

const SUGGESTION = / ?Did you mean [^?]*\?/g;

/** An error message without graphql-js's "Did you mean …?" hints, which tell field names away. */
export function withoutSuggestions(message: string): string {
  return message.replace(SUGGESTION, '').trim();
}
