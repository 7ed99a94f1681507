import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { Customer } from '../customers/customer.entity.js';
import { Unit } from '../customers/unit.entity.js';
import { Department } from '../rulebook/department.entity.js';
import { Site } from '../sites/site.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { CaseChannel, CaseKind, CaseStatus, Priority, Severity } from './case.enums.js';

export const CASE_LIMITS = { title: 100, description: 2000, area: 100, result: 2000, note: 2000, remark: 500 } as const;

/**
 * A matter brought to the company — complaint, inquiry, repair… — and everything done about it
 * until it has a result (事事有记录，事事有结果). One engine for every kind.
 */
@Entity({ tableName: 'case_record' })
// Open cases by deadline (overdue lists and sweeps); the rest makes it cover caseStats' overdue
// counts, which read the open cases past their deadline grouped by any dimension the rollups keep.
@Index({
  name: 'case_record_overdue_index',
  properties: ['status', 'resolutionDueAt', 'createdAt', 'department', 'kind', 'site', 'channel', 'severity'],
})
@Index({ properties: ['createdAt', 'id'] })
// caseStats (features/stats): every column it reads for a range of opening times, so the index covers it.
@Index({
  name: 'case_record_stats_index',
  properties: ['createdAt', 'department', 'status', 'site', 'kind', 'resolvedAt', 'resolutionDueAt'],
})
// A department's queue by status, newest first (the `cases` list filtered by department and
// status, one branch each for owned and held cases): each covers its branch's page of ids and its
// count, so neither reads a case row. The held branch asks for the OTHER departments' cases
// (owner IN the other departments, not `!=`, which no index can seek): with the owner second,
// SQLite seeks each owner's few held cases instead of scanning every case the department holds
// of its own (16,585 open ones at scale 100: 1.6 ms a page and 1.4 ms its count, now 0.1 ms).
@Index({ properties: ['department', 'status', 'createdAt', 'id'] })
@Index({ name: 'case_record_held_index', properties: ['holderDepartment', 'department', 'status', 'createdAt', 'id'] })
@ObjectType('Case', { implements: Node, description: 'A matter and everything done about it until it has a result.' })
export class Case {
  [OptionalProps]?:
    | 'status'
    | 'reporterCustomer'
    | 'reporterStaff'
    | 'reporterName'
    | 'reporterPhone'
    | 'unit'
    | 'site'
    | 'area'
    | 'beyondAuthority'
    | 'assignee'
    | 'holder'
    | 'holderDepartment'
    | 'awaitingAcknowledgement'
    | 'escalatedTo'
    | 'escalatedAt'
    | 'onBehalfOf'
    | 'respondedAt'
    | 'resolvedAt'
    | 'closedAt'
    | 'result'
    | 'satisfaction'
    | 'feedback'
    | 'voidReason'
    | 'details'
    | 'createdAt'
    | 'updatedAt'
    | 'version';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string;

  @Property({ type: 'string', length: 24, unique: true })
  @Field(() => String, { description: 'Reference people quote, e.g. `TS-20261126-0042`.' })
  reference: string;

  @Index()
  // Kinds, channels and event types grow with later features: a string column, not an enum CHECK,
  // so adding one needs no table rebuild (the GraphQL enum still refuses unknown values).
  @Property({ type: 'string', length: 32 })
  @Field(() => CaseKind, { description: 'What it is about.' })
  kind: CaseKind;

  @Index()
  @Enum({ items: () => CaseStatus, type: 'string', length: 16 })
  @Field(() => CaseStatus, { description: 'Where it is in its lifecycle.' })
  status: CaseStatus = CaseStatus.OPEN;

  @Property({ type: 'string', length: 16 })
  @Field(() => CaseChannel, { description: 'How it reached us.' })
  channel: CaseChannel;

  @Property({ type: 'string', length: CASE_LIMITS.title })
  @Field(() => String, { description: 'A one-line summary.' })
  title: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'What the reporter said, in full.' })
  description: string;

  @ManyToOne(() => Customer, { ref: true, nullable: true })
  reporterCustomer: Ref<Customer> | null = null;

  @ManyToOne(() => Staff, { ref: true, nullable: true })
  reporterStaff: Ref<Staff> | null = null;

  /** Who reported it when they are neither a customer on file nor staff (a passer-by, a caller). */
  @Property({ type: 'string', length: 50, nullable: true })
  @Field(() => String, { nullable: true, description: 'Reporter’s name when not on file.' })
  reporterName: string | null = null;

  @Property({ type: 'string', length: 30, nullable: true })
  @Field(() => String, { nullable: true, description: 'A number to call the reporter back on.' })
  reporterPhone: string | null = null;

  @ManyToOne(() => Unit, { ref: true, nullable: true })
  unit: Ref<Unit> | null = null;

  @ManyToOne(() => Site, { ref: true, nullable: true })
  site: Ref<Site> | null = null;

  @Property({ type: 'string', length: CASE_LIMITS.area, nullable: true })
  @Field(() => String, { nullable: true, description: 'Where, when not a unit: “B2 car park”, “east gate”.' })
  area: string | null = null;

  @Enum({ items: () => Severity, type: 'string', length: 8 })
  @Field(() => Severity, { description: 'General or major.' })
  severity: Severity;

  @Enum({ items: () => Priority, type: 'string', length: 8 })
  @Field(() => Priority, { description: 'Decides the deadlines.' })
  priority: Priority;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'Marked beyond the handler’s authority (CS-7): must be escalated.' })
  beyondAuthority = false;

  /** The department whose queue it is in. */
  @ManyToOne(() => Department, { ref: true })
  department: Ref<Department>;

  @ManyToOne(() => Staff, { ref: true, nullable: true })
  assignee: Ref<Staff> | null = null;

  /** Who holds it now: the assignee, or the person it was referred to (转告, CS-5). */
  @ManyToOne(() => Staff, { ref: true, nullable: true })
  holder: Ref<Staff> | null = null;

  @ManyToOne(() => Department, { ref: true, nullable: true })
  holderDepartment: Ref<Department> | null = null;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'Referred, and the receiver has not acknowledged it yet.' })
  awaitingAcknowledgement = false;

  @ManyToOne(() => Staff, { ref: true, nullable: true })
  escalatedTo: Ref<Staff> | null = null;

  @Property({ type: 'Date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When it was escalated to a superior.' })
  escalatedAt: Date | null = null;

  /** Acting for another department (SL-2): the department it was taken for. */
  @ManyToOne(() => Department, { ref: true, nullable: true })
  onBehalfOf: Ref<Department> | null = null;

  @ManyToOne(() => Staff, { ref: true })
  receivedBy: Ref<Staff>;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'First response due by (assignment, acknowledgement or start).' })
  responseDueAt: Date;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'Result due by.' })
  resolutionDueAt: Date;

  @Property({ type: 'Date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When someone first responded.' })
  respondedAt: Date | null = null;

  @Property({ type: 'Date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the result was written.' })
  resolvedAt: Date | null = null;

  @Property({ type: 'Date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When it was closed.' })
  closedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The result (事事有结果): required to resolve.' })
  result: string | null = null;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Customer satisfaction on the return visit (回访), 1–5.' })
  satisfaction: number | null = null;

  @Property({ type: 'string', length: CASE_LIMITS.remark, nullable: true })
  @Field(() => String, { nullable: true, description: 'The customer’s remark on the return visit.' })
  feedback: string | null = null;

  @Property({ type: 'string', length: CASE_LIMITS.remark, nullable: true })
  @Field(() => String, { nullable: true, description: 'Why it was voided.' })
  voidReason: string | null = null;

  /** Kind-specific details (later kinds: people and vehicles involved, authorities notified…). */
  @Property({ type: 'json', nullable: true })
  details: Record<string, unknown> | null = null;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When it was recorded.' })
  createdAt: Date;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When it last changed.' })
  updatedAt: Date;

  /** Optimistic lock: two people acting on the same case at once cannot both win silently. */
  @Property({ type: 'integer', version: true })
  version = 1;
}
