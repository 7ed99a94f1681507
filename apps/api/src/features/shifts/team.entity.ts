import {
  Collection,
  Entity,
  ManyToMany,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  type Ref,
} from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { Department } from '../rulebook/department.entity.js';
import { Site } from '../sites/site.entity.js';
import { Staff } from '../staff/staff.entity.js';

export const TEAM_LIMITS = { name: 50, members: 60 } as const;

/** A shift team (班组) at a site: a leader (班长, SL-1) and the officers who work the rotation with them. */
@Entity({ tableName: 'team' })
@ObjectType('Team', { implements: Node, description: 'A shift team: its leader and officers.' })
export class Team {
  [OptionalProps]?: 'active' | 'createdAt';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string;

  @ManyToOne(() => Site, { ref: true })
  site: Ref<Site>;

  /** The department whose team it is (order maintenance, for now the only one that works shifts). */
  @ManyToOne(() => Department, { ref: true })
  department: Ref<Department>;

  @Property({ type: 'string', length: TEAM_LIMITS.name })
  @Field(() => String, { description: 'Its name, e.g. 一班.' })
  name: string;

  @ManyToOne(() => Staff, { ref: true })
  leader: Ref<Staff>;

  @ManyToMany(() => Staff, undefined, { owner: true, pivotTable: 'team_member' })
  members = new Collection<Staff>(this);

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'Still rostered.' })
  active = true;

  @Property({ type: 'Date' })
  createdAt: Date = new Date();
}
