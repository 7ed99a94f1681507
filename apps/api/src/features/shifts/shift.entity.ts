import {
  Collection,
  Entity,
  Index,
  ManyToOne,
  OneToMany,
  OptionalProps,
  PrimaryKey,
  Property,
  type Ref,
  Unique,
} from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { Department } from '../rulebook/department.entity.js';
import { Site } from '../sites/site.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { RollCall, ShiftPost, ShiftRole, ShiftStatus } from './shift.enums.js';
import { ShiftPattern } from './shift-pattern.entity.js';
import { Team } from './team.entity.js';

export const SHIFT_LIMITS = { note: 500, members: 60 } as const;

/**
 * One shift on the roster (R35): a pattern worked on a local date at a site by a team under a
 * leader. Its start and end are stored as instants, computed once from the site's time zone.
 */
@Entity({ tableName: 'shift' })
@Unique({ properties: ['site', 'date', 'pattern', 'team'] })
@Index({ properties: ['site', 'startsAt'] })
@Index({ properties: ['startsAt', 'id'] })
@ObjectType('Shift', {
  implements: Node,
  description: 'One shift on the roster: a pattern on a date, its leader and officers.',
})
export class Shift {
  [OptionalProps]?:
    | 'status'
    | 'team'
    | 'note'
    | 'briefingAt'
    | 'onDutyAt'
    | 'handingOverAt'
    | 'closedAt'
    | 'createdAt'
    | 'updatedAt'
    | 'version';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string;

  @ManyToOne(() => Site, { ref: true })
  site: Ref<Site>;

  @ManyToOne(() => Department, { ref: true })
  department: Ref<Department>;

  @Property({ type: 'string', length: 10 })
  @Field(() => String, { description: 'The local date it belongs to (the date it starts), `YYYY-MM-DD`.' })
  date: string;

  @ManyToOne(() => ShiftPattern, { ref: true })
  pattern: Ref<ShiftPattern>;

  @ManyToOne(() => Team, { ref: true, nullable: true })
  team: Ref<Team> | null = null;

  @ManyToOne(() => Staff, { ref: true })
  leader: Ref<Staff>;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When it starts.' })
  startsAt: Date;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When it ends.' })
  endsAt: Date;

  @Index()
  @Property({ type: 'string', length: 16 })
  @Field(() => ShiftStatus, { description: 'Where it is in its cycle.' })
  status: ShiftStatus = ShiftStatus.PLANNED;

  @Property({ type: 'string', length: SHIFT_LIMITS.note, nullable: true })
  @Field(() => String, { nullable: true, description: 'A note on the roster entry.' })
  note: string | null = null;

  @Property({ type: 'Date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the pre-shift meeting began.' })
  briefingAt: Date | null = null;

  @Property({ type: 'Date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When it went on duty.' })
  onDutyAt: Date | null = null;

  @Property({ type: 'Date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the handover was submitted.' })
  handingOverAt: Date | null = null;

  @Property({ type: 'Date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When it closed.' })
  closedAt: Date | null = null;

  @OneToMany(
    () => ShiftMember,
    (m) => m.shift,
  )
  members = new Collection<ShiftMember>(this);

  @Property({ type: 'Date' })
  createdAt: Date = new Date();

  @Property({ type: 'Date', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Property({ version: true })
  version: number = 1;
}

/**
 * One person rostered on a shift (R35), with their post (SL-9), roll call (SL-13) and attendance
 * (R36). Taken off the roster is a `removedAt`, never a delete: the roster keeps its history.
 */
@Entity({ tableName: 'shift_member' })
@Unique({ properties: ['shift', 'staff'] })
@ObjectType('ShiftMember', {
  implements: Node,
  description: 'Someone rostered on a shift: post, roll call and attendance.',
})
export class ShiftMember {
  [OptionalProps]?:
    | 'post'
    | 'onLeave'
    | 'leaveNote'
    | 'rollCall'
    | 'checkInAt'
    | 'checkInBy'
    | 'checkOutAt'
    | 'checkOutBy'
    | 'removedAt'
    | 'createdAt';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string;

  @ManyToOne(() => Shift, { ref: true })
  shift: Ref<Shift>;

  @ManyToOne(() => Staff, { ref: true })
  staff: Ref<Staff>;

  @Property({ type: 'string', length: 16 })
  @Field(() => ShiftRole, { description: 'Leader or officer.' })
  role: ShiftRole;

  @Property({ type: 'string', length: 16, nullable: true })
  @Field(() => ShiftPost, { nullable: true, description: 'The post assigned at the pre-shift meeting (SL-9).' })
  post: ShiftPost | null = null;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'On leave (a day off) for this shift.' })
  onLeave = false;

  @Property({ type: 'string', length: SHIFT_LIMITS.note, nullable: true })
  @Field(() => String, { nullable: true, description: 'Why on leave.' })
  leaveNote: string | null = null;

  @Property({ type: 'string', length: 8, nullable: true })
  @Field(() => RollCall, { nullable: true, description: 'Present or absent at the pre-shift roll call.' })
  rollCall: RollCall | null = null;

  @Property({ type: 'Date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When they checked in.' })
  checkInAt: Date | null = null;

  @ManyToOne(() => Staff, { ref: true, nullable: true })
  checkInBy: Ref<Staff> | null = null;

  @Property({ type: 'Date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When they checked out.' })
  checkOutAt: Date | null = null;

  @ManyToOne(() => Staff, { ref: true, nullable: true })
  checkOutBy: Ref<Staff> | null = null;

  @Property({ type: 'Date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When they were taken off the roster (null while rostered).' })
  removedAt: Date | null = null;

  @Property({ type: 'Date' })
  createdAt: Date = new Date();
}
