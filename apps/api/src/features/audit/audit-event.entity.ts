import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { ApiToken } from '../auth/api-token.entity.js';
import { Staff } from '../staff/staff.entity.js';

export type FieldChanges = Record<string, { before: unknown; after: unknown }>;

/**
 * One change, forever: written in the same transaction as the change itself and never updated
 * or deleted (the database refuses both).
 */
@Entity({ tableName: 'audit_event' })
@Index({ properties: ['occurredAt', 'id'] })
@ObjectType('AuditEvent', {
  implements: Node,
  description: 'A recorded change: who did what to which record, and when.',
})
export class AuditEvent {
  [OptionalProps]?: 'occurredAt' | 'actorStaff' | 'actorToken' | 'departmentKey' | 'ip' | 'requestId';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string;

  @Property({ type: 'Date' })
  @Field(() => Date, { description: 'When it happened.' })
  occurredAt: Date = new Date();

  @ManyToOne(() => Staff, { ref: true, nullable: true })
  actorStaff: Ref<Staff> | null = null;

  @ManyToOne(() => ApiToken, { ref: true, nullable: true })
  actorToken: Ref<ApiToken> | null = null;

  /** The actor's name at the time, so the event reads right even after a rename. */
  @Property({ type: 'string', length: 100 })
  @Field(() => String, { description: 'Who did it (their name at the time).' })
  actorName: string;

  @Index()
  @Property({ type: 'string', length: 64 })
  @Field(() => String, { description: 'What was done, e.g. `staff.onboard`.' })
  action: string;

  @Property({ type: 'string', length: 64 })
  @Field(() => String, { description: 'The type of record changed, e.g. `Staff`.' })
  targetType: string;

  @Index()
  @Property({ type: 'string', length: 100 })
  @Field(() => String, { description: 'The global ID of the record changed.' })
  targetId: string;

  /** The department the changed record belongs to: directors read their department's events. */
  @Index()
  @Property({ type: 'string', length: 64, nullable: true })
  departmentKey: string | null = null;

  @Property({ type: 'json' })
  changes: FieldChanges;

  @Property({ type: 'string', length: 64, nullable: true })
  @Field(() => String, { nullable: true, description: 'The request that made the change (X-Request-Id).' })
  requestId: string | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  @Field(() => String, { nullable: true, description: 'The client address the change came from.' })
  ip: string | null = null;
}
