import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { leanCollection, leanRef } from '../../graphql/batch.js';
import { Connection, type ConnectionShape } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { Locale } from '../../graphql/locale.js';
import { registerNodeType } from '../../graphql/node.js';
import { UserError } from '../../graphql/user-error.js';
import { Department } from '../rulebook/department.entity.js';
import { Position } from '../rulebook/position.entity.js';
import { Site } from '../sites/site.entity.js';
import { Staff } from './staff.entity.js';
import { StaffStatus } from './staff.enums.js';
import {
  OffboardStaffInput,
  OnboardStaffInput,
  ResetStaffPasswordInput,
  StaffFilter,
  StaffStatusChangeInput,
  TransferStaffInput,
  UpdateStaffInput,
} from './staff.inputs.js';
import { StaffService } from './staff.service.js';

registerNodeType({
  typename: 'Staff',
  entity: Staff,
  keyOf: (s) => s.id,
  load: (ctx, keys) => new StaffService(ctx).byIds(keys),
});

export const StaffConnection = Connection(Staff, 'Staff');

@ArgsType()
export class PageArgsType {
  @Field(() => Int, { nullable: true, description: 'Page size from the start (1–100, default 20).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor to start after.' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: 'Page size from the end (1–100).' })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor to end before.' })
  before?: string | null;
}

@ObjectType('StaffPayload', { description: 'The result of a staff lifecycle change.' })
class StaffPayload {
  @Field(() => Staff, { nullable: true, description: 'The staff member as changed; null when refused.' })
  staff: Staff | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

@ObjectType('StaffCredentialPayload', { description: 'A staff change that issued a first password.' })
class StaffCredentialPayload extends StaffPayload {
  @Field(() => String, {
    nullable: true,
    description: 'The first password, shown this once: hand it over in person. They must change it at first sign-in.',
  })
  temporaryPassword: string | null;
}

const payload = (outcome: { result: Staff | null; userErrors: UserError[] }): StaffPayload => ({
  staff: outcome.result,
  userErrors: outcome.userErrors,
});
const credentialPayload = (outcome: {
  result: { staff: Staff; temporaryPassword: string } | null;
  userErrors: UserError[];
}): StaffCredentialPayload => ({
  staff: outcome.result?.staff ?? null,
  temporaryPassword: outcome.result?.temporaryPassword ?? null,
  userErrors: outcome.userErrors,
});

@Resolver(() => Staff)
export class StaffResolver {
  @Authorized('staff.read')
  @Query(() => StaffConnection, { description: 'Staff you may see, by employee number.' })
  staffMembers(
    @Arg('filter', () => StaffFilter, { nullable: true }) filter: StaffFilter | null,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<Staff>> {
    return new StaffService(ctx).list(filter, page);
  }

  @Query(() => Staff, { nullable: true, description: 'One member of staff; null if not found or not visible to you.' })
  staffMember(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Staff | null> {
    return new StaffService(ctx).byId(id);
  }

  @Authorized('staff.create')
  @Mutation(() => StaffCredentialPayload, { description: 'Onboard a new member of staff: their record and account.' })
  async onboardStaff(@Arg('input', () => OnboardStaffInput) input: OnboardStaffInput, @Ctx() ctx: Context) {
    return credentialPayload(await new StaffService(ctx).onboard(input));
  }

  @Authorized('staff.handle')
  @Mutation(() => StaffPayload, { description: 'Change a staff member’s name, phone, sites or language.' })
  async updateStaff(@Arg('input', () => UpdateStaffInput) input: UpdateStaffInput, @Ctx() ctx: Context) {
    return payload(await new StaffService(ctx).update(input));
  }

  @Authorized('staff.handle')
  @Mutation(() => StaffPayload, { description: 'Move a staff member to another position and/or department.' })
  async transferStaff(@Arg('input', () => TransferStaffInput) input: TransferStaffInput, @Ctx() ctx: Context) {
    return payload(await new StaffService(ctx).transfer(input));
  }

  @Authorized('staff.handle')
  @Mutation(() => StaffPayload, {
    description: 'Suspend a staff member: sign-in barred, sessions and tokens revoked at once.',
  })
  async suspendStaff(@Arg('input', () => StaffStatusChangeInput) input: StaffStatusChangeInput, @Ctx() ctx: Context) {
    return payload(await new StaffService(ctx).changeStatus(input, StaffStatus.SUSPENDED));
  }

  @Authorized('staff.handle')
  @Mutation(() => StaffPayload, { description: 'Reinstate a suspended staff member.' })
  async reinstateStaff(@Arg('input', () => StaffStatusChangeInput) input: StaffStatusChangeInput, @Ctx() ctx: Context) {
    return payload(await new StaffService(ctx).changeStatus(input, StaffStatus.ACTIVE));
  }

  @Authorized('staff.handle')
  @Mutation(() => StaffPayload, {
    description: 'Offboard a staff member: sign-in disabled, sessions and tokens revoked; their records stay theirs.',
  })
  async offboardStaff(@Arg('input', () => OffboardStaffInput) input: OffboardStaffInput, @Ctx() ctx: Context) {
    return payload(await new StaffService(ctx).offboard(input));
  }

  @Authorized('staff.handle')
  @Mutation(() => StaffCredentialPayload, { description: 'Issue a new first password (signs them out everywhere).' })
  async resetStaffPassword(
    @Arg('input', () => ResetStaffPasswordInput) input: ResetStaffPasswordInput,
    @Ctx() ctx: Context,
  ) {
    return credentialPayload(await new StaffService(ctx).resetPassword(input.staffId));
  }

  @FieldResolver(() => Department, { nullable: true, description: 'Their department.' })
  department(@Root() s: Staff, @Ctx() ctx: Context): Promise<Department | null> | Department | null {
    return leanRef(ctx, Department, s, 'department');
  }

  @FieldResolver(() => Position, { description: 'Their position.' })
  position(@Root() s: Staff): Promise<Position> {
    return s.position.load() as Promise<Position>;
  }

  @FieldResolver(() => [Site], { description: 'The sites they work at.' })
  sites(@Root() s: Staff, @Ctx() ctx: Context): Promise<Site[]> {
    return leanCollection(ctx, Staff, s, 'sites');
  }

  @FieldResolver(() => Locale, { description: 'Their preferred language.' })
  locale(@Root() s: Staff): Locale {
    return s.locale === 'en' ? Locale.EN : Locale.ZH_CN;
  }
}
