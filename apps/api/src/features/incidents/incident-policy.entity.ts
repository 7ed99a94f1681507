import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';

/**
 * The rulebook's unquantified deadlines for incidents, as numbers a director can change: P7
 * (及时, incident reports), P8 (立即, fire reports) and how long an escalation may wait for its
 * acknowledgement before it climbs. One row for the company.
 */
@Entity({ tableName: 'incident_policy' })
@ObjectType('IncidentPolicy', { description: 'Reporting deadlines and the escalation delay (P7, P8).' })
export class IncidentPolicy {
  [OptionalProps]?: 'updatedAt' | 'updatedByName';

  @PrimaryKey({ type: 'string', length: 16 })
  id = 'company';

  @Property({ type: 'integer' })
  @Field(() => Int, {
    description:
      'P7 (及时): an incident reported later than this many minutes after it happened is flagged late. Default 30.',
  })
  reportMinutes: number;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'P8 (立即): the same for a fire. Default 5.' })
  fireReportMinutes: number;

  @Property({ type: 'integer' })
  @Field(() => Int, {
    description: 'Minutes an escalation waits for its acknowledgement before it goes one step higher. Default 10.',
  })
  ackMinutes: number;

  @Property({ type: 'Date', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When it was last changed (null: the defaults).' })
  updatedAt: Date | null = null;

  @Property({ type: 'string', length: 100, nullable: true })
  @Field(() => String, { nullable: true, description: 'Who changed it last.' })
  updatedByName: string | null = null;
}

export const INCIDENT_POLICY_DEFAULTS = { reportMinutes: 30, fireReportMinutes: 5, ackMinutes: 10 } as const;
/** Bounds a director may set (minutes). */
export const INCIDENT_POLICY_RANGE = { min: 1, max: 24 * 60 } as const;
