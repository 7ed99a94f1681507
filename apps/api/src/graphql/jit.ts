import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  type ExecutionResult,
  GraphQLError,
  type GraphQLSchema,
  type GraphQLTypeResolver,
  getVariableValues,
  isAbstractType,
  valueFromASTUntyped,
} from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import { getMetadataStorage } from 'type-graphql';
import { raceExecution } from './limits/timeout.js';

/** Compiled documents kept at once: the web app's few dozen, and room for notebooks' own. */
const MAX_COMPILED = 500;

/**
 * Executes queries and mutations with graphql-jit: each document is compiled once into a
 * function for its exact selection, which then runs without graphql-js's per-field
 * interpretation (argument coercion, type dispatch, a promise per field). Apollo still parses,
 * validates and runs every plugin hook; only `execute` is replaced. Apollo's one way to replace
 * it is a "gateway" executor, so this is a gateway serving our own schema. Subscriptions keep
 * graphql-js (graphql-ws runs them outside Apollo).
 *
 * The field resolvers are those of the schema as it is when the document is compiled, so the
 * deadline wrappers (limits/timeout.ts), installed when the server starts, are compiled in; the
 * execution as a whole is raced against the deadline here.
 */
export function jitGateway(schema: GraphQLSchema): GatewayInterface {
  synchronousTypeResolvers(schema);
  const compiled = new Map<string, CompiledQuery>();
  const executor: GatewayExecutor = async (request) => {
    // graphql-js's own coercion first, for its errors: they name the variable's definition, which
    // is how Apollo tells a bad variable (400 BAD_USER_INPUT) from a failure of ours.
    const variables = request.request.variables ?? {};
    const coerced = getVariableValues(schema, request.operation.variableDefinitions ?? [], variables);
    if (coerced.errors) return { errors: coerced.errors };
    // graphql-jit does not apply a variable's default value (`$all: Boolean! = false`): given here.
    const given: Record<string, unknown> = { ...variables };
    for (const definition of request.operation.variableDefinitions ?? []) {
      const name = definition.variable.name.value;
      if (given[name] === undefined && definition.defaultValue)
        given[name] = valueFromASTUntyped(definition.defaultValue);
    }
    const key = `${request.operationName ?? ''}\n${request.queryHash}`;
    let query = compiled.get(key);
    if (query) {
      // Most recently used last, so the first is the one to drop when full.
      compiled.delete(key);
    } else {
      const made = compileQuery(schema, request.document, request.operationName ?? undefined);
      if (!isCompiledQuery(made)) return made as ExecutionResult;
      query = made;
      if (compiled.size >= MAX_COMPILED) compiled.delete(compiled.keys().next().value as string);
    }
    compiled.set(key, query);
    // One race against the query's deadline for the whole execution (limits/timeout.ts).
    return withExtensions(
      (await raceExecution(request.context, query.query(undefined, request.context, given))) as ExecutionResult,
    );
  };
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    load: async () => ({ schema, executor }),
    stop: async () => {},
  };
}

/**
 * graphql-jit calls an interface's or a union's `resolveType` without awaiting it, and type-graphql
 * wraps each one we declare in an async function (so `Node`, `CaseDetails` and `DutyOwner` would
 * all resolve to a promise, and fail). Ours are synchronous: each abstract type gets it back,
 * answering a type name as graphql-js wants (a class, as type-graphql allows, becomes its name).
 */
function synchronousTypeResolvers(schema: GraphQLSchema): void {
  const storage = getMetadataStorage();
  const nameOf = new Map<unknown, string>(storage.objectTypes.map((o) => [o.target, o.name]));
  const declared = new Map<string, (...args: unknown[]) => unknown>();
  for (const t of [...storage.interfaceTypes, ...storage.unions])
    if (t.resolveType) declared.set(t.name, t.resolveType as (...args: unknown[]) => unknown);
  for (const type of Object.values(schema.getTypeMap())) {
    const resolve = isAbstractType(type) ? declared.get(type.name) : undefined;
    if (!isAbstractType(type) || !resolve) continue;
    const sync: GraphQLTypeResolver<unknown, unknown> = (value, context, info, abstract) => {
      const answer = resolve(value, context, info, abstract);
      return typeof answer === 'string' || answer == null || answer instanceof Promise
        ? (answer as string | undefined | Promise<string | undefined>)
        : nameOf.get(answer);
    };
    type.resolveType = sync;
  }
}

/**
 * The errors graphql-jit raises itself (a null in a non-null field, a type it cannot resolve)
 * carry no `extensions`, which Apollo's error formatting reads: made whole here, the same error
 * with its place in the document and the response.
 */
function withExtensions(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.some((e) => !e.extensions)) return result;
  const errors = result.errors.map((e) => {
    if (e.extensions) return e;
    const whole = new GraphQLError(e.message, { path: e.path, originalError: e.originalError ?? undefined });
    Object.assign(whole, { locations: e.locations });
    return whole;
  });
  return { ...result, errors };
}
