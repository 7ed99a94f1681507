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
import { CaseService } from '../cases/case.service.js';
import { Department } from '../rulebook/department.entity.js';
import { Shift } from '../shifts/shift.entity.js';
import { ShiftService } from '../shifts/shift.service.js';
import { Site } from '../sites/site.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { PageArgsType } from '../staff/staff.resolver.js';
import { dutyLogReadFilter } from './duty-log.access.js';
import { DutyLog, DutyLogEntry } from './duty-log.entity.js';
import { AddDutyLogEntryInput, DutyLogFilter, ReviewDutyLogInput } from './duty-log.inputs.js';
import { DutyLogService } from './duty-log.service.js';
import { DutyLogStatus } from './handover.enums.js';

registerNodeType({
  typename: 'DutyLog',
  entity: DutyLog,
  keyOf: (l) => l.id,
  load: (ctx, keys) => new DutyLogService(ctx).byIds(keys),
});
registerNodeType({
  typename: 'DutyLogEntry',
  entity: DutyLogEntry,
  keyOf: (e) => e.id,
  load: (ctx, keys) =>
    ctx.viewer
      ? ctx.em.find(DutyLogEntry, { id: { $in: [...keys] }, log: dutyLogReadFilter(ctx.viewer) })
      : Promise.resolve([]),
});

export const DutyLogConnection = Connection(DutyLog, 'DutyLog');

@ObjectType('DutyLogEntryPayload', { description: 'The result of writing in a duty log.' })
class DutyLogEntryPayload {
  @Field(() => DutyLogEntry, { nullable: true, description: 'The entry written; null when refused.' })
  entry: DutyLogEntry | null;

  @Field(() => DutyLog, { nullable: true, description: 'The log it went in (made by the first entry).' })
  dutyLog: DutyLog | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

@ObjectType('DutyLogPayload', { description: 'The result of a step on a duty log.' })
class DutyLogPayload {
  @Field(() => DutyLog, { nullable: true, description: 'The log as changed; null when refused.' })
  dutyLog: DutyLog | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

@Resolver(() => DutyLog)
export class DutyLogResolver {
  @Authorized('duty_log.read')
  @Query(() => DutyLogConnection, {
    description:
      'Duty logs you may see, latest date first: every department’s for the director and the manager, your department’s (at your sites) otherwise, and your shifts’.',
  })
  dutyLogs(
    @Arg('filter', () => DutyLogFilter, { nullable: true }) filter: DutyLogFilter | null,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<DutyLog>> {
    return new DutyLogService(ctx).list(filter, page);
  }

  @Authorized('duty_log.read')
  @Query(() => DutyLog, { nullable: true, description: 'One duty log; null if not found or not visible to you.' })
  dutyLog(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<DutyLog | null> {
    return new DutyLogService(ctx).byId(id);
  }

  @Authorized('duty_log.create')
  @Query(() => DutyLog, {
    nullable: true,
    description: 'Your department’s daily log of today at a site (null until something is written in it).',
  })
  todaysDutyLog(@Arg('siteCode', () => String) siteCode: string, @Ctx() ctx: Context): Promise<DutyLog | null> {
    return new DutyLogService(ctx).todays(siteCode);
  }

  @Authorized('duty_log.create')
  @Mutation(() => DutyLogEntryPayload, {
    description: 'Write an entry in a duty log: your shift’s, or your department’s of today at a site.',
  })
  async addDutyLogEntry(
    @Arg('input', () => AddDutyLogEntryInput) input: AddDutyLogEntryInput,
    @Ctx() ctx: Context,
  ): Promise<DutyLogEntryPayload> {
    const o = await new DutyLogService(ctx).addEntry(input);
    return { entry: o.result?.entry ?? null, dutyLog: o.result?.log ?? null, userErrors: o.userErrors };
  }

  @Authorized('duty_log.approve')
  @Mutation(() => DutyLogPayload, { description: 'Mark a closed duty log reviewed (DIR-10), with a note.' })
  async reviewDutyLog(
    @Arg('input', () => ReviewDutyLogInput) input: ReviewDutyLogInput,
    @Ctx() ctx: Context,
  ): Promise<DutyLogPayload> {
    const o = await new DutyLogService(ctx).review(input);
    return { dutyLog: o.result, userErrors: o.userErrors };
  }

  // ---- fields --------------------------------------------------------------------------

  @FieldResolver(() => DutyLogStatus, { description: 'Open, closed (its shift or day is over) or reviewed.' })
  status(@Root() l: DutyLog, @Ctx() ctx: Context): Promise<DutyLogStatus> {
    return new DutyLogService(ctx).status(l);
  }

  @FieldResolver(() => Department, { description: 'The department whose log it is.' })
  department(@Root() l: DutyLog): Promise<Department> {
    return l.department.load() as Promise<Department>;
  }

  @FieldResolver(() => Site, { description: 'The site.' })
  site(@Root() l: DutyLog): Promise<Site> {
    return l.site.load() as Promise<Site>;
  }

  @FieldResolver(() => Shift, {
    nullable: true,
    description: 'The shift whose log it is (null: a department’s daily log).',
  })
  async shift(@Root() l: DutyLog, @Ctx() ctx: Context): Promise<Shift | null> {
    return l.shift ? await loadOne(ctx, 'Shift', (ids) => new ShiftService(ctx).byIds(ids), l.shift.unwrap().id) : null;
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who reviewed it.' })
  reviewedBy(@Root() l: DutyLog): Promise<Staff | null> | null {
    return l.reviewedBy?.load() ?? null;
  }

  @FieldResolver(() => [DutyLogEntry], { description: 'Its entries, in the order things happened.' })
  entries(@Root() l: DutyLog, @Ctx() ctx: Context): Promise<DutyLogEntry[]> {
    return new DutyLogService(ctx).entries(l);
  }

  @FieldResolver(() => Int, { description: 'How many entries it has.' })
  entryCount(@Root() l: DutyLog, @Ctx() ctx: Context): Promise<number> {
    return new DutyLogService(ctx).countEntries(l);
  }

  @FieldResolver(() => Boolean, { description: 'You may write in it now.' })
  viewerMayWrite(@Root() l: DutyLog, @Ctx() ctx: Context): Promise<boolean> {
    return new DutyLogService(ctx).mayWrite(l);
  }

  @FieldResolver(() => Boolean, { description: 'You may mark it reviewed now.' })
  viewerMayReview(@Root() l: DutyLog, @Ctx() ctx: Context): Promise<boolean> {
    return new DutyLogService(ctx).mayReview(l);
  }
}

@Resolver(() => DutyLogEntry)
export class DutyLogEntryResolver {
  @FieldResolver(() => Staff, { description: 'Who wrote it.' })
  author(@Root() e: DutyLogEntry): Promise<Staff> {
    return e.author.load() as Promise<Staff>;
  }

  @FieldResolver(() => Case, { nullable: true, description: 'The case it is about, if you may see it.' })
  async case(@Root() e: DutyLogEntry, @Ctx() ctx: Context): Promise<Case | null> {
    if (!e.case) return null;
    return await loadOne(ctx, 'Case', (ids) => new CaseService(ctx).byIds(ids), e.case.unwrap().id);
  }
}
