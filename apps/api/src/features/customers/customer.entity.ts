import {
  Collection,
  Entity,
  Enum,
  Formula,
  Index,
  OneToMany,
  OptionalProps,
  PrimaryKey,
  Property,
} from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { CustomerRole } from './customer.enums.js';
import { CustomerContact } from './customer-contact.entity.js';
import { Occupancy } from './occupancy.entity.js';

export const CUSTOMER_LIMITS = { name: 50, idCardLast4: 4, note: 500, reason: 500, contacts: 10 } as const;

/**
 * A customer file (客户档案, R1, CS-3): an owner, tenant or occupant. Never deleted: a file made
 * by mistake or twice is voided with the reason, and stays on record.
 */
@Entity({ tableName: 'customer' })
@ObjectType('Customer', { implements: Node, description: 'A customer file (客户档案): owner, tenant or occupant.' })
export class Customer {
  [OptionalProps]?: 'idCardLast4' | 'note' | 'voidedAt' | 'voidReason' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string;

  @Index()
  @Property({ type: 'string', length: CUSTOMER_LIMITS.name })
  @Field(() => String, { description: 'Full name (or a company’s name).' })
  name: string;

  /**
   * The name in lower case, computed by the database for case-insensitive searches: SQLite has no
   * ILIKE and PostgreSQL's LIKE respects case, `lower()` on both sides works on both. Never selected.
   */
  @Formula((t) => `lower(${t}.name)`, { type: 'string', lazy: true })
  nameLower?: string;

  @Enum({ items: () => CustomerRole, type: 'string', length: 16 })
  @Field(() => CustomerRole, { description: 'Their main role: owner, tenant or occupant.' })
  kind: CustomerRole;

  /** Only the last four characters: enough to confirm who is calling, too little to misuse. */
  @Property({ type: 'string', length: CUSTOMER_LIMITS.idCardLast4, nullable: true })
  @Field(() => String, { nullable: true, description: 'Last 4 characters of their ID card, to confirm identity.' })
  idCardLast4: string | null = null;

  @Property({ type: 'string', length: CUSTOMER_LIMITS.note, nullable: true })
  @Field(() => String, { nullable: true, description: 'Anything worth knowing (preferred call times, needs).' })
  note: string | null = null;

  @Property({ type: 'Date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the file was voided; null while it is in use.' })
  voidedAt: Date | null = null;

  @Property({ type: 'string', length: CUSTOMER_LIMITS.reason, nullable: true })
  @Field(() => String, { nullable: true, description: 'Why the file was voided.' })
  voidReason: string | null = null;

  @OneToMany(
    () => CustomerContact,
    (c) => c.customer,
  )
  contacts = new Collection<CustomerContact>(this);

  @OneToMany(
    () => Occupancy,
    (o) => o.customer,
  )
  occupancies = new Collection<Occupancy>(this);

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When the file was created.' })
  createdAt: Date = new Date();

  @Property({ type: 'Date', onUpdate: () => new Date() })
  @Field(() => Date, { description: 'When the file last changed.' })
  updatedAt: Date = new Date();
}
