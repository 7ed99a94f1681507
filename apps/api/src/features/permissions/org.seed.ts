import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { Department } from '../rulebook/department.entity.js';
import { Position } from '../rulebook/position.entity.js';
import { PositionOrigin, RulebookStatus } from '../rulebook/rulebook.enums.js';
import { COMPANY_POSITIONS, defaultGrants } from './default-grants.js';
import { PositionGrant } from './position-grant.entity.js';

/**
 * First start, after the rulebook: the company-defined posts and the default permission mapping.
 * Each part runs only on an empty table, so the company's later edits are never overwritten.
 */
export async function ensureOrganisation(em: EntityManager): Promise<{ positions: number; grants: number }> {
  return em.transactional(async (tx) => {
    let positions = 0;
    let grants = 0;
    if ((await tx.count(Position, { origin: PositionOrigin.COMPANY })) === 0) {
      for (const [i, p] of COMPANY_POSITIONS.entries()) {
        tx.create(Position, {
          key: p.key,
          nameZh: p.zh,
          nameEn: p.en,
          department: p.department ? tx.getReference(Department, p.department) : null,
          reportsTo: tx.getReference(Position, p.reportsTo),
          status: RulebookStatus.MENTIONED_ONLY,
          origin: PositionOrigin.COMPANY,
          notes: [p.note],
          sortOrder: 100 + i,
        });
        positions += 1;
      }
      await tx.flush();
    }
    if ((await tx.count(PositionGrant, {})) === 0) {
      for (const g of defaultGrants()) {
        tx.create(PositionGrant, {
          id: randomUUID(),
          position: tx.getReference(Position, g.position),
          permission: g.permission,
          scope: g.scope,
        });
        grants += 1;
      }
    }
    return { positions, grants };
  });
}
