import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { UserError } from '../../graphql/user-error.js';
import { SetPositionGrantInput } from './permission.inputs.js';
import { PermissionService } from './permission.service.js';
import { PermissionResourceType, PositionPermissionsType } from './permission.types.js';

@ObjectType('PositionPermissionsPayload', { description: 'The result of changing a position’s permissions.' })
class PositionPermissionsPayload {
  @Field(() => PositionPermissionsType, { nullable: true, description: 'The position’s grants after the change.' })
  positionPermissions: PositionPermissionsType | null;

  @Field(() => [UserError], { description: 'Why it was refused; empty on success.' })
  userErrors: UserError[];
}

@Resolver()
export class PermissionResolver {
  @Query(() => [PermissionResourceType], {
    description: 'Every permission there is: per record type, the actions read, create, handle, approve, manage.',
  })
  permissionCatalogue(@Ctx() ctx: Context): PermissionResourceType[] {
    return new PermissionService(ctx).catalogue();
  }

  @Authorized('permission.read')
  @Query(() => [PositionPermissionsType], { description: 'What each position (or the one named) may do.' })
  positionPermissions(
    @Arg('positionKey', () => String, { nullable: true }) positionKey: string | null,
    @Ctx() ctx: Context,
  ): Promise<PositionPermissionsType[]> {
    return new PermissionService(ctx).byPosition(positionKey);
  }

  @Authorized('permission.manage')
  @Mutation(() => PositionPermissionsPayload, {
    description: 'Grant, change the reach of, or revoke (scope null) one permission of a position.',
  })
  async setPositionGrant(
    @Arg('input', () => SetPositionGrantInput) input: SetPositionGrantInput,
    @Ctx() ctx: Context,
  ): Promise<PositionPermissionsPayload> {
    const o = await new PermissionService(ctx).set(input);
    return { positionPermissions: o.result, userErrors: o.userErrors };
  }
}
