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
import { Case } from '../cases/case.entity.js';
import { Customer } from '../customers/customer.entity.js';
import { Unit } from '../customers/unit.entity.js';
import { Site } from '../sites/site.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { VisitPurpose, VisitStatus } from './reception.enums.js';

export const RECEPTION_LIMITS = {
  visitorName: 50,
  visitorPhone: 30,
  summary: 500,
  outcome: 1000,
  reason: 500,
  /** How far back a visit may be entered afterwards, in days. */
  backdateDays: 7,
} as const;

/**
 * One visitor at the service desk (来访接待记录, R2, CS-4): who came, why, what they were told,
 * and the case it became if it needed one. Every visit ends with an outcome or a case (X1).
 * Nothing is deleted: an entry made by mistake is voided with the reason.
 */
@Entity({ tableName: 'reception_visit' })
@Index({ properties: ['visitedAt', 'id'] })
@ObjectType('ReceptionVisit', {
  implements: Node,
  description: 'A walk-in at the service desk (来访接待): who, why, the outcome, any case opened from it.',
})
export class ReceptionVisit {
  [OptionalProps]?:
    | 'status'
    | 'customer'
    | 'visitorName'
    | 'visitorPhone'
    | 'unit'
    | 'outcome'
    | 'case'
    | 'closedAt'
    | 'closedBy'
    | 'voidedAt'
    | 'voidReason'
    | 'version';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string;

  @ManyToOne(() => Site, { ref: true })
  site: Ref<Site>;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When the visitor came (may be entered up to 7 days later, never ahead).' })
  visitedAt: Date;

  @ManyToOne(() => Customer, { ref: true, nullable: true })
  customer: Ref<Customer> | null = null;

  @Property({ type: 'string', length: RECEPTION_LIMITS.visitorName, nullable: true })
  @Field(() => String, { nullable: true, description: 'The visitor’s name when not on file (or who came for them).' })
  visitorName: string | null = null;

  /** Lower-case copies computed by the database, for case-insensitive searches (never selected). */
  @Formula((t) => `lower(${t}.visitor_name)`, { type: 'string', lazy: true })
  visitorNameLower?: string;

  @Formula((t) => `lower(${t}.summary)`, { type: 'string', lazy: true })
  summaryLower?: string;

  @Formula((t) => `lower(${t}.outcome)`, { type: 'string', lazy: true })
  outcomeLower?: string;

  @Property({ type: 'string', length: RECEPTION_LIMITS.visitorPhone, nullable: true })
  @Field(() => String, { nullable: true, description: 'A number to reach the visitor on.' })
  visitorPhone: string | null = null;

  @ManyToOne(() => Unit, { ref: true, nullable: true })
  unit: Ref<Unit> | null = null;

  @Index()
  @Enum({ items: () => VisitPurpose, type: 'string', length: 16 })
  @Field(() => VisitPurpose, { description: 'Why they came.' })
  purpose: VisitPurpose;

  @Property({ type: 'string', length: RECEPTION_LIMITS.summary })
  @Field(() => String, { description: 'What the visitor said or asked, in short.' })
  summary: string;

  @ManyToOne(() => Staff, { ref: true })
  receivedBy: Ref<Staff>;

  @Property({ type: 'string', length: RECEPTION_LIMITS.outcome, nullable: true })
  @Field(() => String, { nullable: true, description: 'What they were told or what was done (事事有结果).' })
  outcome: string | null = null;

  /** The case opened from this visit: at most one, and a case comes from at most one visit. */
  @ManyToOne(() => Case, { ref: true, nullable: true, unique: true })
  case: Ref<Case> | null = null;

  @Index()
  @Enum({ items: () => VisitStatus, type: 'string', length: 8 })
  @Field(() => VisitStatus, { description: 'Open, closed or voided.' })
  status: VisitStatus = VisitStatus.OPEN;

  @Property({ type: 'Date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When it was closed.' })
  closedAt: Date | null = null;

  @ManyToOne(() => Staff, { ref: true, nullable: true })
  closedBy: Ref<Staff> | null = null;

  @Property({ type: 'Date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When it was voided.' })
  voidedAt: Date | null = null;

  @Property({ type: 'string', length: RECEPTION_LIMITS.reason, nullable: true })
  @Field(() => String, { nullable: true, description: 'Why it was voided.' })
  voidReason: string | null = null;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When it was entered.' })
  createdAt: Date;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When it last changed.' })
  updatedAt: Date;

  /** Optimistic lock: a change made from a stale copy is refused, not silently overwritten. */
  @Property({ type: 'integer', version: true })
  @Field(() => Int, { description: 'Changes with every change; send it back to refuse a stale edit.' })
  version = 1;
}
