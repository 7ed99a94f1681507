import { ErrorCode, isPermissionCode, type PermissionCode } from '@steward/schema';
import { defaultFieldResolver, GraphQLError, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import type { AuthCheckerInterface, MiddlewareFn, ResolverData } from 'type-graphql';
import type { Context } from '../../graphql/context.js';

/** Root fields anyone may call: signing in, and asking who you are (null when nobody). */
export const PUBLIC_ROOT_FIELDS: ReadonlySet<string> = new Set(['login', 'viewer']);

export const unauthenticated = () =>
  new GraphQLError('You need to sign in.', { extensions: { code: ErrorCode.UNAUTHENTICATED } });
export const forbidden = () =>
  new GraphQLError('You are not allowed to do this.', { extensions: { code: ErrorCode.FORBIDDEN } });
export const passwordChangeRequired = () =>
  new GraphQLError('Change the first password you were given before anything else.', {
    extensions: { code: ErrorCode.PASSWORD_CHANGE_REQUIRED },
  });

/** The queries a `board`-scope token may make besides subscribing: the board's own snapshot. */
const BOARD_TOKEN_QUERIES: ReadonlySet<string> = new Set(['board']);

/** What a member of staff may still do while the first password the Office gave them is unchanged. */
const BEFORE_PASSWORD_CHANGE: ReadonlySet<string> = new Set(['viewer', 'changePassword', 'logout', 'setMyLocale']);

/**
 * Deny by default: every root field needs a signed-in viewer unless it is public, whether or not
 * its resolver remembered `@Authorized`. API tokens are narrower than their owners: `read` may
 * only query, `board` may only subscribe and read the board's snapshot (`board`).
 */
export function checkRootAccess(context: Context, info: GraphQLResolveInfo): void {
  const root = info.parentType.name;
  if (root !== 'Query' && root !== 'Mutation' && root !== 'Subscription') return;
  const viewer = context.viewer;
  if (!viewer) {
    if (!PUBLIC_ROOT_FIELDS.has(info.fieldName)) throw unauthenticated();
  } else if (viewer.staff.mustChangePassword && !BEFORE_PASSWORD_CHANGE.has(info.fieldName)) {
    // The Office knows the first password: until it is replaced, the account is not yet theirs.
    throw passwordChangeRequired();
  } else if (viewer.via === 'token') {
    // Public fields too: "public" spares the anonymous a sign-in, it does not widen a token.
    const operation = info.operation.operation;
    const allowed =
      (operation === 'query' && viewer.tokenScopes.includes('read')) ||
      (operation === 'query' && viewer.tokenScopes.includes('board') && BOARD_TOKEN_QUERIES.has(info.fieldName)) ||
      (operation === 'subscription' && viewer.tokenScopes.includes('board'));
    if (!allowed) throw forbidden();
  }
}

/** `checkRootAccess` as a type-graphql middleware (subscriptions call it as they subscribe). */
export const requireViewer: MiddlewareFn<Context> = async ({ context, info }, next) => {
  checkRootAccess(context, info);
  return next();
};

/**
 * Puts `checkRootAccess` in front of every root field of the schema. Not a type-graphql global
 * middleware: that wraps EVERY field of every row in an async call (a 100-row page has thousands),
 * while the rule only ever concerns root fields.
 */
export function guardRootFields(schema: GraphQLSchema): GraphQLSchema {
  for (const type of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: Context, info) => {
        checkRootAccess(context, info);
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}

/** `@Authorized('staff.read', …)`: the viewer's position must grant at least one of them. */
export class PermissionAuthChecker implements AuthCheckerInterface<Context> {
  check({ context }: ResolverData<Context>, permissions: string[]): boolean {
    const viewer = context.viewer;
    if (!viewer) throw unauthenticated();
    if (permissions.length === 0) return true;
    const unknown = permissions.filter((p) => !isPermissionCode(p));
    if (unknown.length) throw new Error(`@Authorized names unknown permissions: ${unknown.join(', ')}`);
    if (permissions.some((p) => viewer.grants.has(p as PermissionCode))) return true;
    throw forbidden();
  }
}
