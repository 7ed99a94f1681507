/**
 * The API contract (packages/schema/schema.graphql) as test material: every connection a client
 * can list without arguments, and a query reading a page of it with each node's scalar fields and
 * argument-free object fields.
 */
import { readFileSync } from 'node:fs';
import {
  buildSchema,
  type GraphQLField,
  getNamedType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';

const CONTRACT = buildSchema(readFileSync(new URL('../../packages/schema/schema.graphql', import.meta.url), 'utf8'));

const takesNoRequiredArgs = (f: GraphQLField<unknown, unknown>) =>
  f.args.every((a) => !isNonNullType(a.type) || a.defaultValue !== undefined);

/** `{ scalars… objectField { __typename } … }` for a node type, and how many object fields it selects. */
function nodeSelection(typeName: string): { text: string; objects: number } {
  const type = CONTRACT.getType(typeName);
  if (!isObjectType(type)) throw new Error(`${typeName} is not an object type`);
  const parts: string[] = [];
  let objects = 0;
  for (const field of Object.values(type.getFields())) {
    if (!takesNoRequiredArgs(field) || field.args.length) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) parts.push(field.name);
    else if (isObjectType(named) && !named.name.endsWith('Connection')) {
      parts.push(`${field.name} { __typename }`);
      objects++;
    }
  }
  return { text: parts.join(' '), objects };
}

/** The root fields that answer a connection and need no arguments. */
export const CONNECTIONS = Object.values(CONTRACT.getQueryType()?.getFields() ?? {}).filter((f) => {
  const named = getNamedType(f.type);
  return isObjectType(named) && named.name.endsWith('Connection') && !isListType(f.type) && takesNoRequiredArgs(f);
});

/** `query($n: Int) { field(first: $n) { edges { node { … } } } }`, and how many object fields a node selects. */
export function connectionQuery(field: GraphQLField<unknown, unknown>): { query: string; objects: number } {
  const connection = getNamedType(field.type);
  if (!isObjectType(connection)) throw new Error('not an object');
  const edge = getNamedType(connection.getFields().edges?.type);
  const nodeField = isObjectType(edge) ? edge.getFields().node : undefined;
  if (!nodeField) throw new Error(`${connection.name} has no edges { node }`);
  const node = nodeSelection(getNamedType(nodeField.type).name);
  return {
    query: `query($n: Int) { ${field.name}(first: $n) { edges { node { ${node.text} } } } }`,
    objects: node.objects,
  };
}
