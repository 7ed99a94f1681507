import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Staff } from '../staff/staff.entity.js';

/**
 * A signed-in browser. The cookie carries a random secret; only its SHA-256 is stored (as the id),
 * so a database leak yields no usable sessions.
 */
@Entity({ tableName: 'session' })
export class Session {
  [OptionalProps]?: 'createdAt' | 'revokedAt' | 'ip' | 'userAgent';

  @PrimaryKey({ type: 'string', length: 64 })
  id: string;

  @ManyToOne(() => Staff, { ref: true })
  staff: Ref<Staff>;

  @Property({ type: 'Date' })
  createdAt: Date = new Date();

  @Property({ type: 'Date' })
  lastSeenAt: Date;

  /** Absolute end, whatever the activity. */
  @Property({ type: 'Date' })
  expiresAt: Date;

  @Property({ type: 'Date', nullable: true })
  revokedAt: Date | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  ip: string | null = null;

  @Property({ type: 'string', length: 300, nullable: true })
  userAgent: string | null = null;
}
