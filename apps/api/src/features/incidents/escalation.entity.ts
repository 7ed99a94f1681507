import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { Case } from '../cases/case.entity.js';
import { Staff } from '../staff/staff.entity.js';

/** The duty chain an incident climbs (SL-2, DIR-10): shift leader → director → company manager. */
export enum DutyLevel {
  SHIFT_LEADER = 'SHIFT_LEADER',
  DIRECTOR = 'DIRECTOR',
  MANAGER = 'MANAGER',
}
registerEnumType(DutyLevel, {
  name: 'DutyLevel',
  description:
    'A step of the duty chain: shift leader (班长) → order-maintenance director (主任) → company manager (经理).',
});

/** The posts (rulebook position keys) holding each step of the chain, in order. */
export const DUTY_CHAIN: readonly { level: DutyLevel; position: string }[] = [
  { level: DutyLevel.SHIFT_LEADER, position: 'order_maintenance_shift_leader' },
  { level: DutyLevel.DIRECTOR, position: 'order_maintenance_director' },
  { level: DutyLevel.MANAGER, position: 'company_manager' },
];

export enum EscalationReason {
  MAJOR = 'MAJOR',
  BEYOND_AUTHORITY = 'BEYOND_AUTHORITY',
  FIRE = 'FIRE',
  BY_HAND = 'BY_HAND',
  UNACKNOWLEDGED = 'UNACKNOWLEDGED',
}
registerEnumType(EscalationReason, {
  name: 'EscalationReason',
  description: 'Why a matter went up the duty chain.',
  valuesConfig: {
    MAJOR: { description: 'Reported as major (重大): straight to the next step up (SL-2).' },
    BEYOND_AUTHORITY: { description: 'Beyond the reporter’s authority (CS-7, SL-11).' },
    FIRE: { description: 'A fire: to the director and the company manager at once (DIR-4).' },
    BY_HAND: { description: 'Escalated by someone handling it.' },
    UNACKNOWLEDGED: { description: 'Nobody acknowledged the step below in time: it climbed by itself.' },
  },
});

export const ESCALATION_LIMITS = { note: 500 } as const;

/**
 * One report up the duty chain (汇报, R17): to whom (picked from the roster of who is on duty now,
 * or the post-holder when nobody is rostered), why, and whether they acknowledged it. Unacknowledged
 * by its deadline it is passed on one step higher.
 */
@Entity({ tableName: 'escalation' })
@Index({ properties: ['settledAt', 'ackDueAt'] })
@ObjectType('Escalation', { implements: Node, description: 'A report of a matter up the duty chain (R17).' })
export class Escalation {
  [OptionalProps]?:
    | 'sentBy'
    | 'acknowledgedAt'
    | 'acknowledgedBy'
    | 'note'
    | 'passedOnAt'
    | 'settledAt'
    | 'reminders'
    | 'shiftId';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string;

  @ManyToOne(() => Case, { ref: true })
  case: Ref<Case>;

  @Property({ type: 'string', length: 16 })
  @Field(() => DutyLevel, { description: 'The step of the chain it went to.' })
  level: DutyLevel;

  @ManyToOne(() => Staff, { ref: true })
  to: Ref<Staff>;

  @Property({ type: 'string', length: 100 })
  @Field(() => String, { description: 'Whom it went to (their name at the time).' })
  toName: string;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, {
    description: 'They were on duty by the roster at the time; false: nobody was, so it went to the post-holder.',
  })
  onDuty: boolean;

  /** The shift they were on duty on, when picked from the roster. */
  @Property({ type: 'string', length: 36, nullable: true })
  shiftId: string | null = null;

  @Property({ type: 'string', length: 24 })
  @Field(() => EscalationReason, { description: 'Why.' })
  reason: EscalationReason;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When it was sent.' })
  sentAt: Date;

  @ManyToOne(() => Staff, { ref: true, nullable: true })
  sentBy: Ref<Staff> | null = null;

  @Property({ type: 'string', length: 100 })
  @Field(() => String, { description: 'Who sent it; “Steward” when it climbed by itself.' })
  sentByName: string;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'Acknowledge by then, or it is passed one step higher.' })
  ackDueAt: Date;

  @Property({ type: 'Date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When it was acknowledged.' })
  acknowledgedAt: Date | null = null;

  @ManyToOne(() => Staff, { ref: true, nullable: true })
  acknowledgedBy: Ref<Staff> | null = null;

  @Property({ type: 'string', length: ESCALATION_LIMITS.note, nullable: true })
  @Field(() => String, { nullable: true, description: 'What they said on acknowledging (instructions).' })
  note: string | null = null;

  @Property({ type: 'Date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When, unacknowledged, it was passed one step higher.' })
  passedOnAt: Date | null = null;

  /**
   * When it stopped waiting: acknowledged (by its recipient or someone higher), passed on, the
   * case ended, or the reminders at the top ran out. The sweep looks at unsettled ones only.
   */
  @Property({ type: 'Date', nullable: true })
  settledAt: Date | null = null;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Reminders sent at the top of the chain while unacknowledged.' })
  reminders = 0;
}
