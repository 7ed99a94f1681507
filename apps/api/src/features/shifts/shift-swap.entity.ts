import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { Department } from '../rulebook/department.entity.js';
import { Site } from '../sites/site.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { ShiftSwapKind, ShiftSwapStatus } from './roster.enums.js';
import { Shift, ShiftMember } from './shift.entity.js';

export const SWAP_LIMITS = { reason: 500, note: 500 } as const;

/**
 * A request to change who works a shift (R35 "changed, with audit"): the requester gives one of
 * their shifts to a colleague (cover), or the two exchange shifts. The shift's leader or the
 * director decides; an approval moves the roster rows and remembers the rows it made.
 */
@Entity({ tableName: 'shift_swap' })
@Index({ properties: ['status', 'createdAt'] })
@Index({ properties: ['createdAt', 'id'] })
@ObjectType('ShiftSwap', {
  implements: Node,
  description: 'A request to swap a rostered shift with a colleague, and its decision.',
})
export class ShiftSwap {
  [OptionalProps]?:
    | 'status'
    | 'toShift'
    | 'reason'
    | 'decidedBy'
    | 'decidedAt'
    | 'decisionNote'
    | 'coverMember'
    | 'exchangeMember'
    | 'createdAt'
    | 'version';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string;

  @ManyToOne(() => Site, { ref: true })
  site: Ref<Site>;

  @ManyToOne(() => Department, { ref: true })
  department: Ref<Department>;

  @Property({ type: 'string', length: 16 })
  @Field(() => ShiftSwapKind, { description: 'Cover (the colleague takes it) or exchange (each takes the other’s).' })
  kind: ShiftSwapKind;

  @Index()
  @Property({ type: 'string', length: 16 })
  @Field(() => ShiftSwapStatus, { description: 'Where it stands.' })
  status: ShiftSwapStatus = ShiftSwapStatus.REQUESTED;

  @ManyToOne(() => Staff, { ref: true, index: true })
  requester: Ref<Staff>;

  @ManyToOne(() => Staff, { ref: true, index: true })
  colleague: Ref<Staff>;

  /** The requester's shift, which the colleague would work. */
  @ManyToOne(() => Shift, { ref: true, index: true })
  fromShift: Ref<Shift>;

  /** For an exchange, the colleague's shift, which the requester would work. */
  @ManyToOne(() => Shift, { ref: true, nullable: true, index: true })
  toShift: Ref<Shift> | null = null;

  @Property({ type: 'string', length: SWAP_LIMITS.reason, nullable: true })
  @Field(() => String, { nullable: true, description: 'Why the requester asks.' })
  reason: string | null = null;

  @ManyToOne(() => Staff, { ref: true, nullable: true })
  decidedBy: Ref<Staff> | null = null;

  @Property({ type: 'Date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When it was approved, rejected or cancelled.' })
  decidedAt: Date | null = null;

  @Property({ type: 'string', length: SWAP_LIMITS.note, nullable: true })
  @Field(() => String, { nullable: true, description: 'What the one who decided said.' })
  decisionNote: string | null = null;

  /** The roster row an approval made for the colleague on the requester's shift. */
  @ManyToOne(() => ShiftMember, { ref: true, nullable: true })
  coverMember: Ref<ShiftMember> | null = null;

  /** The roster row an approved exchange made for the requester on the colleague's shift. */
  @ManyToOne(() => ShiftMember, { ref: true, nullable: true })
  exchangeMember: Ref<ShiftMember> | null = null;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When it was asked for.' })
  createdAt: Date = new Date();

  @Property({ version: true })
  version: number = 1;
}
