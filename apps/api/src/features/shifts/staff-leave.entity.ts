import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { Department } from '../rulebook/department.entity.js';
import { Staff } from '../staff/staff.entity.js';

export const LEAVE_LIMITS = { reason: 200, maxDays: 92 } as const;

/**
 * Days off for a member of staff (R36 "leave"): from one local date to another, inclusive. While
 * it stands, every shift they are rostered on in it counts them on leave. Cancelled, never deleted.
 */
@Entity({ tableName: 'staff_leave' })
@Index({ properties: ['staff', 'fromDate'] })
@Index({ properties: ['fromDate', 'id'] })
@ObjectType('StaffLeave', { implements: Node, description: 'Days off (leave) for a member of staff.' })
export class StaffLeave {
  [OptionalProps]?: 'cancelledAt' | 'cancelledBy' | 'cancelReason' | 'createdAt';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string;

  @ManyToOne(() => Staff, { ref: true })
  staff: Ref<Staff>;

  /** The department of the person on leave, when it was recorded. */
  @ManyToOne(() => Department, { ref: true })
  department: Ref<Department>;

  @Property({ type: 'string', length: 10 })
  @Field(() => String, { description: 'First day off, `YYYY-MM-DD`.' })
  fromDate: string;

  @Property({ type: 'string', length: 10 })
  @Field(() => String, { description: 'Last day off, `YYYY-MM-DD` (inclusive).' })
  toDate: string;

  @Property({ type: 'string', length: LEAVE_LIMITS.reason })
  @Field(() => String, { description: 'Why (annual leave, sick leave, personal matters …).' })
  reason: string;

  @ManyToOne(() => Staff, { ref: true })
  recordedBy: Ref<Staff>;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When it was recorded.' })
  createdAt: Date = new Date();

  @Property({ type: 'Date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When it was cancelled; null while it stands.' })
  cancelledAt: Date | null = null;

  @ManyToOne(() => Staff, { ref: true, nullable: true })
  cancelledBy: Ref<Staff> | null = null;

  @Property({ type: 'string', length: LEAVE_LIMITS.reason, nullable: true })
  @Field(() => String, { nullable: true, description: 'Why it was cancelled.' })
  cancelReason: string | null = null;
}
