import { Arg, Authorized, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { registerNodeType } from '../../graphql/node.js';
import { UserError } from '../../graphql/user-error.js';
import { Area } from '../places/area.entity.js';
import { zonedDate } from '../shifts/zoned-time.js';
import { Site } from '../sites/site.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { EmergencyPlanService } from './emergency-plan.service.js';
import { EmergencyPlanStatus, EmergencyPlanType } from './fire-safety.enums.js';
import {
  CreateKeyUnitInput,
  DraftEmergencyPlanInput,
  EmergencyPlanStepInput,
  UpdateEmergencyPlanDraftInput,
  UpdateKeyUnitInput,
  WithdrawEmergencyPlanDraftInput,
} from './fire-safety.inputs.js';
import { EmergencyPlan, EmergencyPlanReading, KeyUnit } from './key-unit.entity.js';

registerNodeType({
  typename: 'KeyUnit',
  entity: KeyUnit,
  keyOf: (u) => u.id,
  load: (ctx, keys) => new EmergencyPlanService(ctx).unitsByIds(keys),
});
registerNodeType({
  typename: 'EmergencyPlan',
  entity: EmergencyPlan,
  keyOf: (p) => p.id,
  load: (ctx, keys) => new EmergencyPlanService(ctx).plansByIds(keys),
});

@ObjectType('KeyUnitPayload', { description: 'The result of a change to a key unit.' })
class KeyUnitPayload {
  @Field(() => KeyUnit, { nullable: true, description: 'The key unit as changed; null when refused.' })
  keyUnit: KeyUnit | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

@ObjectType('EmergencyPlanPayload', { description: 'The result of a step on an emergency plan version.' })
class EmergencyPlanPayload {
  @Field(() => EmergencyPlan, { nullable: true, description: 'The plan version as changed; null when refused.' })
  plan: EmergencyPlan | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

const planPayload = (o: { result: EmergencyPlan | null; userErrors: UserError[] }): EmergencyPlanPayload => ({
  plan: o.result,
  userErrors: o.userErrors,
});

@Resolver(() => KeyUnit)
export class KeyUnitResolver {
  @Authorized('fire_safety.read')
  @Query(() => [KeyUnit], { description: 'A site’s key protected units (R29), by name.' })
  keyUnits(
    @Arg('siteCode', () => String, { description: 'The site.' }) siteCode: string,
    @Arg('includeInactive', () => Boolean, { defaultValue: false, description: 'Deactivated ones too.' })
    includeInactive: boolean,
    @Ctx() ctx: Context,
  ): Promise<KeyUnit[]> {
    return new EmergencyPlanService(ctx).units(siteCode, includeInactive);
  }

  @Authorized('fire_safety.read')
  @Query(() => [EmergencyPlan], { description: 'The plan versions in force at a site (what a drill may exercise).' })
  emergencyPlansInForce(
    @Arg('siteCode', () => String, { description: 'The site.' }) siteCode: string,
    @Ctx() ctx: Context,
  ): Promise<EmergencyPlan[]> {
    return new EmergencyPlanService(ctx).inForceAt(siteCode);
  }

  @Authorized('fire_safety.create')
  @Mutation(() => KeyUnitPayload, { description: 'Record a key protected unit of a site.' })
  async createKeyUnit(@Arg('input', () => CreateKeyUnitInput) input: CreateKeyUnitInput, @Ctx() ctx: Context) {
    const o = await new EmergencyPlanService(ctx).createUnit(input);
    return { keyUnit: o.result, userErrors: o.userErrors };
  }

  @Authorized('fire_safety.handle')
  @Mutation(() => KeyUnitPayload, { description: 'Change a key unit, or deactivate it (nothing is deleted).' })
  async updateKeyUnit(@Arg('input', () => UpdateKeyUnitInput) input: UpdateKeyUnitInput, @Ctx() ctx: Context) {
    const o = await new EmergencyPlanService(ctx).updateUnit(input);
    return { keyUnit: o.result, userErrors: o.userErrors };
  }

  @FieldResolver(() => Site, { description: 'The site.' })
  site(@Root() u: KeyUnit): Promise<Site> {
    return u.site.load() as Promise<Site>;
  }

  @FieldResolver(() => Area, { nullable: true, description: 'The area it is in, if one.' })
  area(@Root() u: KeyUnit): Promise<Area | null> | null {
    return u.area?.load() ?? null;
  }

  @FieldResolver(() => [EmergencyPlan], {
    description: 'Its plan versions, newest first per type: drafts, the one in force, and the history.',
  })
  plans(
    @Root() u: KeyUnit,
    @Ctx() ctx: Context,
    @Arg('type', () => EmergencyPlanType, { nullable: true, description: 'Only this type.' })
    type?: EmergencyPlanType | null,
  ): Promise<EmergencyPlan[]> {
    return new EmergencyPlanService(ctx).plansOf(u, type ?? null);
  }

  @FieldResolver(() => EmergencyPlan, { nullable: true, description: 'The fire plan in force (C13); null: none.' })
  firePlan(@Root() u: KeyUnit, @Ctx() ctx: Context): Promise<EmergencyPlan | null> {
    return new EmergencyPlanService(ctx).current(u, EmergencyPlanType.FIRE);
  }

  @FieldResolver(() => EmergencyPlan, { nullable: true, description: 'The public-security plan in force; null: none.' })
  publicSecurityPlan(@Root() u: KeyUnit, @Ctx() ctx: Context): Promise<EmergencyPlan | null> {
    return new EmergencyPlanService(ctx).current(u, EmergencyPlanType.PUBLIC_SECURITY);
  }
}

@Resolver(() => EmergencyPlan)
export class EmergencyPlanResolver {
  @Authorized('fire_safety.create')
  @Mutation(() => EmergencyPlanPayload, {
    description: 'Draft the next version of a key unit’s fire or public-security plan (拟定, OM-4).',
  })
  async draftEmergencyPlan(
    @Arg('input', () => DraftEmergencyPlanInput) input: DraftEmergencyPlanInput,
    @Ctx() ctx: Context,
  ) {
    return planPayload(await new EmergencyPlanService(ctx).draftPlan(input));
  }

  @Authorized('fire_safety.create', 'fire_safety.handle')
  @Mutation(() => EmergencyPlanPayload, {
    description: 'Change a draft (a version in force changes only by a new one).',
  })
  async updateEmergencyPlanDraft(
    @Arg('input', () => UpdateEmergencyPlanDraftInput) input: UpdateEmergencyPlanDraftInput,
    @Ctx() ctx: Context,
  ) {
    return planPayload(await new EmergencyPlanService(ctx).updateDraft(input));
  }

  @Authorized('fire_safety.approve')
  @Mutation(() => EmergencyPlanPayload, {
    description:
      'Approve a draft: it comes into force and supersedes the version in force before it (kept as history). A draft taking effect later is approved on that day.',
  })
  async approveEmergencyPlan(
    @Arg('input', () => EmergencyPlanStepInput) input: EmergencyPlanStepInput,
    @Ctx() ctx: Context,
  ) {
    return planPayload(await new EmergencyPlanService(ctx).approve(input));
  }

  @Authorized('fire_safety.create', 'fire_safety.handle')
  @Mutation(() => EmergencyPlanPayload, { description: 'Give up a draft, with the reason (it stays on record).' })
  async withdrawEmergencyPlanDraft(
    @Arg('input', () => WithdrawEmergencyPlanDraftInput) input: WithdrawEmergencyPlanDraftInput,
    @Ctx() ctx: Context,
  ) {
    return planPayload(await new EmergencyPlanService(ctx).withdraw(input));
  }

  @Authorized('fire_safety.read')
  @Mutation(() => EmergencyPlanPayload, {
    description:
      'Confirm you have read the version in force (SL-11: shift leaders know the plans; C17); a second time answers `ALREADY_DONE`.',
  })
  async confirmEmergencyPlanRead(
    @Arg('input', () => EmergencyPlanStepInput) input: EmergencyPlanStepInput,
    @Ctx() ctx: Context,
  ) {
    return planPayload(await new EmergencyPlanService(ctx).confirmRead(input));
  }

  @FieldResolver(() => KeyUnit, { description: 'The key unit.' })
  keyUnit(@Root() p: EmergencyPlan): Promise<KeyUnit> {
    return p.keyUnit.load() as Promise<KeyUnit>;
  }

  @FieldResolver(() => Site, { description: 'The site.' })
  site(@Root() p: EmergencyPlan): Promise<Site> {
    return p.site.load() as Promise<Site>;
  }

  @FieldResolver(() => Staff, { description: 'Who drafted this version.' })
  draftedBy(@Root() p: EmergencyPlan): Promise<Staff> {
    return p.draftedBy.load() as Promise<Staff>;
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who approved it.' })
  approvedBy(@Root() p: EmergencyPlan): Promise<Staff | null> | null {
    return p.approvedBy?.load() ?? null;
  }

  @FieldResolver(() => EmergencyPlan, { nullable: true, description: 'The version that superseded it.' })
  supersededBy(@Root() p: EmergencyPlan): Promise<EmergencyPlan | null> | null {
    return p.supersededBy?.load() ?? null;
  }

  @FieldResolver(() => Boolean, { description: 'In force and past its review date (under review is due).' })
  async reviewOverdue(@Root() p: EmergencyPlan, @Ctx() ctx: Context): Promise<boolean> {
    if (p.status !== EmergencyPlanStatus.IN_FORCE || !p.reviewDue) return false;
    const site = (await p.site.load()) as Site;
    return p.reviewDue < zonedDate(ctx.clock(), site.timeZone);
  }

  @FieldResolver(() => [EmergencyPlanReading], { description: 'Who confirmed reading this version, and when (SL-11).' })
  readings(@Root() p: EmergencyPlan, @Ctx() ctx: Context): Promise<EmergencyPlanReading[]> {
    return new EmergencyPlanService(ctx).readings(p);
  }

  @FieldResolver(() => Boolean, { description: 'You have confirmed reading this version.' })
  viewerHasRead(@Root() p: EmergencyPlan, @Ctx() ctx: Context): Promise<boolean> {
    return new EmergencyPlanService(ctx).viewerHasRead(p);
  }
}

@Resolver(() => EmergencyPlanReading)
export class EmergencyPlanReadingResolver {
  @FieldResolver(() => Staff, { description: 'Who read it.' })
  staff(@Root() r: EmergencyPlanReading): Promise<Staff> {
    return r.staff.load() as Promise<Staff>;
  }
}
