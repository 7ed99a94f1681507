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

type Waiter = { resolve(rows: Escalation[]): void; reject(error: unknown): void };
/** Per request (or subscription): the cases whose escalations are wanted in this tick. */
const batches = new WeakMap<Context, Map<string, { answer: Promise<Escalation[]>; waiters: Waiter[] }>>();

/**
 * A case's escalations, oldest first and, sent together (a fire), up the chain (the case itself
 * was already read under the viewer's rules). The cases asked for in the same tick of one
 * request (a board's tiles, a list) are read with one query; nothing is kept past it, so a
 * long-lived subscription reads afresh at every event.
 */
export function escalationsOf(ctx: Context, caseId: string): Promise<Escalation[]> {
  let waiting = batches.get(ctx);
  if (!waiting) {
    waiting = new Map();
    batches.set(ctx, waiting);
  }
  const pending = waiting.get(caseId);
  if (pending) return pending.answer;
  if (waiting.size === 0) queueMicrotask(() => void flush(ctx));
  const waiters: Waiter[] = [];
  const answer = new Promise<Escalation[]>((resolve, reject) => waiters.push({ resolve, reject }));
  waiting.set(caseId, { answer, waiters });
  return answer;
}

async function flush(ctx: Context): Promise<void> {
  const asked = new Map(batches.get(ctx));
  batches.get(ctx)?.clear();
  try {
    const rows = await ctx.em.fork().find(Escalation, { case: { $in: [...asked.keys()] } });
    for (const [caseId, { waiters }] of asked) {
      const mine = rows
        .filter((e) => e.case.unwrap().id === caseId)
        .sort((a, b) => a.sentAt.getTime() - b.sentAt.getTime() || rank(a) - rank(b));
      for (const w of waiters) w.resolve(mine);
    }
  } catch (error) {
    for (const { waiters } of asked.values()) for (const w of waiters) w.reject(error);
  }
}
