import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { Area } from '../places/area.entity.js';
import { Site } from '../sites/site.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { KeyUnit } from './key-unit.entity.js';

export const RESPONSIBILITY_LIMITS = { duties: 1000, reason: 500 } as const;

/**
 * One assignment of the fire-safety responsibility system (消防安全责任制, R28, OM-4): who answers
 * for fire safety in an area or a key protected unit, with a deputy, from one day to another.
 * A new assignment for the same place supersedes the one in force (it ends the day before); an
 * assignment is ended with a reason, never deleted.
 */
@Entity({ tableName: 'fire_responsibility' })
@Index({ properties: ['site', 'effectiveFrom'] })
@Index({ properties: ['area'] })
@Index({ properties: ['keyUnit'] })
@ObjectType('FireResponsibility', {
  implements: Node,
  description: 'Who answers for fire safety in an area or key unit, and from when to when (R28, 消防安全责任制).',
})
export class FireResponsibility {
  [OptionalProps]?:
    | 'area'
    | 'keyUnit'
    | 'deputy'
    | 'duties'
    | 'effectiveTo'
    | 'signedOn'
    | 'endReason'
    | 'supersededBy';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string;

  @ManyToOne(() => Site, { ref: true })
  site: Ref<Site>;

  @ManyToOne(() => Area, { ref: true, nullable: true })
  area: Ref<Area> | null = null;

  @ManyToOne(() => KeyUnit, { ref: true, nullable: true })
  keyUnit: Ref<KeyUnit> | null = null;

  @ManyToOne(() => Staff, { ref: true })
  responsible: Ref<Staff>;

  @ManyToOne(() => Staff, { ref: true, nullable: true })
  deputy: Ref<Staff> | null = null;

  @Property({ type: 'string', length: RESPONSIBILITY_LIMITS.duties, nullable: true })
  @Field(() => String, { nullable: true, description: 'What the responsibility covers (责任内容), in words.' })
  duties: string | null = null;

  @Property({ type: 'string', length: 10 })
  @Field(() => String, { description: 'First day in force, `YYYY-MM-DD` (the site’s calendar).' })
  effectiveFrom: string;

  @Property({ type: 'string', length: 10, nullable: true })
  @Field(() => String, { nullable: true, description: 'Last day in force, `YYYY-MM-DD`; null: until further notice.' })
  effectiveTo: string | null = null;

  @Property({ type: 'string', length: 10, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'When the responsibility letter (责任书) was signed, `YYYY-MM-DD`.',
  })
  signedOn: string | null = null;

  @Property({ type: 'string', length: RESPONSIBILITY_LIMITS.reason, nullable: true })
  @Field(() => String, { nullable: true, description: 'Why it was ended early, when it was (not when superseded).' })
  endReason: string | null = null;

  @ManyToOne(() => FireResponsibility, { ref: true, nullable: true })
  supersededBy: Ref<FireResponsibility> | null = null;

  @ManyToOne(() => Staff, { ref: true })
  createdBy: Ref<Staff>;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When it was recorded.' })
  createdAt: Date;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When it last changed.' })
  updatedAt: Date;
}
