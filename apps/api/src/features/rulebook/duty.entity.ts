import {
  Check,
  Entity,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  PrimaryKeyProp,
  Property,
  type Ref,
} from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { Department } from './department.entity.js';
import { Position } from './position.entity.js';

/** One numbered duty of a department or of a position. Exactly one owner is set. */
@Entity({ tableName: 'duty' })
@Check({ name: 'duty_one_owner', expression: '(department_key is null) <> (position_key is null)' })
@ObjectType('Duty', { implements: Node, description: 'A numbered duty of a department or a position.' })
export class Duty {
  [PrimaryKeyProp]?: 'citation';
  [OptionalProps]?: 'department' | 'position' | 'readingNote';

  /** The rulebook's own citation, `<owner key>#<number>`, e.g. `order_maintenance_shift_leader#4`. */
  @PrimaryKey({ type: 'string', length: 80 })
  @Field(() => String, { description: 'Citation in the rulebook, `<owner key>#<number>`.' })
  citation: string;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Its number within its owner’s list, from 1.' })
  number: number;

  @Property({ type: 'text' })
  textZh: string;

  @Property({ type: 'text' })
  textEn: string;

  @Index()
  @Property({ type: 'string', length: 16 })
  @Field(() => String, { description: 'Short citation code, e.g. `SL-4` (shift leader, duty 4).' })
  source: string;

  @ManyToOne(() => Department, { nullable: true, ref: true })
  department: Ref<Department> | null = null;

  @ManyToOne(() => Position, { nullable: true, ref: true })
  position: Ref<Position> | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Editorial note on how this duty was read (English).' })
  readingNote: string | null = null;
}
