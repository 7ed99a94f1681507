import type { EntityManager } from '@mikro-orm/core';
import { AuditLog } from '../features/audit/audit.service.js';
import type { Context } from './context.js';
import { type UserError, UserErrors } from './user-error.js';

export interface MutationOutcome<T> {
  result: T | null;
  userErrors: UserError[];
}

/**
 * The one way to change data: the work runs in a single transaction with an audit log bound to
 * it. A refusal (`UserErrors`) rolls everything back and becomes the payload's `userErrors`;
 * success must have recorded exactly one audit event, so no change goes untraced.
 */
export async function runMutation<T>(
  ctx: Context,
  work: (tx: EntityManager, audit: AuditLog) => Promise<T>,
): Promise<MutationOutcome<T>> {
  try {
    const result = await ctx.em.transactional(async (tx) => {
      const audit = new AuditLog(tx, ctx);
      const value = await work(tx, audit);
      if (audit.recorded !== 1) throw new Error(`a mutation must record one audit event (recorded ${audit.recorded})`);
      return value;
    });
    // Only now is the change real: tell subscribers.
    for (const publish of ctx.afterCommit.splice(0)) publish();
    return { result, userErrors: [] };
  } catch (error) {
    ctx.afterCommit.length = 0;
    if (error instanceof UserErrors) return { result: null, userErrors: error.errors };
    throw error;
  }
}
