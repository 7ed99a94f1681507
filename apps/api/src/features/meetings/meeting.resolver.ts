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
import { loadOne } from '../../graphql/batch.js';
import { Connection, type ConnectionShape } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { registerNodeType } from '../../graphql/node.js';
import { UserError } from '../../graphql/user-error.js';
import { Case } from '../cases/case.entity.js';
import { ACTIVE_STATUSES } from '../cases/case.service.js';
import { TaskDetails } from '../cases/kinds/task.kind.js';
import { Department } from '../rulebook/department.entity.js';
import { Site } from '../sites/site.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { PageArgsType } from '../staff/staff.resolver.js';
import { Meeting, MeetingAttendee } from './meeting.entity.js';
import { MeetingKind } from './meeting.enums.js';
import {
  AddMeetingActionItemInput,
  CancelMeetingInput,
  MeetingFilter,
  RecordMeetingMinutesInput,
  ReportMeetingInput,
  ScheduleMeetingInput,
} from './meeting.inputs.js';
import { MeetingService } from './meeting.service.js';

registerNodeType({
  typename: 'Meeting',
  entity: Meeting,
  keyOf: (m) => m.id,
  load: (ctx, keys) => new MeetingService(ctx).byIds(keys),
});

export const MeetingConnection = Connection(Meeting, 'Meeting');

@ObjectType('MeetingPayload', { description: 'The result of a change to a meeting.' })
class MeetingPayload {
  @Field(() => Meeting, { nullable: true, description: 'The meeting as changed; null when refused.' })
  meeting: Meeting | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

@ObjectType('AddMeetingActionItemPayload', { description: 'The result of giving an action item at a meeting.' })
class AddMeetingActionItemPayload extends MeetingPayload {
  @Field(() => Case, { nullable: true, description: 'The task it became; null when refused.' })
  task: Case | null;
}

@ObjectType('MeetingLastHeld', { description: 'When a kind of meeting was last held (C24: held regularly).' })
class MeetingLastHeld {
  @Field(() => MeetingKind, { description: 'The kind.' })
  kind: MeetingKind;

  @Field(() => Date, { description: 'When one was last held.' })
  heldAt: Date;
}

const payload = (o: { result: Meeting | null; userErrors: UserError[] }): MeetingPayload => ({
  meeting: o.result,
  userErrors: o.userErrors,
});

@Resolver(() => Meeting)
export class MeetingResolver {
  @Query(() => MeetingConnection, {
    description: 'Meetings you may see (your grant’s reach, and those you were asked to), latest first.',
  })
  meetings(
    @Arg('filter', () => MeetingFilter, { nullable: true }) filter: MeetingFilter | null,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<Meeting>> {
    return new MeetingService(ctx).list(filter, page);
  }

  @Query(() => Meeting, { nullable: true, description: 'One meeting; null if not found or not visible to you.' })
  meeting(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Meeting | null> {
    return new MeetingService(ctx).byId(id);
  }

  @Query(() => [MeetingLastHeld], {
    description: 'When each kind of meeting was last held in a department (default yours), as far as you may see.',
  })
  meetingsLastHeld(
    @Arg('departmentKey', () => String, { nullable: true }) departmentKey: string | null,
    @Ctx() ctx: Context,
  ): Promise<MeetingLastHeld[]> {
    return new MeetingService(ctx).lastHeld(departmentKey?.slice(0, 64) ?? null);
  }

  @Authorized('meeting.create')
  @Mutation(() => MeetingPayload, { description: 'Schedule a meeting of your department (or site).' })
  async scheduleMeeting(@Arg('input', () => ScheduleMeetingInput) input: ScheduleMeetingInput, @Ctx() ctx: Context) {
    return payload(await new MeetingService(ctx).schedule(input));
  }

  @Authorized('meeting.create')
  @Mutation(() => MeetingPayload, {
    description: 'Record that a meeting was held: when, who came, the review, requirements and minutes.',
  })
  async recordMeetingMinutes(
    @Arg('input', () => RecordMeetingMinutesInput) input: RecordMeetingMinutesInput,
    @Ctx() ctx: Context,
  ) {
    return payload(await new MeetingService(ctx).recordMinutes(input));
  }

  @Authorized('meeting.create')
  @Mutation(() => MeetingPayload, { description: 'Report a held shift meeting to the chair’s superior (SL-13).' })
  async reportMeeting(@Arg('input', () => ReportMeetingInput) input: ReportMeetingInput, @Ctx() ctx: Context) {
    return payload(await new MeetingService(ctx).report(input));
  }

  @Authorized('meeting.create')
  @Mutation(() => MeetingPayload, { description: 'Call off a planned meeting, with the reason (nothing is deleted).' })
  async cancelMeeting(@Arg('input', () => CancelMeetingInput) input: CancelMeetingInput, @Ctx() ctx: Context) {
    return payload(await new MeetingService(ctx).cancel(input));
  }

  @Authorized('meeting.create')
  @Mutation(() => AddMeetingActionItemPayload, {
    description: 'Give a task at a held meeting: it becomes a TASK case for the person, due when said.',
  })
  async addMeetingActionItem(
    @Arg('input', () => AddMeetingActionItemInput) input: AddMeetingActionItemInput,
    @Ctx() ctx: Context,
  ): Promise<AddMeetingActionItemPayload> {
    const outcome = await new MeetingService(ctx).addActionItem(input);
    return {
      meeting: outcome.result?.meeting ?? null,
      task: outcome.result?.task ?? null,
      userErrors: outcome.userErrors,
    };
  }

  // ---- fields --------------------------------------------------------------------------

  @FieldResolver(() => Department, { description: 'The department whose meeting it is.' })
  department(@Root() m: Meeting): Promise<Department> {
    return m.department.load() as Promise<Department>;
  }

  @FieldResolver(() => Site, { nullable: true, description: 'The site, if it is one site’s.' })
  site(@Root() m: Meeting): Promise<Site | null> | null {
    return m.site?.load() ?? null;
  }

  @FieldResolver(() => Staff, { description: 'Who chairs (chaired) it.' })
  chair(@Root() m: Meeting): Promise<Staff> {
    return m.chair.load() as Promise<Staff>;
  }

  @FieldResolver(() => Staff, { description: 'Who recorded it.' })
  createdBy(@Root() m: Meeting): Promise<Staff> {
    return m.createdBy.load() as Promise<Staff>;
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'The superior it was reported to (SL-13).' })
  reportedTo(@Root() m: Meeting): Promise<Staff | null> | null {
    return m.reportedTo?.load() ?? null;
  }

  @FieldResolver(() => [MeetingAttendee], { description: 'Who was asked, and (once held) whether they came.' })
  attendees(@Root() m: Meeting, @Ctx() ctx: Context): Promise<MeetingAttendee[]> {
    return new MeetingService(ctx).attendees(m);
  }

  @FieldResolver(() => [Case], {
    description: 'The tasks it gave (action items), in order: those you may see.',
  })
  actionItems(@Root() m: Meeting, @Ctx() ctx: Context): Promise<Case[]> {
    return new MeetingService(ctx).actionItems(m);
  }

  @FieldResolver(() => Int, {
    description: 'How many of its action items (that you may see) are past due and not done.',
  })
  async overdueActionItemCount(@Root() m: Meeting, @Ctx() ctx: Context): Promise<number> {
    const now = ctx.clock();
    const items = await new MeetingService(ctx).actionItems(m);
    return items.filter((c) => (ACTIVE_STATUSES as readonly string[]).includes(c.status) && c.resolutionDueAt < now)
      .length;
  }

  @FieldResolver(() => Boolean, {
    description: 'You may record its minutes, give action items, report or cancel it (as its status allows).',
  })
  viewerMayManage(@Root() m: Meeting, @Ctx() ctx: Context): boolean {
    return new MeetingService(ctx).mayManage(m);
  }
}

@Resolver(() => MeetingAttendee)
export class MeetingAttendeeResolver {
  @FieldResolver(() => Staff, { description: 'The person.' })
  staff(@Root() a: MeetingAttendee): Promise<Staff> {
    return a.staff.load() as Promise<Staff>;
  }
}

/** `TaskDetails.meeting`: the meeting a task was given at, when the viewer may see it. */
@Resolver(() => TaskDetails)
export class TaskMeetingResolver {
  @FieldResolver(() => Meeting, {
    nullable: true,
    description: 'The meeting whose action item it is (R11); null when none or not visible to you.',
  })
  async meeting(@Root() d: TaskDetails, @Ctx() ctx: Context): Promise<Meeting | null> {
    if (!d.meetingId) return null;
    return await loadOne(ctx, 'Meeting', (ids) => new MeetingService(ctx).byIds(ids), d.meetingId);
  }
}

export const meetingResolvers = [MeetingResolver, MeetingAttendeeResolver, TaskMeetingResolver] as const;
