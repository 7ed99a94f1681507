import { Entity, Formula, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { Area } from '../places/area.entity.js';
import { Site } from '../sites/site.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { GATE_LIMITS } from './goods-pass.entity.js';

/**
 * A visitor registered at the gate (门卫访客登记, OM-1 门卫, OM-9): who, whom they visit, why,
 * in and out. Only an ID document's last four characters are kept, never the whole number.
 * Never deleted: one entered by mistake is voided.
 */
@Entity({ tableName: 'gate_visitor' })
@Index({ properties: ['site', 'exitedAt'] })
@Index({ properties: ['enteredAt', 'id'] })
@ObjectType('GateVisitor', {
  implements: Node,
  description: 'A visitor registered at the gate: who, whom they visit, why, when in and out.',
})
export class GateVisitor {
  [OptionalProps]?:
    | 'idLast4'
    | 'phone'
    | 'headcount'
    | 'plate'
    | 'gate'
    | 'note'
    | 'exitedAt'
    | 'exitOfficer'
    | 'voidedAt'
    | 'voidedBy'
    | 'voidReason';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string;

  @ManyToOne(() => Site, { ref: true })
  site: Ref<Site>;

  @Property({ type: 'string', length: GATE_LIMITS.visitorName })
  @Field(() => String, { description: 'The visitor’s name.' })
  name: string;

  @Property({ type: 'string', length: 4, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Last four characters of the ID shown (身份证后四位); the full number is never stored.',
  })
  idLast4: string | null = null;

  @Property({ type: 'string', length: GATE_LIMITS.phone, nullable: true })
  @Field(() => String, { nullable: true, description: 'A number to reach them on.' })
  phone: string | null = null;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'How many came together (1–50).' })
  headcount = 1;

  @Property({ type: 'string', length: GATE_LIMITS.visiting })
  @Field(() => String, { description: 'Whom they visit: a unit, a company, a person (3-1201, 恒信律师事务所).' })
  visiting: string;

  @Property({ type: 'string', length: GATE_LIMITS.purpose })
  @Field(() => String, { description: 'Why they came.' })
  purpose: string;

  @Property({ type: 'string', length: GATE_LIMITS.plate, nullable: true })
  @Field(() => String, { nullable: true, description: 'Their vehicle’s plate, if they came by car (normalised).' })
  plate: string | null = null;

  /** Lower-case copies for case-insensitive search (never selected). */
  @Formula((t) => `lower(${t}.name)`, { type: 'string', lazy: true })
  nameLower?: string;

  @Formula((t) => `lower(${t}.visiting)`, { type: 'string', lazy: true })
  visitingLower?: string;

  @ManyToOne(() => Area, { ref: true, nullable: true })
  gate: Ref<Area> | null = null;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When they came in.' })
  enteredAt: Date;

  @ManyToOne(() => Staff, { ref: true })
  entryOfficer: Ref<Staff>;

  @Property({ type: 'string', length: GATE_LIMITS.checkNote, nullable: true })
  @Field(() => String, { nullable: true, description: 'A note.' })
  note: string | null = null;

  @Index()
  @Property({ type: 'Date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When they left; null while inside.' })
  exitedAt: Date | null = null;

  @ManyToOne(() => Staff, { ref: true, nullable: true })
  exitOfficer: Ref<Staff> | null = null;

  @Property({ type: 'Date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When it was voided (entered by mistake).' })
  voidedAt: Date | null = null;

  @ManyToOne(() => Staff, { ref: true, nullable: true })
  voidedBy: Ref<Staff> | null = null;

  @Property({ type: 'string', length: GATE_LIMITS.reason, nullable: true })
  @Field(() => String, { nullable: true, description: 'Why it was voided.' })
  voidReason: string | null = null;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When it was entered.' })
  createdAt: Date;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When it last changed.' })
  updatedAt: Date;
}
