import {
  Entity,
  Enum,
  Formula,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  type Ref,
} from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { Customer } from '../customers/customer.entity.js';
import { Unit } from '../customers/unit.entity.js';
import { Area } from '../places/area.entity.js';
import { Department } from '../rulebook/department.entity.js';
import { Site } from '../sites/site.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { GoodsPassStatus } from './gate.enums.js';

export const GATE_LIMITS = {
  issuedTo: 100,
  itemDescription: 100,
  carrierName: 50,
  phone: 30,
  plate: 12,
  note: 500,
  reason: 500,
  checkNote: 300,
  parkingPlace: 30,
  visitorName: 50,
  visiting: 50,
  purpose: 200,
  headcountMax: 50,
} as const;

/** One line of goods on a pass. */
@ObjectType('GoodsPassItem', { description: 'One line of goods on a pass: what, and how many.' })
export class GoodsPassItem {
  @Field(() => String, { description: 'What (at most 100 characters), e.g. 旧沙发.' })
  description: string;

  @Field(() => Int, { description: 'How many (1–9999).' })
  quantity: number;
}

/**
 * A goods-out pass (物品放行条, R25, OM-9): what may leave the property, for whom, carried by
 * whom, within which days. Customer service writes and approves it; an officer checks it at the
 * gate once — the goods go out (used) or are stopped (refused). Never deleted: cancelled instead.
 */
@Entity({ tableName: 'goods_pass' })
@Index({ properties: ['site', 'validUntil'] })
@Index({ properties: ['createdAt', 'id'] })
@ObjectType('GoodsPass', {
  implements: Node,
  description:
    'A goods-out pass (物品放行条): what may go out, for whom, by whom, approved by whom, checked at the gate.',
})
export class GoodsPass {
  [OptionalProps]?:
    | 'status'
    | 'unit'
    | 'customer'
    | 'department'
    | 'carrierPhone'
    | 'plate'
    | 'note'
    | 'approvedBy'
    | 'approvedAt'
    | 'checkedBy'
    | 'checkedAt'
    | 'gate'
    | 'checkNote'
    | 'refuseReason'
    | 'cancelledBy'
    | 'cancelledAt'
    | 'cancelReason'
    | 'version';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string;

  @Property({ type: 'string', length: 20, unique: true })
  @Field(() => String, { description: 'The number on the pass, e.g. `FX-20261126-003`: what the gate looks it up by.' })
  number: string;

  /** The number without dashes (`FX20261126003`): how a typed number is matched. */
  @Property({ type: 'string', length: 20, unique: true })
  numberKey: string;

  @ManyToOne(() => Site, { ref: true })
  site: Ref<Site>;

  /** The stored step; EXPIRED is worked out on reading (an unused pass past its last day). */
  @Index()
  @Enum({ items: () => GoodsPassStatus, type: 'string', length: 16 })
  status: GoodsPassStatus = GoodsPassStatus.REQUESTED;

  @ManyToOne(() => Unit, { ref: true, nullable: true })
  unit: Ref<Unit> | null = null;

  @ManyToOne(() => Customer, { ref: true, nullable: true })
  customer: Ref<Customer> | null = null;

  @ManyToOne(() => Department, { ref: true, nullable: true })
  department: Ref<Department> | null = null;

  @Property({ type: 'string', length: GATE_LIMITS.issuedTo })
  @Field(() => String, {
    description: 'Whose goods, as written on the pass (`3-1201 陈志远`, a department): what the gate reads.',
  })
  issuedTo: string;

  @Property({ type: 'json' })
  @Field(() => [GoodsPassItem], { description: 'What may go out: one line per kind of goods.' })
  items: GoodsPassItem[];

  @Property({ type: 'string', length: GATE_LIMITS.carrierName })
  @Field(() => String, { description: 'Who carries the goods out.' })
  carrierName: string;

  @Property({ type: 'string', length: GATE_LIMITS.phone, nullable: true })
  @Field(() => String, { nullable: true, description: 'The carrier’s phone.' })
  carrierPhone: string | null = null;

  @Property({ type: 'string', length: GATE_LIMITS.plate, nullable: true })
  @Field(() => String, { nullable: true, description: 'The vehicle carrying them, if any (normalised plate).' })
  plate: string | null = null;

  @Property({ type: 'string', length: 10 })
  @Field(() => String, { description: 'First day it may be used, `YYYY-MM-DD` (the site’s calendar).' })
  validFrom: string;

  @Property({ type: 'string', length: 10 })
  @Field(() => String, { description: 'Last day it may be used, `YYYY-MM-DD` (at most 7 days after the first).' })
  validUntil: string;

  @Property({ type: 'string', length: GATE_LIMITS.note, nullable: true })
  @Field(() => String, { nullable: true, description: 'Why the goods go out, anything the gate should know.' })
  note: string | null = null;

  /** Lower-case copies for case-insensitive search (never selected). */
  @Formula((t) => `lower(${t}.issued_to)`, { type: 'string', lazy: true })
  issuedToLower?: string;

  @Formula((t) => `lower(${t}.carrier_name)`, { type: 'string', lazy: true })
  carrierNameLower?: string;

  @ManyToOne(() => Staff, { ref: true })
  requestedBy: Ref<Staff>;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When it was written.' })
  createdAt: Date;

  @ManyToOne(() => Staff, { ref: true, nullable: true })
  approvedBy: Ref<Staff> | null = null;

  @Property({ type: 'Date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When it was approved.' })
  approvedAt: Date | null = null;

  @ManyToOne(() => Staff, { ref: true, nullable: true })
  checkedBy: Ref<Staff> | null = null;

  @Property({ type: 'Date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the gate checked it (the goods went out, or were stopped).' })
  checkedAt: Date | null = null;

  @ManyToOne(() => Area, { ref: true, nullable: true })
  gate: Ref<Area> | null = null;

  @Property({ type: 'string', length: GATE_LIMITS.checkNote, nullable: true })
  @Field(() => String, { nullable: true, description: 'The officer’s note at the gate.' })
  checkNote: string | null = null;

  @Property({ type: 'string', length: GATE_LIMITS.reason, nullable: true })
  @Field(() => String, { nullable: true, description: 'Why the gate stopped the goods.' })
  refuseReason: string | null = null;

  @ManyToOne(() => Staff, { ref: true, nullable: true })
  cancelledBy: Ref<Staff> | null = null;

  @Property({ type: 'Date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When it was cancelled.' })
  cancelledAt: Date | null = null;

  @Property({ type: 'string', length: GATE_LIMITS.reason, nullable: true })
  @Field(() => String, { nullable: true, description: 'Why it was cancelled.' })
  cancelReason: string | null = null;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When it last changed.' })
  updatedAt: Date;

  /** Optimistic lock: a step taken from a stale copy is refused, not silently applied. */
  @Property({ type: 'integer', version: true })
  @Field(() => Int, { description: 'Changes with every change.' })
  version = 1;
}
