import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { Building } from '../customers/building.entity.js';
import { Unit } from '../customers/unit.entity.js';
import { Department } from '../rulebook/department.entity.js';
import { Site } from '../sites/site.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { NoticeAudience, NoticeKind, NoticeStatus } from './notice.enums.js';

export const NOTICE_LIMITS = {
  title: 100,
  body: 5000,
  postedAt: 200,
  reason: 500,
  /** Departments that may be asked to acknowledge one notice. */
  departments: 20,
} as const;

/**
 * A notice, announcement or other document the company issues about property-management
 * affairs (R9, CS-8): drafted by customer service, issued by the manager, and — when it asks
 * for it — acknowledged by each member of staff it concerns.
 */
@Entity({ tableName: 'notice' })
@Index({ properties: ['createdAt', 'id'] })
@Index({ properties: ['status', 'expiresAt'] })
@ObjectType('Notice', {
  implements: Node,
  description: 'A notice (通知), announcement (告示) or other document issued to customers (R9).',
})
export class Notice {
  [OptionalProps]?:
    | 'status'
    | 'department'
    | 'site'
    | 'building'
    | 'unit'
    | 'postedAt'
    | 'publishAt'
    | 'expiresAt'
    | 'requiresAcknowledgement'
    | 'acknowledgementDepartmentKeys'
    | 'issuedBy'
    | 'issuedAt'
    | 'withdrawnBy'
    | 'withdrawnAt'
    | 'withdrawReason'
    | 'createdAt'
    | 'updatedAt'
    | 'version';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string;

  @Property({ type: 'string', length: 24, unique: true })
  @Field(() => String, { description: 'Reference people quote, e.g. `TZ-20261126-003`.' })
  reference: string;

  @Index()
  @Enum({ items: () => NoticeKind, type: 'string', length: 16 })
  @Field(() => NoticeKind, { description: 'Notice, announcement or other document.' })
  kind: NoticeKind;

  @Index()
  @Enum({ items: () => NoticeStatus, type: 'string', length: 16 })
  @Field(() => NoticeStatus, { description: 'The stored lifecycle status (see `effectiveStatus` for expiry).' })
  status: NoticeStatus = NoticeStatus.DRAFT;

  @Property({ type: 'string', length: NOTICE_LIMITS.title })
  @Field(() => String, { description: 'The heading, e.g. “停水通知”.' })
  title: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'The full text, as posted or sent.' })
  body: string;

  /** The issuing department: the author's; null when written by someone outside any department (the manager). */
  @ManyToOne(() => Department, { ref: true, nullable: true })
  department: Ref<Department> | null = null;

  @Enum({ items: () => NoticeAudience, type: 'string', length: 16 })
  @Field(() => NoticeAudience, { description: 'Which customers it is for.' })
  audience: NoticeAudience;

  /** The site it is for (also set for a building or unit audience); null for every site. */
  @ManyToOne(() => Site, { ref: true, nullable: true })
  site: Ref<Site> | null = null;

  @ManyToOne(() => Building, { ref: true, nullable: true })
  building: Ref<Building> | null = null;

  @ManyToOne(() => Unit, { ref: true, nullable: true })
  unit: Ref<Unit> | null = null;

  @Property({ type: 'string', length: NOTICE_LIMITS.postedAt, nullable: true })
  @Field(() => String, {
    nullable: true,
    description:
      'Where it is posted or how it is sent (a place or a channel, not a time): “各楼栋大堂公告栏、业主微信群”.',
  })
  postedAt: string | null = null;

  /** When it goes up (scheduled issue); null on a draft means “when issued”. */
  @Property({ type: 'Date', nullable: true })
  @Field(() => Date, {
    nullable: true,
    description: 'When it goes up for customers; set at issue (now) if the draft leaves it empty.',
  })
  publishAt: Date | null = null;

  @Property({ type: 'Date', nullable: true })
  @Field(() => Date, {
    nullable: true,
    description: 'When it stops applying and is taken down; null: until withdrawn.',
  })
  expiresAt: Date | null = null;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'Staff it concerns must each confirm they have read it.' })
  requiresAcknowledgement = false;

  /** Departments whose members must acknowledge it; empty: every member of staff. */
  @Property({ type: 'json' })
  acknowledgementDepartmentKeys: string[] = [];

  @ManyToOne(() => Staff, { ref: true })
  author: Ref<Staff>;

  @ManyToOne(() => Staff, { ref: true, nullable: true })
  issuedBy: Ref<Staff> | null = null;

  @Property({ type: 'Date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When it was issued (approved); null while a draft.' })
  issuedAt: Date | null = null;

  @ManyToOne(() => Staff, { ref: true, nullable: true })
  withdrawnBy: Ref<Staff> | null = null;

  @Property({ type: 'Date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When it was withdrawn.' })
  withdrawnAt: Date | null = null;

  @Property({ type: 'string', length: NOTICE_LIMITS.reason, nullable: true })
  @Field(() => String, { nullable: true, description: 'Why it was withdrawn.' })
  withdrawReason: string | null = null;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When it was drafted.' })
  createdAt: Date;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When it last changed.' })
  updatedAt: Date;

  /** Optimistic lock: an edit and an issue at the same moment cannot both win silently. */
  @Property({ type: 'integer', version: true })
  version = 1;
}
