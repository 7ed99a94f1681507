import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { registerNodeType } from '../../graphql/node.js';
import { UserError } from '../../graphql/user-error.js';
import { zonedDate } from '../shifts/zoned-time.js';
import { Site } from '../sites/site.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { FireBrigadeService } from './fire-brigade.service.js';
import { FireBrigadeMember } from './fire-brigade-member.entity.js';
import {
  AddFireBrigadeMemberInput,
  EndFireBrigadeMembershipInput,
  UpdateFireBrigadeMemberInput,
} from './fire-safety.inputs.js';
import { addMonths, FIRE_SAFETY_DEFAULTS, trainingLapsed } from './fire-safety.rules.js';

registerNodeType({
  typename: 'FireBrigadeMember',
  entity: FireBrigadeMember,
  keyOf: (m) => m.id,
  load: (ctx, keys) => new FireBrigadeService(ctx).byIds(keys),
});

@ObjectType('FireBrigadeMemberPayload', { description: 'The result of a change to the fire brigade.' })
class FireBrigadeMemberPayload {
  @Field(() => FireBrigadeMember, { nullable: true, description: 'The membership as changed; null when refused.' })
  member: FireBrigadeMember | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

const payload = (o: { result: FireBrigadeMember | null; userErrors: UserError[] }): FireBrigadeMemberPayload => ({
  member: o.result,
  userErrors: o.userErrors,
});

const intervalArg = {
  defaultValue: FIRE_SAFETY_DEFAULTS.trainingIntervalMonths,
  description: `Training interval in months (P15; default ${FIRE_SAFETY_DEFAULTS.trainingIntervalMonths}, at most ${FIRE_SAFETY_DEFAULTS.maxIntervalMonths}).`,
};

function months(value: number): number {
  return Number.isInteger(value) && value >= 1 && value <= FIRE_SAFETY_DEFAULTS.maxIntervalMonths
    ? value
    : FIRE_SAFETY_DEFAULTS.trainingIntervalMonths;
}

@Resolver(() => FireBrigadeMember)
export class FireBrigadeResolver {
  @Authorized('fire_safety.read')
  @Query(() => [FireBrigadeMember], {
    description: 'A site’s fire brigade and fire personnel (R32): captain first; those who left only when asked.',
  })
  fireBrigade(
    @Arg('siteCode', () => String, { description: 'The site.' }) siteCode: string,
    @Arg('includeLeft', () => Boolean, { defaultValue: false, description: 'Former members too.' })
    includeLeft: boolean,
    @Ctx() ctx: Context,
  ): Promise<FireBrigadeMember[]> {
    return new FireBrigadeService(ctx).members(siteCode, includeLeft);
  }

  @Authorized('fire_safety.create')
  @Mutation(() => FireBrigadeMemberPayload, { description: 'Someone joins a site’s fire brigade or fire personnel.' })
  async addFireBrigadeMember(
    @Arg('input', () => AddFireBrigadeMemberInput) input: AddFireBrigadeMemberInput,
    @Ctx() ctx: Context,
  ) {
    return payload(await new FireBrigadeService(ctx).add(input));
  }

  @Authorized('fire_safety.handle')
  @Mutation(() => FireBrigadeMemberPayload, {
    description: 'Change a member’s role or engagement, or record their latest fire training (C16).',
  })
  async updateFireBrigadeMember(
    @Arg('input', () => UpdateFireBrigadeMemberInput) input: UpdateFireBrigadeMemberInput,
    @Ctx() ctx: Context,
  ) {
    return payload(await new FireBrigadeService(ctx).update(input));
  }

  @Authorized('fire_safety.handle')
  @Mutation(() => FireBrigadeMemberPayload, { description: 'Someone leaves the brigade, with the day and reason.' })
  async endFireBrigadeMembership(
    @Arg('input', () => EndFireBrigadeMembershipInput) input: EndFireBrigadeMembershipInput,
    @Ctx() ctx: Context,
  ) {
    return payload(await new FireBrigadeService(ctx).end(input));
  }

  @FieldResolver(() => Site, { description: 'The site.' })
  site(@Root() m: FireBrigadeMember): Promise<Site> {
    return m.site.load() as Promise<Site>;
  }

  @FieldResolver(() => Staff, { description: 'The person.' })
  staff(@Root() m: FireBrigadeMember): Promise<Staff> {
    return m.staff.load() as Promise<Staff>;
  }

  @FieldResolver(() => Boolean, { description: 'Still a member.' })
  active(@Root() m: FireBrigadeMember): boolean {
    return m.leftOn === null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'When their next fire training is due (last training plus the interval); null: none on record.',
  })
  trainingDueOn(
    @Root() m: FireBrigadeMember,
    @Arg('intervalMonths', () => Int, intervalArg) intervalMonths: number,
  ): string | null {
    return m.lastTrainedOn ? addMonths(m.lastTrainedOn, months(intervalMonths)) : null;
  }

  @FieldResolver(() => Boolean, {
    description: 'C16: an active member whose last fire training is missing or older than the interval.',
  })
  async trainingLapsed(
    @Root() m: FireBrigadeMember,
    @Ctx() ctx: Context,
    @Arg('intervalMonths', () => Int, intervalArg) intervalMonths: number,
  ): Promise<boolean> {
    if (m.leftOn) return false;
    const site = (await m.site.load()) as Site;
    return trainingLapsed(m.lastTrainedOn, months(intervalMonths), zonedDate(ctx.clock(), site.timeZone));
  }

  @FieldResolver(() => Boolean, { description: 'You may change the membership or end it.' })
  viewerMayHandle(@Root() m: FireBrigadeMember, @Ctx() ctx: Context): boolean {
    return new FireBrigadeService(ctx).mayHandle(m);
  }
}
