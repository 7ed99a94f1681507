import { Arg, Args, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { loadOne } from '../../graphql/batch.js';
import { Connection, type ConnectionShape } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { registerNodeType } from '../../graphql/node.js';
import { UserError } from '../../graphql/user-error.js';
import { DataScopeEnum, GrantType } from '../permissions/permission.types.js';
import { Staff } from '../staff/staff.entity.js';
import { PageArgsType } from '../staff/staff.resolver.js';
import { StaffService } from '../staff/staff.service.js';
import { ApiToken } from './api-token.entity.js';
import {
  ApiTokenFilter,
  ChangePasswordInput,
  CreateApiTokenInput,
  LoginInput,
  RevokeApiTokenInput,
  SetMyLocaleInput,
} from './auth.inputs.js';
import { AuthService } from './auth.service.js';
import type { Viewer } from './viewer.js';

export const ApiTokenConnection = Connection(ApiToken, 'ApiToken');

registerNodeType({
  typename: 'ApiToken',
  entity: ApiToken,
  keyOf: (t) => t.id,
  load: async (ctx, keys) => {
    const viewer = ctx.viewer;
    if (!viewer) return [];
    const mine = viewer.grants.has('api_token.manage') ? {} : { owner: viewer.staff.id };
    return ctx.em.find(ApiToken, { $and: [{ id: { $in: [...keys] } }, mine] });
  },
});

@ObjectType('Viewer', { description: 'You: the signed-in member of staff and what you may do.' })
export class ViewerType {
  @Field(() => Staff, { description: 'Your staff record.' })
  staff: Staff;

  @Field(() => [GrantType], { description: 'Your effective permissions (from your position) and their reach.' })
  permissions: GrantType[];

  @Field(() => String, { description: '`SESSION` (a browser) or `TOKEN` (an API token).' })
  authenticatedBy: string;

  @Field(() => Boolean, { description: 'True until you replace the first password the Office gave you.' })
  mustChangePassword: boolean;
}

export function toViewerType(viewer: Viewer): ViewerType {
  return {
    staff: viewer.staff,
    permissions: [...viewer.grants].map(([permission, scope]) => ({ permission, scope: scope as DataScopeEnum })),
    authenticatedBy: viewer.via === 'session' ? 'SESSION' : 'TOKEN',
    mustChangePassword: viewer.staff.mustChangePassword,
  };
}

@ObjectType('ViewerPayload', { description: 'The result of a change to your own account.' })
class ViewerPayload {
  @Field(() => ViewerType, { nullable: true, description: 'You, after the change; null when refused.' })
  viewer: ViewerType | null;

  @Field(() => [UserError], { description: 'Why it was refused; empty on success.' })
  userErrors: UserError[];
}

@ObjectType('LogoutPayload', { description: 'The result of signing out.' })
class LogoutPayload {
  @Field(() => Boolean, { description: 'True once the session is revoked.' })
  signedOut: boolean;

  @Field(() => [UserError], { description: 'Always empty; here for the payload convention.' })
  userErrors: UserError[];
}

@ObjectType('CreateApiTokenPayload', { description: 'A new API token and its secret.' })
class CreateApiTokenPayload {
  @Field(() => ApiToken, { nullable: true, description: 'The token; null when refused.' })
  token: ApiToken | null;

  @Field(() => String, {
    nullable: true,
    description: 'The secret, shown this once only: send it as `Authorization: Bearer <secret>`.',
  })
  secret: string | null;

  @Field(() => [UserError], { description: 'Why it was refused; empty on success.' })
  userErrors: UserError[];
}

@ObjectType('ApiTokenPayload', { description: 'The result of a change to an API token.' })
class ApiTokenPayload {
  @Field(() => ApiToken, { nullable: true, description: 'The token; null when refused.' })
  token: ApiToken | null;

  @Field(() => [UserError], { description: 'Why it was refused; empty on success.' })
  userErrors: UserError[];
}

const viewerPayload = (o: { result: Viewer | null; userErrors: UserError[] }): ViewerPayload => ({
  viewer: o.result ? toViewerType(o.result) : null,
  userErrors: o.userErrors,
});

@Resolver()
export class AuthResolver {
  @Query(() => ViewerType, { nullable: true, description: 'You, when signed in; null otherwise.' })
  viewer(@Ctx() ctx: Context): ViewerType | null {
    return ctx.viewer ? toViewerType(ctx.viewer) : null;
  }

  @Mutation(() => ViewerPayload, {
    description:
      'Sign in. Sets the session cookie. Unknown user and wrong password get the same answer; repeated failures lock the account name and the address for a while.',
  })
  async login(@Arg('input', () => LoginInput) input: LoginInput, @Ctx() ctx: Context): Promise<ViewerPayload> {
    return viewerPayload(await new AuthService(ctx).login(input));
  }

  @Mutation(() => LogoutPayload, { description: 'Sign out: revokes this session and clears its cookie.' })
  async logout(@Ctx() ctx: Context): Promise<LogoutPayload> {
    const o = await new AuthService(ctx).logout();
    return { signedOut: o.result === true, userErrors: o.userErrors };
  }

  @Mutation(() => ViewerPayload, { description: 'Change your password (signs out your other sessions).' })
  async changePassword(
    @Arg('input', () => ChangePasswordInput) input: ChangePasswordInput,
    @Ctx() ctx: Context,
  ): Promise<ViewerPayload> {
    return viewerPayload(await new AuthService(ctx).changePassword(input));
  }

  @Mutation(() => ViewerPayload, { description: 'Set your preferred language.' })
  async setMyLocale(
    @Arg('input', () => SetMyLocaleInput) input: SetMyLocaleInput,
    @Ctx() ctx: Context,
  ): Promise<ViewerPayload> {
    return viewerPayload(await new AuthService(ctx).setLocale(input.locale));
  }

  @Query(() => ApiTokenConnection, {
    description: 'Your API tokens, newest first; with `all: true`, everyone’s (needs `api_token.manage`).',
  })
  apiTokens(
    @Arg('all', () => Boolean, { defaultValue: false }) all: boolean,
    @Arg('filter', () => ApiTokenFilter, { nullable: true }) filter: ApiTokenFilter | null,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<ApiToken>> {
    return new AuthService(ctx).tokens(all, filter, page);
  }

  @Mutation(() => CreateApiTokenPayload, {
    description: 'Create an API token for yourself; its secret is returned once.',
  })
  async createApiToken(
    @Arg('input', () => CreateApiTokenInput) input: CreateApiTokenInput,
    @Ctx() ctx: Context,
  ): Promise<CreateApiTokenPayload> {
    const o = await new AuthService(ctx).createToken(input);
    return { token: o.result?.token ?? null, secret: o.result?.secret ?? null, userErrors: o.userErrors };
  }

  @Mutation(() => ApiTokenPayload, { description: 'Revoke one of your tokens (or anyone’s, with `api_token.manage`).' })
  async revokeApiToken(
    @Arg('input', () => RevokeApiTokenInput) input: RevokeApiTokenInput,
    @Ctx() ctx: Context,
  ): Promise<ApiTokenPayload> {
    const o = await new AuthService(ctx).revokeToken(input.tokenId);
    return { token: o.result, userErrors: o.userErrors };
  }
}

@Resolver(() => ApiToken)
export class ApiTokenResolver {
  @FieldResolver(() => Staff, { nullable: true, description: 'Whose it is (null if you may not see them).' })
  async owner(@Root() t: ApiToken, @Ctx() ctx: Context): Promise<Staff | null> {
    return loadOne(ctx, 'Staff', (ids) => new StaffService(ctx).byIds(ids), t.owner.unwrap().id);
  }

  @FieldResolver(() => Boolean, { description: 'True while it works: not revoked and not expired.' })
  active(@Root() t: ApiToken): boolean {
    return !t.revokedAt && t.expiresAt > new Date();
  }
}

export const authResolvers = [AuthResolver, ApiTokenResolver] as const;
