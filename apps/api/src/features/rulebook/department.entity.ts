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
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { Duty } from './duty.entity.js';
import { Position } from './position.entity.js';
import { RulebookStatus } from './rulebook.enums.js';

@Entity({ tableName: 'department' })
@ObjectType('Department', {
  implements: Node,
  description: 'A department of the company (客户服务部, 秩序维护部, …) as the rulebook describes it.',
})
export class Department {
  [PrimaryKeyProp]?: 'key';
  [OptionalProps]?:
    | 'summaryZh'
    | 'summaryEn'
    | 'shortCode'
    | 'chapterNo'
    | 'chapterTitleZh'
    | 'chapterTitleEn'
    | 'reportsTo'
    | 'head'
    | 'possiblySameAs'
    | 'notes';

  @PrimaryKey({ type: 'string', length: 64 })
  @Field(() => String, { description: 'Stable key from the rulebook, e.g. `customer_service`.' })
  key: string;

  @Property({ type: 'string', length: 100 })
  nameZh: string;

  @Property({ type: 'string', length: 200 })
  nameEn: string;

  @Property({ type: 'text', nullable: true })
  summaryZh: string | null = null;

  @Property({ type: 'text', nullable: true })
  summaryEn: string | null = null;

  /** Short code used when citing its duties (`CS` → `CS-4`); null when it has no duties. */
  @Property({ type: 'string', length: 8, nullable: true })
  @Field(() => String, { nullable: true, description: 'Prefix of its duty citations, e.g. `CS` for `CS-4`.' })
  shortCode: string | null = null;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Number of the rulebook chapter devoted to it.' })
  chapterNo: number | null = null;

  @Property({ type: 'string', length: 200, nullable: true })
  chapterTitleZh: string | null = null;

  @Property({ type: 'string', length: 200, nullable: true })
  chapterTitleEn: string | null = null;

  @Enum({ items: () => RulebookStatus, type: 'string', length: 20 })
  @Field(() => RulebookStatus, { description: 'How much of its text the rulebook fragment holds.' })
  status: RulebookStatus;

  @ManyToOne(() => Position, { nullable: true, ref: true })
  reportsTo: Ref<Position> | null = null;

  @ManyToOne(() => Position, { nullable: true, ref: true })
  head: Ref<Position> | null = null;

  @ManyToOne(() => Department, { nullable: true, ref: true })
  possiblySameAs: Ref<Department> | null = null;

  @OneToMany(
    () => Position,
    (x) => x.department,
    { orderBy: { sortOrder: 'asc' } },
  )
  positions = new Collection<Position>(this);

  @OneToMany(
    () => Duty,
    (x) => x.department,
    { orderBy: { number: 'asc' } },
  )
  duties = new Collection<Duty>(this);

  @Property({ type: 'json' })
  @Field(() => [String], { description: 'Editorial notes on how the source was read (English).' })
  notes: string[] = [];

  @Property({ type: 'integer' })
  sortOrder: number;
}
