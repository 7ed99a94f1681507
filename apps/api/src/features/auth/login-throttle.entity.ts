import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Failed sign-ins per account name (known or not, so lockout reveals nothing) and per client
 * address, in the database so that every API replica sees the same counts.
 */
@Entity({ tableName: 'login_throttle' })
export class LoginThrottle {
  [OptionalProps]?: 'failures' | 'lockedUntil';

  /** `user:<name>` or `ip:<address>`. */
  @PrimaryKey({ type: 'string', length: 100 })
  key: string;

  @Property({ type: 'integer' })
  failures = 0;

  @Property({ type: 'Date' })
  windowStartedAt: Date;

  @Property({ type: 'Date', nullable: true })
  lockedUntil: Date | null = null;
}
