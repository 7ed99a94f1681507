import {
  Arg,
  Args,
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
import { loadOne } from '../../graphql/batch.js';
import { Connection, type ConnectionShape } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { registerNodeType } from '../../graphql/node.js';
import { UserError } from '../../graphql/user-error.js';
import { shiftReadFilter } from '../shifts/shift.access.js';
import { Shift, ShiftMember } from '../shifts/shift.entity.js';
import { ShiftPayload, shiftPayload } from '../shifts/shift.resolver.js';
import type { ShiftPattern } from '../shifts/shift-pattern.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { PageArgsType } from '../staff/staff.resolver.js';
import {
  AssignShiftPostsInput,
  AttendanceInput,
  AttendanceRangeInput,
  AttendanceRecordFilter,
  CorrectDisciplineInput,
  DisciplineFilter,
  EscalateDisciplineInput,
  RecordDisciplineInput,
  RecordGroomingCheckInput,
  RecordRollCallInput,
  RecordShiftBriefingInput,
  VoidDisciplineInput,
} from './attendance.inputs.js';
import { AttendanceService } from './attendance.service.js';
import { DisciplineService } from './discipline.service.js';
import { DisciplineRecord } from './discipline-record.entity.js';
import { GroomingCheck } from './grooming-check.entity.js';
import { PreShiftService } from './pre-shift.service.js';
import { ShiftBriefing } from './shift-briefing.entity.js';

registerNodeType({
  typename: 'DisciplineRecord',
  entity: DisciplineRecord,
  keyOf: (r) => r.id,
  load: (ctx, keys) => new DisciplineService(ctx).byIds(keys),
});
registerNodeType({
  typename: 'GroomingCheck',
  entity: GroomingCheck,
  keyOf: (g) => g.id,
  load: (ctx, keys) => new PreShiftService(ctx).groomingByIds(keys),
});
registerNodeType({
  typename: 'ShiftBriefing',
  entity: ShiftBriefing,
  keyOf: (b) => b.id,
  load: (ctx, keys) =>
    ctx.viewer
      ? ctx.em.find(ShiftBriefing, { id: { $in: [...keys] }, shift: shiftReadFilter(ctx.viewer) })
      : Promise.resolve([]),
});

export const DisciplineRecordConnection = Connection(DisciplineRecord, 'DisciplineRecord');
export const ShiftMemberConnection = Connection(ShiftMember, 'ShiftMember');

@ObjectType('RollCallPayload', { description: 'The result of a roll call.' })
class RollCallPayload {
  @Field(() => Shift, { nullable: true, description: 'The shift as it is now; null when refused.' })
  shift: Shift | null;

  @Field(() => [DisciplineRecord], { description: 'The no-show records the roll call raised.' })
  raised: DisciplineRecord[];

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

@ObjectType('GroomingCheckPayload', { description: 'The result of a grooming check.' })
class GroomingCheckPayload {
  @Field(() => GroomingCheck, { nullable: true, description: 'The check as recorded; null when refused.' })
  groomingCheck: GroomingCheck | null;

  @Field(() => DisciplineRecord, {
    nullable: true,
    description: 'The discipline record a failure raised (or a passing re-check corrected), if any.',
  })
  discipline: DisciplineRecord | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

@ObjectType('ShiftBriefingPayload', { description: 'The result of recording a pre-shift meeting’s topics.' })
class ShiftBriefingPayload {
  @Field(() => ShiftBriefing, { nullable: true, description: 'The briefing as recorded; null when refused.' })
  briefing: ShiftBriefing | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

@ObjectType('AttendancePayload', { description: 'The result of a check-in or check-out.' })
class AttendancePayload {
  @Field(() => ShiftMember, { nullable: true, description: 'The place on the shift, as recorded; null when refused.' })
  member: ShiftMember | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

@ObjectType('DisciplinePayload', { description: 'The result of a change to a discipline record.' })
class DisciplinePayload {
  @Field(() => DisciplineRecord, { nullable: true, description: 'The record as changed; null when refused.' })
  record: DisciplineRecord | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

const disciplinePayload = (o: { result: DisciplineRecord | null; userErrors: UserError[] }): DisciplinePayload => ({
  record: o.result,
  userErrors: o.userErrors,
});
const attendancePayload = (o: { result: ShiftMember | null; userErrors: UserError[] }): AttendancePayload => ({
  member: o.result,
  userErrors: o.userErrors,
});

/** The pre-shift meeting, attendance and discipline: queries and steps. */
@Resolver()
export class AttendanceResolver {
  @Authorized('attendance.read')
  @Query(() => [ShiftMember], {
    description:
      'Attendance over at most 62 days by site, team or person: every rostered place you may read, with its status, in order of the shifts.',
  })
  attendance(
    @Arg('range', () => AttendanceRangeInput) range: AttendanceRangeInput,
    @Ctx() ctx: Context,
  ): Promise<ShiftMember[]> {
    return new AttendanceService(ctx).range(range);
  }

  @Authorized('attendance.read')
  @Query(() => ShiftMemberConnection, {
    description:
      'Attendance rows you may read (rostered places on shifts, with their status), latest shift first: by date range, site, department, team, person.',
  })
  attendanceRecords(
    @Arg('filter', () => AttendanceRecordFilter, { nullable: true }) filter: AttendanceRecordFilter | null,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<ShiftMember>> {
    return new AttendanceService(ctx).records(filter, page);
  }

  @Authorized('discipline.read')
  @Query(() => DisciplineRecordConnection, {
    description:
      'Discipline records you may see (the director’s department, a leader’s sites, your own), latest first.',
  })
  disciplineRecords(
    @Arg('filter', () => DisciplineFilter, { nullable: true }) filter: DisciplineFilter | null,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<DisciplineRecord>> {
    return new DisciplineService(ctx).list(filter, page);
  }

  @Authorized('attendance.create', 'roster.approve')
  @Mutation(() => RollCallPayload, {
    description: 'The roll call at the pre-shift meeting: an absent officer gets a no-show record.',
  })
  async recordRollCall(
    @Arg('input', () => RecordRollCallInput) input: RecordRollCallInput,
    @Ctx() ctx: Context,
  ): Promise<RollCallPayload> {
    const o = await new PreShiftService(ctx).rollCall(input);
    return { shift: o.result?.shift ?? null, raised: o.result?.raised ?? [], userErrors: o.userErrors };
  }

  @Authorized('discipline.create', 'roster.approve')
  @Mutation(() => GroomingCheckPayload, {
    description:
      'A grooming check of an officer present (uniform, badge, appearance, equipment); a failure is recorded.',
  })
  async recordGroomingCheck(
    @Arg('input', () => RecordGroomingCheckInput) input: RecordGroomingCheckInput,
    @Ctx() ctx: Context,
  ): Promise<GroomingCheckPayload> {
    const o = await new PreShiftService(ctx).groomingCheck(input);
    return {
      groomingCheck: o.result?.check ?? null,
      discipline: o.result?.discipline ?? null,
      userErrors: o.userErrors,
    };
  }

  @Authorized('roster.handle', 'roster.approve')
  @Mutation(() => ShiftPayload, { description: 'Assign posts at the pre-shift meeting (SL-9).' })
  async assignShiftPosts(
    @Arg('input', () => AssignShiftPostsInput) input: AssignShiftPostsInput,
    @Ctx() ctx: Context,
  ): Promise<ShiftPayload> {
    return shiftPayload(await new PreShiftService(ctx).assignPosts(input));
  }

  @Authorized('roster.handle', 'roster.approve')
  @Mutation(() => ShiftBriefingPayload, { description: 'Record the topics and notes of the pre-shift meeting.' })
  async recordShiftBriefing(
    @Arg('input', () => RecordShiftBriefingInput) input: RecordShiftBriefingInput,
    @Ctx() ctx: Context,
  ): Promise<ShiftBriefingPayload> {
    const o = await new PreShiftService(ctx).recordBriefing(input);
    return { briefing: o.result, userErrors: o.userErrors };
  }

  @Authorized('attendance.read', 'attendance.create')
  @Mutation(() => AttendancePayload, {
    description:
      'Check in: yourself (your current shift, or a place of yours), or — for whoever runs the shift — anyone on it.',
  })
  async checkIn(@Arg('input', () => AttendanceInput) input: AttendanceInput, @Ctx() ctx: Context) {
    return attendancePayload(await new AttendanceService(ctx).checkIn(input));
  }

  @Authorized('attendance.read', 'attendance.create')
  @Mutation(() => AttendancePayload, {
    description: 'Check out: yourself, or — for whoever runs the shift — anyone on it.',
  })
  async checkOut(@Arg('input', () => AttendanceInput) input: AttendanceInput, @Ctx() ctx: Context) {
    return attendancePayload(await new AttendanceService(ctx).checkOut(input));
  }

  @Authorized('discipline.create', 'roster.approve')
  @Mutation(() => DisciplinePayload, {
    description: 'Record a violation by hand (post supervision, SL-10): reported to the director.',
  })
  async recordDiscipline(@Arg('input', () => RecordDisciplineInput) input: RecordDisciplineInput, @Ctx() ctx: Context) {
    return disciplinePayload(await new DisciplineService(ctx).record(input));
  }

  @Authorized('discipline.create', 'roster.approve')
  @Mutation(() => DisciplinePayload, { description: 'Record the correction made to a violation.' })
  async correctDiscipline(
    @Arg('input', () => CorrectDisciplineInput) input: CorrectDisciplineInput,
    @Ctx() ctx: Context,
  ) {
    return disciplinePayload(await new DisciplineService(ctx).correct(input));
  }

  @Authorized('discipline.create', 'roster.approve')
  @Mutation(() => DisciplinePayload, { description: 'Pass an open violation up to the director.' })
  async escalateDiscipline(
    @Arg('input', () => EscalateDisciplineInput) input: EscalateDisciplineInput,
    @Ctx() ctx: Context,
  ) {
    return disciplinePayload(await new DisciplineService(ctx).escalate(input));
  }

  @Authorized('discipline.create', 'roster.approve')
  @Mutation(() => DisciplinePayload, { description: 'Void a violation recorded in error (kept, with the reason).' })
  async voidDiscipline(@Arg('input', () => VoidDisciplineInput) input: VoidDisciplineInput, @Ctx() ctx: Context) {
    return disciplinePayload(await new DisciplineService(ctx).void(input));
  }
}

/** What a shift shows of its pre-shift meeting and discipline. */
@Resolver(() => Shift)
export class ShiftAttendanceResolver {
  @FieldResolver(() => ShiftBriefing, { nullable: true, description: 'The pre-shift meeting’s topics and notes.' })
  briefing(@Root() s: Shift, @Ctx() ctx: Context): Promise<ShiftBriefing | null> {
    return new PreShiftService(ctx).briefingOf(s);
  }

  @FieldResolver(() => [GroomingCheck], { description: 'The grooming checks of its officers that you may see.' })
  groomingChecks(@Root() s: Shift, @Ctx() ctx: Context): Promise<GroomingCheck[]> {
    return new PreShiftService(ctx).groomingChecksOf(s);
  }

  @FieldResolver(() => [DisciplineRecord], { description: 'The discipline records of the shift that you may see.' })
  disciplineRecords(@Root() s: Shift, @Ctx() ctx: Context): Promise<DisciplineRecord[]> {
    return new DisciplineService(ctx).ofShift(s);
  }
}

/** Minutes between two instants, rounded up to whole minutes. */
const wholeMinutes = (ms: number) => Math.ceil(ms / 60_000);

@Resolver(() => ShiftMember)
export class ShiftMemberAttendanceResolver {
  @FieldResolver(() => GroomingCheck, { nullable: true, description: 'Their grooming check, if you may see it.' })
  groomingCheck(@Root() m: ShiftMember, @Ctx() ctx: Context): Promise<GroomingCheck | null> {
    return new PreShiftService(ctx).groomingCheckOf(m);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'How many minutes after the start they checked in, when that was past the grace period.',
  })
  async minutesLate(@Root() m: ShiftMember): Promise<number | null> {
    if (!m.checkInAt) return null;
    const shift = (await m.shift.load()) as Shift;
    const pattern = (await shift.pattern.load()) as ShiftPattern;
    const late = m.checkInAt.getTime() - shift.startsAt.getTime();
    return late > pattern.lateGraceMinutes * 60_000 ? wholeMinutes(late) : null;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'How many minutes before the end they checked out, when that was before the grace period.',
  })
  async minutesEarly(@Root() m: ShiftMember): Promise<number | null> {
    if (!m.checkOutAt) return null;
    const shift = (await m.shift.load()) as Shift;
    const pattern = (await shift.pattern.load()) as ShiftPattern;
    const early = shift.endsAt.getTime() - m.checkOutAt.getTime();
    return early > pattern.earlyLeaveGraceMinutes * 60_000 ? wholeMinutes(early) : null;
  }
}

@Resolver(() => DisciplineRecord)
export class DisciplineRecordResolver {
  @FieldResolver(() => Shift, { description: 'The shift it was observed on.' })
  shift(@Root() r: DisciplineRecord): Promise<Shift> {
    return r.shift.load() as Promise<Shift>;
  }

  @FieldResolver(() => ShiftMember, { description: 'The officer’s place on that shift.' })
  member(@Root() r: DisciplineRecord): Promise<ShiftMember> {
    return r.member.load() as Promise<ShiftMember>;
  }

  @FieldResolver(() => Staff, { description: 'The officer.' })
  staff(@Root() r: DisciplineRecord): Promise<Staff> {
    return r.staff.load() as Promise<Staff>;
  }

  @FieldResolver(() => Staff, { description: 'Who recorded it (the shift leader, for what the shift’s steps raise).' })
  recordedBy(@Root() r: DisciplineRecord): Promise<Staff> {
    return r.recordedBy.load() as Promise<Staff>;
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who recorded the correction.' })
  correctedBy(@Root() r: DisciplineRecord): Promise<Staff | null> | null {
    return r.correctedBy?.load() ?? null;
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Whom it was reported to (the director).' })
  reportedTo(@Root() r: DisciplineRecord): Promise<Staff | null> | null {
    return r.reportedTo?.load() ?? null;
  }

  @FieldResolver(() => Boolean, { description: 'You may correct, escalate or void it (you run its shift).' })
  async viewerMayHandle(@Root() r: DisciplineRecord, @Ctx() ctx: Context): Promise<boolean> {
    await r.shift.load();
    return new DisciplineService(ctx).mayHandle(r);
  }
}

@Resolver(() => GroomingCheck)
export class GroomingCheckResolver {
  @FieldResolver(() => Staff, { description: 'The officer checked.' })
  staff(@Root() g: GroomingCheck): Promise<Staff> {
    return g.staff.load() as Promise<Staff>;
  }

  @FieldResolver(() => ShiftMember, { description: 'The officer’s place on the shift.' })
  member(@Root() g: GroomingCheck): Promise<ShiftMember> {
    return g.member.load() as Promise<ShiftMember>;
  }

  @FieldResolver(() => Staff, { description: 'Who checked.' })
  checkedBy(@Root() g: GroomingCheck): Promise<Staff> {
    return g.checkedBy.load() as Promise<Staff>;
  }

  @FieldResolver(() => DisciplineRecord, {
    nullable: true,
    description: 'The discipline record a failure raised (corrected once a re-check passes), if you may see it.',
  })
  async discipline(@Root() g: GroomingCheck, @Ctx() ctx: Context): Promise<DisciplineRecord | null> {
    const key = g.discipline?.unwrap().id;
    return key ? await loadOne(ctx, 'Discipline', (ids) => new DisciplineService(ctx).byIds(ids), key) : null;
  }
}

@Resolver(() => ShiftBriefing)
export class ShiftBriefingResolver {
  @FieldResolver(() => Staff, { description: 'Who held the meeting.' })
  heldBy(@Root() b: ShiftBriefing): Promise<Staff> {
    return b.heldBy.load() as Promise<Staff>;
  }

  @FieldResolver(() => Shift, { description: 'The shift.' })
  shift(@Root() b: ShiftBriefing): Promise<Shift> {
    return b.shift.load() as Promise<Shift>;
  }
}

export const attendanceResolvers = [
  AttendanceResolver,
  ShiftAttendanceResolver,
  ShiftMemberAttendanceResolver,
  DisciplineRecordResolver,
  GroomingCheckResolver,
  ShiftBriefingResolver,
] as const;
