import {
  Collection,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OneToMany,
  OptionalProps,
  PrimaryKey,
  Property,
  type Ref,
  Unique,
} from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { Site } from '../sites/site.entity.js';
import { Building } from './building.entity.js';
import { UnitUsage } from './customer.enums.js';
import { Occupancy } from './occupancy.entity.js';

export const UNIT_LIMITS = { code: 20, note: 500, floorMin: -10, floorMax: 300, areaMax: 100_000 } as const;

/** A unit (房屋 / 单元): a home, an office, a shop or a parking space that someone owns or uses. */
@Entity({ tableName: 'unit' })
@Unique({ properties: ['building', 'code'] })
@Index({ properties: ['site', 'code'] })
@ObjectType('Unit', { implements: Node, description: 'A unit of a building: a home, office, shop or parking space.' })
export class Unit {
  [OptionalProps]?: 'floor' | 'area' | 'usage' | 'note' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string;

  @ManyToOne(() => Building, { ref: true })
  building: Ref<Building>;

  /** The building's site, copied: access rules and searches filter on it without a join. */
  @ManyToOne(() => Site, { ref: true })
  site: Ref<Site>;

  /** Upper case, unique within the building. */
  @Index()
  @Property({ type: 'string', length: UNIT_LIMITS.code })
  @Field(() => String, { description: 'Unit code as written on the door and in contracts, e.g. `3-1201`.' })
  code: string;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Floor (negative below ground); null if not recorded.' })
  floor: number | null = null;

  @Property({ type: 'double', nullable: true })
  @Field(() => Float, { nullable: true, description: 'Floor area in square metres (建筑面积); null if not recorded.' })
  area: number | null = null;

  @Enum({ items: () => UnitUsage, type: 'string', length: 16 })
  @Field(() => UnitUsage, { description: 'What the unit is used for.' })
  usage: UnitUsage = UnitUsage.RESIDENTIAL;

  @Property({ type: 'string', length: UNIT_LIMITS.note, nullable: true })
  @Field(() => String, { nullable: true, description: 'Anything worth knowing about the unit.' })
  note: string | null = null;

  @OneToMany(
    () => Occupancy,
    (o) => o.unit,
  )
  occupancies = new Collection<Occupancy>(this);

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When the record was created.' })
  createdAt: Date = new Date();

  @Property({ type: 'Date', onUpdate: () => new Date() })
  @Field(() => Date, { description: 'When the record last changed.' })
  updatedAt: Date = new Date();
}
