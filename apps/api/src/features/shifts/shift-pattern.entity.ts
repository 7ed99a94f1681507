import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { Site } from '../sites/site.entity.js';

export const PATTERN_LIMITS = { code: 16, nameZh: 50, nameEn: 100, graceMax: 240 } as const;

/**
 * A kind of shift at a site (R35): day 08:00–20:00, night 20:00–08:00 … An end at or before the
 * start crosses midnight; the shift belongs to the date it starts. Grace periods decide when an
 * officer counts as late or as leaving early (SL-8).
 */
@Entity({ tableName: 'shift_pattern' })
@Unique({ properties: ['site', 'code'] })
@ObjectType('ShiftPattern', {
  implements: Node,
  description: 'A kind of shift at a site: its hours and grace periods.',
})
export class ShiftPattern {
  [OptionalProps]?: 'lateGraceMinutes' | 'earlyLeaveGraceMinutes' | 'active' | 'createdAt';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string;

  @ManyToOne(() => Site, { ref: true })
  site: Ref<Site>;

  @Property({ type: 'string', length: PATTERN_LIMITS.code })
  @Field(() => String, { description: 'Short code, unique at the site, e.g. `DAY`, `NIGHT`.' })
  code: string;

  @Property({ type: 'string', length: PATTERN_LIMITS.nameZh })
  nameZh: string;

  @Property({ type: 'string', length: PATTERN_LIMITS.nameEn })
  nameEn: string;

  @Property({ type: 'string', length: 5 })
  @Field(() => String, { description: 'Local start time, `HH:MM`.' })
  startTime: string;

  @Property({ type: 'string', length: 5 })
  @Field(() => String, { description: 'Local end time, `HH:MM`; at or before the start means the next day.' })
  endTime: string;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Minutes after the start before a check-in counts as late.' })
  lateGraceMinutes = 5;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Minutes before the end after which a check-out is not early.' })
  earlyLeaveGraceMinutes = 5;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'Still used for new rosters.' })
  active = true;

  @Property({ type: 'Date' })
  createdAt: Date = new Date();
}
