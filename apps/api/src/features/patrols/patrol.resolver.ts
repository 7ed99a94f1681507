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
import { Case } from '../cases/case.entity.js';
import { Area } from '../places/area.entity.js';
import { Checkpoint } from '../places/checkpoint.entity.js';
import { Shift } from '../shifts/shift.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { PageArgsType } from '../staff/staff.resolver.js';
import { MissedPatrol, PatrolRound, PatrolScan } from './patrol.entity.js';
import {
  CompletePatrolRoundInput,
  MissedPatrolFilter,
  PatrolRoundFilter,
  PatrolScanFilter,
  RecordPatrolScanInput,
  ReportPatrolAnomalyInput,
  ReviewMissedPatrolInput,
} from './patrol.inputs.js';
import { PATROL_RULES, requiredPatrols } from './patrol.rules.js';
import { PatrolService } from './patrol.service.js';
import type { AreaCoverageRow } from './patrol-coverage.js';

registerNodeType({
  typename: 'PatrolRound',
  entity: PatrolRound,
  keyOf: (r) => r.id,
  load: (ctx, keys) => new PatrolService(ctx).roundsByIds(keys),
});
registerNodeType({
  typename: 'PatrolScan',
  entity: PatrolScan,
  keyOf: (s) => s.id,
  load: (ctx, keys) => new PatrolService(ctx).scansByIds(keys),
});
registerNodeType({
  typename: 'MissedPatrol',
  entity: MissedPatrol,
  keyOf: (m) => m.id,
  load: (ctx, keys) => new PatrolService(ctx).missedByIds(keys),
});

export const PatrolRoundConnection = Connection(PatrolRound, 'PatrolRound');
export const PatrolScanConnection = Connection(PatrolScan, 'PatrolScan');
export const MissedPatrolConnection = Connection(MissedPatrol, 'MissedPatrol');

@ObjectType('AreaCoverage', { description: 'One area’s patrols in a shift against its minimum (C1).' })
class AreaCoverage {
  @Field(() => Area, { description: 'The area.' })
  area: Area;

  @Field(() => Int, { description: 'Distinct patrol rounds that scanned a checkpoint of the area during the shift.' })
  count: number;

  @Field(() => Int, { description: 'Patrols required: the area’s own minimum, else the default (2, SL-4).' })
  required: number;

  @Field(() => Boolean, { description: 'At least the required number of patrols were made.' })
  covered: boolean;

  @Field(() => Date, { nullable: true, description: 'The latest scan in the area during the shift.' })
  lastPatrolAt: Date | null;

  @Field(() => MissedPatrol, { nullable: true, description: 'Its missed-patrol record, once the shift is over.' })
  missedPatrol: MissedPatrol | null;
}

@ObjectType('PatrolCoverage', { description: 'A shift’s patrol coverage, area by area (C1); live while it runs.' })
export class PatrolCoverage {
  @Field(() => Shift, { description: 'The shift.' })
  shift: Shift;

  @Field(() => [AreaCoverage], {
    description: 'The site’s patrolled areas (and any other a scan touched), gate first.',
  })
  areas: AreaCoverage[];

  @Field(() => Int, { description: 'Patrols an area needs per shift unless it sets its own (SL-4: 2).' })
  minimumDefault: number;

  @Field(() => Int, { description: 'Minutes within which a scan joins the patroller’s round.' })
  roundGapMinutes: number;

  @Field(() => Int, { description: 'How many areas are covered.' })
  coveredCount: number;

  @Field(() => Boolean, { description: 'Every area that needs patrols is covered.' })
  complete: boolean;
}

@ObjectType('PatrolScanPayload', { description: 'The result of recording a scan.' })
class PatrolScanPayload {
  @Field(() => PatrolScan, { nullable: true, description: 'The scan; null when refused.' })
  scan: PatrolScan | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

@ObjectType('PatrolRoundPayload', { description: 'The result of a change to a patrol round.' })
class PatrolRoundPayload {
  @Field(() => PatrolRound, { nullable: true, description: 'The round as changed; null when refused.' })
  round: PatrolRound | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

@ObjectType('ReportPatrolAnomalyPayload', { description: 'The result of reporting an anomaly found on patrol.' })
class ReportPatrolAnomalyPayload {
  @Field(() => PatrolScan, { nullable: true, description: 'The scan the anomaly hangs on; null when refused.' })
  scan: PatrolScan | null;

  @Field(() => Case, { nullable: true, description: 'The case it opened; null when refused.' })
  case: Case | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

@ObjectType('MissedPatrolPayload', { description: 'The result of reviewing a missed patrol.' })
class MissedPatrolPayload {
  @Field(() => MissedPatrol, { nullable: true, description: 'The missed patrol as changed; null when refused.' })
  missedPatrol: MissedPatrol | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

const asCoverage = (rows: AreaCoverageRow[]): AreaCoverage[] => rows.map((r) => Object.assign(new AreaCoverage(), r));

/** A shift's coverage as the API shows it (here, and on the live incident board). */
export function patrolCoverageOf(shift: Shift, rows: AreaCoverageRow[]): PatrolCoverage {
  const areas = asCoverage(rows);
  const needed = areas.filter((a) => a.required > 0);
  return {
    shift,
    areas,
    minimumDefault: PATROL_RULES.minPerArea,
    roundGapMinutes: PATROL_RULES.roundGapMinutes,
    coveredCount: needed.filter((a) => a.covered).length,
    complete: needed.every((a) => a.covered),
  };
}

@Resolver(() => PatrolRound)
export class PatrolResolver {
  @Authorized('patrol.read')
  @Query(() => PatrolCoverage, {
    nullable: true,
    description: 'A shift’s patrol coverage by area (live for the current shift); null if you may not follow it.',
  })
  async patrolCoverage(@Arg('shiftId', () => ID) shiftId: string, @Ctx() ctx: Context): Promise<PatrolCoverage | null> {
    const found = await new PatrolService(ctx).coverage(shiftId);
    return found ? patrolCoverageOf(found.shift, found.rows) : null;
  }

  @Authorized('patrol.read')
  @Query(() => PatrolRoundConnection, {
    description: 'Patrol rounds you may read (an officer: their own), latest first.',
  })
  patrolRounds(
    @Arg('filter', () => PatrolRoundFilter, { nullable: true }) filter: PatrolRoundFilter | null,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<PatrolRound>> {
    return new PatrolService(ctx).rounds(filter, page);
  }

  @Authorized('patrol.read')
  @Query(() => PatrolScanConnection, { description: 'Patrol scans you may read, latest first.' })
  patrolScans(
    @Arg('filter', () => PatrolScanFilter, { nullable: true }) filter: PatrolScanFilter | null,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<PatrolScan>> {
    return new PatrolService(ctx).scans(filter, page);
  }

  @Authorized('patrol.read')
  @Query(() => MissedPatrolConnection, { description: 'Missed patrols of the shifts you follow, latest first.' })
  missedPatrols(
    @Arg('filter', () => MissedPatrolFilter, { nullable: true }) filter: MissedPatrolFilter | null,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<MissedPatrol>> {
    return new PatrolService(ctx).missedPatrols(filter, page);
  }

  @Authorized('patrol.create')
  @Mutation(() => PatrolScanPayload, {
    description:
      'Record a checkpoint scan, on duty at its site: it joins your patrol round (or starts one) and counts for its area.',
  })
  async recordPatrolScan(@Arg('input', () => RecordPatrolScanInput) input: RecordPatrolScanInput, @Ctx() ctx: Context) {
    const o = await new PatrolService(ctx).recordScan(input);
    return { scan: o.result, userErrors: o.userErrors };
  }

  @Authorized('patrol.create')
  @Mutation(() => PatrolRoundPayload, { description: 'End a patrol round (your own, or one on a shift you run).' })
  async completePatrolRound(
    @Arg('input', () => CompletePatrolRoundInput) input: CompletePatrolRoundInput,
    @Ctx() ctx: Context,
  ) {
    const o = await new PatrolService(ctx).completeRound(input);
    return { round: o.result, userErrors: o.userErrors };
  }

  @Authorized('patrol.create')
  @Mutation(() => ReportPatrolAnomalyPayload, {
    description: 'Report something wrong found at a checkpoint: a case opens with the place filled in.',
  })
  async reportPatrolAnomaly(
    @Arg('input', () => ReportPatrolAnomalyInput) input: ReportPatrolAnomalyInput,
    @Ctx() ctx: Context,
  ) {
    const o = await new PatrolService(ctx).reportAnomaly(input);
    return { scan: o.result?.scan ?? null, case: o.result?.case ?? null, userErrors: o.userErrors };
  }

  @Authorized('patrol.approve')
  @Mutation(() => MissedPatrolPayload, {
    description: 'Review a missed patrol with a note; it is then no longer open.',
  })
  async reviewMissedPatrol(
    @Arg('input', () => ReviewMissedPatrolInput) input: ReviewMissedPatrolInput,
    @Ctx() ctx: Context,
  ) {
    const o = await new PatrolService(ctx).review(input);
    return { missedPatrol: o.result, userErrors: o.userErrors };
  }

  // ---- PatrolRound fields ------------------------------------------------------------------

  @FieldResolver(() => Shift, { description: 'The shift.' })
  shift(@Root() r: PatrolRound): Promise<Shift> {
    return r.shift.load() as Promise<Shift>;
  }

  @FieldResolver(() => Staff, { description: 'Who walked it.' })
  patroller(@Root() r: PatrolRound): Promise<Staff> {
    return r.patroller.load() as Promise<Staff>;
  }

  @FieldResolver(() => [PatrolScan], { description: 'Its scans, in order.' })
  scans(@Root() r: PatrolRound, @Ctx() ctx: Context): Promise<PatrolScan[]> {
    return new PatrolService(ctx).scansOf(r);
  }

  @FieldResolver(() => Boolean, { description: 'Still going: not ended, and its last scan within the round gap.' })
  async open(@Root() r: PatrolRound, @Ctx() ctx: Context): Promise<boolean> {
    return new PatrolService(ctx).isOpen(r, (await r.shift.load()) as Shift);
  }
}

@Resolver(() => PatrolScan)
export class PatrolScanResolver {
  @FieldResolver(() => PatrolRound, { description: 'The round it belongs to.' })
  round(@Root() s: PatrolScan): Promise<PatrolRound> {
    return s.round.load() as Promise<PatrolRound>;
  }

  @FieldResolver(() => Shift, { description: 'The shift.' })
  shift(@Root() s: PatrolScan): Promise<Shift> {
    return s.shift.load() as Promise<Shift>;
  }

  @FieldResolver(() => Checkpoint, { description: 'The checkpoint.' })
  checkpoint(@Root() s: PatrolScan): Promise<Checkpoint> {
    return s.checkpoint.load() as Promise<Checkpoint>;
  }

  @FieldResolver(() => Area, { description: 'The checkpoint’s area when scanned.' })
  area(@Root() s: PatrolScan): Promise<Area> {
    return s.area.load() as Promise<Area>;
  }

  @FieldResolver(() => Staff, { description: 'Who scanned it.' })
  patroller(@Root() s: PatrolScan): Promise<Staff> {
    return s.patroller.load() as Promise<Staff>;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'The reference of the case opened for an anomaly found here: part of the patrol record, shown to whoever sees the scan.',
  })
  async caseReference(@Root() s: PatrolScan): Promise<string | null> {
    return s.case ? ((await s.case.load()) as Case).reference : null;
  }

  @FieldResolver(() => Case, {
    nullable: true,
    description: 'The case opened for an anomaly found here, if you may see it.',
  })
  case(@Root() s: PatrolScan, @Ctx() ctx: Context): Promise<Case | null> {
    return new PatrolService(ctx).caseOf(s);
  }
}

@Resolver(() => MissedPatrol)
export class MissedPatrolResolver {
  @FieldResolver(() => Shift, { description: 'The shift.' })
  shift(@Root() m: MissedPatrol): Promise<Shift> {
    return m.shift.load() as Promise<Shift>;
  }

  @FieldResolver(() => Area, { description: 'The area.' })
  area(@Root() m: MissedPatrol): Promise<Area> {
    return m.area.load() as Promise<Area>;
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who reviewed it.' })
  reviewedBy(@Root() m: MissedPatrol): Promise<Staff | null> | null {
    return m.reviewedBy?.load() ?? null;
  }

  @FieldResolver(() => Boolean, { description: 'You may review it now (`patrol.approve` reaching its shift).' })
  async viewerMayReview(@Root() m: MissedPatrol, @Ctx() ctx: Context): Promise<boolean> {
    return new PatrolService(ctx).mayReview(m, (await m.shift.load()) as Shift);
  }
}

/** What areas say about patrols: added here so places need not know the patrol rules. */
@Resolver(() => Area)
export class AreaPatrolResolver {
  @FieldResolver(() => Int, {
    description: 'Patrols required per shift here: `minPatrols`, else the default (2, SL-4); 0 when not patrolled.',
  })
  requiredPatrols(@Root() a: Area): number {
    return requiredPatrols(a);
  }
}

export const patrolResolvers = [PatrolResolver, PatrolScanResolver, MissedPatrolResolver, AreaPatrolResolver] as const;
