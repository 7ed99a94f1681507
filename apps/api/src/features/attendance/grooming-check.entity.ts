import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { Shift, ShiftMember } from '../shifts/shift.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { DisciplineRecord } from './discipline-record.entity.js';

export const GROOMING_LIMITS = { note: 500 } as const;

/**
 * The grooming check of one officer at the pre-shift meeting (R41, SL-9 检查队员仪容仪表): uniform,
 * badge, appearance and equipment, each passed or not. One per officer and shift; a re-check
 * replaces it (the audit trail keeps the first), and a failure raises a discipline record
 * that a passing re-check marks corrected.
 */
@Entity({ tableName: 'grooming_check' })
@Unique({ properties: ['shift', 'member'] })
@ObjectType('GroomingCheck', {
  implements: Node,
  description: 'A grooming check (仪容仪表检查, R41) of one officer at a pre-shift meeting.',
})
export class GroomingCheck {
  [OptionalProps]?: 'note' | 'discipline' | 'rechecks' | 'createdAt';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string;

  @ManyToOne(() => Shift, { ref: true })
  shift: Ref<Shift>;

  @ManyToOne(() => ShiftMember, { ref: true })
  member: Ref<ShiftMember>;

  @ManyToOne(() => Staff, { ref: true })
  staff: Ref<Staff>;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'Uniform complete, clean and worn properly (制服).' })
  uniform: boolean;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'Badge / name tag worn (工牌).' })
  badge: boolean;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'Hair, face, shoes and the like in order (仪表).' })
  appearance: boolean;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'Duty equipment carried and working (装备: radio, torch …).' })
  equipment: boolean;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'All four passed.' })
  passed: boolean;

  @Property({ type: 'string', length: GROOMING_LIMITS.note, nullable: true })
  @Field(() => String, { nullable: true, description: 'Remarks.' })
  note: string | null = null;

  @ManyToOne(() => Staff, { ref: true })
  checkedBy: Ref<Staff>;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When it was (last) checked.' })
  checkedAt: Date;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'How many times it was checked again after the first.' })
  rechecks: number = 0;

  @ManyToOne(() => DisciplineRecord, { ref: true, nullable: true })
  discipline: Ref<DisciplineRecord> | null = null;

  @Property({ type: 'Date' })
  createdAt: Date = new Date();
}
