import {
  Collection,
  Entity,
  Index,
  ManyToMany,
  ManyToOne,
  OneToMany,
  OptionalProps,
  PrimaryKey,
  Property,
  type Ref,
} from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { Area } from '../places/area.entity.js';
import { Department } from '../rulebook/department.entity.js';
import { Site } from '../sites/site.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { InspectionItemResult, InspectionStatus, InspectionType } from './inspection.enums.js';

export const INSPECTION_LIMITS = {
  checklistName: 50,
  itemText: 200,
  items: 60,
  scope: 500,
  summary: 2000,
  itemNote: 500,
  reason: 500,
  inspectors: 10,
  areas: 30,
} as const;

/**
 * A checklist for one type of safety inspection, kept by the director. An inspection copies the
 * items when it is planned, so later edits never rewrite what an inspection checked; each edit
 * of the items raises `revision`.
 */
@Entity({ tableName: 'inspection_checklist' })
@Index({ properties: ['type', 'active'] })
@ObjectType('InspectionChecklist', {
  implements: Node,
  description: 'A checklist for one type of safety inspection (R19); inspections copy its items.',
})
export class InspectionChecklist {
  [OptionalProps]?: 'revision' | 'active' | 'version';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string;

  @Property({ type: 'string', length: 16 })
  @Field(() => InspectionType, { description: 'Which inspections it is for.' })
  type: InspectionType;

  @Property({ type: 'string', length: INSPECTION_LIMITS.checklistName })
  @Field(() => String, { description: 'Its name, e.g. 消防安全检查表.' })
  name: string;

  @Property({ type: 'json' })
  @Field(() => [String], { description: 'The items to check, in order.' })
  items: string[];

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Raised by one at each change of the items; inspections record the one they used.' })
  revision = 1;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'Offered for new inspections (a retired one stays on record).' })
  active = true;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When it was created.' })
  createdAt: Date;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When it last changed.' })
  updatedAt: Date;

  @Property({ type: 'integer', version: true })
  version = 1;
}

/**
 * A safety inspection (安全检查, R19, OM-5): of one type, at a site, by its inspectors, over some
 * areas, against a checklist copied at planning. Planned → performed (results recorded) →
 * completed; failed items become rectification notices (R20).
 */
@Entity({ tableName: 'inspection' })
@Index({ properties: ['site', 'type', 'status'] })
@Index({ properties: ['scheduledFor', 'id'] })
@ObjectType('Inspection', {
  implements: Node,
  description: 'A safety inspection (fire, security or vehicles) at a site, against a checklist (R19).',
})
export class Inspection {
  [OptionalProps]?:
    | 'status'
    | 'performedAt'
    | 'completedAt'
    | 'scope'
    | 'summary'
    | 'cancelledAt'
    | 'cancelReason'
    | 'version';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string;

  @Property({ type: 'string', length: 16 })
  @Field(() => InspectionType, { description: 'Fire, security or vehicles.' })
  type: InspectionType;

  @ManyToOne(() => Site, { ref: true })
  site: Ref<Site>;

  /** The department whose inspection it is (the planner's: order maintenance). */
  @ManyToOne(() => Department, { ref: true })
  department: Ref<Department>;

  @Property({ type: 'string', length: 16 })
  @Field(() => InspectionStatus, { description: 'Planned, in progress, completed or cancelled.' })
  status: InspectionStatus = InspectionStatus.PLANNED;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When it is (was) scheduled.' })
  scheduledFor: Date;

  @Property({ type: 'Date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When it was performed (its first results).' })
  performedAt: Date | null = null;

  @Property({ type: 'Date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When it was completed.' })
  completedAt: Date | null = null;

  @ManyToMany(() => Staff, undefined, { owner: true, pivotTable: 'inspection_inspector' })
  inspectors = new Collection<Staff>(this);

  @ManyToMany(() => Area, undefined, { owner: true, pivotTable: 'inspection_area' })
  areas = new Collection<Area>(this);

  @Property({ type: 'string', length: INSPECTION_LIMITS.scope, nullable: true })
  @Field(() => String, { nullable: true, description: 'The scope in words, beyond the areas listed.' })
  scope: string | null = null;

  @ManyToOne(() => InspectionChecklist, { ref: true })
  checklist: Ref<InspectionChecklist>;

  @Property({ type: 'string', length: INSPECTION_LIMITS.checklistName })
  @Field(() => String, { description: 'The checklist’s name when planned.' })
  checklistName: string;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'The checklist’s revision the items were copied from.' })
  checklistRevision: number;

  @OneToMany(
    () => InspectionItem,
    (i) => i.inspection,
    { orderBy: { seq: 'asc' } },
  )
  items = new Collection<InspectionItem>(this);

  @Property({ type: 'string', length: INSPECTION_LIMITS.summary, nullable: true })
  @Field(() => String, { nullable: true, description: 'What was found overall, written on completion.' })
  summary: string | null = null;

  @ManyToOne(() => Staff, { ref: true })
  plannedBy: Ref<Staff>;

  @Property({ type: 'Date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When it was cancelled.' })
  cancelledAt: Date | null = null;

  @Property({ type: 'string', length: INSPECTION_LIMITS.reason, nullable: true })
  @Field(() => String, { nullable: true, description: 'Why it was cancelled.' })
  cancelReason: string | null = null;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When it was planned.' })
  createdAt: Date;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When it last changed.' })
  updatedAt: Date;

  @Property({ type: 'integer', version: true })
  version = 1;
}

/** One checklist item of an inspection, copied from its checklist, and what was found. */
@Entity({ tableName: 'inspection_item' })
@Index({ properties: ['inspection', 'seq'] })
@ObjectType('InspectionItem', {
  implements: Node,
  description: 'One item of an inspection’s checklist and its result.',
})
export class InspectionItem {
  [OptionalProps]?: 'result' | 'note' | 'area' | 'recordedAt' | 'recordedBy';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string;

  @ManyToOne(() => Inspection, { ref: true })
  inspection: Ref<Inspection>;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Its place in the list, from 1.' })
  seq: number;

  @Property({ type: 'string', length: INSPECTION_LIMITS.itemText })
  @Field(() => String, { description: 'What to check.' })
  text: string;

  @Property({ type: 'string', length: 8, nullable: true })
  @Field(() => InspectionItemResult, { nullable: true, description: 'Pass, fail or not applicable; null: not yet.' })
  result: InspectionItemResult | null = null;

  @Property({ type: 'string', length: INSPECTION_LIMITS.itemNote, nullable: true })
  @Field(() => String, { nullable: true, description: 'What was seen (required for a failure).' })
  note: string | null = null;

  /** Where a failure is, when one of the areas (or another at the site). */
  @ManyToOne(() => Area, { ref: true, nullable: true })
  area: Ref<Area> | null = null;

  @Property({ type: 'Date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When its result was last recorded.' })
  recordedAt: Date | null = null;

  @ManyToOne(() => Staff, { ref: true, nullable: true })
  recordedBy: Ref<Staff> | null = null;
}
