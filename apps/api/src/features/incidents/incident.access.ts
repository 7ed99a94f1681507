import type { Context } from '../../graphql/context.js';
import { caseReadFilter } from '../cases/case.access.js';
import { unauthenticated } from '../permissions/auth-checker.js';
import { DUTY_CHAIN, Escalation } from './escalation.entity.js';

/**
 * Escalations are read through their case: whoever may see the case sees how it climbed the
 * duty chain, nobody else.
 */
export async function visibleEscalations(ctx: Context, keys: readonly string[]): Promise<Escalation[]> {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.em.find(Escalation, { id: { $in: [...keys] }, case: caseReadFilter(ctx.viewer) });
}

const rank = (e: Escalation) => DUTY_CHAIN.findIndex((s) => s.level === e.level);

/**
 * A case's escalations, oldest first and, sent together (a fire), up the chain (the case itself
 * was already read under the viewer's rules).
 */
export async function escalationsOf(ctx: Context, caseId: string): Promise<Escalation[]> {
  const found = await ctx.em.find(Escalation, { case: caseId });
  return found.sort((a, b) => a.sentAt.getTime() - b.sentAt.getTime() || rank(a) - rank(b));
}
