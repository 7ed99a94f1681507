import type { EntityManager } from '@mikro-orm/core';
import type { DataScope, PermissionCode } from '@steward/schema';
import { isPermissionCode } from '@steward/schema';
import { PositionGrant } from './position-grant.entity.js';

export type Grants = ReadonlyMap<PermissionCode, DataScope>;

/** The live grants of a position: what its holders may do, and how far each reaches. */
export async function grantsOf(em: EntityManager, positionKey: string): Promise<Grants> {
  const rows = await em.find(PositionGrant, { position: positionKey, scope: { $ne: null } });
  const grants = new Map<PermissionCode, DataScope>();
  for (const row of rows) if (row.scope && isPermissionCode(row.permission)) grants.set(row.permission, row.scope);
  return grants;
}
