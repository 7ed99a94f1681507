import type { RootKind } from './operations.js';

/**
 * The permissions each root field demands, read from type-graphql's own metadata: what
 * `@Authorized(...)` recorded on each resolver method (and on its class), the very data the
 * server's auth checker is given. A field without `@Authorized` is open to any signed-in viewer.
 *
 * The storage is type-graphql's process-wide one (`getMetadataStorage()` returns
 * `globalThis.TypeGraphQLMetadataStorage`); it is read through the global because the tests
 * package does not depend on type-graphql itself. It is filled when the API's resolvers are
 * imported, which `startTestSteward` does, so call this after starting a server.
 */
interface ResolverEntry {
  target: object;
  methodName: string;
  schemaName: string;
}
interface AuthorizedEntry {
  target: object;
  fieldName: string;
  roles: unknown[];
}
interface MetadataStorage {
  queries: ResolverEntry[];
  mutations: ResolverEntry[];
  subscriptions: ResolverEntry[];
  authorizedFields: AuthorizedEntry[];
  authorizedResolver: Omit<AuthorizedEntry, 'fieldName'>[];
}

function storage(): MetadataStorage {
  const found = (globalThis as { TypeGraphQLMetadataStorage?: MetadataStorage }).TypeGraphQLMetadataStorage;
  if (!found?.queries.length) throw new Error('type-graphql metadata is empty: start a server (import the API) first');
  return found;
}

export interface Requirement {
  /** `@Authorized` is present (with or without permissions). */
  authorized: boolean;
  /** Any one of these grants the field; empty means any signed-in viewer. */
  permissions: string[];
}

/** `query.staffMembers` → { authorized: true, permissions: ['staff.read'] }, for every root field (subscriptions too). */
export function requiredPermissions(): Map<`${RootKind}.${string}`, Requirement> {
  const meta = storage();
  const result = new Map<`${RootKind}.${string}`, Requirement>();
  const add = (kind: RootKind, entries: ResolverEntry[]) => {
    for (const entry of entries) {
      // As type-graphql decides: the method's own `@Authorized`, else its resolver class's.
      const found =
        meta.authorizedFields.find((a) => a.target === entry.target && a.fieldName === entry.methodName) ??
        meta.authorizedResolver.find((a) => a.target === entry.target);
      result.set(`${kind}.${entry.schemaName}`, {
        authorized: found !== undefined,
        permissions: found ? found.roles.map(String) : [],
      });
    }
  };
  add('query', meta.queries);
  add('mutation', meta.mutations);
  add('subscription', meta.subscriptions);
  return result;
}
