import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Connection, type ConnectionShape } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { registerNodeType, toGlobalId } from '../../graphql/node.js';
import { UserError } from '../../graphql/user-error.js';
import { Shift } from '../shifts/shift.entity.js';
import { Site } from '../sites/site.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { PageArgsType } from '../staff/staff.resolver.js';
import './case-matters.js';
import { CashMovement } from './cash-movement.entity.js';
import { DutyLog } from './duty-log.entity.js';
import { DutyLogEntryResolver, DutyLogResolver } from './duty-log.resolver.js';
import { DutyLogService } from './duty-log.service.js';
import { Handover, HandoverCount, HandoverItem } from './handover.entity.js';
import { HandoverStep } from './handover.enums.js';
import {
  AcceptHandoverInput,
  CreateShiftMaterialInput,
  DisputeHandoverInput,
  HandoverDraftInput,
  HandoverFilter,
  RecordCashMovementInput,
  ResolveHandoverDisputeInput,
  UpdateShiftMaterialInput,
} from './handover.inputs.js';
import { type HandoverPrefillShape, HandoverService } from './handover.service.js';
import { MaterialService } from './materials.service.js';
import { formatYuan } from './money.js';
import { ShiftMaterial } from './shift-material.entity.js';

registerNodeType({
  typename: 'Handover',
  entity: Handover,
  keyOf: (h) => h.id,
  load: (ctx, keys) => new HandoverService(ctx).byIds(keys),
});
registerNodeType({
  typename: 'ShiftMaterial',
  entity: ShiftMaterial,
  keyOf: (m) => m.id,
  load: (ctx, keys) => new MaterialService(ctx).byIds(keys),
});
registerNodeType({
  typename: 'CashMovement',
  entity: CashMovement,
  keyOf: (m) => m.id,
  load: (ctx, keys) => new MaterialService(ctx).movementsByIds(keys),
});

export const HandoverConnection = Connection(Handover, 'Handover');
export const CashMovementConnection = Connection(CashMovement, 'CashMovement');

@ObjectType('HandoverPayload', { description: 'The result of a step on a handover.' })
class HandoverPayload {
  @Field(() => Handover, { nullable: true, description: 'The handover as changed; null when refused.' })
  handover: Handover | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

@ObjectType('ShiftMaterialPayload', { description: 'The result of a change to the materials list.' })
class ShiftMaterialPayload {
  @Field(() => ShiftMaterial, { nullable: true, description: 'The material as changed; null when refused.' })
  material: ShiftMaterial | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

@ObjectType('CashMovementPayload', { description: 'The result of recording petty cash.' })
class CashMovementPayload {
  @Field(() => CashMovement, { nullable: true, description: 'The movement recorded; null when refused.' })
  movement: CashMovement | null;

  @Field(() => String, { nullable: true, description: 'The balance afterwards, in yuan.' })
  balance: string | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

@ObjectType('OpenMatter', { description: 'Something a shift leaves open (SL-2): a case, a task, a missed patrol …' })
class OpenMatterType {
  @Field(() => String, { description: 'What kind of record: `CASE`, `TASK`, `MISSED_PATROL` …' })
  kind: string;

  @Field(() => ID, { description: 'The record’s global id.' })
  recordId: string;

  @Field(() => String, { nullable: true, description: 'Its reference number, if it has one.' })
  reference: string | null;

  @Field(() => String, { description: 'In words, one line.' })
  title: string;

  @Field(() => String, { description: 'Its status, as its feature names it.' })
  status: string;

  @Field(() => Date, { nullable: true, description: 'When it is due.' })
  dueAt: Date | null;
}

@ObjectType('HandoverPrefill', {
  description: 'What a handover starts from: the open matters, the materials to count, the cash expected.',
})
class HandoverPrefill {
  @Field(() => [OpenMatterType], { description: 'Everything still open that the shift touched.' })
  openMatters: OpenMatterType[];

  @Field(() => [ShiftMaterial], { description: 'The shared materials to count, with the quantities expected.' })
  materials: ShiftMaterial[];

  @Field(() => String, { description: 'The petty cash the ledger says is in the box, in yuan.' })
  cashExpected: string;

  @Field(() => Shift, { nullable: true, description: 'The shift that takes over (if rostered and visible to you).' })
  incomingShift: Shift | null;
}

const payload = (o: { result: Handover | null; userErrors: UserError[] }): HandoverPayload => ({
  handover: o.result,
  userErrors: o.userErrors,
});

@Resolver(() => Handover)
export class HandoverResolver {
  @Authorized('handover.read')
  @Query(() => HandoverConnection, {
    description: 'Handovers you may see, latest date first (the director’s: those disputed or with differences).',
  })
  handovers(
    @Arg('filter', () => HandoverFilter, { nullable: true }) filter: HandoverFilter | null,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<Handover>> {
    return new HandoverService(ctx).list(filter, page);
  }

  @Authorized('handover.create', 'roster.approve')
  @Mutation(() => HandoverPayload, { description: 'Save the outgoing leader’s handover as a draft.' })
  async saveHandoverDraft(@Arg('input', () => HandoverDraftInput) input: HandoverDraftInput, @Ctx() ctx: Context) {
    return payload(await new HandoverService(ctx).saveDraft(input));
  }

  @Authorized('handover.create', 'roster.approve')
  @Mutation(() => HandoverPayload, {
    description:
      'Submit the handover (every material and the cash counted, every difference explained): the shift goes to handing over and the incoming leader is asked to accept. C22 asks for it before the shift ends: one submitted later is taken, flagged `late`, and the director alerted.',
  })
  async submitHandover(@Arg('input', () => HandoverDraftInput) input: HandoverDraftInput, @Ctx() ctx: Context) {
    return payload(await new HandoverService(ctx).submit(input));
  }

  @Authorized('handover.approve', 'roster.approve')
  @Mutation(() => HandoverPayload, {
    description:
      'Accept a submitted handover as the incoming leader (or as the director, for them): the outgoing shift closes.',
  })
  async acceptHandover(@Arg('input', () => AcceptHandoverInput) input: AcceptHandoverInput, @Ctx() ctx: Context) {
    return payload(await new HandoverService(ctx).accept(input));
  }

  @Authorized('handover.approve')
  @Mutation(() => HandoverPayload, {
    description: 'Dispute a submitted handover as the incoming leader: the director decides.',
  })
  async disputeHandover(@Arg('input', () => DisputeHandoverInput) input: DisputeHandoverInput, @Ctx() ctx: Context) {
    return payload(await new HandoverService(ctx).dispute(input));
  }

  @Authorized('roster.approve')
  @Mutation(() => HandoverPayload, {
    description: 'Settle a disputed handover as the director: accept it for the incoming side, or return it.',
  })
  async resolveHandoverDispute(
    @Arg('input', () => ResolveHandoverDisputeInput) input: ResolveHandoverDisputeInput,
    @Ctx() ctx: Context,
  ) {
    return payload(await new HandoverService(ctx).resolve(input));
  }

  // ---- fields --------------------------------------------------------------------------

  @FieldResolver(() => Shift, { description: 'The outgoing shift.' })
  shift(@Root() h: Handover): Promise<Shift> {
    return h.shift.load() as Promise<Shift>;
  }

  @FieldResolver(() => Shift, {
    nullable: true,
    description:
      'The incoming shift: of the same site and department, the first to start after this one starts and no earlier than two hours before its end (found when submitted).',
  })
  async incomingShift(@Root() h: Handover, @Ctx() ctx: Context): Promise<Shift | null> {
    return new HandoverService(ctx).incomingShift(h, (await h.shift.load()) as Shift);
  }

  @FieldResolver(() => Staff, { description: 'The outgoing shift’s leader.' })
  async outgoingLeader(@Root() h: Handover): Promise<Staff> {
    const shift = (await h.shift.load()) as Shift;
    return shift.leader.load() as Promise<Staff>;
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'The incoming shift’s leader.' })
  async incomingLeader(@Root() h: Handover, @Ctx() ctx: Context): Promise<Staff | null> {
    const incoming = await this.incomingShift(h, ctx);
    return incoming ? ((await incoming.leader.load()) ?? null) : null;
  }

  @FieldResolver(() => Site, { description: 'The site.' })
  site(@Root() h: Handover): Promise<Site> {
    return h.site.load() as Promise<Site>;
  }

  @FieldResolver(() => String, { description: 'The outgoing shift’s local date, `YYYY-MM-DD`.' })
  date(@Root() h: Handover): string {
    return h.date;
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who submitted it.' })
  submittedBy(@Root() h: Handover): Promise<Staff | null> | null {
    return h.submittedBy?.load() ?? null;
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who accepted it.' })
  acceptedBy(@Root() h: Handover): Promise<Staff | null> | null {
    return h.acceptedBy?.load() ?? null;
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who disputed it.' })
  disputedBy(@Root() h: Handover): Promise<Staff | null> | null {
    return h.disputedBy?.load() ?? null;
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who settled the dispute.' })
  resolvedBy(@Root() h: Handover): Promise<Staff | null> | null {
    return h.resolvedBy?.load() ?? null;
  }

  @FieldResolver(() => [HandoverItem], {
    description:
      'The unfinished matters: once submitted, every open record as it stood and those written in words; while a draft, those written and the notes on open records.',
  })
  items(@Root() h: Handover): HandoverItem[] {
    return h.items.map((i) => ({ ...i, dueAt: i.dueAt ? new Date(i.dueAt) : null }));
  }

  @FieldResolver(() => [HandoverCount], { description: 'The shared materials counted.' })
  counts(@Root() h: Handover): HandoverCount[] {
    return h.counts.map((c) => ({
      ...c,
      materialId: toGlobalId('ShiftMaterial', c.materialId),
      difference: c.counted == null ? null : c.counted - c.expected,
    }));
  }

  @FieldResolver(() => String, { nullable: true, description: 'The cash the ledger showed, in yuan.' })
  cashExpected(@Root() h: Handover): string | null {
    return h.cashExpectedCents == null ? null : formatYuan(h.cashExpectedCents);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The cash counted, in yuan.' })
  cashCounted(@Root() h: Handover): string | null {
    return h.cashCountedCents == null ? null : formatYuan(h.cashCountedCents);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Counted less expected, in yuan (negative: short).' })
  cashDifference(@Root() h: Handover): string | null {
    return h.cashCountedCents == null || h.cashExpectedCents == null
      ? null
      : formatYuan(h.cashCountedCents - h.cashExpectedCents);
  }

  @FieldResolver(() => [HandoverStep], { description: 'What you may do to it now.' })
  async viewerSteps(@Root() h: Handover, @Ctx() ctx: Context): Promise<HandoverStep[]> {
    return new HandoverService(ctx).steps(h, (await h.shift.load()) as Shift);
  }
}

/** What the handover and duty log add to a shift. */
@Resolver(() => Shift)
export class ShiftHandoverFieldsResolver {
  @FieldResolver(() => Handover, { nullable: true, description: 'Its handover to the next shift, once saved.' })
  handover(@Root() s: Shift, @Ctx() ctx: Context): Promise<Handover | null> {
    return new HandoverService(ctx).ofShift(s);
  }

  @FieldResolver(() => Handover, {
    nullable: true,
    description: 'The handover the previous shift gave to this one, once submitted.',
  })
  incomingHandover(@Root() s: Shift, @Ctx() ctx: Context): Promise<Handover | null> {
    return new HandoverService(ctx).incomingTo(s);
  }

  @FieldResolver(() => HandoverPrefill, {
    nullable: true,
    description: 'What its handover starts from (for its leader, the director and handover readers).',
  })
  handoverPrefill(@Root() s: Shift, @Ctx() ctx: Context): Promise<HandoverPrefillShape | null> {
    return new HandoverService(ctx).prefill(s);
  }

  @FieldResolver(() => [HandoverStep], {
    description: 'What you may do to its handover now (also before one is saved).',
  })
  async handoverSteps(@Root() s: Shift, @Ctx() ctx: Context): Promise<HandoverStep[]> {
    return new HandoverService(ctx).stepsOf(s);
  }

  @FieldResolver(() => DutyLog, { nullable: true, description: 'Its duty log (made by its first entry).' })
  dutyLog(@Root() s: Shift, @Ctx() ctx: Context): Promise<DutyLog | null> {
    return new DutyLogService(ctx).ofShift(s);
  }
}

@Resolver(() => ShiftMaterial)
export class ShiftMaterialResolver {
  @Authorized('handover.read')
  @Query(() => [ShiftMaterial], {
    description: 'The shared materials each handover counts (R39), of a site or of every site you may see.',
  })
  shiftMaterials(
    @Arg('siteCode', () => String, { nullable: true }) siteCode: string | null,
    @Arg('includeInactive', () => Boolean, { defaultValue: false }) includeInactive: boolean,
    @Ctx() ctx: Context,
  ): Promise<ShiftMaterial[]> {
    return new MaterialService(ctx).materials(siteCode, includeInactive);
  }

  @Authorized('handover.read')
  @Query(() => CashMovementConnection, { description: 'A site’s shift petty cash ledger (R40), latest first.' })
  cashLedger(
    @Arg('siteCode', () => String) siteCode: string,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<CashMovement>> {
    return new MaterialService(ctx).ledger(siteCode, page);
  }

  @Authorized('handover.read')
  @Query(() => String, {
    nullable: true,
    description:
      'A site’s shift petty cash balance in yuan (the amount every handover must count); null if not yours to see.',
  })
  cashBalance(@Arg('siteCode', () => String) siteCode: string, @Ctx() ctx: Context): Promise<string | null> {
    return new MaterialService(ctx).balance(siteCode);
  }

  @Authorized('roster.approve')
  @Mutation(() => ShiftMaterialPayload, {
    description: 'Add a shared material to a site’s handover count (the director).',
  })
  async createShiftMaterial(
    @Arg('input', () => CreateShiftMaterialInput) input: CreateShiftMaterialInput,
    @Ctx() ctx: Context,
  ): Promise<ShiftMaterialPayload> {
    const o = await new MaterialService(ctx).createMaterial(input);
    return { material: o.result, userErrors: o.userErrors };
  }

  @Authorized('roster.approve')
  @Mutation(() => ShiftMaterialPayload, {
    description: 'Change a shared material: its name, unit, expected quantity, or whether it is still counted.',
  })
  async updateShiftMaterial(
    @Arg('input', () => UpdateShiftMaterialInput) input: UpdateShiftMaterialInput,
    @Ctx() ctx: Context,
  ): Promise<ShiftMaterialPayload> {
    const o = await new MaterialService(ctx).updateMaterial(input);
    return { material: o.result, userErrors: o.userErrors };
  }

  @Authorized('handover.create', 'roster.approve')
  @Mutation(() => CashMovementPayload, {
    description: 'Record money into or out of the shift petty cash, on a running shift you lead.',
  })
  async recordCashMovement(
    @Arg('input', () => RecordCashMovementInput) input: RecordCashMovementInput,
    @Ctx() ctx: Context,
  ): Promise<CashMovementPayload> {
    const o = await new MaterialService(ctx).recordMovement(input);
    const site = o.result?.site.unwrap().code;
    return {
      movement: o.result,
      balance: site ? await new MaterialService(ctx).balance(site) : null,
      userErrors: o.userErrors,
    };
  }

  @FieldResolver(() => Site, { description: 'The site.' })
  site(@Root() m: ShiftMaterial): Promise<Site> {
    return m.site.load() as Promise<Site>;
  }
}

@Resolver(() => CashMovement)
export class CashMovementResolver {
  @FieldResolver(() => String, { description: 'How much, in yuan.' })
  amount(@Root() m: CashMovement): string {
    return formatYuan(m.amountCents);
  }

  @FieldResolver(() => Staff, { description: 'Who recorded it.' })
  recordedBy(@Root() m: CashMovement): Promise<Staff> {
    return m.recordedBy.load() as Promise<Staff>;
  }

  @FieldResolver(() => Shift, { description: 'The shift it happened on.' })
  shift(@Root() m: CashMovement): Promise<Shift> {
    return m.shift.load() as Promise<Shift>;
  }
}

export const handoverResolvers = [
  DutyLogResolver,
  DutyLogEntryResolver,
  HandoverResolver,
  ShiftHandoverFieldsResolver,
  ShiftMaterialResolver,
  CashMovementResolver,
] as const;
