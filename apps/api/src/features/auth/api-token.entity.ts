import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { Staff } from '../staff/staff.entity.js';
import { TokenScopeEnum } from './auth.enums.js';

/** A long-lived credential for notebooks and wall boards. Only a hash of the secret is kept. */
@Entity({ tableName: 'api_token' })
@ObjectType('ApiToken', { implements: Node, description: 'An API token (the secret itself is shown once only).' })
export class ApiToken {
  [OptionalProps]?: 'createdAt' | 'lastUsedAt' | 'revokedAt' | 'revokedBy';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string;

  @ManyToOne(() => Staff, { ref: true })
  owner: Ref<Staff>;

  @Property({ type: 'string', length: 100 })
  @Field(() => String, { description: 'What it is for, e.g. "Weekly complaints notebook".' })
  name: string;

  @Property({ type: 'json' })
  @Field(() => [TokenScopeEnum], { description: 'What it may do.' })
  scopes: TokenScopeEnum[];

  /** SHA-256 of the secret, hex. */
  @Property({ type: 'string', length: 64, unique: true })
  secretHash: string;

  @Property({ type: 'string', length: 16 })
  @Field(() => String, { description: 'The first characters of the secret, to tell tokens apart.' })
  prefix: string;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When it stops working.' })
  expiresAt: Date;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When it was created.' })
  createdAt: Date = new Date();

  @Property({ type: 'Date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When it was last used (to the minute).' })
  lastUsedAt: Date | null = null;

  @Property({ type: 'Date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When it was revoked, if it was.' })
  revokedAt: Date | null = null;

  @ManyToOne(() => Staff, { ref: true, nullable: true })
  revokedBy: Ref<Staff> | null = null;
}
