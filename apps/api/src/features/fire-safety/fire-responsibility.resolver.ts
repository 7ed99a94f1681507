import { Arg, Authorized, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { registerNodeType } from '../../graphql/node.js';
import { UserError } from '../../graphql/user-error.js';
import { Area } from '../places/area.entity.js';
import { zonedDate } from '../shifts/zoned-time.js';
import { Site } from '../sites/site.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { FireResponsibility } from './fire-responsibility.entity.js';
import { FireResponsibilityService } from './fire-responsibility.service.js';
import { AssignFireResponsibilityInput, EndFireResponsibilityInput } from './fire-safety.inputs.js';
import { inForceOn } from './fire-safety.rules.js';
import { FireResponsibilityCoverage, FireSafetyOverviewService } from './fire-safety-overview.service.js';
import { KeyUnit } from './key-unit.entity.js';

registerNodeType({
  typename: 'FireResponsibility',
  entity: FireResponsibility,
  keyOf: (r) => r.id,
  load: (ctx, keys) => new FireResponsibilityService(ctx).byIds(keys),
});

@ObjectType('FireResponsibilityPayload', { description: 'The result of a change to the responsibility system.' })
class FireResponsibilityPayload {
  @Field(() => FireResponsibility, { nullable: true, description: 'The assignment as changed; null when refused.' })
  responsibility: FireResponsibility | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

const payload = (o: { result: FireResponsibility | null; userErrors: UserError[] }): FireResponsibilityPayload => ({
  responsibility: o.result,
  userErrors: o.userErrors,
});

@Resolver(() => FireResponsibility)
export class FireResponsibilityResolver {
  @Authorized('fire_safety.read')
  @Query(() => [FireResponsibility], {
    description:
      'A site’s fire-safety responsibility assignments (R28): those in force or to come, or all with `includeEnded`.',
  })
  fireResponsibilities(
    @Arg('siteCode', () => String, { description: 'The site.' }) siteCode: string,
    @Arg('includeEnded', () => Boolean, { defaultValue: false, description: 'Ended and superseded ones too.' })
    includeEnded: boolean,
    @Ctx() ctx: Context,
  ): Promise<FireResponsibility[]> {
    return new FireResponsibilityService(ctx).list(siteCode, includeEnded);
  }

  @Authorized('fire_safety.read')
  @Query(() => [FireResponsibilityCoverage], {
    description:
      'C15 for a site today: every active area (patrol order) and key unit, with who answers for its fire safety; a row without one is a gap.',
  })
  async fireResponsibilityCoverage(
    @Arg('siteCode', () => String, { description: 'The site.' }) siteCode: string,
    @Ctx() ctx: Context,
  ): Promise<FireResponsibilityCoverage[]> {
    const rows = await new FireResponsibilityService(ctx).coverage(siteCode);
    const overview = new FireSafetyOverviewService(ctx);
    return rows.map((r) => overview.coverageRow(r));
  }

  @Authorized('fire_safety.create')
  @Mutation(() => FireResponsibilityPayload, {
    description:
      'Name who answers for fire safety in an area or key unit from a day on; the assignment in force there before ends the day before.',
  })
  async assignFireResponsibility(
    @Arg('input', () => AssignFireResponsibilityInput) input: AssignFireResponsibilityInput,
    @Ctx() ctx: Context,
  ) {
    return payload(await new FireResponsibilityService(ctx).assign(input));
  }

  @Authorized('fire_safety.handle')
  @Mutation(() => FireResponsibilityPayload, {
    description: 'End an assignment early, with the reason (it stays on record).',
  })
  async endFireResponsibility(
    @Arg('input', () => EndFireResponsibilityInput) input: EndFireResponsibilityInput,
    @Ctx() ctx: Context,
  ) {
    return payload(await new FireResponsibilityService(ctx).end(input));
  }

  @FieldResolver(() => Site, { description: 'The site.' })
  site(@Root() r: FireResponsibility): Promise<Site> {
    return r.site.load() as Promise<Site>;
  }

  @FieldResolver(() => Area, { nullable: true, description: 'The area, when it is an area’s.' })
  area(@Root() r: FireResponsibility): Promise<Area | null> | null {
    return r.area?.load() ?? null;
  }

  @FieldResolver(() => KeyUnit, { nullable: true, description: 'The key unit, when it is a unit’s.' })
  keyUnit(@Root() r: FireResponsibility): Promise<KeyUnit | null> | null {
    return r.keyUnit?.load() ?? null;
  }

  @FieldResolver(() => Staff, { description: 'The responsible person (消防安全责任人).' })
  responsible(@Root() r: FireResponsibility): Promise<Staff> {
    return r.responsible.load() as Promise<Staff>;
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'The deputy, if any.' })
  deputy(@Root() r: FireResponsibility): Promise<Staff | null> | null {
    return r.deputy?.load() ?? null;
  }

  @FieldResolver(() => FireResponsibility, { nullable: true, description: 'The assignment that superseded it.' })
  supersededBy(@Root() r: FireResponsibility): Promise<FireResponsibility | null> | null {
    return r.supersededBy?.load() ?? null;
  }

  @FieldResolver(() => Staff, { description: 'Who recorded it.' })
  createdBy(@Root() r: FireResponsibility): Promise<Staff> {
    return r.createdBy.load() as Promise<Staff>;
  }

  @FieldResolver(() => Boolean, { description: 'In force today (the site’s calendar).' })
  async inForce(@Root() r: FireResponsibility, @Ctx() ctx: Context): Promise<boolean> {
    const site = (await r.site.load()) as Site;
    return inForceOn(r, zonedDate(ctx.clock(), site.timeZone));
  }
}
