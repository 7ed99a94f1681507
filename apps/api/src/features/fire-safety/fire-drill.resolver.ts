import {
  Arg,
  Args,
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
import { Connection, type ConnectionShape } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { registerNodeType } from '../../graphql/node.js';
import { UserError } from '../../graphql/user-error.js';
import { Area } from '../places/area.entity.js';
import { Site } from '../sites/site.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { PageArgsType } from '../staff/staff.resolver.js';
import { FireDrill, FireDrillFollowUp } from './fire-drill.entity.js';
import { FireDrillService } from './fire-drill.service.js';
import {
  CancelFireDrillInput,
  EvaluateFireDrillInput,
  FireDrillFilter,
  PlanFireDrillInput,
  RecordFireDrillInput,
  SetFireDrillFollowUpDoneInput,
} from './fire-safety.inputs.js';
import { secondsBetween } from './fire-safety.rules.js';
import { EmergencyPlan } from './key-unit.entity.js';

registerNodeType({
  typename: 'FireDrill',
  entity: FireDrill,
  keyOf: (d) => d.id,
  load: (ctx, keys) => new FireDrillService(ctx).byIds(keys),
});
registerNodeType({
  typename: 'FireDrillFollowUp',
  entity: FireDrillFollowUp,
  keyOf: (f) => f.id,
  load: (ctx, keys) => new FireDrillService(ctx).followUpsByIds(keys),
});

export const FireDrillConnection = Connection(FireDrill, 'FireDrill');

@ObjectType('FireDrillPayload', { description: 'The result of a step on a fire drill.' })
class FireDrillPayload {
  @Field(() => FireDrill, { nullable: true, description: 'The drill as changed; null when refused.' })
  drill: FireDrill | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

@ObjectType('FireDrillFollowUpPayload', { description: 'The result of marking a follow-up action.' })
class FireDrillFollowUpPayload {
  @Field(() => FireDrillFollowUp, { nullable: true, description: 'The action as changed; null when refused.' })
  followUp: FireDrillFollowUp | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

const payload = (o: { result: FireDrill | null; userErrors: UserError[] }): FireDrillPayload => ({
  drill: o.result,
  userErrors: o.userErrors,
});

@Resolver(() => FireDrill)
export class FireDrillResolver {
  @Authorized('fire_safety.read')
  @Query(() => FireDrillConnection, { description: 'Fire drills at the sites you may see, latest planned first.' })
  fireDrills(
    @Arg('filter', () => FireDrillFilter, { nullable: true, description: 'Which drills (a site, a status).' })
    filter: FireDrillFilter | null,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<FireDrill>> {
    return new FireDrillService(ctx).list(filter, page);
  }

  @Authorized('fire_safety.read')
  @Query(() => FireDrill, { nullable: true, description: 'One drill; null if not found or not visible to you.' })
  fireDrill(
    @Arg('id', () => ID, { description: 'The drill’s global id.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<FireDrill | null> {
    return new FireDrillService(ctx).byId(id);
  }

  @Authorized('fire_safety.create')
  @Mutation(() => FireDrillPayload, { description: 'Plan a fire drill at a site (组织消防演练, OM-4).' })
  async planFireDrill(@Arg('input', () => PlanFireDrillInput) input: PlanFireDrillInput, @Ctx() ctx: Context) {
    return payload(await new FireDrillService(ctx).plan(input));
  }

  @Authorized('fire_safety.handle')
  @Mutation(() => FireDrillPayload, {
    description:
      'Record a planned drill as held: timings in order (alarm, assembled, evacuated, ended) and participants.',
  })
  async recordFireDrill(@Arg('input', () => RecordFireDrillInput) input: RecordFireDrillInput, @Ctx() ctx: Context) {
    return payload(await new FireDrillService(ctx).record(input));
  }

  @Authorized('fire_safety.handle')
  @Mutation(() => FireDrillPayload, { description: 'Evaluate a held drill and give its follow-up actions.' })
  async evaluateFireDrill(
    @Arg('input', () => EvaluateFireDrillInput) input: EvaluateFireDrillInput,
    @Ctx() ctx: Context,
  ) {
    return payload(await new FireDrillService(ctx).evaluate(input));
  }

  @Authorized('fire_safety.handle')
  @Mutation(() => FireDrillFollowUpPayload, { description: 'Mark a drill’s follow-up action done, or open again.' })
  async setFireDrillFollowUpDone(
    @Arg('input', () => SetFireDrillFollowUpDoneInput) input: SetFireDrillFollowUpDoneInput,
    @Ctx() ctx: Context,
  ): Promise<FireDrillFollowUpPayload> {
    const o = await new FireDrillService(ctx).setFollowUpDone(input);
    return { followUp: o.result, userErrors: o.userErrors };
  }

  @Authorized('fire_safety.handle')
  @Mutation(() => FireDrillPayload, { description: 'Call off a planned drill, with the reason (it stays on record).' })
  async cancelFireDrill(@Arg('input', () => CancelFireDrillInput) input: CancelFireDrillInput, @Ctx() ctx: Context) {
    return payload(await new FireDrillService(ctx).cancel(input));
  }

  // ---- fields --------------------------------------------------------------------------

  @FieldResolver(() => Site, { description: 'The site.' })
  site(@Root() d: FireDrill): Promise<Site> {
    return d.site.load() as Promise<Site>;
  }

  @FieldResolver(() => EmergencyPlan, { nullable: true, description: 'The plan version exercised.' })
  plan(@Root() d: FireDrill): Promise<EmergencyPlan | null> | null {
    return d.plan?.load() ?? null;
  }

  @FieldResolver(() => Area, { nullable: true, description: 'Where it is held.' })
  area(@Root() d: FireDrill): Promise<Area | null> | null {
    return d.area?.load() ?? null;
  }

  @FieldResolver(() => Staff, { description: 'Who organises (organised) it.' })
  organiser(@Root() d: FireDrill): Promise<Staff> {
    return d.organiser.load() as Promise<Staff>;
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who evaluated it.' })
  evaluatedBy(@Root() d: FireDrill): Promise<Staff | null> | null {
    return d.evaluatedBy?.load() ?? null;
  }

  @FieldResolver(() => [Staff], { description: 'Staff who took part, by employee number.' })
  participants(@Root() d: FireDrill, @Ctx() ctx: Context): Promise<Staff[]> {
    return new FireDrillService(ctx).participants(d);
  }

  @FieldResolver(() => [FireDrillFollowUp], { description: 'The follow-up actions its evaluation gave, in order.' })
  followUps(@Root() d: FireDrill, @Ctx() ctx: Context): Promise<FireDrillFollowUp[]> {
    return new FireDrillService(ctx).followUps(d);
  }

  @FieldResolver(() => Int, { description: 'How many follow-up actions are not yet done.' })
  async openFollowUpCount(@Root() d: FireDrill, @Ctx() ctx: Context): Promise<number> {
    return (await new FireDrillService(ctx).followUps(d)).filter((f) => !f.doneAt).length;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Seconds from the alarm until the brigade had assembled.' })
  assemblySeconds(@Root() d: FireDrill): number | null {
    return secondsBetween(d.alarmAt, d.assembledAt);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Seconds from the alarm until evacuation was complete.' })
  evacuationSeconds(@Root() d: FireDrill): number | null {
    return secondsBetween(d.alarmAt, d.evacuatedAt);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Seconds from the alarm to the end of the drill.' })
  durationSeconds(@Root() d: FireDrill): number | null {
    return secondsBetween(d.alarmAt, d.endedAt);
  }

  @FieldResolver(() => Boolean, { description: 'You may record, evaluate or cancel it (as its status allows).' })
  viewerMayHandle(@Root() d: FireDrill, @Ctx() ctx: Context): boolean {
    return new FireDrillService(ctx).mayHandle(d);
  }
}

@Resolver(() => FireDrillFollowUp)
export class FireDrillFollowUpResolver {
  @FieldResolver(() => FireDrill, { description: 'The drill whose evaluation gave it.' })
  drill(@Root() f: FireDrillFollowUp): Promise<FireDrill> {
    return f.drill.load() as Promise<FireDrill>;
  }

  @FieldResolver(() => Staff, { description: 'Who is to do it.' })
  owner(@Root() f: FireDrillFollowUp): Promise<Staff> {
    return f.owner.load() as Promise<Staff>;
  }

  @FieldResolver(() => Boolean, { description: 'Done.' })
  done(@Root() f: FireDrillFollowUp): boolean {
    return f.doneAt !== null;
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who marked it done.' })
  doneBy(@Root() f: FireDrillFollowUp): Promise<Staff | null> | null {
    return f.doneBy?.load() ?? null;
  }
}
