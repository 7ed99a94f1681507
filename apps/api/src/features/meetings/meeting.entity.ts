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
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { Case } from '../cases/case.entity.js';
import { Department } from '../rulebook/department.entity.js';
import { Site } from '../sites/site.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { MeetingKind, MeetingStatus } from './meeting.enums.js';

export const MEETING_LIMITS = {
  title: 100,
  agenda: 1000,
  absentees: 500,
  review: 2000,
  requirements: 2000,
  minutes: 5000,
  reason: 500,
  attendees: 100,
  actionItems: 50,
} as const;

/**
 * A meeting (会议, R11): a customer-service work meeting (CS-9) or a shift meeting (SL-13), its
 * attendance, what was reviewed and required, the minutes, and the tasks it gave.
 */
@Entity({ tableName: 'meeting' })
@Index({ properties: ['scheduledAt', 'id'] })
@Index({ properties: ['department', 'kind', 'heldAt'] })
@ObjectType('Meeting', { implements: Node, description: 'A meeting, its attendance, minutes and action items (R11).' })
export class Meeting {
  [OptionalProps]?:
    | 'status'
    | 'agenda'
    | 'site'
    | 'heldAt'
    | 'absenteesNote'
    | 'review'
    | 'requirements'
    | 'minutes'
    | 'reportedAt'
    | 'reportedTo'
    | 'reportNote'
    | 'cancelledAt'
    | 'cancelReason'
    | 'version';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string;

  // A string column, like Case.kind: a new kind needs no table rebuild (GraphQL still refuses unknown ones).
  @Property({ type: 'string', length: 32 })
  @Field(() => MeetingKind, { description: 'What kind of meeting.' })
  kind: MeetingKind;

  @Index()
  @Property({ type: 'string', length: 16 })
  @Field(() => MeetingStatus, { description: 'Where it is: planned, held, reported or cancelled.' })
  status: MeetingStatus = MeetingStatus.PLANNED;

  @Property({ type: 'string', length: MEETING_LIMITS.title })
  @Field(() => String, { description: 'What it is about, in one line.' })
  title: string;

  @Property({ type: 'string', length: MEETING_LIMITS.agenda, nullable: true })
  @Field(() => String, { nullable: true, description: 'What is to be discussed (given when scheduling).' })
  agenda: string | null = null;

  /** The department whose meeting it is: whose grants reach it. */
  @ManyToOne(() => Department, { ref: true })
  department: Ref<Department>;

  @ManyToOne(() => Site, { ref: true, nullable: true })
  site: Ref<Site> | null = null;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When it is (was) scheduled for.' })
  scheduledAt: Date;

  @Property({ type: 'Date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When it was actually held.' })
  heldAt: Date | null = null;

  @ManyToOne(() => Staff, { ref: true })
  chair: Ref<Staff>;

  @OneToMany(
    () => MeetingAttendee,
    (a) => a.meeting,
  )
  attendees = new Collection<MeetingAttendee>(this);

  @Property({ type: 'string', length: MEETING_LIMITS.absentees, nullable: true })
  @Field(() => String, { nullable: true, description: 'Who was absent and why (缺席说明).' })
  absenteesNote: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The review of the work (讲评工作, SL-13).' })
  review: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The requirements set (提出要求, SL-13).' })
  requirements: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The minutes (会议纪要).' })
  minutes: string | null = null;

  @Property({ type: 'Date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When it was reported to the superior (SL-13).' })
  reportedAt: Date | null = null;

  @ManyToOne(() => Staff, { ref: true, nullable: true })
  reportedTo: Ref<Staff> | null = null;

  @Property({ type: 'string', length: MEETING_LIMITS.reason, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'What the report to the superior said, if more than the minutes.',
  })
  reportNote: string | null = null;

  @Property({ type: 'Date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When it was called off.' })
  cancelledAt: Date | null = null;

  @Property({ type: 'string', length: MEETING_LIMITS.reason, nullable: true })
  @Field(() => String, { nullable: true, description: 'Why it was called off.' })
  cancelReason: string | null = null;

  @ManyToOne(() => Staff, { ref: true })
  createdBy: Ref<Staff>;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When it was recorded.' })
  createdAt: Date;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When it last changed.' })
  updatedAt: Date;

  /** Optimistic lock: two people recording the same meeting at once cannot both win silently. */
  @Property({ type: 'integer', version: true })
  @Field(() => Int, {
    description: 'Changes with every change: send it back with the minutes to refuse a lost update.',
  })
  version = 1;
}

/** Someone asked to a meeting, and whether they came (known once the minutes are recorded). */
@Entity({ tableName: 'meeting_attendee' })
@Unique({ properties: ['meeting', 'staff'] })
@ObjectType('MeetingAttendee', { description: 'A person asked to a meeting, and whether they attended.' })
export class MeetingAttendee {
  [OptionalProps]?: 'attended';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string;

  @ManyToOne(() => Meeting, { ref: true })
  meeting: Ref<Meeting>;

  @ManyToOne(() => Staff, { ref: true })
  staff: Ref<Staff>;

  @Property({ type: 'boolean', nullable: true })
  @Field(() => Boolean, { nullable: true, description: 'Attended; null until the minutes are recorded.' })
  attended: boolean | null = null;
}

/** A task a meeting gave (its action item): a TASK case, in the order given. */
@Entity({ tableName: 'meeting_action_item' })
@Unique({ properties: ['meeting', 'ordinal'] })
export class MeetingActionItem {
  @PrimaryKey({ type: 'string', length: 36 })
  id: string;

  @ManyToOne(() => Meeting, { ref: true })
  meeting: Ref<Meeting>;

  @ManyToOne(() => Case, { ref: true, unique: true })
  case: Ref<Case>;

  @Property({ type: 'integer' })
  ordinal: number;

  @Property({ type: 'Date' })
  createdAt: Date;
}
