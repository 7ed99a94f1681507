import {
  Collection,
  Entity,
  Enum,
  ManyToOne,
  OneToMany,
  OptionalProps,
  PrimaryKey,
  PrimaryKeyProp,
  Property,
  type Ref,
} from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { Department } from './department.entity.js';
import { Duty } from './duty.entity.js';
import { PositionOrigin, RulebookStatus } from './rulebook.enums.js';

@Entity({ tableName: 'position' })
@ObjectType('Position', {
  implements: Node,
  description: 'A post in the company (公司经理, 秩序维护领班, …) with its place in the reporting chain.',
})
export class Position {
  [PrimaryKeyProp]?: 'key';
  [OptionalProps]?: 'shortCode' | 'department' | 'departmentInferred' | 'reportsTo' | 'notes' | 'origin';

  @PrimaryKey({ type: 'string', length: 64 })
  @Field(() => String, { description: 'Stable key from the rulebook, e.g. `order_maintenance_shift_leader`.' })
  key: string;

  @Property({ type: 'string', length: 100 })
  nameZh: string;

  @Property({ type: 'string', length: 200 })
  nameEn: string;

  @Property({ type: 'string', length: 8, nullable: true })
  @Field(() => String, { nullable: true, description: 'Prefix of its duty citations, e.g. `SL` for `SL-4`.' })
  shortCode: string | null = null;

  @ManyToOne(() => Department, { nullable: true, ref: true })
  department: Ref<Department> | null = null;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'True when its department is inferred rather than stated by the text.' })
  departmentInferred = false;

  @ManyToOne(() => Position, { nullable: true, ref: true })
  reportsTo: Ref<Position> | null = null;

  @OneToMany(
    () => Position,
    (x) => x.reportsTo,
    { orderBy: { sortOrder: 'asc' } },
  )
  directReports = new Collection<Position>(this);

  @OneToMany(
    () => Duty,
    (x) => x.position,
    { orderBy: { number: 'asc' } },
  )
  duties = new Collection<Duty>(this);

  @Enum({ items: () => RulebookStatus, type: 'string', length: 20 })
  @Field(() => RulebookStatus, { description: 'How much of its text the rulebook fragment holds.' })
  status: RulebookStatus;

  @Enum({ items: () => PositionOrigin, type: 'string', length: 16 })
  @Field(() => PositionOrigin, { description: 'Named by the rulebook, or defined by the company.' })
  origin: PositionOrigin = PositionOrigin.RULEBOOK;

  @Property({ type: 'json' })
  @Field(() => [String], { description: 'Editorial notes on how the source was read (English).' })
  notes: string[] = [];

  @Property({ type: 'integer' })
  sortOrder: number;
}
