import { Entity, Enum, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { CaseKind, Priority } from './case.enums.js';

/** Response and resolution deadlines for one kind × priority (P1, P2), edited by the company manager. */
@Entity({ tableName: 'sla_policy' })
@Unique({ properties: ['kind', 'priority'] })
@ObjectType('SlaPolicy', { description: 'Deadlines for one kind of case at one priority.' })
export class SlaPolicy {
  [OptionalProps]?: 'updatedAt';

  @PrimaryKey({ type: 'string', length: 48 })
  id: string;

  // A string column like Case.kind: new kinds need no table rebuild.
  @Property({ type: 'string', length: 32 })
  @Field(() => CaseKind, { description: 'Kind of case.' })
  kind: CaseKind;

  @Enum({ items: () => Priority, type: 'string', length: 8 })
  @Field(() => Priority, { description: 'Priority.' })
  priority: Priority;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Minutes from opening to the first response.' })
  responseMinutes: number;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Minutes from opening to the result.' })
  resolutionMinutes: number;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When it was last changed.' })
  updatedAt: Date = new Date();
}
