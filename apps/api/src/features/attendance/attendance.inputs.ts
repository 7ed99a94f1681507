import { Field, ID, InputType } from 'type-graphql';
import { AttendanceStatus, RollCall, ShiftPost } from '../shifts/shift.enums.js';
import { DisciplineKind, DisciplineStatus } from './attendance.enums.js';

@InputType('RollCallEntry', { description: 'One person’s answer at the roll call.' })
export class RollCallEntry {
  @Field(() => ID, { description: 'Their place on the shift (a `ShiftMember`).' })
  memberId: string;

  @Field(() => RollCall, { description: 'Present or absent.' })
  rollCall: RollCall;
}

@InputType('RecordRollCallInput', {
  description: 'The roll call at the pre-shift meeting (SL-13): present or absent, for some or all officers.',
})
export class RecordRollCallInput {
  @Field(() => ID, { description: 'The shift (in its pre-shift meeting, or on duty for a late correction).' })
  shiftId: string;

  @Field(() => [RollCallEntry], { description: 'One entry per officer called (1–60).' })
  entries: RollCallEntry[];
}

@InputType('RecordGroomingCheckInput', {
  description: 'A grooming check of one officer present (R41, SL-9); checking again replaces the last result.',
})
export class RecordGroomingCheckInput {
  @Field(() => ID, { description: 'The officer’s place on the shift (a `ShiftMember`).' })
  memberId: string;

  @Field(() => Boolean, { description: 'Uniform passes.' })
  uniform: boolean;

  @Field(() => Boolean, { description: 'Badge passes.' })
  badge: boolean;

  @Field(() => Boolean, { description: 'Appearance passes.' })
  appearance: boolean;

  @Field(() => Boolean, { description: 'Equipment passes.' })
  equipment: boolean;

  @Field(() => String, { nullable: true, description: 'Remarks (at most 500 characters).' })
  note?: string | null;
}

@InputType('PostAssignment', { description: 'One person’s post.' })
export class PostAssignment {
  @Field(() => ID, { description: 'Their place on the shift (a `ShiftMember`).' })
  memberId: string;

  @Field(() => ShiftPost, { nullable: true, description: 'The post; null takes them off any post.' })
  post?: ShiftPost | null;
}

@InputType('AssignShiftPostsInput', { description: 'Assign posts at the pre-shift meeting (SL-9 分配当值岗位).' })
export class AssignShiftPostsInput {
  @Field(() => ID, { description: 'The shift.' })
  shiftId: string;

  @Field(() => [PostAssignment], { description: 'One entry per person whose post changes (1–60).' })
  assignments: PostAssignment[];
}

@InputType('RecordShiftBriefingInput', {
  description:
    'What the pre-shift meeting covered (SL-13): its topics, in order, and notes. Replaces what was recorded.',
})
export class RecordShiftBriefingInput {
  @Field(() => ID, { description: 'The shift.' })
  shiftId: string;

  @Field(() => [String], { description: 'The topics (at most 20, each at most 200 characters).' })
  topics: string[];

  @Field(() => String, { nullable: true, description: 'Notes (at most 2000 characters).' })
  notes?: string | null;
}

@InputType('AttendanceInput', {
  description:
    'A check-in or check-out. Yourself: name your place, or nothing for your current shift. A leader may name anyone on their shift, and an earlier time.',
})
export class AttendanceInput {
  @Field(() => ID, {
    nullable: true,
    description: 'The place on a shift (a `ShiftMember`); default your own on your current shift.',
  })
  memberId?: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When it happened, if not now (the shift’s leader only; not in the future).',
  })
  at?: Date | null;
}

@InputType('AttendanceRangeInput', { description: 'Attendance over a stretch of days: at most 62.' })
export class AttendanceRangeInput {
  @Field(() => String, { description: 'First local date, `YYYY-MM-DD`.' })
  from: string;

  @Field(() => String, { description: 'Last local date, `YYYY-MM-DD` (inclusive).' })
  to: string;

  @Field(() => String, { nullable: true, description: 'Only this site (its code).' })
  siteCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this team’s shifts.' })
  teamId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this person.' })
  staffId?: string | null;

  @Field(() => [AttendanceStatus], { nullable: true, description: 'Only rows with these statuses.' })
  statuses?: AttendanceStatus[] | null;
}

@InputType('AttendanceRecordFilter', {
  description: 'Which attendance rows (rostered places on shifts) to list; every condition must hold.',
})
export class AttendanceRecordFilter {
  @Field(() => String, { nullable: true, description: 'Shifts on or after this local date, `YYYY-MM-DD`.' })
  from?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Shifts on or before this local date, `YYYY-MM-DD` (inclusive).',
  })
  to?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this site (its code).' })
  siteCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Only shifts of this department (its key).' })
  departmentKey?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this team’s shifts.' })
  teamId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this person.' })
  staffId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only those on leave (true) or not (false).' })
  onLeave?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only those who checked in (true) or did not (false).' })
  checkedIn?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only those who checked out (true) or did not (false).' })
  checkedOut?: boolean | null;
}

@InputType('RecordDisciplineInput', {
  description: 'A violation observed on a shift (R42, SL-10), recorded by hand by whoever runs the shift.',
})
export class RecordDisciplineInput {
  @Field(() => ID, { description: 'The officer’s place on the shift (a `ShiftMember`).' })
  memberId: string;

  @Field(() => DisciplineKind, { description: 'What kind of violation.' })
  kind: DisciplineKind;

  @Field(() => String, { description: 'What was observed (at most 1000 characters).' })
  observation: string;

  @Field(() => ShiftPost, { nullable: true, description: 'The post concerned; default their assigned post.' })
  post?: ShiftPost | null;

  @Field(() => Date, { nullable: true, description: 'When it was observed; default now (within the shift).' })
  observedAt?: Date | null;
}

@InputType('CorrectDisciplineInput', { description: 'Record the correction made (SL-10 及时纠正).' })
export class CorrectDisciplineInput {
  @Field(() => ID, { description: 'The discipline record.' })
  recordId: string;

  @Field(() => String, { description: 'What was done about it (at most 1000 characters).' })
  correction: string;
}

@InputType('EscalateDisciplineInput', { description: 'Pass a violation up to the director.' })
export class EscalateDisciplineInput {
  @Field(() => ID, { description: 'The discipline record.' })
  recordId: string;

  @Field(() => String, { description: 'Why (at most 500 characters).' })
  note: string;
}

@InputType('VoidDisciplineInput', { description: 'Void a record raised in error (it is kept, with the reason).' })
export class VoidDisciplineInput {
  @Field(() => ID, { description: 'The discipline record.' })
  recordId: string;

  @Field(() => String, { description: 'Why it was raised in error (at most 500 characters).' })
  reason: string;
}

@InputType('DisciplineFilter', { description: 'Which discipline records to list; every condition must hold.' })
export class DisciplineFilter {
  @Field(() => [DisciplineStatus], { nullable: true, description: 'Only these statuses.' })
  statuses?: DisciplineStatus[] | null;

  @Field(() => DisciplineKind, { nullable: true, description: 'Only this kind.' })
  kind?: DisciplineKind | null;

  @Field(() => ID, { nullable: true, description: 'Only this person’s.' })
  staffId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this shift’s.' })
  shiftId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only at this site (its code).' })
  siteCode?: string | null;

  @Field(() => Date, { nullable: true, description: 'Observed at or after this moment.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Observed before this moment.' })
  to?: Date | null;

  @Field(() => String, { nullable: true, description: 'Only shifts of this department (its key).' })
  departmentKey?: string | null;
}
