import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { Shift } from '../shifts/shift.entity.js';
import { Staff } from '../staff/staff.entity.js';

export const BRIEFING_LIMITS = { topic: 200, topics: 20, notes: 2000 } as const;

/**
 * What was said at a shift's pre-shift meeting (班前会, SL-13 讲评工作、提出要求): the topics, in
 * order, and notes; who held it. One per shift, edited as the meeting goes on.
 */
@Entity({ tableName: 'shift_briefing' })
@Unique({ properties: ['shift'] })
@ObjectType('ShiftBriefing', {
  implements: Node,
  description: 'The topics and notes of a shift’s pre-shift meeting (班前会, SL-13).',
})
export class ShiftBriefing {
  [OptionalProps]?: 'notes' | 'createdAt' | 'version';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string;

  @ManyToOne(() => Shift, { ref: true })
  shift: Ref<Shift>;

  @Property({ type: 'json' })
  @Field(() => [String], { description: 'The topics raised, in order (work reviewed, requirements set …).' })
  topics: string[];

  @Property({ type: 'string', length: BRIEFING_LIMITS.notes, nullable: true })
  @Field(() => String, { nullable: true, description: 'Notes.' })
  notes: string | null = null;

  @ManyToOne(() => Staff, { ref: true })
  heldBy: Ref<Staff>;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When the topics were last recorded.' })
  recordedAt: Date;

  @Property({ type: 'Date' })
  createdAt: Date = new Date();

  @Property({ version: true })
  version: number = 1;
}
