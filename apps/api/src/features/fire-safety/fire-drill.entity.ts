import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { Area } from '../places/area.entity.js';
import { Site } from '../sites/site.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { FireDrillRating, FireDrillStatus } from './fire-safety.enums.js';
import { EmergencyPlan } from './key-unit.entity.js';

export const DRILL_LIMITS = {
  scenario: 500,
  note: 1000,
  evaluation: 2000,
  reason: 500,
  followUp: 500,
  followUps: 30,
  participants: 200,
  headcount: 100_000,
  /** The longest a drill runs from alarm to end. */
  maxHours: 12,
} as const;

/**
 * A fire drill (消防演练, R30, OM-4 组织消防演练): planned, held (alarm, assembly, evacuation and
 * end times; who took part), then evaluated with follow-up actions. Cancelled with a reason,
 * never deleted.
 */
@Entity({ tableName: 'fire_drill' })
@Index({ properties: ['site', 'status'] })
@Index({ properties: ['plannedFor', 'id'] })
@ObjectType('FireDrill', {
  implements: Node,
  description: 'A fire drill (R30): its plan, participants, timings, evaluation and follow-up actions.',
})
export class FireDrill {
  [OptionalProps]?:
    | 'status'
    | 'plan'
    | 'area'
    | 'alarmAt'
    | 'assembledAt'
    | 'evacuatedAt'
    | 'endedAt'
    | 'brigadeCount'
    | 'occupantCount'
    | 'heldNote'
    | 'evaluation'
    | 'rating'
    | 'evaluatedAt'
    | 'evaluatedBy'
    | 'cancelledAt'
    | 'cancelReason';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string;

  @ManyToOne(() => Site, { ref: true })
  site: Ref<Site>;

  @Property({ type: 'string', length: 16 })
  @Field(() => FireDrillStatus, { description: 'Planned, held, evaluated or cancelled.' })
  status: FireDrillStatus = FireDrillStatus.PLANNED;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When it is (was) planned for.' })
  plannedFor: Date;

  @Property({ type: 'string', length: DRILL_LIMITS.scenario })
  @Field(() => String, { description: 'The scenario played, e.g. `B1 车库车辆起火，疏散 3 栋住户`.' })
  scenario: string;

  /** The plan version exercised: the one in force when it was planned (or named). */
  @ManyToOne(() => EmergencyPlan, { ref: true, nullable: true })
  plan: Ref<EmergencyPlan> | null = null;

  @ManyToOne(() => Area, { ref: true, nullable: true })
  area: Ref<Area> | null = null;

  @ManyToOne(() => Staff, { ref: true })
  organiser: Ref<Staff>;

  @Property({ type: 'Date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the alarm was raised: when the drill was held.' })
  alarmAt: Date | null = null;

  @Property({ type: 'Date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the brigade had assembled (集合完毕).' })
  assembledAt: Date | null = null;

  @Property({ type: 'Date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When everyone was evacuated (疏散完毕).' })
  evacuatedAt: Date | null = null;

  @Property({ type: 'Date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the drill ended.' })
  endedAt: Date | null = null;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'How many of the fire brigade took part.' })
  brigadeCount: number | null = null;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'How many occupants (residents, tenants) took part.' })
  occupantCount: number | null = null;

  @Property({ type: 'string', length: DRILL_LIMITS.note, nullable: true })
  @Field(() => String, { nullable: true, description: 'What happened, as recorded when held.' })
  heldNote: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The evaluation (演练评估).' })
  evaluation: string | null = null;

  @Property({ type: 'string', length: 16, nullable: true })
  @Field(() => FireDrillRating, { nullable: true, description: 'The evaluation’s overall rating.' })
  rating: FireDrillRating | null = null;

  @Property({ type: 'Date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When it was evaluated.' })
  evaluatedAt: Date | null = null;

  @ManyToOne(() => Staff, { ref: true, nullable: true })
  evaluatedBy: Ref<Staff> | null = null;

  @Property({ type: 'Date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When it was called off.' })
  cancelledAt: Date | null = null;

  @Property({ type: 'string', length: DRILL_LIMITS.reason, nullable: true })
  @Field(() => String, { nullable: true, description: 'Why it was called off.' })
  cancelReason: string | null = null;

  @ManyToOne(() => Staff, { ref: true })
  createdBy: Ref<Staff>;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When it was recorded.' })
  createdAt: Date;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When it last changed.' })
  updatedAt: Date;
}

/** A member of staff who took part in a drill. */
@Entity({ tableName: 'fire_drill_participant' })
@Unique({ properties: ['drill', 'staff'] })
export class FireDrillParticipant {
  @PrimaryKey({ type: 'string', length: 36 })
  id: string;

  @ManyToOne(() => FireDrill, { ref: true })
  drill: Ref<FireDrill>;

  @ManyToOne(() => Staff, { ref: true })
  staff: Ref<Staff>;
}

/** A follow-up action a drill's evaluation gave: what, who, by when, and whether it is done. */
@Entity({ tableName: 'fire_drill_follow_up' })
@Unique({ properties: ['drill', 'ordinal'] })
@ObjectType('FireDrillFollowUp', {
  implements: Node,
  description: 'A follow-up action from a drill’s evaluation (整改措施): owner, due date, done or not.',
})
export class FireDrillFollowUp {
  [OptionalProps]?: 'dueOn' | 'doneAt' | 'doneBy' | 'doneNote';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string;

  @ManyToOne(() => FireDrill, { ref: true })
  drill: Ref<FireDrill>;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Its place in the evaluation’s list, from 1.' })
  ordinal: number;

  @Property({ type: 'string', length: DRILL_LIMITS.followUp })
  @Field(() => String, { description: 'What is to be done.' })
  description: string;

  @ManyToOne(() => Staff, { ref: true })
  owner: Ref<Staff>;

  @Property({ type: 'string', length: 10, nullable: true })
  @Field(() => String, { nullable: true, description: 'By when, `YYYY-MM-DD`.' })
  dueOn: string | null = null;

  @Property({ type: 'Date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When it was marked done; null while open.' })
  doneAt: Date | null = null;

  @ManyToOne(() => Staff, { ref: true, nullable: true })
  doneBy: Ref<Staff> | null = null;

  @Property({ type: 'string', length: DRILL_LIMITS.followUp, nullable: true })
  @Field(() => String, { nullable: true, description: 'What was done, in words.' })
  doneNote: string | null = null;
}
