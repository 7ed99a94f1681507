import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { DATA_SCOPES, type DataScope } from '@steward/schema';
import { Position } from '../rulebook/position.entity.js';

/**
 * One permission granted to everyone holding a position, with how far it reaches. Revoking keeps
 * the row (scope null, revokedAt set): nothing is hard-deleted, and the audit trail explains it.
 */
@Entity({ tableName: 'position_grant' })
@Unique({ properties: ['position', 'permission'] })
export class PositionGrant {
  [OptionalProps]?: 'updatedAt' | 'revokedAt';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string;

  @ManyToOne(() => Position, { ref: true })
  position: Ref<Position>;

  @Property({ type: 'string', length: 64 })
  permission: string;

  @Enum({ items: () => [...DATA_SCOPES], type: 'string', length: 16, nullable: true })
  scope: DataScope | null;

  @Property({ type: 'Date', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Property({ type: 'Date', nullable: true })
  revokedAt: Date | null = null;
}
