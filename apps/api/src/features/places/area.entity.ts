import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { Site } from '../sites/site.entity.js';
import { AreaKind } from './place.enums.js';

export const AREA_LIMITS = { nameZh: 50, nameEn: 100, note: 500, minPatrolsMax: 24 } as const;

/**
 * An area of a site (master data M1): the unit of the patrol check (C1, SL-4 "各区域及周边").
 * Areas are never deleted: one no longer patrolled is deactivated, and its history stays.
 */
@Entity({ tableName: 'area' })
@Index({ properties: ['site', 'active'] })
@ObjectType('Area', {
  implements: Node,
  description: 'An area of a site (gate, lobby, car park …) with its checkpoints.',
})
export class Area {
  [OptionalProps]?: 'note' | 'patrolled' | 'minPatrols' | 'active' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string;

  @ManyToOne(() => Site, { ref: true })
  site: Ref<Site>;

  // A string column: a new kind needs no table rebuild (GraphQL still refuses unknown ones).
  @Property({ type: 'string', length: 16 })
  @Field(() => AreaKind, { description: 'What kind of place it is.' })
  kind: AreaKind;

  @Property({ type: 'string', length: AREA_LIMITS.nameZh })
  @Field(() => String, { description: 'Chinese name.' })
  nameZh: string;

  @Property({ type: 'string', length: AREA_LIMITS.nameEn })
  @Field(() => String, { description: 'English name.' })
  nameEn: string;

  @Property({ type: 'string', length: AREA_LIMITS.note, nullable: true })
  @Field(() => String, { nullable: true, description: 'What it takes in (its surroundings 周边), how to patrol it.' })
  note: string | null = null;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'Counted in patrol coverage (SL-4); an office or a locked store may not be.' })
  patrolled = true;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, {
    nullable: true,
    description: 'Patrols required per shift here, overriding the default (2, SL-4); null: the default.',
  })
  minPatrols: number | null = null;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'Still in use (deactivated areas keep their history).' })
  active = true;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When it was added.' })
  createdAt: Date = new Date();

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When it last changed.' })
  updatedAt: Date = new Date();
}
