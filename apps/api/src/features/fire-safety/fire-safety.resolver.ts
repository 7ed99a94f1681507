import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Staff } from '../staff/staff.entity.js';
import { StaffStatus } from '../staff/staff.enums.js';
import { EmergencyPlanReadingResolver, EmergencyPlanResolver, KeyUnitResolver } from './emergency-plan.resolver.js';
import { FireBrigadeResolver } from './fire-brigade.resolver.js';
import { FireDrillFollowUpResolver, FireDrillResolver } from './fire-drill.resolver.js';
import { FireEquipmentResolver } from './fire-equipment.resolver.js';
import { FireResponsibilityResolver } from './fire-responsibility.resolver.js';
import { fireSafetyReaches, fireSafetyReachesAny } from './fire-safety.access.js';
import { FIRE_SAFETY_DEFAULTS } from './fire-safety.rules.js';
import { FireSafetyOverview, FireSafetyOverviewService } from './fire-safety-overview.service.js';

@Resolver(() => FireSafetyOverview)
export class FireSafetyOverviewResolver {
  @Authorized('fire_safety.read')
  @Query(() => FireSafetyOverview, {
    nullable: true,
    description: `A site’s fire-safety programme today (W6): the C13–C17 checks counted for a dashboard, with what fails each. The intervals are the parameters P14 (drills, default every ${FIRE_SAFETY_DEFAULTS.drillIntervalMonths} months) and P15 (brigade training, default every ${FIRE_SAFETY_DEFAULTS.trainingIntervalMonths} months). Null when the site is unknown or not yours to see.`,
  })
  fireSafetyOverview(
    @Arg('siteCode', () => String, { description: 'The site.' }) siteCode: string,
    @Arg('drillIntervalMonths', () => Int, {
      defaultValue: FIRE_SAFETY_DEFAULTS.drillIntervalMonths,
      description: `P14: a drill at least every this many months (1–${FIRE_SAFETY_DEFAULTS.maxIntervalMonths}; default ${FIRE_SAFETY_DEFAULTS.drillIntervalMonths}).`,
    })
    drillIntervalMonths: number,
    @Arg('trainingIntervalMonths', () => Int, {
      defaultValue: FIRE_SAFETY_DEFAULTS.trainingIntervalMonths,
      description: `P15: every brigade member trained at least every this many months (1–${FIRE_SAFETY_DEFAULTS.maxIntervalMonths}; default ${FIRE_SAFETY_DEFAULTS.trainingIntervalMonths}).`,
    })
    trainingIntervalMonths: number,
    @Ctx() ctx: Context,
  ): Promise<FireSafetyOverview | null> {
    return new FireSafetyOverviewService(ctx).overview(siteCode, drillIntervalMonths, trainingIntervalMonths);
  }

  @Authorized('fire_safety.create', 'fire_safety.handle', 'fire_safety.approve')
  @Query(() => [Staff], {
    description:
      'Active staff working at a site, by name: whom a fire-safety record there may name (responsible person, organiser, member). Empty when the site is not one whose records you keep.',
  })
  async fireSafetyStaffOptions(
    @Arg('siteCode', () => String, { description: 'The site.' }) siteCode: string,
    @Ctx() ctx: Context,
  ): Promise<Staff[]> {
    const code = siteCode.trim().slice(0, 32);
    const viewer = ctx.viewer;
    if (
      !viewer ||
      !fireSafetyReachesAny(viewer, ['fire_safety.create', 'fire_safety.handle', 'fire_safety.approve'], code)
    ) {
      return [];
    }
    return ctx.em.find(
      Staff,
      { status: StaffStatus.ACTIVE, sites: { code } },
      { orderBy: { employeeNo: 'asc' }, limit: 500 },
    );
  }

  @FieldResolver(() => Boolean, { description: 'You may register new fire-safety records at this site.' })
  viewerMayCreate(@Root() o: FireSafetyOverview, @Ctx() ctx: Context): boolean {
    return !!ctx.viewer && fireSafetyReaches(ctx.viewer, 'fire_safety.create', o.site.code);
  }

  @FieldResolver(() => Boolean, { description: 'You may keep this site’s fire-safety records up to date.' })
  viewerMayHandle(@Root() o: FireSafetyOverview, @Ctx() ctx: Context): boolean {
    return !!ctx.viewer && fireSafetyReaches(ctx.viewer, 'fire_safety.handle', o.site.code);
  }

  @FieldResolver(() => Boolean, { description: 'You may approve this site’s emergency plans.' })
  viewerMayApprove(@Root() o: FireSafetyOverview, @Ctx() ctx: Context): boolean {
    return !!ctx.viewer && fireSafetyReaches(ctx.viewer, 'fire_safety.approve', o.site.code);
  }
}

export const fireSafetyResolvers = [
  FireSafetyOverviewResolver,
  FireResponsibilityResolver,
  KeyUnitResolver,
  EmergencyPlanResolver,
  EmergencyPlanReadingResolver,
  FireDrillResolver,
  FireDrillFollowUpResolver,
  FireEquipmentResolver,
  FireBrigadeResolver,
] as const;
