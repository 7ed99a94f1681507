import {
  Entity,
  Enum,
  Formula,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  type Ref,
} from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { Site } from '../sites/site.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { ContactCategory, ContactDirectory } from './contact.enums.js';

export const CONTACT_LIMITS = {
  name: 100,
  person: 50,
  role: 50,
  phone: 30,
  note: 500,
  verifyNote: 200,
  reason: 500,
} as const;

/**
 * One entry of the contact registers: an emergency number (突发性事件联系电话, R23, DIR-10) or a
 * liaison contact at an authority (与公安、消防、车管等联系, R22, OM-7, DIR-3). For one site or,
 * without a site, company-wide. Each carries when it was last verified and by whom: one not
 * verified for P11 (default 180 days) is stale. Never deleted: one out of use is retired.
 */
@Entity({ tableName: 'contact' })
@Index({ properties: ['directory', 'category'] })
@ObjectType('Contact', {
  implements: Node,
  description: 'An emergency number or a liaison contact at an authority, with when it was last verified.',
})
export class Contact {
  [OptionalProps]?:
    | 'site'
    | 'person'
    | 'role'
    | 'altPhone'
    | 'note'
    | 'verifyNote'
    | 'retiredAt'
    | 'retiredBy'
    | 'retireReason'
    | 'version';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string;

  @Enum({ items: () => ContactDirectory, type: 'string', length: 16 })
  @Field(() => ContactDirectory, { description: 'Emergency directory or liaison contact.' })
  directory: ContactDirectory;

  @Enum({ items: () => ContactCategory, type: 'string', length: 16 })
  @Field(() => ContactCategory, { description: 'What it is for; the directory is grouped by it.' })
  category: ContactCategory;

  /** Null: company-wide, listed at every site. */
  @ManyToOne(() => Site, { ref: true, nullable: true })
  site: Ref<Site> | null = null;

  @Property({ type: 'string', length: CONTACT_LIMITS.name })
  @Field(() => String, {
    description: 'The entry’s name (报警电话, 燃气抢修) or, for a liaison, the organisation (花木派出所).',
  })
  name: string;

  @Property({ type: 'string', length: CONTACT_LIMITS.person, nullable: true })
  @Field(() => String, { nullable: true, description: 'The person to ask for (required for a liaison contact).' })
  person: string | null = null;

  @Property({ type: 'string', length: CONTACT_LIMITS.role, nullable: true })
  @Field(() => String, { nullable: true, description: 'Their role there (社区民警, 防火监督员).' })
  role: string | null = null;

  @Property({ type: 'string', length: CONTACT_LIMITS.phone })
  @Field(() => String, { description: 'The number to call, as written (digits, spaces, dashes, a leading +).' })
  phone: string;

  @Property({ type: 'string', length: CONTACT_LIMITS.phone, nullable: true })
  @Field(() => String, { nullable: true, description: 'A second number (a mobile, a night line).' })
  altPhone: string | null = null;

  @Property({ type: 'string', length: CONTACT_LIMITS.note, nullable: true })
  @Field(() => String, { nullable: true, description: 'When and how to use it, what to say.' })
  note: string | null = null;

  /** Lower-case copies for case-insensitive search (never selected). */
  @Formula((t) => `lower(${t}.name)`, { type: 'string', lazy: true })
  nameLower?: string;

  @Formula((t) => `lower(${t}.person)`, { type: 'string', lazy: true })
  personLower?: string;

  @Formula((t) => `lower(${t}.role)`, { type: 'string', lazy: true })
  roleLower?: string;

  /** The numbers' digits, for a search by number however it was typed (never selected). */
  @Formula(
    (t) =>
      `replace(replace(${t}.phone, '-', ''), ' ', '') || '|' || replace(replace(coalesce(${t}.alt_phone, ''), '-', ''), ' ', '')`,
    { type: 'string', lazy: true },
  )
  phoneDigits?: string;

  @Index()
  @Property({ type: 'Date' })
  @Field(() => Date, {
    description: 'When the number was last confirmed to work (on creation, or by `verifyContact`).',
  })
  lastVerifiedAt: Date;

  @ManyToOne(() => Staff, { ref: true })
  verifiedBy: Ref<Staff>;

  @Property({ type: 'string', length: CONTACT_LIMITS.verifyNote, nullable: true })
  @Field(() => String, { nullable: true, description: 'How it was verified (rang it, visited them).' })
  verifyNote: string | null = null;

  @Property({ type: 'Date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When it was retired; null while in use.' })
  retiredAt: Date | null = null;

  @ManyToOne(() => Staff, { ref: true, nullable: true })
  retiredBy: Ref<Staff> | null = null;

  @Property({ type: 'string', length: CONTACT_LIMITS.reason, nullable: true })
  @Field(() => String, { nullable: true, description: 'Why it was retired.' })
  retireReason: string | null = null;

  @ManyToOne(() => Staff, { ref: true })
  createdBy: Ref<Staff>;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When it was entered.' })
  createdAt: Date;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When it last changed.' })
  updatedAt: Date;

  /** Optimistic lock: an edit made from a stale copy is refused, not silently overwritten. */
  @Property({ type: 'integer', version: true })
  @Field(() => Int, { description: 'Changes with every change; send it back to refuse a stale edit.' })
  version = 1;
}
