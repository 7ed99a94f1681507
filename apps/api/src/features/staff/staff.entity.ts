import {
  Collection,
  Entity,
  Enum,
  Index,
  ManyToMany,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  type Ref,
} from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { Department } from '../rulebook/department.entity.js';
import { Position } from '../rulebook/position.entity.js';
import { Site } from '../sites/site.entity.js';
import { StaffStatus } from './staff.enums.js';

export const STAFF_LIMITS = {
  employeeNo: 32,
  name: 50,
  phone: 30,
  username: 32,
  reason: 500,
  passwordMin: 8,
  passwordMax: 128,
} as const;

/** A member of staff and their sign-in account (one person, one account). */
@Entity({ tableName: 'staff' })
@ObjectType('Staff', { implements: Node, description: 'A member of staff.' })
export class Staff {
  [OptionalProps]?:
    | 'status'
    | 'phone'
    | 'department'
    | 'leaveDate'
    | 'locale'
    | 'mustChangePassword'
    | 'createdAt'
    | 'updatedAt'
    | 'passwordChangedAt';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string;

  @Property({ type: 'string', length: STAFF_LIMITS.employeeNo, unique: true })
  @Field(() => String, { description: 'Employee number (工号), unique.' })
  employeeNo: string;

  @Property({ type: 'string', length: STAFF_LIMITS.name })
  @Field(() => String, { description: 'Full name.' })
  name: string;

  @Property({ type: 'string', length: STAFF_LIMITS.phone, nullable: true })
  @Field(() => String, { nullable: true, description: 'Work phone.' })
  phone: string | null = null;

  @ManyToOne(() => Department, { nullable: true, ref: true })
  department: Ref<Department> | null = null;

  @ManyToOne(() => Position, { ref: true })
  position: Ref<Position>;

  @ManyToMany(() => Site, undefined, { owner: true, pivotTable: 'staff_site' })
  sites = new Collection<Site>(this);

  @Index()
  @Enum({ items: () => StaffStatus, type: 'string', length: 16 })
  @Field(() => StaffStatus, { description: 'Active, suspended or left.' })
  status: StaffStatus = StaffStatus.ACTIVE;

  @Property({ type: 'string', length: 10 })
  @Field(() => String, { description: 'Hire date, `YYYY-MM-DD`.' })
  hireDate: string;

  @Property({ type: 'string', length: 10, nullable: true })
  @Field(() => String, { nullable: true, description: 'Leave date, `YYYY-MM-DD`, once offboarded.' })
  leaveDate: string | null = null;

  /** BCP 47 tag: `zh-CN` or `en`. */
  @Property({ type: 'string', length: 8 })
  locale = 'zh-CN';

  @Property({ type: 'string', length: STAFF_LIMITS.username, unique: true })
  @Field(() => String, { description: 'Sign-in name.' })
  username: string;

  /** `scrypt$N$r$p$salt$hash`; never exposed. */
  @Property({ type: 'string', length: 255, lazy: true })
  passwordHash: string;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'True until the first password (set by the Office) is changed.' })
  mustChangePassword = true;

  @Property({ type: 'Date', nullable: true })
  passwordChangedAt: Date | null = null;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When the record was created.' })
  createdAt: Date = new Date();

  @Property({ type: 'Date', onUpdate: () => new Date() })
  @Field(() => Date, { description: 'When the record last changed.' })
  updatedAt: Date = new Date();
}
