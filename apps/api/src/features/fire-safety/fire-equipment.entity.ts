import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { Area } from '../places/area.entity.js';
import { Site } from '../sites/site.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { FireEquipmentStatus, FireEquipmentType } from './fire-safety.enums.js';

export const EQUIPMENT_LIMITS = { identifier: 32, location: 200, note: 500, reason: 500, quantityMax: 9999 } as const;

/**
 * An entry of the register of fire equipment, instruments and key facilities and where they are
 * (消防设备、仪器及主要设施位置, R31, SL-3): what, where, how many, when last checked and next due.
 * Retired, never deleted.
 */
@Entity({ tableName: 'fire_equipment' })
@Index({ properties: ['site', 'status'] })
@Index({ properties: ['site', 'identifier'] })
@Index({ properties: ['area'] })
@ObjectType('FireEquipment', {
  implements: Node,
  description: 'Fire equipment or a key facility and where it is (R31, SL-3), with its checks.',
})
export class FireEquipment {
  [OptionalProps]?:
    | 'area'
    | 'note'
    | 'lastCheckedOn'
    | 'nextDueOn'
    | 'status'
    | 'statusNote'
    | 'retiredAt'
    | 'retireReason';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string;

  @ManyToOne(() => Site, { ref: true })
  site: Ref<Site>;

  @ManyToOne(() => Area, { ref: true, nullable: true })
  area: Ref<Area> | null = null;

  @Property({ type: 'string', length: 24 })
  @Field(() => FireEquipmentType, { description: 'What it is.' })
  type: FireEquipmentType;

  @Property({ type: 'string', length: EQUIPMENT_LIMITS.identifier })
  @Field(() => String, {
    description: 'Its number or label, unique at the site among those in service, e.g. `MHQ-B1-03`.',
  })
  identifier: string;

  @Property({ type: 'string', length: EQUIPMENT_LIMITS.location })
  @Field(() => String, { description: 'Exactly where it is, for whoever must find it (SL-3 准确位置).' })
  location: string;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'How many (e.g. two extinguishers in one cabinet).' })
  quantity: number;

  @Property({ type: 'string', length: EQUIPMENT_LIMITS.note, nullable: true })
  @Field(() => String, { nullable: true, description: 'Model, capacity, how to operate it.' })
  note: string | null = null;

  @Property({ type: 'string', length: 10, nullable: true })
  @Field(() => String, { nullable: true, description: 'When it was last checked, `YYYY-MM-DD`.' })
  lastCheckedOn: string | null = null;

  @Property({ type: 'string', length: 10, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'When its next check (or refill, or expiry) is due, `YYYY-MM-DD`; past it, it is overdue.',
  })
  nextDueOn: string | null = null;

  @Property({ type: 'string', length: 16 })
  @Field(() => FireEquipmentStatus, { description: 'OK, faulty or retired.' })
  status: FireEquipmentStatus = FireEquipmentStatus.OK;

  @Property({ type: 'string', length: EQUIPMENT_LIMITS.note, nullable: true })
  @Field(() => String, { nullable: true, description: 'What the last check found (a fault, what was done).' })
  statusNote: string | null = null;

  @Property({ type: 'Date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When it was retired.' })
  retiredAt: Date | null = null;

  @Property({ type: 'string', length: EQUIPMENT_LIMITS.reason, nullable: true })
  @Field(() => String, { nullable: true, description: 'Why it was retired.' })
  retireReason: string | null = null;

  @ManyToOne(() => Staff, { ref: true })
  createdBy: Ref<Staff>;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When it was registered.' })
  createdAt: Date;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When it last changed.' })
  updatedAt: Date;
}
