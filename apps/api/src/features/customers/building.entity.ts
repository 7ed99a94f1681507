import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { Site } from '../sites/site.entity.js';

export const BUILDING_LIMITS = { code: 16, name: 50 } as const;

/** A building (楼栋 / 座) of a site: the level between a site and its units. */
@Entity({ tableName: 'building' })
@Unique({ properties: ['site', 'code'] })
@ObjectType('Building', { implements: Node, description: 'A building of a site (楼栋).' })
export class Building {
  [OptionalProps]?: 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string;

  @ManyToOne(() => Site, { ref: true })
  site: Ref<Site>;

  @Property({ type: 'string', length: BUILDING_LIMITS.code })
  @Field(() => String, { description: 'Short code, unique within the site, e.g. `3` or `A`.' })
  code: string;

  @Property({ type: 'string', length: BUILDING_LIMITS.name })
  @Field(() => String, { description: 'Name as people say it, e.g. `3栋` or `A座`.' })
  name: string;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When the record was created.' })
  createdAt: Date = new Date();

  @Property({ type: 'Date', onUpdate: () => new Date() })
  @Field(() => Date, { description: 'When the record last changed.' })
  updatedAt: Date = new Date();
}
