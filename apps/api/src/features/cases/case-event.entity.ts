import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { Staff } from '../staff/staff.entity.js';
import { Case } from './case.entity.js';
import { CaseEventType } from './case.enums.js';

/** One entry of a case's timeline: immutable (the database refuses updates and deletes). */
@Entity({ tableName: 'case_event' })
@ObjectType('CaseEvent', { implements: Node, description: 'An entry of a case’s timeline.' })
export class CaseEvent {
  [OptionalProps]?: 'note' | 'data';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string;

  @ManyToOne(() => Case, { ref: true })
  case: Ref<Case>;

  /** Orders a case's entries even when two share a millisecond. */
  @Property({ type: 'integer' })
  seq: number;

  // A string column like Case.kind: new event types need no table rebuild.
  @Property({ type: 'string', length: 24 })
  @Field(() => CaseEventType, { description: 'What happened.' })
  type: CaseEventType;

  @ManyToOne(() => Staff, { ref: true })
  actor: Ref<Staff>;

  @Property({ type: 'string', length: 100 })
  @Field(() => String, { description: 'Who did it (their name at the time).' })
  actorName: string;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When.' })
  at: Date;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'What they wrote: comment, result, reason.' })
  note: string | null = null;

  /** Structured particulars: status change, referral target, escalation target. */
  @Property({ type: 'json', nullable: true })
  data: Record<string, unknown> | null = null;
}
