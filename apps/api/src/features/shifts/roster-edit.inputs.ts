import { Field, ID, InputType } from 'type-graphql';
import { ShiftSwapInvolvement, ShiftSwapKind, ShiftSwapStatus } from './roster.enums.js';

@InputType('AddShiftMemberInput', { description: 'Put someone on a shift by hand.' })
export class AddShiftMemberInput {
  @Field(() => ID, { description: 'The shift.' })
  shiftId: string;

  @Field(() => ID, { description: 'Who: an active member of the shift’s department at its site.' })
  staffId: string;
}

@InputType('RemoveShiftMemberInput', { description: 'Take someone off a shift (the row is kept, stamped as removed).' })
export class RemoveShiftMemberInput {
  @Field(() => ID, { description: 'Their place on the shift (a ShiftMember).' })
  memberId: string;

  @Field(() => String, { nullable: true, description: 'Why, at most 500 characters.' })
  reason?: string | null;
}

@InputType('ChangeShiftLeaderInput', {
  description: 'Give a shift another leader; the former leader stays on it as an officer.',
})
export class ChangeShiftLeaderInput {
  @Field(() => ID, { description: 'The shift.' })
  shiftId: string;

  @Field(() => ID, { description: 'The new leader: someone whose position leads shifts.' })
  leaderId: string;
}

@InputType('SetShiftMemberLeaveInput', { description: 'Mark someone on leave for one shift (a day off), or back.' })
export class SetShiftMemberLeaveInput {
  @Field(() => ID, { description: 'Their place on the shift (a ShiftMember).' })
  memberId: string;

  @Field(() => Boolean, { description: 'On leave (true) or back on duty (false).' })
  onLeave: boolean;

  @Field(() => String, { nullable: true, description: 'Why; required when on leave, at most 500 characters.' })
  note?: string | null;
}

@InputType('RecordStaffLeaveInput', {
  description: 'Days off for someone: every shift they are rostered on in them counts them on leave.',
})
export class RecordStaffLeaveInput {
  @Field(() => ID, { description: 'Who.' })
  staffId: string;

  @Field(() => String, { description: 'First day off, `YYYY-MM-DD`.' })
  fromDate: string;

  @Field(() => String, { description: 'Last day off, `YYYY-MM-DD` (inclusive; at most 92 days).' })
  toDate: string;

  @Field(() => String, { description: 'Why, at most 200 characters (annual leave, sick leave …).' })
  reason: string;
}

@InputType('CancelStaffLeaveInput', { description: 'Cancel days off; the shifts they covered count the person back.' })
export class CancelStaffLeaveInput {
  @Field(() => ID, { description: 'The leave.' })
  leaveId: string;

  @Field(() => String, { nullable: true, description: 'Why, at most 200 characters.' })
  reason?: string | null;
}

@InputType('StaffLeaveFilter', { description: 'Which leave to list; every condition must hold.' })
export class StaffLeaveFilter {
  @Field(() => ID, { nullable: true, description: 'Only this person’s.' })
  staffId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only leave reaching this date or later, `YYYY-MM-DD`.' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Only leave starting by this date, `YYYY-MM-DD`.' })
  to?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Include cancelled leave (default false).' })
  includeCancelled?: boolean | null;
}

@InputType('RequestShiftSwapInput', {
  description:
    'Ask to give one of your rostered shifts to a colleague (cover), or to exchange it for one of theirs (exchange).',
})
export class RequestShiftSwapInput {
  @Field(() => ID, { description: 'Your shift: one you are rostered on that has not started.' })
  shiftId: string;

  @Field(() => ID, { description: 'The colleague who would work it.' })
  colleagueId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'For an exchange: the colleague’s shift, which you would work. Omit for a cover.',
  })
  colleagueShiftId?: string | null;

  @Field(() => String, { nullable: true, description: 'Why, at most 500 characters.' })
  reason?: string | null;
}

@InputType('DecideShiftSwapInput', { description: 'A decision on a requested swap.' })
export class DecideShiftSwapInput {
  @Field(() => ID, { description: 'The swap.' })
  swapId: string;

  @Field(() => String, {
    nullable: true,
    description: 'What to tell them, at most 500 characters (required to reject).',
  })
  note?: string | null;
}

@InputType('CancelShiftSwapInput', { description: 'Withdraw a swap you asked for.' })
export class CancelShiftSwapInput {
  @Field(() => ID, { description: 'The swap.' })
  swapId: string;
}

@InputType('ShiftSwapFilter', { description: 'Which swaps to list; every condition must hold.' })
export class ShiftSwapFilter {
  @Field(() => ShiftSwapInvolvement, { nullable: true, description: 'Only those you are involved in this way.' })
  involvement?: ShiftSwapInvolvement | null;

  @Field(() => ID, { nullable: true, description: 'Only those moving people on this shift.' })
  shiftId?: string | null;

  @Field(() => [ShiftSwapStatus], { nullable: true, description: 'Only these statuses.' })
  statuses?: ShiftSwapStatus[] | null;

  @Field(() => ShiftSwapKind, { nullable: true, description: 'Only this kind.' })
  kind?: ShiftSwapKind | null;

  @Field(() => String, { nullable: true, description: 'Only this site’s (its code).' })
  siteCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this department’s (its key).' })
  departmentKey?: string | null;

  @Field(() => Date, { nullable: true, description: 'Asked for at or after.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Asked for before (not before `from`).' })
  to?: Date | null;
}

@InputType('ShiftsOverviewInput', { description: 'Which day’s shifts the overview shows.' })
export class ShiftsOverviewInput {
  @Field(() => String, {
    nullable: true,
    description: 'The local date, `YYYY-MM-DD`; default today in each site’s time zone.',
  })
  date?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this site (its code).' })
  siteCode?: string | null;
}
