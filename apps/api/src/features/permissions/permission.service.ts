import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { isPermissionCode, RESOURCES, type Resource, UserErrorCode } from '@steward/schema';
import type { Context } from '../../graphql/context.js';
import { pickText } from '../../graphql/locale.js';
import { runMutation } from '../../graphql/mutation.js';
import { Validator } from '../../graphql/validate.js';
import { Position } from '../rulebook/position.entity.js';
import { forgetGrants } from './grants.js';
import type { SetPositionGrantInput } from './permission.inputs.js';
import type { DataScopeEnum, PermissionResourceType, PositionPermissionsType } from './permission.types.js';
import { PositionGrant } from './position-grant.entity.js';

/** The catalogue, and the position → permission mapping the company manager edits. */
export class PermissionService {
  constructor(private readonly ctx: Context) {}

  catalogue(): PermissionResourceType[] {
    return (Object.keys(RESOURCES) as Resource[]).map((key) => {
      const r = RESOURCES[key];
      return {
        key,
        name: pickText(this.ctx.locale, r.zh, r.en),
        records: [...r.records],
        actions: r.actions.map((action) => ({ code: `${key}.${action}`, action })),
      };
    });
  }

  /** `em`: inside a mutation, its transaction (the pool may hold one connection: never reach past it). */
  async byPosition(positionKey?: string | null, em: EntityManager = this.ctx.em): Promise<PositionPermissionsType[]> {
    const positions = await em.find(Position, positionKey ? { key: positionKey.slice(0, 64) } : {}, {
      orderBy: { sortOrder: 'asc' },
    });
    const grants = await em.find(PositionGrant, {
      position: { $in: positions.map((p) => p.key) },
      scope: { $ne: null },
    });
    return positions.map((position) => ({
      position,
      grants: grants
        .filter((g) => g.position.unwrap().key === position.key && isPermissionCode(g.permission))
        .map((g) => ({ permission: g.permission, scope: g.scope as DataScopeEnum })),
    }));
  }

  set(input: SetPositionGrantInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const viewer = this.ctx.viewer;
      const v = new Validator();
      const position = input.positionKey.length <= 64 ? await tx.findOne(Position, { key: input.positionKey }) : null;
      if (!position) v.add('positionKey', 'names no position', UserErrorCode.NOT_FOUND);
      if (!isPermissionCode(input.permission)) v.add('permission', 'is not in the catalogue', UserErrorCode.NOT_FOUND);
      const scope = input.scope ?? null;
      // Nobody can take away the only way back: the manager's own right to manage permissions.
      if (
        input.permission === 'permission.manage' &&
        scope === null &&
        viewer?.staff.position.unwrap().key === input.positionKey
      ) {
        v.add('scope', 'cannot revoke your own permission to manage permissions', UserErrorCode.INVALID);
      }
      v.check();
      const existing = await tx.findOne(PositionGrant, { position: input.positionKey, permission: input.permission });
      const before = { scope: existing?.scope ?? null };
      const grant =
        existing ??
        tx.create(PositionGrant, {
          id: randomUUID(),
          position: tx.getReference(Position, input.positionKey),
          permission: input.permission,
          scope,
        });
      grant.scope = scope;
      grant.revokedAt = scope === null ? new Date() : null;
      audit.record({
        action: 'permission.set',
        targetType: 'Position',
        targetKey: input.positionKey,
        departmentKey: position?.department?.unwrap().key,
        before: { permission: input.permission, ...before },
        after: { permission: input.permission, scope },
      });
      this.ctx.afterCommit.push(() => {
        forgetGrants(this.ctx.em);
        this.ctx.pubsub.publish('GRANTS_CHANGED', { positionKey: input.positionKey });
      });
      return (await this.byPosition(input.positionKey, tx))[0] ?? null;
    });
  }
}
