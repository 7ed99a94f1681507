import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { Area } from '../places/area.entity.js';
import { Site } from '../sites/site.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { EmergencyPlanStatus, EmergencyPlanType } from './fire-safety.enums.js';

export const KEY_UNIT_LIMITS = { name: 50, location: 200, risk: 1000 } as const;
export const PLAN_LIMITS = { title: 100, content: 20_000, reason: 500 } as const;

/**
 * A key protected unit or key part of a site (重要防护单位 / 重点部位, R29, OM-4): a place whose
 * loss or fire would be grave — a pump room, a switch room, a car park. It needs a fire emergency
 * plan in force (C13). Deactivated, never deleted.
 */
@Entity({ tableName: 'key_unit' })
@Index({ properties: ['site', 'active'] })
@ObjectType('KeyUnit', {
  implements: Node,
  description: 'A key protected unit or key part of a site (重要防护单位 / 重点部位, R29) and its emergency plans.',
})
export class KeyUnit {
  [OptionalProps]?: 'area' | 'active' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string;

  @ManyToOne(() => Site, { ref: true })
  site: Ref<Site>;

  @ManyToOne(() => Area, { ref: true, nullable: true })
  area: Ref<Area> | null = null;

  @Property({ type: 'string', length: KEY_UNIT_LIMITS.name })
  @Field(() => String, { description: 'Its name, e.g. `地下停车场` or `消防泵房`.' })
  name: string;

  @Property({ type: 'string', length: KEY_UNIT_LIMITS.location })
  @Field(() => String, { description: 'Where it is, in words.' })
  location: string;

  @Property({ type: 'string', length: KEY_UNIT_LIMITS.risk })
  @Field(() => String, { description: 'Why it is key: what could go wrong there (火灾危险性).' })
  riskDescription: string;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'Still a key unit (deactivated ones keep their plans and history).' })
  active = true;

  @ManyToOne(() => Staff, { ref: true })
  createdBy: Ref<Staff>;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When it was recorded.' })
  createdAt: Date = new Date();

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When it last changed.' })
  updatedAt: Date = new Date();
}

/**
 * One version of an emergency plan of a key unit (消防应急方案 / 治安应急方案, R29): drafted by
 * order maintenance (OM-4 拟定), approved, in force until the next approved version supersedes it.
 * Every version is kept.
 */
@Entity({ tableName: 'emergency_plan' })
@Unique({ properties: ['keyUnit', 'type', 'version'] })
@Index({ properties: ['site', 'status'] })
@ObjectType('EmergencyPlan', {
  implements: Node,
  description: 'One version of a key unit’s fire or public-security emergency plan (R29); history is kept.',
})
export class EmergencyPlan {
  [OptionalProps]?:
    | 'status'
    | 'effectiveFrom'
    | 'reviewDue'
    | 'approvedBy'
    | 'approvedAt'
    | 'supersededAt'
    | 'supersededBy'
    | 'withdrawnAt'
    | 'withdrawReason';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string;

  @ManyToOne(() => KeyUnit, { ref: true })
  keyUnit: Ref<KeyUnit>;

  /** The unit's site, kept here so lists by site need no join. */
  @ManyToOne(() => Site, { ref: true })
  site: Ref<Site>;

  @Property({ type: 'string', length: 16 })
  @Field(() => EmergencyPlanType, { description: 'Fire or public security.' })
  type: EmergencyPlanType;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Version number: 1, 2, … per unit and type.' })
  version: number;

  @Property({ type: 'string', length: 16 })
  @Field(() => EmergencyPlanStatus, { description: 'Draft, in force, superseded or withdrawn.' })
  status: EmergencyPlanStatus = EmergencyPlanStatus.DRAFT;

  @Property({ type: 'string', length: PLAN_LIMITS.title })
  @Field(() => String, { description: 'Its title.' })
  title: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: `Its text (at most ${PLAN_LIMITS.content} characters).` })
  content: string;

  @Property({ type: 'string', length: 10, nullable: true })
  @Field(() => String, { nullable: true, description: 'The day it takes (took) effect, `YYYY-MM-DD`.' })
  effectiveFrom: string | null = null;

  @Property({ type: 'string', length: 10, nullable: true })
  @Field(() => String, { nullable: true, description: 'When it is due for review, `YYYY-MM-DD`.' })
  reviewDue: string | null = null;

  @ManyToOne(() => Staff, { ref: true })
  draftedBy: Ref<Staff>;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When this version was drafted.' })
  draftedAt: Date;

  @ManyToOne(() => Staff, { ref: true, nullable: true })
  approvedBy: Ref<Staff> | null = null;

  @Property({ type: 'Date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When it was approved (and came into force).' })
  approvedAt: Date | null = null;

  @Property({ type: 'Date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When a later version superseded it.' })
  supersededAt: Date | null = null;

  @ManyToOne(() => EmergencyPlan, { ref: true, nullable: true })
  supersededBy: Ref<EmergencyPlan> | null = null;

  @Property({ type: 'Date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the draft was withdrawn.' })
  withdrawnAt: Date | null = null;

  @Property({ type: 'string', length: PLAN_LIMITS.reason, nullable: true })
  @Field(() => String, { nullable: true, description: 'Why the draft was withdrawn.' })
  withdrawReason: string | null = null;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When it last changed.' })
  updatedAt: Date;
}

/** A person's confirmation that they have read a plan version (SL-11 熟悉消防、治安管理应急方案). */
@Entity({ tableName: 'emergency_plan_reading' })
@Unique({ properties: ['plan', 'staff'] })
@ObjectType('EmergencyPlanReading', { description: 'Someone confirmed reading a plan version (SL-11).' })
export class EmergencyPlanReading {
  @PrimaryKey({ type: 'string', length: 36 })
  id: string;

  @ManyToOne(() => EmergencyPlan, { ref: true })
  plan: Ref<EmergencyPlan>;

  @ManyToOne(() => Staff, { ref: true })
  staff: Ref<Staff>;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When they confirmed it.' })
  readAt: Date;
}
