import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { Customer } from './customer.entity.js';
import { CustomerRole } from './customer.enums.js';
import { Unit } from './unit.entity.js';

export const OCCUPANCY_LIMITS = { note: 500 } as const;

/** Who lived (or worked) where, when: one customer in one unit, from a date until a date or now. */
@Entity({ tableName: 'occupancy' })
@Index({ properties: ['unit', 'toDate'] })
@ObjectType('Occupancy', {
  implements: Node,
  description: 'A customer’s time in a unit, as owner, tenant or occupant (入住 to 迁出).',
})
export class Occupancy {
  [OptionalProps]?: 'toDate' | 'note' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string;

  @ManyToOne(() => Unit, { ref: true })
  unit: Ref<Unit>;

  @ManyToOne(() => Customer, { ref: true })
  customer: Ref<Customer>;

  @Enum({ items: () => CustomerRole, type: 'string', length: 16 })
  @Field(() => CustomerRole, { description: 'What they are to the unit.' })
  role: CustomerRole;

  @Property({ type: 'string', length: 10 })
  @Field(() => String, { description: 'Moved in (or took ownership), `YYYY-MM-DD`.' })
  fromDate: string;

  @Property({ type: 'string', length: 10, nullable: true })
  @Field(() => String, { nullable: true, description: 'Moved out, `YYYY-MM-DD`; null while they are there.' })
  toDate: string | null = null;

  @Property({ type: 'string', length: OCCUPANCY_LIMITS.note, nullable: true })
  @Field(() => String, { nullable: true, description: 'A note on the move (e.g. why they left).' })
  note: string | null = null;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When the record was created.' })
  createdAt: Date = new Date();

  @Property({ type: 'Date', onUpdate: () => new Date() })
  @Field(() => Date, { description: 'When the record last changed.' })
  updatedAt: Date = new Date();
}
