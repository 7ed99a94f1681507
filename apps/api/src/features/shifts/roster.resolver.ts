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
import { Staff } from '../staff/staff.entity.js';
import { PageArgsType } from '../staff/staff.resolver.js';
import { ShiftSwapStatus } from './roster.enums.js';
import {
  AddShiftMemberInput,
  CancelShiftSwapInput,
  CancelStaffLeaveInput,
  ChangeShiftLeaderInput,
  DecideShiftSwapInput,
  RecordStaffLeaveInput,
  RemoveShiftMemberInput,
  RequestShiftSwapInput,
  SetShiftMemberLeaveInput,
  ShiftSwapFilter,
  ShiftsOverviewInput,
  StaffLeaveFilter,
} from './roster-edit.inputs.js';
import { RosterEditService } from './roster-edit.service.js';
import { leaveReadFilter } from './shift.access.js';
import { Shift, ShiftMember } from './shift.entity.js';
import { ShiftPayload, shiftPayload } from './shift.resolver.js';
import { ShiftSwap } from './shift-swap.entity.js';
import { ShiftSwapService } from './shift-swap.service.js';
import { StaffLeave } from './staff-leave.entity.js';

registerNodeType({
  typename: 'ShiftSwap',
  entity: ShiftSwap,
  keyOf: (s) => s.id,
  load: (ctx, keys) => new ShiftSwapService(ctx).byIds(keys),
});
registerNodeType({
  typename: 'StaffLeave',
  entity: StaffLeave,
  keyOf: (l) => l.id,
  load: (ctx, keys) =>
    ctx.viewer
      ? ctx.em.find(StaffLeave, { $and: [{ id: { $in: [...keys] } }, leaveReadFilter(ctx.viewer)] })
      : Promise.resolve([]),
});

export const ShiftSwapConnection = Connection(ShiftSwap, 'ShiftSwap');
export const StaffLeaveConnection = Connection(StaffLeave, 'StaffLeave');

@ObjectType('ShiftSwapPayload', { description: 'The result of a step on a shift swap.' })
class ShiftSwapPayload {
  @Field(() => ShiftSwap, { nullable: true, description: 'The swap as changed; null when refused.' })
  swap: ShiftSwap | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

@ObjectType('StaffLeavePayload', { description: 'The result of recording or cancelling leave.' })
class StaffLeavePayload {
  @Field(() => StaffLeave, { nullable: true, description: 'The leave as changed; null when refused.' })
  leave: StaffLeave | null;

  @Field(() => Int, {
    description: 'How many rostered shifts now count the person on leave (recorded) or back (cancelled).',
  })
  shiftsChanged: number;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

@ObjectType('ShiftSwapCandidate', {
  description: 'A colleague who could take your shift, and the shifts of theirs you could work instead.',
})
class ShiftSwapCandidate {
  @Field(() => Staff, { description: 'The colleague.' })
  staff: Staff;

  @Field(() => Boolean, { description: 'They are free to cover your shift (no overlapping shift, no leave).' })
  mayCover: boolean;

  @Field(() => [Shift], {
    description: 'Their shifts in the next four weeks, in your role, that you are free to work in exchange.',
  })
  shifts: Shift[];
}

@ObjectType('ShiftOverviewEntry', { description: 'One shift on the director’s overview, its people counted.' })
class ShiftOverviewEntry {
  @Field(() => Shift, { description: 'The shift.' })
  shift: Shift;

  @Field(() => Boolean, { description: 'Running now (or within its hours and not closed).' })
  current: boolean;

  @Field(() => Int, { description: 'People rostered on it (the leader included).' })
  rostered: number;

  @Field(() => Int, { description: 'Of them, on leave.' })
  onLeave: number;

  @Field(() => Int, { description: 'Of them, checked in.' })
  checkedIn: number;

  @Field(() => Int, { description: 'Of them, checked in late.' })
  late: number;

  @Field(() => Int, { description: 'Of them, absent (no check-in past the grace period).' })
  absent: number;
}

const leavePayload = (o: { result: { leave: StaffLeave; marked: number } | null; userErrors: UserError[] }) => ({
  leave: o.result?.leave ?? null,
  shiftsChanged: o.result?.marked ?? 0,
  userErrors: o.userErrors,
});

const swapPayload = (o: { result: ShiftSwap | null; userErrors: UserError[] }): ShiftSwapPayload => ({
  swap: o.result,
  userErrors: o.userErrors,
});

/** Manual roster edits, leave, swaps and the director's overview (R35, R36). */
@Resolver()
export class RosterResolver {
  // ---- manual edits (the director) ---------------------------------------------------------

  @Authorized('roster.create')
  @Mutation(() => ShiftPayload, { description: 'Put someone on a shift by hand (not on a closed shift).' })
  async addShiftMember(@Arg('input', () => AddShiftMemberInput) input: AddShiftMemberInput, @Ctx() ctx: Context) {
    return shiftPayload(await new RosterEditService(ctx).addMember(input));
  }

  @Authorized('roster.create')
  @Mutation(() => ShiftPayload, { description: 'Take someone off a shift; the roster keeps the row, stamped.' })
  async removeShiftMember(
    @Arg('input', () => RemoveShiftMemberInput) input: RemoveShiftMemberInput,
    @Ctx() ctx: Context,
  ) {
    return shiftPayload(await new RosterEditService(ctx).removeMember(input));
  }

  @Authorized('roster.create')
  @Mutation(() => ShiftPayload, { description: 'Give a shift another leader (the former one stays as an officer).' })
  async changeShiftLeader(
    @Arg('input', () => ChangeShiftLeaderInput) input: ChangeShiftLeaderInput,
    @Ctx() ctx: Context,
  ) {
    return shiftPayload(await new RosterEditService(ctx).changeLeader(input));
  }

  @Authorized('roster.create')
  @Mutation(() => ShiftPayload, { description: 'Mark someone on leave for one shift (a day off), or back on duty.' })
  async setShiftMemberLeave(
    @Arg('input', () => SetShiftMemberLeaveInput) input: SetShiftMemberLeaveInput,
    @Ctx() ctx: Context,
  ) {
    return shiftPayload(await new RosterEditService(ctx).setMemberLeave(input));
  }

  // ---- leave -------------------------------------------------------------------------------

  @Authorized('roster.create', 'roster.handle')
  @Mutation(() => StaffLeavePayload, {
    description: 'Record days off for someone (the director, or the leader of their team).',
  })
  async recordStaffLeave(@Arg('input', () => RecordStaffLeaveInput) input: RecordStaffLeaveInput, @Ctx() ctx: Context) {
    return leavePayload(await new RosterEditService(ctx).recordLeave(input));
  }

  @Authorized('roster.create', 'roster.handle')
  @Mutation(() => StaffLeavePayload, { description: 'Cancel days off; the shifts they covered count the person back.' })
  async cancelStaffLeave(@Arg('input', () => CancelStaffLeaveInput) input: CancelStaffLeaveInput, @Ctx() ctx: Context) {
    return leavePayload(await new RosterEditService(ctx).cancelLeave(input));
  }

  @Authorized('roster.read')
  @Query(() => StaffLeaveConnection, {
    description: 'Leave you may see (your own; your department’s or site’s people as far as you read rosters).',
  })
  staffLeaves(
    @Arg('filter', () => StaffLeaveFilter, { nullable: true }) filter: StaffLeaveFilter | null,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<StaffLeave>> {
    return new RosterEditService(ctx).leaves(filter, page);
  }

  // ---- swaps -------------------------------------------------------------------------------

  @Authorized('roster.read')
  @Mutation(() => ShiftSwapPayload, {
    description: 'Ask to give one of your shifts to a colleague, or to exchange it for one of theirs.',
  })
  async requestShiftSwap(@Arg('input', () => RequestShiftSwapInput) input: RequestShiftSwapInput, @Ctx() ctx: Context) {
    return swapPayload(await new ShiftSwapService(ctx).request(input));
  }

  @Authorized('roster.handle', 'roster.approve')
  @Mutation(() => ShiftSwapPayload, {
    description: 'Approve a swap (the leader of every shift it moves, or the director): the roster changes.',
  })
  async approveShiftSwap(@Arg('input', () => DecideShiftSwapInput) input: DecideShiftSwapInput, @Ctx() ctx: Context) {
    return swapPayload(await new ShiftSwapService(ctx).approve(input));
  }

  @Authorized('roster.handle', 'roster.approve')
  @Mutation(() => ShiftSwapPayload, { description: 'Reject a swap, saying why.' })
  async rejectShiftSwap(@Arg('input', () => DecideShiftSwapInput) input: DecideShiftSwapInput, @Ctx() ctx: Context) {
    return swapPayload(await new ShiftSwapService(ctx).reject(input));
  }

  @Authorized('roster.read')
  @Mutation(() => ShiftSwapPayload, { description: 'Withdraw a swap you asked for, while it waits.' })
  async cancelShiftSwap(@Arg('input', () => CancelShiftSwapInput) input: CancelShiftSwapInput, @Ctx() ctx: Context) {
    return swapPayload(await new ShiftSwapService(ctx).cancel(input));
  }

  @Authorized('roster.read')
  @Query(() => ShiftSwapConnection, {
    description: 'Swaps you may see, newest first: those you asked for, are asked to take, or decide.',
  })
  shiftSwaps(
    @Arg('filter', () => ShiftSwapFilter, { nullable: true }) filter: ShiftSwapFilter | null,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<ShiftSwap>> {
    return new ShiftSwapService(ctx).list(filter, page);
  }

  @Authorized('roster.read')
  @Query(() => [ShiftSwapCandidate], {
    description:
      'Who could take one of your shifts that has not started, and which of their shifts you could work instead.',
  })
  shiftSwapOptions(@Arg('shiftId', () => ID) shiftId: string, @Ctx() ctx: Context): Promise<ShiftSwapCandidate[]> {
    return new ShiftSwapService(ctx).options(shiftId);
  }

  // ---- overview ----------------------------------------------------------------------------

  @Authorized('roster.read')
  @Query(() => [ShiftOverviewEntry], {
    description:
      'The day’s shifts (today in each site’s zone by default) and those running now, with their people counted.',
  })
  shiftsOverview(
    @Arg('input', () => ShiftsOverviewInput, { nullable: true }) input: ShiftsOverviewInput | null,
    @Ctx() ctx: Context,
  ): Promise<ShiftOverviewEntry[]> {
    return new RosterEditService(ctx).overview(input);
  }
}

@Resolver(() => ShiftSwap)
export class ShiftSwapResolver {
  @FieldResolver(() => Staff, { description: 'Who asked.' })
  requester(@Root() s: ShiftSwap): Promise<Staff> {
    return s.requester.load() as Promise<Staff>;
  }

  @FieldResolver(() => Staff, { description: 'The colleague who would work the requester’s shift.' })
  colleague(@Root() s: ShiftSwap): Promise<Staff> {
    return s.colleague.load() as Promise<Staff>;
  }

  // Whoever sees a swap sees the shifts it names: the parties must know what they agree to.
  @FieldResolver(() => Shift, { description: 'The requester’s shift, which the colleague would work.' })
  fromShift(@Root() s: ShiftSwap): Promise<Shift> {
    return s.fromShift.load() as Promise<Shift>;
  }

  @FieldResolver(() => Shift, {
    nullable: true,
    description: 'For an exchange, the colleague’s shift, which the requester would work.',
  })
  toShift(@Root() s: ShiftSwap): Promise<Shift | null> | null {
    return s.toShift?.load() ?? null;
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who approved, rejected or cancelled it.' })
  decidedBy(@Root() s: ShiftSwap): Promise<Staff | null> | null {
    return s.decidedBy?.load() ?? null;
  }

  @FieldResolver(() => Boolean, { description: 'You may approve or reject it now.' })
  viewerMayDecide(@Root() s: ShiftSwap, @Ctx() ctx: Context): Promise<boolean> {
    return new ShiftSwapService(ctx).mayDecide(s);
  }

  @FieldResolver(() => Boolean, { description: 'You asked for it and it still waits: you may withdraw it.' })
  viewerMayCancel(@Root() s: ShiftSwap, @Ctx() ctx: Context): boolean {
    return s.status === ShiftSwapStatus.REQUESTED && s.requester.unwrap().id === ctx.viewer?.staff.id;
  }
}

@Resolver(() => StaffLeave)
export class StaffLeaveResolver {
  @FieldResolver(() => Staff, { description: 'Who is off.' })
  staff(@Root() l: StaffLeave): Promise<Staff> {
    return l.staff.load() as Promise<Staff>;
  }

  @FieldResolver(() => Staff, { description: 'Who recorded it.' })
  recordedBy(@Root() l: StaffLeave): Promise<Staff> {
    return l.recordedBy.load() as Promise<Staff>;
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who cancelled it.' })
  cancelledBy(@Root() l: StaffLeave): Promise<Staff | null> | null {
    return l.cancelledBy?.load() ?? null;
  }

  @FieldResolver(() => Boolean, { description: 'You may cancel it (it stands, and you record their leave).' })
  viewerMayCancel(@Root() l: StaffLeave, @Ctx() ctx: Context): Promise<boolean> {
    return new RosterEditService(ctx).mayCancelLeave(l);
  }
}

@Resolver(() => ShiftMember)
export class ShiftMemberSwapResolver {
  @FieldResolver(() => Boolean, {
    description: 'Their position leads shifts: they may be made this shift’s leader.',
  })
  canLead(@Root() m: ShiftMember, @Ctx() ctx: Context): Promise<boolean> {
    return new RosterEditService(ctx).canLead(m);
  }

  @FieldResolver(() => ShiftSwap, {
    nullable: true,
    description: 'The approved swap that put them on this shift, if one did (the roster records who swapped).',
  })
  swap(@Root() m: ShiftMember, @Ctx() ctx: Context): Promise<ShiftSwap | null> {
    return new ShiftSwapService(ctx).approvedSwapOf(m);
  }
}

export const rosterResolvers = [
  RosterResolver,
  ShiftSwapResolver,
  StaffLeaveResolver,
  ShiftMemberSwapResolver,
] as const;
