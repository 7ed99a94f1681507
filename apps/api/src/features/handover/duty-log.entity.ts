import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { Case } from '../cases/case.entity.js';
import { Department } from '../rulebook/department.entity.js';
import { Shift } from '../shifts/shift.entity.js';
import { Site } from '../sites/site.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { DutyLogStatus } from './handover.enums.js';

export const DUTY_LOG_LIMITS = { text: 1000, reviewNote: 500, entries: 500 } as const;

/**
 * A duty log (值班记录, R38). Every department keeps one: order maintenance one per shift (made
 * with its first entry), customer service and the Office one per site and day. The director
 * reviews them (DIR-10).
 */
@Entity({ tableName: 'duty_log' })
@Index({ properties: ['date', 'id'] })
@Index({ properties: ['status', 'date'] })
@ObjectType('DutyLog', {
  implements: Node,
  description: 'A duty log (值班记录): a shift’s, or a department’s for a day.',
})
export class DutyLog {
  [OptionalProps]?: 'shift' | 'status' | 'closedAt' | 'reviewedAt' | 'reviewedBy' | 'reviewNote' | 'version';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string;

  /** One log per shift (`shift:<id>`) or per department, site and day (`day:<department>:<site>:<date>`). */
  @Property({ type: 'string', length: 160, unique: true })
  key: string;

  @ManyToOne(() => Department, { ref: true })
  department: Ref<Department>;

  @ManyToOne(() => Site, { ref: true })
  site: Ref<Site>;

  @Property({ type: 'string', length: 10 })
  @Field(() => String, { description: 'The local date it belongs to (its shift’s date), `YYYY-MM-DD`.' })
  date: string;

  @ManyToOne(() => Shift, { ref: true, nullable: true })
  shift: Ref<Shift> | null = null;

  @Index()
  @Property({ type: 'string', length: 16 })
  status: DutyLogStatus = DutyLogStatus.OPEN;

  @Property({ type: 'Date', nullable: true })
  closedAt: Date | null = null;

  @Property({ type: 'Date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the director reviewed it.' })
  reviewedAt: Date | null = null;

  @ManyToOne(() => Staff, { ref: true, nullable: true })
  reviewedBy: Ref<Staff> | null = null;

  @Property({ type: 'string', length: DUTY_LOG_LIMITS.reviewNote, nullable: true })
  @Field(() => String, { nullable: true, description: 'What the director noted on review.' })
  reviewNote: string | null = null;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When its first entry was written.' })
  createdAt: Date;

  @Property({ type: 'Date' })
  updatedAt: Date;

  @Property({ version: true })
  version: number = 1;
}

/** One time-stamped entry of a duty log: what happened, by whom, perhaps about a case. Never changed. */
@Entity({ tableName: 'duty_log_entry' })
@Index({ properties: ['log', 'at'] })
@ObjectType('DutyLogEntry', { implements: Node, description: 'An entry of a duty log.' })
export class DutyLogEntry {
  [OptionalProps]?: 'case';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string;

  @ManyToOne(() => DutyLog, { ref: true })
  log: Ref<DutyLog>;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When it happened (at most the time it was written).' })
  at: Date;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When it was written.' })
  recordedAt: Date;

  @ManyToOne(() => Staff, { ref: true })
  author: Ref<Staff>;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'What happened.' })
  text: string;

  @ManyToOne(() => Case, { ref: true, nullable: true })
  case: Ref<Case> | null = null;
}
