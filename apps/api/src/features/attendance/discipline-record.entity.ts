import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { Shift, ShiftMember } from '../shifts/shift.entity.js';
import { ShiftPost } from '../shifts/shift.enums.js';
import { Staff } from '../staff/staff.entity.js';
import { DisciplineKind, DisciplineOrigin, DisciplineStatus } from './attendance.enums.js';

export const DISCIPLINE_LIMITS = { observation: 1000, correction: 1000, note: 500 } as const;

/**
 * A violation observed on a shift (R42, SL-10): who, what, when, where; the leader who recorded
 * it, the correction made, and whom it was reported to (the leader's superior, the director).
 * Raised by hand, or by the shift's own steps: a failed grooming check, a no-show, lateness.
 */
@Entity({ tableName: 'discipline_record' })
@Index({ properties: ['observedAt', 'id'] })
@Index({ properties: ['shift', 'staff', 'kind'] })
@ObjectType('DisciplineRecord', {
  implements: Node,
  description: 'A violation observed on a shift (违纪违章, R42) and its correction.',
})
export class DisciplineRecord {
  [OptionalProps]?:
    | 'post'
    | 'status'
    | 'correction'
    | 'correctedAt'
    | 'correctedBy'
    | 'escalatedAt'
    | 'escalationNote'
    | 'reportedTo'
    | 'voidedAt'
    | 'voidReason'
    | 'createdAt'
    | 'updatedAt'
    | 'version';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string;

  @ManyToOne(() => Shift, { ref: true })
  shift: Ref<Shift>;

  @ManyToOne(() => ShiftMember, { ref: true })
  member: Ref<ShiftMember>;

  @ManyToOne(() => Staff, { ref: true })
  staff: Ref<Staff>;

  @Property({ type: 'string', length: 24 })
  @Field(() => DisciplineKind, { description: 'What kind of violation.' })
  kind: DisciplineKind;

  @Property({ type: 'string', length: 16 })
  @Field(() => DisciplineOrigin, { description: 'What raised it: a step of the shift, or the leader by hand.' })
  origin: DisciplineOrigin;

  @Property({ type: 'string', length: 16, nullable: true })
  @Field(() => ShiftPost, { nullable: true, description: 'The post concerned, if any.' })
  post: ShiftPost | null = null;

  @Property({ type: 'string', length: DISCIPLINE_LIMITS.observation })
  @Field(() => String, { description: 'What was observed.' })
  observation: string;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When it was observed.' })
  observedAt: Date;

  @ManyToOne(() => Staff, { ref: true })
  recordedBy: Ref<Staff>;

  @Index()
  @Property({ type: 'string', length: 16 })
  @Field(() => DisciplineStatus, { description: 'Open, escalated, corrected or voided.' })
  status: DisciplineStatus = DisciplineStatus.OPEN;

  @Property({ type: 'string', length: DISCIPLINE_LIMITS.correction, nullable: true })
  @Field(() => String, { nullable: true, description: 'The correction made (SL-10 及时纠正).' })
  correction: string | null = null;

  @Property({ type: 'Date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the correction was recorded.' })
  correctedAt: Date | null = null;

  @ManyToOne(() => Staff, { ref: true, nullable: true })
  correctedBy: Ref<Staff> | null = null;

  @Property({ type: 'Date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When it was passed up to the director.' })
  escalatedAt: Date | null = null;

  @Property({ type: 'string', length: DISCIPLINE_LIMITS.note, nullable: true })
  @Field(() => String, { nullable: true, description: 'Why it was passed up.' })
  escalationNote: string | null = null;

  @ManyToOne(() => Staff, { ref: true, nullable: true })
  reportedTo: Ref<Staff> | null = null;

  @Property({ type: 'Date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When it was voided.' })
  voidedAt: Date | null = null;

  @Property({ type: 'string', length: DISCIPLINE_LIMITS.note, nullable: true })
  @Field(() => String, { nullable: true, description: 'Why it was voided.' })
  voidReason: string | null = null;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When it was recorded.' })
  createdAt: Date = new Date();

  @Property({ type: 'Date', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Property({ version: true })
  version: number = 1;
}
