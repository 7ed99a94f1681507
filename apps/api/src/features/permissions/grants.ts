import type { EntityManager } from '@mikro-orm/core';
import type { DataScope, PermissionCode } from '@steward/schema';
import { isPermissionCode } from '@steward/schema';
import { PositionGrant } from './position-grant.entity.js';

export type Grants = ReadonlyMap<PermissionCode, DataScope>;

/**
 * Grants as every request's viewer reads them, kept per ORM (tests run several servers in one
 * process) for at most GRANTS_CACHE_MS. A change forgets them at once on the replica that made it
 * and, through the GRANTS_CHANGED topic, on every other (app.ts listens); the time limit covers
 * a message lost with a Redis connection.
 */
export const GRANTS_CACHE_MS = 30_000;
const caches = new WeakMap<object, Map<string, { grants: Grants; until: number }>>();

export async function cachedGrantsOf(em: EntityManager, positionKey: string): Promise<Grants> {
  let cache = caches.get(em.config);
  if (!cache) {
    cache = new Map();
    caches.set(em.config, cache);
  }
  const now = Date.now();
  const hit = cache.get(positionKey);
  if (hit && hit.until > now) return hit.grants;
  const grants = await grantsOf(em, positionKey);
  cache.set(positionKey, { grants, until: now + GRANTS_CACHE_MS });
  return grants;
}

/** Forgets the cached grants of every position (of this ORM). */
export function forgetGrants(em: EntityManager): void {
  caches.get(em.config)?.clear();
}

/** The live grants of a position: what its holders may do, and how far each reaches. */
export async function grantsOf(em: EntityManager, positionKey: string): Promise<Grants> {
  const rows = await em.find(PositionGrant, { position: positionKey, scope: { $ne: null } });
  const grants = new Map<PermissionCode, DataScope>();
  for (const row of rows) if (row.scope && isPermissionCode(row.permission)) grants.set(row.permission, row.scope);
  return grants;
}
