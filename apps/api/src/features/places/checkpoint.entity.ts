import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { Site } from '../sites/site.entity.js';
import { Area } from './area.entity.js';

export const CHECKPOINT_LIMITS = { name: 50, locationHint: 200, code: 12, codeInput: 64 } as const;

/**
 * A patrol checkpoint in an area: a QR card on a wall. Its code is random and unguessable, so a
 * scan of it says the patroller stood before the card; the code can be renewed when a card is lost.
 */
@Entity({ tableName: 'checkpoint' })
@Index({ properties: ['area', 'active'] })
@ObjectType('Checkpoint', { implements: Node, description: 'A patrol checkpoint in an area: a QR card to scan.' })
export class Checkpoint {
  [OptionalProps]?: 'locationHint' | 'active' | 'codeIssuedAt' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string;

  @ManyToOne(() => Area, { ref: true })
  area: Ref<Area>;

  /** The area's site, kept here so a scan finds its site without a join. */
  @ManyToOne(() => Site, { ref: true })
  site: Ref<Site>;

  @Property({ type: 'string', length: CHECKPOINT_LIMITS.name })
  @Field(() => String, { description: 'Its name, e.g. `东门岗亭`.' })
  name: string;

  @Property({ type: 'string', length: CHECKPOINT_LIMITS.locationHint, nullable: true })
  @Field(() => String, { nullable: true, description: 'Where the card hangs, for whoever looks for it.' })
  locationHint: string | null = null;

  /** Crockford base32, 12 characters (60 random bits); shown in groups of four. */
  @Property({ type: 'string', length: CHECKPOINT_LIMITS.code, unique: true })
  code: string;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When its current code was issued: cards printed before then no longer work.' })
  codeIssuedAt: Date = new Date();

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'Still in use: scans of an inactive checkpoint are refused.' })
  active = true;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When it was added.' })
  createdAt: Date = new Date();

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When it last changed.' })
  updatedAt: Date = new Date();
}
