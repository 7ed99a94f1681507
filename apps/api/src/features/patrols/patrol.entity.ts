import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { Case } from '../cases/case.entity.js';
import { Area } from '../places/area.entity.js';
import { Checkpoint } from '../places/checkpoint.entity.js';
import { Shift } from '../shifts/shift.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { MissedPatrolStatus, ScanMethod } from './patrol.enums.js';
import { PATROL_LIMITS } from './patrol.rules.js';

/**
 * One patrol (R18): a patroller's walk during a shift, made of checkpoint scans. A scan within the
 * round gap of the patroller's last one joins it; otherwise a new round begins. Each round that
 * scans a checkpoint of an area counts once towards that area's coverage (C1).
 */
@Entity({ tableName: 'patrol_round' })
@Index({ properties: ['shift', 'patroller'] })
@ObjectType('PatrolRound', {
  implements: Node,
  description: 'One patrol: a patroller’s walk of checkpoints in a shift.',
})
export class PatrolRound {
  [OptionalProps]?: 'completedAt';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string;

  @ManyToOne(() => Shift, { ref: true })
  shift: Ref<Shift>;

  @ManyToOne(() => Staff, { ref: true })
  patroller: Ref<Staff>;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'Its first scan.' })
  startedAt: Date;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'Its latest scan.' })
  lastScanAt: Date;

  @Property({ type: 'Date', nullable: true })
  @Field(() => Date, {
    nullable: true,
    description: 'When it ended: marked complete, or (at its last scan) once the next scan came too late to join it.',
  })
  completedAt: Date | null = null;
}

/** One checkpoint scan (C2: a patrol without a record does not count), with what was seen there. */
@Entity({ tableName: 'patrol_scan' })
@Index({ properties: ['shift', 'area'] })
@Index({ properties: ['round', 'scannedAt'] })
@Index({ properties: ['scannedAt', 'id'] })
@ObjectType('PatrolScan', {
  implements: Node,
  description: 'A checkpoint scanned on patrol: when, by whom, what was seen.',
})
export class PatrolScan {
  [OptionalProps]?: 'observation' | 'case';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string;

  @ManyToOne(() => PatrolRound, { ref: true })
  round: Ref<PatrolRound>;

  @ManyToOne(() => Shift, { ref: true })
  shift: Ref<Shift>;

  @ManyToOne(() => Checkpoint, { ref: true })
  checkpoint: Ref<Checkpoint>;

  /** The checkpoint's area when scanned: moving a checkpoint later does not rewrite coverage. */
  @ManyToOne(() => Area, { ref: true })
  area: Ref<Area>;

  @ManyToOne(() => Staff, { ref: true })
  patroller: Ref<Staff>;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When.' })
  scannedAt: Date;

  @Property({ type: 'string', length: 8 })
  @Field(() => ScanMethod, { description: 'Its card read, or picked from the list.' })
  method: ScanMethod;

  @Property({ type: 'string', length: PATROL_LIMITS.observation, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'What was seen: security, cleanliness, damage or soiling (SL-4); at most 500.',
  })
  observation: string | null = null;

  /** The case opened for an anomaly found here, if any (reportPatrolAnomaly). */
  @ManyToOne(() => Case, { ref: true, nullable: true, unique: true })
  case: Ref<Case> | null = null;
}

/**
 * An area patrolled fewer times than required in a shift (C1), recorded when the shift closes
 * (or, for a shift left unclosed, by the sweep after it ended). Open until a director reviews it.
 */
@Entity({ tableName: 'missed_patrol' })
@Unique({ properties: ['shift', 'area'] })
@Index({ properties: ['status', 'recordedAt'] })
@Index({ properties: ['recordedAt', 'id'] })
@ObjectType('MissedPatrol', {
  implements: Node,
  description: 'An area patrolled fewer times than required in a shift (C1), open until a director reviews it.',
})
export class MissedPatrol {
  [OptionalProps]?: 'status' | 'reviewedAt' | 'reviewedBy' | 'reviewNote' | 'version';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string;

  @ManyToOne(() => Shift, { ref: true })
  shift: Ref<Shift>;

  @ManyToOne(() => Area, { ref: true })
  area: Ref<Area>;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Patrols made in the area during the shift.' })
  count: number;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Patrols required (the area’s minimum when recorded).' })
  required: number;

  @Property({ type: 'string', length: 16 })
  @Field(() => MissedPatrolStatus, { description: 'Open, or reviewed by a director.' })
  status: MissedPatrolStatus = MissedPatrolStatus.OPEN;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When it was recorded (the shift closed, or the sweep found it unclosed).' })
  recordedAt: Date;

  @Property({ type: 'Date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When a director reviewed it.' })
  reviewedAt: Date | null = null;

  @ManyToOne(() => Staff, { ref: true, nullable: true })
  reviewedBy: Ref<Staff> | null = null;

  @Property({ type: 'string', length: PATROL_LIMITS.reviewNote, nullable: true })
  @Field(() => String, { nullable: true, description: 'The director’s note: why, and what was done about it.' })
  reviewNote: string | null = null;

  @Property({ type: 'integer', version: true })
  version = 1;
}
