import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { Customer } from './customer.entity.js';
import { ContactKind } from './customer.enums.js';

export const CONTACT_LIMITS = { value: 100 } as const;

/** One way to reach a customer. */
@Entity({ tableName: 'customer_contact' })
@ObjectType('CustomerContact', { implements: Node, description: 'One way to reach a customer.' })
export class CustomerContact {
  [OptionalProps]?: 'primary' | 'createdAt';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string;

  @ManyToOne(() => Customer, { ref: true })
  customer: Ref<Customer>;

  @Enum({ items: () => ContactKind, type: 'string', length: 16 })
  @Field(() => ContactKind, { description: 'Phone, e-mail, WeChat or other.' })
  kind: ContactKind;

  @Property({ type: 'string', length: CONTACT_LIMITS.value })
  @Field(() => String, { description: 'As given, e.g. `138 1234 5678`.' })
  value: string;

  /**
   * What searches compare: a phone's digits only, anything else in lower case. Indexed, so an
   * exact phone number is found without reading every contact.
   */
  @Index()
  @Property({ type: 'string', length: CONTACT_LIMITS.value })
  normalized: string;

  @Property({ type: 'boolean', fieldName: 'is_primary' })
  @Field(() => Boolean, { description: 'The one to try first (at most one per customer).' })
  primary = false;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When it was added.' })
  createdAt: Date = new Date();
}
