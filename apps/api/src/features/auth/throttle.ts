import type { EntityManager } from '@mikro-orm/core';
import type { Config } from '../../config.js';
import { LoginThrottle } from './login-throttle.entity.js';

/**
 * Counts failed sign-ins per account name and per client address over a sliding window of
 * `lockMinutes`; reaching the limit locks that key for `lockMinutes`. Unknown names are
 * counted like known ones, so the answers reveal nothing about which accounts exist.
 */
export class LoginThrottler {
  constructor(
    private readonly em: EntityManager,
    private readonly auth: Config['auth'],
  ) {}

  private keys(username: string, ip: string | null): { key: string; max: number }[] {
    const keys = [{ key: `user:${username}`.slice(0, 100), max: this.auth.maxFailuresPerAccount }];
    if (ip) keys.push({ key: `ip:${ip}`.slice(0, 100), max: this.auth.maxFailuresPerIp });
    return keys;
  }

  /** Minutes until the earliest unlock, or 0 when sign-in may be attempted. */
  async lockedFor(username: string, ip: string | null, now = new Date()): Promise<number> {
    const rows = await this.em.find(LoginThrottle, { key: { $in: this.keys(username, ip).map((k) => k.key) } });
    const until = Math.max(0, ...rows.map((r) => (r.lockedUntil ? r.lockedUntil.getTime() : 0)));
    return until > now.getTime() ? Math.ceil((until - now.getTime()) / 60_000) : 0;
  }

  /** Records a failure in its own transaction: it must stick although the sign-in is refused. */
  async fail(username: string, ip: string | null, now = new Date()): Promise<void> {
    const windowMs = this.auth.lockMinutes * 60_000;
    await this.em.fork().transactional(async (tx) => {
      for (const { key, max } of this.keys(username, ip)) {
        const row =
          (await tx.findOne(LoginThrottle, { key })) ?? tx.create(LoginThrottle, { key, windowStartedAt: now });
        if (now.getTime() - row.windowStartedAt.getTime() > windowMs) {
          row.failures = 0;
          row.windowStartedAt = now;
        }
        row.failures += 1;
        if (row.failures >= max) row.lockedUntil = new Date(now.getTime() + windowMs);
      }
    });
  }

  /** A successful sign-in clears the account's count (not the address's: others may share it). */
  async succeed(username: string): Promise<void> {
    await this.em.nativeUpdate(
      LoginThrottle,
      { key: `user:${username}`.slice(0, 100) },
      { failures: 0, lockedUntil: null },
    );
  }
}
