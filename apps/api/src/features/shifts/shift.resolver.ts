import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import { Connection, type ConnectionShape } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { Locale, pickText } from '../../graphql/locale.js';
import { registerNodeType } from '../../graphql/node.js';
import { UserError } from '../../graphql/user-error.js';
import { MISSED, type Missed } from '../../realtime/bounded-feed.js';
import { eventsMissed, live } from '../../realtime/live.js';
import { requireViewer } from '../permissions/auth-checker.js';
import { Department } from '../rulebook/department.entity.js';
import { Site } from '../sites/site.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { PageArgsType } from '../staff/staff.resolver.js';
import { attendanceFacts, attendanceStatus } from './attendance-status.js';
import { RosterSetupResolver } from './roster-setup.resolver.js';
import { shiftReadFilter } from './shift.access.js';
import { Shift, ShiftMember } from './shift.entity.js';
import { AttendanceStatus } from './shift.enums.js';
import { GenerateRosterInput, RosterRangeInput, ShiftFilter, ShiftStepInput } from './shift.inputs.js';
import { keyOf, ShiftService } from './shift.service.js';
import { type ShiftEventMessage, ShiftEventType } from './shift.topics.js';
import { ShiftPattern } from './shift-pattern.entity.js';
import { Team } from './team.entity.js';
import { crossesMidnight, minutesOf } from './zoned-time.js';

registerNodeType({
  typename: 'Shift',
  entity: Shift,
  keyOf: (s) => s.id,
  load: (ctx, keys) => new ShiftService(ctx).byIds(keys),
});
registerNodeType({
  typename: 'ShiftMember',
  entity: ShiftMember,
  keyOf: (m) => m.id,
  load: (ctx, keys) =>
    ctx.viewer
      ? ctx.em.find(ShiftMember, { id: { $in: [...keys] }, shift: shiftReadFilter(ctx.viewer) })
      : Promise.resolve([]),
});
registerNodeType({
  typename: 'ShiftPattern',
  entity: ShiftPattern,
  keyOf: (p) => p.id,
  load: (ctx, keys) => (ctx.viewer ? ctx.em.find(ShiftPattern, { id: { $in: [...keys] } }) : Promise.resolve([])),
});
registerNodeType({
  typename: 'Team',
  entity: Team,
  keyOf: (t) => t.id,
  load: (ctx, keys) => (ctx.viewer ? ctx.em.find(Team, { id: { $in: [...keys] } }) : Promise.resolve([])),
});

export const ShiftConnection = Connection(Shift, 'Shift');

@ObjectType('ShiftPayload', { description: 'The result of a step in a shift’s cycle.' })
export class ShiftPayload {
  @Field(() => Shift, { nullable: true, description: 'The shift as changed; null when refused.' })
  shift: Shift | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

export const shiftPayload = (o: { result: Shift | null; userErrors: UserError[] }): ShiftPayload => ({
  shift: o.result,
  userErrors: o.userErrors,
});

@ObjectType('GenerateRosterPayload', { description: 'The result of rostering a team from a rotation.' })
class GenerateRosterPayload {
  @Field(() => [Shift], { description: 'The shifts created (dates already rostered are kept, not repeated).' })
  shifts: Shift[];

  @Field(() => Int, { description: 'How many dates of the range were already rostered and kept as they were.' })
  kept: number;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

@ObjectType('ShiftEvent', { description: 'Something that happened on a shift you may see.' })
class ShiftEvent {
  @Field(() => ShiftEventType, { description: 'What happened.' })
  type: ShiftEventType;

  @Field(() => Shift, { description: 'The shift, as it is now.' })
  shift: Shift;

  @Field(() => Date, { description: 'When.' })
  at: Date;

  @Field(() => ID, { nullable: true, description: 'The global id of the record it is about (a scan, an entry …).' })
  subjectId: string | null;
}

@InputType('ShiftEventsFilter', { description: 'Which shift events to receive.' })
class ShiftEventsFilter {
  @Field(() => ID, { nullable: true, description: 'Only this shift.' })
  shiftId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only shifts at this site.' })
  siteCode?: string | null;
}

/** Loads the shift of a published event as this subscriber: null when they may not see it. */
async function visibleShift(ctx: Context, message: ShiftEventMessage): Promise<Shift | null> {
  if (!ctx.viewer) return null;
  // A fresh fork per event: never serve one subscriber's identity map to the next event.
  return ctx.em.fork().findOne(Shift, { $and: [{ id: message.shiftId }, shiftReadFilter(ctx.viewer)] });
}

@Resolver(() => Shift)
export class ShiftResolver {
  @Query(() => ShiftConnection, { description: 'Shifts you may see, in order of their start.' })
  shifts(
    @Arg('filter', () => ShiftFilter, { nullable: true }) filter: ShiftFilter | null,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<Shift>> {
    return new ShiftService(ctx).list(filter, page);
  }

  @Query(() => [Shift], {
    description:
      'A stretch of the roster (at most 62 days) by site, team or person, for a calendar: every shift you may see.',
  })
  roster(@Arg('range', () => RosterRangeInput) range: RosterRangeInput, @Ctx() ctx: Context): Promise<Shift[]> {
    return new ShiftService(ctx).roster(range);
  }

  @Query(() => Shift, { nullable: true, description: 'One shift; null if not found or not visible to you.' })
  shift(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Shift | null> {
    return new ShiftService(ctx).byId(id);
  }

  @Query(() => Shift, {
    nullable: true,
    description:
      'Your shift now: the one running, else one starting within two hours or ended within four and not closed.',
  })
  myCurrentShift(@Ctx() ctx: Context): Promise<Shift | null> {
    return new ShiftService(ctx).myCurrentShift();
  }

  @Authorized('roster.read')
  @Query(() => [ShiftPattern], { description: 'The shift patterns of a site (all sites when none is named).' })
  shiftPatterns(
    @Arg('siteCode', () => String, { nullable: true }) siteCode: string | null,
    @Ctx() ctx: Context,
  ): Promise<ShiftPattern[]> {
    return ctx.em.find(ShiftPattern, siteCode ? { site: siteCode.slice(0, 32) } : {}, {
      orderBy: { site: 'asc', startTime: 'asc' },
    });
  }

  @Authorized('roster.read')
  @Query(() => [Team], { description: 'The shift teams of a site (all sites when none is named).' })
  teams(
    @Arg('siteCode', () => String, { nullable: true }) siteCode: string | null,
    @Ctx() ctx: Context,
  ): Promise<Team[]> {
    return ctx.em.find(Team, siteCode ? { site: siteCode.slice(0, 32) } : {}, {
      orderBy: { site: 'asc', name: 'asc' },
    });
  }

  @Authorized('roster.create')
  @Mutation(() => GenerateRosterPayload, {
    description: 'Roster a team for a date range from a rotation (e.g. day, day, night, night, off, off).',
  })
  async generateRoster(
    @Arg('input', () => GenerateRosterInput) input: GenerateRosterInput,
    @Ctx() ctx: Context,
  ): Promise<GenerateRosterPayload> {
    const o = await new ShiftService(ctx).generate(input);
    return { shifts: o.result?.shifts ?? [], kept: o.result?.kept ?? 0, userErrors: o.userErrors };
  }

  @Authorized('roster.handle', 'roster.approve')
  @Mutation(() => ShiftPayload, { description: 'Begin the pre-shift meeting (班前会): roll call, grooming, posts.' })
  async startShiftBriefing(@Arg('input', () => ShiftStepInput) input: ShiftStepInput, @Ctx() ctx: Context) {
    return shiftPayload(await new ShiftService(ctx).startBriefing(input));
  }

  @Authorized('roster.handle', 'roster.approve')
  @Mutation(() => ShiftPayload, { description: 'Put the shift on duty (after the briefing, or directly).' })
  async startShiftDuty(@Arg('input', () => ShiftStepInput) input: ShiftStepInput, @Ctx() ctx: Context) {
    return shiftPayload(await new ShiftService(ctx).startDuty(input));
  }

  @Subscription(() => ShiftEvent, {
    description:
      'Live events of the shifts you may see: status changes, scans, handovers … If you fall too far ' +
      'behind, the events waiting for you are dropped and you receive one error result with code ' +
      '`EVENTS_MISSED` instead (the subscription goes on): reload what you show.',
    subscribe: async ({ args, context, info }) => {
      const ctx = context as Context;
      await requireViewer({ root: undefined, args, context: ctx, info }, async () => undefined);
      const f = (args as { filter?: ShiftEventsFilter | null }).filter;
      const shiftKey = f?.shiftId ? (keyOf(f.shiftId, 'Shift') ?? '-') : null;
      return live(
        ctx.pubsub.feed(['SHIFT_EVENT']),
        async ({ message }) => {
          if (shiftKey && message.shiftId !== shiftKey) return null;
          const shift = await visibleShift(ctx, message);
          if (!shift) return null;
          return !f?.siteCode || shift.site.unwrap().code === f.siteCode ? message : null;
        },
        ctx.log,
      );
    },
  })
  async shiftEvents(
    @Root() message: ShiftEventMessage | Missed,
    @Ctx() ctx: Context,
    @Arg('filter', () => ShiftEventsFilter, { nullable: true }) _filter?: ShiftEventsFilter | null,
  ): Promise<ShiftEvent> {
    if (message === MISSED) throw eventsMissed();
    return {
      type: message.type,
      shift: await ctx.em.fork().findOneOrFail(Shift, { id: message.shiftId }),
      at: new Date(message.at),
      subjectId: message.subjectId ?? null,
    };
  }

  // ---- fields --------------------------------------------------------------------------

  @FieldResolver(() => Site, { description: 'The site.' })
  site(@Root() s: Shift): Promise<Site> {
    return s.site.load() as Promise<Site>;
  }

  @FieldResolver(() => Department, { description: 'The department whose shift it is.' })
  department(@Root() s: Shift): Promise<Department> {
    return s.department.load() as Promise<Department>;
  }

  @FieldResolver(() => ShiftPattern, { description: 'Its pattern (hours and grace periods).' })
  pattern(@Root() s: Shift): Promise<ShiftPattern> {
    return s.pattern.load() as Promise<ShiftPattern>;
  }

  @FieldResolver(() => Team, { nullable: true, description: 'The team rostered on it.' })
  team(@Root() s: Shift): Promise<Team | null> | null {
    return s.team?.load() ?? null;
  }

  @FieldResolver(() => Staff, { description: 'Its shift leader (班长).' })
  leader(@Root() s: Shift): Promise<Staff> {
    return s.leader.load() as Promise<Staff>;
  }

  @FieldResolver(() => [ShiftMember], { description: 'Who is rostered on it (the leader first).' })
  members(@Root() s: Shift, @Ctx() ctx: Context): Promise<ShiftMember[]> {
    return new ShiftService(ctx).members(s);
  }

  @FieldResolver(() => ShiftMember, { nullable: true, description: 'Your own place on it, if you are rostered.' })
  viewerMember(@Root() s: Shift, @Ctx() ctx: Context): Promise<ShiftMember | null> {
    return new ShiftService(ctx).viewerMember(s);
  }

  @FieldResolver(() => Boolean, { description: 'You run this shift: its leader, or a director over it.' })
  viewerMayLead(@Root() s: Shift, @Ctx() ctx: Context): boolean {
    return new ShiftService(ctx).mayLead(s);
  }
}

@Resolver(() => ShiftMember)
export class ShiftMemberResolver {
  @FieldResolver(() => Staff, { description: 'The person.' })
  staff(@Root() m: ShiftMember): Promise<Staff> {
    return m.staff.load() as Promise<Staff>;
  }

  @FieldResolver(() => Shift, { description: 'The shift.' })
  shift(@Root() m: ShiftMember): Promise<Shift> {
    return m.shift.load() as Promise<Shift>;
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who recorded the check-in (themselves or the leader).' })
  checkInBy(@Root() m: ShiftMember): Promise<Staff | null> | null {
    return m.checkInBy?.load() ?? null;
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who recorded the check-out.' })
  checkOutBy(@Root() m: ShiftMember): Promise<Staff | null> | null {
    return m.checkOutBy?.load() ?? null;
  }

  @FieldResolver(() => AttendanceStatus, {
    description: 'Attendance, from the check-in/out against the pattern’s hours and grace periods (R36).',
  })
  async attendanceStatus(@Root() m: ShiftMember, @Ctx() ctx: Context): Promise<AttendanceStatus> {
    const shift = (await m.shift.load()) as Shift;
    const pattern = (await shift.pattern.load()) as ShiftPattern;
    return attendanceStatus(attendanceFacts(shift, pattern, m), ctx.clock());
  }
}

@Resolver(() => ShiftPattern)
export class ShiftPatternResolver {
  @FieldResolver(() => String, { description: 'Its name.' })
  name(
    @Root() p: ShiftPattern,
    @Ctx() ctx: Context,
    @Arg('locale', () => Locale, { nullable: true, description: 'Language; defaults to the request’s.' })
    locale?: Locale | null,
  ): string {
    return pickText(locale ?? ctx.locale, p.nameZh, p.nameEn);
  }

  @FieldResolver(() => Boolean, { description: 'It ends the day after it starts (a night shift).' })
  crossesMidnight(@Root() p: ShiftPattern): boolean {
    return crossesMidnight(p.startTime, p.endTime);
  }

  @FieldResolver(() => Int, { description: 'How long it lasts, in minutes (on a day without a clock change).' })
  durationMinutes(@Root() p: ShiftPattern): number {
    const d = minutesOf(p.endTime) - minutesOf(p.startTime);
    return d <= 0 ? d + 24 * 60 : d;
  }

  @FieldResolver(() => Site, { description: 'The site.' })
  site(@Root() p: ShiftPattern): Promise<Site> {
    return p.site.load() as Promise<Site>;
  }
}

@Resolver(() => Team)
export class TeamResolver {
  @FieldResolver(() => Site, { description: 'The site.' })
  site(@Root() t: Team): Promise<Site> {
    return t.site.load() as Promise<Site>;
  }

  @FieldResolver(() => Department, { description: 'The department whose team it is.' })
  department(@Root() t: Team): Promise<Department> {
    return t.department.load() as Promise<Department>;
  }

  @FieldResolver(() => Staff, { description: 'Its shift leader (班长).' })
  leader(@Root() t: Team): Promise<Staff> {
    return t.leader.load() as Promise<Staff>;
  }

  @FieldResolver(() => [Staff], { description: 'Its officers (and leader), by name.' })
  async members(@Root() t: Team): Promise<Staff[]> {
    const items = await t.members.loadItems();
    return [...items].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  }
}

export const shiftResolvers = [
  RosterSetupResolver,
  ShiftResolver,
  ShiftMemberResolver,
  ShiftPatternResolver,
  TeamResolver,
] as const;
