import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { Department } from '../rulebook/department.entity.js';
import { Shift } from '../shifts/shift.entity.js';
import { Site } from '../sites/site.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { CashDirection } from './handover.enums.js';

export const CASH_LIMITS = { purpose: 200, receiptNo: 50, maxCents: 100_000_000 } as const;

/**
 * One movement of a site's shift petty cash (R40, SL-12 本班公款): a top-up or a payment, with
 * its purpose and receipt. The ledger's balance is what every handover must count.
 */
@Entity({ tableName: 'cash_movement' })
@Index({ properties: ['site', 'department', 'at'] })
@ObjectType('CashMovement', { implements: Node, description: 'A movement of the shift petty cash (R40).' })
export class CashMovement {
  [OptionalProps]?: 'receiptNo';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string;

  @ManyToOne(() => Site, { ref: true })
  site: Ref<Site>;

  @ManyToOne(() => Department, { ref: true })
  department: Ref<Department>;

  /** The shift during which it happened. */
  @ManyToOne(() => Shift, { ref: true })
  shift: Ref<Shift>;

  @Property({ type: 'string', length: 8 })
  @Field(() => CashDirection, { description: 'In (a top-up) or out (a payment).' })
  direction: CashDirection;

  /** In fen (分): money is never a float. */
  @Property({ type: 'integer' })
  amountCents: number;

  @Property({ type: 'string', length: CASH_LIMITS.purpose })
  @Field(() => String, { description: 'What it was for.' })
  purpose: string;

  @Property({ type: 'string', length: CASH_LIMITS.receiptNo, nullable: true })
  @Field(() => String, { nullable: true, description: 'The receipt’s number (required for a payment).' })
  receiptNo: string | null = null;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When it was recorded.' })
  at: Date;

  @ManyToOne(() => Staff, { ref: true })
  recordedBy: Ref<Staff>;
}
