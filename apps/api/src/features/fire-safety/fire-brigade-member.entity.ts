import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { Site } from '../sites/site.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { FireBrigadeEngagement, FireBrigadeRole } from './fire-safety.enums.js';

export const BRIGADE_LIMITS = { reason: 500 } as const;

/**
 * A member of a site's fire brigade (义务消防队) or its full/part-time fire personnel
 * (专（兼）职人员, R32, OM-4). Until the training feature (R33) exists the date of the last fire
 * training is kept here (C16). A member who leaves keeps the record, with the day and reason.
 */
@Entity({ tableName: 'fire_brigade_member' })
@Index({ properties: ['site', 'leftOn'] })
@Index({ properties: ['staff'] })
@ObjectType('FireBrigadeMember', {
  implements: Node,
  description: 'A member of a site’s fire brigade or fire personnel (R32), with their last fire training.',
})
export class FireBrigadeMember {
  [OptionalProps]?: 'lastTrainedOn' | 'leftOn' | 'leftReason';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string;

  @ManyToOne(() => Site, { ref: true })
  site: Ref<Site>;

  @ManyToOne(() => Staff, { ref: true })
  staff: Ref<Staff>;

  @Property({ type: 'string', length: 16 })
  @Field(() => FireBrigadeRole, { description: 'Captain, deputy captain or member.' })
  role: FireBrigadeRole;

  @Property({ type: 'string', length: 16 })
  @Field(() => FireBrigadeEngagement, { description: 'Full-time or part-time fire personnel.' })
  engagement: FireBrigadeEngagement;

  @Property({ type: 'string', length: 10 })
  @Field(() => String, { description: 'When they joined, `YYYY-MM-DD`.' })
  joinedOn: string;

  @Property({ type: 'string', length: 10, nullable: true })
  @Field(() => String, { nullable: true, description: 'Their last fire training, `YYYY-MM-DD`; null: none recorded.' })
  lastTrainedOn: string | null = null;

  @Property({ type: 'string', length: 10, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'When they left the brigade, `YYYY-MM-DD`; null while a member.',
  })
  leftOn: string | null = null;

  @Property({ type: 'string', length: BRIGADE_LIMITS.reason, nullable: true })
  @Field(() => String, { nullable: true, description: 'Why they left.' })
  leftReason: string | null = null;

  @ManyToOne(() => Staff, { ref: true })
  createdBy: Ref<Staff>;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When the membership was recorded.' })
  createdAt: Date;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When it last changed.' })
  updatedAt: Date;
}
