import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { Department } from '../rulebook/department.entity.js';
import { Site } from '../sites/site.entity.js';

export const MATERIAL_LIMITS = { name: 50, unit: 10, note: 200, quantity: 10_000, perSite: 60 } as const;

/**
 * A shared material a site's shifts pass on (R39, SL-12 本班公用物资): radios, keys, torches …,
 * with the quantity every handover must count. Master data the director keeps.
 */
@Entity({ tableName: 'shift_material' })
@Unique({ properties: ['site', 'department', 'name'] })
@ObjectType('ShiftMaterial', {
  implements: Node,
  description: 'A shared material counted at every handover (R39): radios, keys, torches …',
})
export class ShiftMaterial {
  [OptionalProps]?: 'note' | 'active' | 'createdAt' | 'updatedAt' | 'version';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string;

  @ManyToOne(() => Site, { ref: true })
  site: Ref<Site>;

  @ManyToOne(() => Department, { ref: true })
  department: Ref<Department>;

  @Property({ type: 'string', length: MATERIAL_LIMITS.name })
  @Field(() => String, { description: 'What it is, e.g. 对讲机.' })
  name: string;

  @Property({ type: 'string', length: MATERIAL_LIMITS.unit })
  @Field(() => String, { description: 'What it is counted in, e.g. 台, 把, 个.' })
  unit: string;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'How many every handover should find.' })
  expectedQuantity: number;

  @Property({ type: 'string', length: MATERIAL_LIMITS.note, nullable: true })
  @Field(() => String, { nullable: true, description: 'Where it is kept, or anything else to know.' })
  note: string | null = null;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'Still counted at handovers.' })
  active = true;

  @Property({ type: 'Date' })
  createdAt: Date = new Date();

  @Property({ type: 'Date' })
  updatedAt: Date = new Date();

  @Property({ version: true })
  version: number = 1;
}
