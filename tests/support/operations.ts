import {
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';

/**
 * Operations made from the schema itself, so that tests which must cover "every root field" cover
 * the fields that exist today and every one added tomorrow, without a hand-kept list.
 */

export type RootKind = 'query' | 'mutation' | 'subscription';

export interface RootField {
  kind: RootKind;
  name: string;
  field: GraphQLField<unknown, unknown>;
}

function fieldsOf(schema: GraphQLSchema, kind: RootKind): RootField[] {
  const type = {
    query: schema.getQueryType(),
    mutation: schema.getMutationType(),
    subscription: schema.getSubscriptionType(),
  }[kind];
  return Object.values(type?.getFields() ?? {}).map((field) => ({ kind, name: field.name, field }));
}

/**
 * Every query and mutation field: what one HTTP request can call. Subscriptions need a socket and
 * a published event, so they come separately, from `subscriptionFields`.
 */
export function rootFields(schema: GraphQLSchema): RootField[] {
  return [...fieldsOf(schema, 'query'), ...fieldsOf(schema, 'mutation')];
}

/** Every subscription field, for tests that speak graphql-ws. */
export function subscriptionFields(schema: GraphQLSchema): RootField[] {
  return fieldsOf(schema, 'subscription');
}

/** A well-formed value of an input type: the first enum value, `x` for strings, a date a day away. */
export function sampleValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType);
  if (isListType(type)) return [sampleValue(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined) value[field.name] = sampleValue(field.type);
    }
    return value;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
      case 'Float':
        return 1;
      case 'Boolean':
        return false;
      case 'DateTimeISO':
        return new Date(Date.now() + 86_400_000).toISOString();
      case 'JSON':
        return {};
      default:
        // String, ID and anything else string-like: names nothing that exists.
        return 'x';
    }
  }
  throw new Error(`no sample value for ${String(type)}`);
}

export interface Operation {
  query: string;
  variables: Record<string, unknown>;
}

/**
 * The smallest operation that calls one root field: every required argument as a variable with a
 * sample value (or the one given in `args`), and `__typename` as the selection when the field
 * returns an object (with `userErrors { code field }` when it is a payload that has them).
 */
export function minimalOperation(root: RootField, args: Record<string, unknown> = {}): Operation {
  const defs: string[] = [];
  const uses: string[] = [];
  const variables: Record<string, unknown> = {};
  for (const arg of root.field.args) {
    const given = Object.hasOwn(args, arg.name);
    if (!given && !(isNonNullType(arg.type) && arg.defaultValue === undefined)) continue;
    defs.push(`$${arg.name}: ${String(arg.type)}`);
    uses.push(`${arg.name}: $${arg.name}`);
    variables[arg.name] = given ? args[arg.name] : sampleValue(arg.type);
  }
  const named = getNamedType(root.field.type);
  const userErrors = isObjectType(named) && named.getFields().userErrors ? ' userErrors { code field }' : '';
  const selection = isLeafType(named) ? '' : ` { __typename${userErrors} }`;
  const name = `${{ query: 'Q', mutation: 'M', subscription: 'S' }[root.kind]}_${root.name}`;
  const query = `${root.kind} ${name}${defs.length ? `(${defs.join(', ')})` : ''} { ${root.name}${
    uses.length ? `(${uses.join(', ')})` : ''
  }${selection} }`;
  return { query, variables };
}

export interface GraphQLErrorShape {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string[] };
}

export interface RawResult {
  status: number;
  data: Record<string, unknown> | null | undefined;
  errors: GraphQLErrorShape[] | undefined;
  headers: Headers;
}

/** Runs a hand-made operation through any client (anonymous, cookie or token). */
export async function run(
  client: {
    post(body: string, headers?: Record<string, string>): Promise<{ status: number; json: unknown; headers: Headers }>;
  },
  op: Operation,
  headers?: Record<string, string>,
): Promise<RawResult> {
  const res = await client.post(JSON.stringify(op), headers);
  const json = (res.json ?? {}) as { data?: Record<string, unknown> | null; errors?: GraphQLErrorShape[] };
  return { status: res.status, data: json.data, errors: json.errors, headers: res.headers };
}

/** The `extensions.code` of each error, for short assertions. */
export const codes = (result: { errors?: readonly GraphQLErrorShape[] | undefined }) =>
  (result.errors ?? []).map((e) => e.extensions?.code);
