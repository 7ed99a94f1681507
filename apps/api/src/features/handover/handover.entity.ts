import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { Department } from '../rulebook/department.entity.js';
import { Shift } from '../shifts/shift.entity.js';
import { Site } from '../sites/site.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { HandoverDecision, HandoverStatus } from './handover.enums.js';

export const HANDOVER_LIMITS = {
  note: 1000,
  description: 500,
  actionNeeded: 500,
  explanation: 500,
  reason: 500,
  items: 30,
  matterNotes: 200,
} as const;

/**
 * The handover of a shift to the next (交接班, R37, SL-2, SL-9, SL-12): the written list of what is
 * left unfinished, the shared materials and the petty cash counted against what is expected,
 * submitted by the outgoing leader before the end and accepted by the incoming one. One per shift.
 */
@Entity({ tableName: 'handover' })
@Index({ properties: ['date', 'id'] })
@ObjectType('Handover', { implements: Node, description: 'A shift’s handover to the next (交接班, R37).' })
export class Handover {
  [OptionalProps]?:
    | 'status'
    | 'note'
    | 'incomingShift'
    | 'submittedAt'
    | 'submittedBy'
    | 'late'
    | 'cashExpectedCents'
    | 'cashCountedCents'
    | 'cashExplanation'
    | 'hasDiscrepancy'
    | 'acceptedAt'
    | 'acceptedBy'
    | 'acceptanceNote'
    | 'acceptedOnBehalf'
    | 'disputedAt'
    | 'disputedBy'
    | 'disputeReason'
    | 'resolvedAt'
    | 'resolvedBy'
    | 'resolution'
    | 'resolutionNote'
    | 'items'
    | 'counts'
    | 'version';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string;

  @ManyToOne(() => Shift, { ref: true, unique: true })
  shift: Ref<Shift>;

  @ManyToOne(() => Site, { ref: true })
  site: Ref<Site>;

  @ManyToOne(() => Department, { ref: true })
  department: Ref<Department>;

  /** The shift's local date (for lists by date). */
  @Property({ type: 'string', length: 10 })
  date: string;

  @Index()
  @Property({ type: 'string', length: 16 })
  @Field(() => HandoverStatus, { description: 'Where it is.' })
  status: HandoverStatus = HandoverStatus.DRAFT;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Anything else the outgoing leader hands on.' })
  note: string | null = null;

  /** The next shift of the site and department, found when submitted. */
  @ManyToOne(() => Shift, { ref: true, nullable: true })
  incomingShift: Ref<Shift> | null = null;

  @Property({ type: 'Date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When it was (last) submitted.' })
  submittedAt: Date | null = null;

  @ManyToOne(() => Staff, { ref: true, nullable: true })
  submittedBy: Ref<Staff> | null = null;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'Submitted after the shift’s end (C22 asks for before).' })
  late = false;

  /** The ledger's balance when submitted (while a draft: as last saved). */
  @Property({ type: 'integer', nullable: true })
  cashExpectedCents: number | null = null;

  @Property({ type: 'integer', nullable: true })
  cashCountedCents: number | null = null;

  @Property({ type: 'string', length: HANDOVER_LIMITS.explanation, nullable: true })
  @Field(() => String, { nullable: true, description: 'Why the cash counted differs from the ledger.' })
  cashExplanation: string | null = null;

  @Index()
  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'A count differed from what was expected (the director was alerted).' })
  hasDiscrepancy = false;

  @Property({ type: 'Date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When it was accepted.' })
  acceptedAt: Date | null = null;

  @ManyToOne(() => Staff, { ref: true, nullable: true })
  acceptedBy: Ref<Staff> | null = null;

  @Property({ type: 'string', length: HANDOVER_LIMITS.reason, nullable: true })
  @Field(() => String, { nullable: true, description: 'What the one accepting noted.' })
  acceptanceNote: string | null = null;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'Accepted by the director on the incoming side’s behalf.' })
  acceptedOnBehalf = false;

  @Property({ type: 'Date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the incoming leader disputed it.' })
  disputedAt: Date | null = null;

  @ManyToOne(() => Staff, { ref: true, nullable: true })
  disputedBy: Ref<Staff> | null = null;

  @Property({ type: 'string', length: HANDOVER_LIMITS.reason, nullable: true })
  @Field(() => String, { nullable: true, description: 'Why the incoming leader disputed it.' })
  disputeReason: string | null = null;

  @Property({ type: 'Date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the director settled the dispute.' })
  resolvedAt: Date | null = null;

  @ManyToOne(() => Staff, { ref: true, nullable: true })
  resolvedBy: Ref<Staff> | null = null;

  @Property({ type: 'string', length: 16, nullable: true })
  @Field(() => HandoverDecision, { nullable: true, description: 'How the director settled the dispute.' })
  resolution: HandoverDecision | null = null;

  @Property({ type: 'string', length: HANDOVER_LIMITS.reason, nullable: true })
  @Field(() => String, { nullable: true, description: 'The director’s note on the dispute.' })
  resolutionNote: string | null = null;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When it was first saved.' })
  createdAt: Date;

  @Property({ type: 'Date' })
  updatedAt: Date;

  /** The unfinished matters (a draft: those written and the notes on open records; once submitted: all). */
  @Property({ type: 'json' })
  items: HandoverItemData[] = [];

  /** The materials counted. */
  @Property({ type: 'json' })
  counts: HandoverCountData[] = [];

  @Property({ version: true })
  version: number = 1;
}

/** An unfinished matter as kept on the handover (JSON: a draft is rewritten as a whole). */
export interface HandoverItemData {
  kind: string;
  recordId: string | null;
  reference: string | null;
  description: string;
  status: string | null;
  dueAt: string | null;
  actionNeeded: string | null;
}

/** A material's count as kept on the handover. */
export interface HandoverCountData {
  /** The material's key. */
  materialId: string;
  name: string;
  unit: string;
  expected: number;
  counted: number | null;
  explanation: string | null;
}

/**
 * One unfinished matter handed on (SL-2 未落实情况): a record still open (a case, a task, a missed
 * patrol: as listed when submitted) or a matter written in words (`kind` NOTE).
 */
@ObjectType('HandoverItem', { description: 'An unfinished matter handed on.' })
export class HandoverItem {
  @Field(() => String, {
    description: '`NOTE` for a matter written in words; else the record’s kind: `CASE`, `TASK` …',
  })
  kind: string;

  @Field(() => ID, { nullable: true, description: 'The open record’s global id.' })
  recordId: string | null;

  @Field(() => String, { nullable: true, description: 'The record’s reference number.' })
  reference: string | null;

  @Field(() => String, { description: 'What it is.' })
  description: string;

  @Field(() => String, { nullable: true, description: 'The record’s status when handed over.' })
  status: string | null;

  @Field(() => Date, { nullable: true, description: 'When the record is due.' })
  dueAt: Date | null;

  @Field(() => String, { nullable: true, description: 'What the incoming shift must do about it.' })
  actionNeeded: string | null;
}

/** A material's count at a handover (R39), against the quantity expected. */
@ObjectType('HandoverCount', { description: 'A shared material counted at a handover.' })
export class HandoverCount {
  @Field(() => ID, { description: 'The material’s global id.' })
  materialId: string;

  @Field(() => String, { description: 'The material’s name when counted.' })
  name: string;

  @Field(() => String, { description: 'What it is counted in.' })
  unit: string;

  @Field(() => Int, { description: 'How many were expected.' })
  expected: number;

  @Field(() => Int, { nullable: true, description: 'How many were counted (null while not counted).' })
  counted: number | null;

  @Field(() => Int, { nullable: true, description: 'Counted less expected (negative: missing).' })
  difference: number | null;

  @Field(() => String, { nullable: true, description: 'Why the count differs from the expected quantity.' })
  explanation: string | null;
}
