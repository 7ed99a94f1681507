import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { Area } from '../places/area.entity.js';
import { Site } from '../sites/site.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { VehicleCategory, VehicleType } from './gate.enums.js';
import { GATE_LIMITS } from './goods-pass.entity.js';

/**
 * A vehicle's stay on the property (车辆进出, R26, OM-9): in at a gate, and out against that same
 * entry. A plate has at most one open entry per site. Never deleted: one entered by mistake is voided.
 */
@Entity({ tableName: 'vehicle_movement' })
@Index({ properties: ['site', 'plate', 'exitedAt'] })
@Index({ properties: ['enteredAt', 'id'] })
@ObjectType('VehicleMovement', {
  implements: Node,
  description: 'A vehicle in (and out) at the gate: plate, whose, when, where it parked, who recorded it.',
})
export class VehicleMovement {
  [OptionalProps]?:
    | 'parkingPlace'
    | 'note'
    | 'exitGate'
    | 'exitedAt'
    | 'exitOfficer'
    | 'exitNote'
    | 'voidedAt'
    | 'voidedBy'
    | 'voidReason';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string;

  @ManyToOne(() => Site, { ref: true })
  site: Ref<Site>;

  @Index()
  @Property({ type: 'string', length: GATE_LIMITS.plate })
  @Field(() => String, { description: 'The plate, upper case without spaces or dots (沪A12345, 沪AD12345).' })
  plate: string;

  @Enum({ items: () => VehicleType, type: 'string', length: 16 })
  @Field(() => VehicleType, { description: 'What kind of vehicle.' })
  vehicleType: VehicleType;

  @Enum({ items: () => VehicleCategory, type: 'string', length: 16 })
  @Field(() => VehicleCategory, { description: 'Resident, visitor, delivery or other.' })
  category: VehicleCategory;

  @ManyToOne(() => Area, { ref: true })
  entryGate: Ref<Area>;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When it came in.' })
  enteredAt: Date;

  @ManyToOne(() => Staff, { ref: true })
  entryOfficer: Ref<Staff>;

  @Property({ type: 'string', length: GATE_LIMITS.parkingPlace, nullable: true })
  @Field(() => String, { nullable: true, description: 'Where it parked (a space, a zone).' })
  parkingPlace: string | null = null;

  @Property({ type: 'string', length: GATE_LIMITS.checkNote, nullable: true })
  @Field(() => String, { nullable: true, description: 'A note at entry (whom it visits, what it delivers).' })
  note: string | null = null;

  @ManyToOne(() => Area, { ref: true, nullable: true })
  exitGate: Ref<Area> | null = null;

  @Index()
  @Property({ type: 'Date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When it left; null while inside.' })
  exitedAt: Date | null = null;

  @ManyToOne(() => Staff, { ref: true, nullable: true })
  exitOfficer: Ref<Staff> | null = null;

  @Property({ type: 'string', length: GATE_LIMITS.checkNote, nullable: true })
  @Field(() => String, { nullable: true, description: 'A note at exit.' })
  exitNote: string | null = null;

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
