import type { EntityManager } from '@mikro-orm/core';
import type { Clock, Context } from '../../graphql/context.js';
import { Case } from '../cases/case.entity.js';
import { ACTIVE_STATUSES } from '../cases/case.service.js';
import { Notification } from './notification.entity.js';
import { notify } from './notify.js';

/**
 * Tells whoever holds a case (or, if nobody does, whoever recorded it) once when it passes its
 * result deadline (C3/C4). Returns how many were told. Runs on a timer; tests call it directly.
 */
export async function sweepOverdue(em: EntityManager, clock: Clock, pubsub: Context['pubsub']): Promise<number> {
  const now = clock();
  const afterCommit: (() => void)[] = [];
  const told = await em.fork().transactional(async (tx) => {
    const overdue = await tx.find(
      Case,
      { status: { $in: [...ACTIVE_STATUSES] }, resolutionDueAt: { $lt: now } },
      { limit: 500, orderBy: { resolutionDueAt: 'asc' } },
    );
    if (overdue.length === 0) return 0;
    const already = await tx.find(Notification, { type: 'CASE_OVERDUE', case: { $in: overdue.map((c) => c.id) } });
    const done = new Set(already.map((n) => `${n.case?.unwrap().id}|${n.recipient.unwrap().id}`));
    let n = 0;
    for (const c of overdue) {
      const recipient = (c.holder ?? c.receivedBy).unwrap().id;
      if (done.has(`${c.id}|${recipient}`)) continue;
      notify(
        tx,
        { clock, pubsub, afterCommit },
        {
          recipientId: recipient,
          type: 'CASE_OVERDUE',
          caseRef: c,
          zh: `${c.reference}「${c.title}」已超过处理时限`,
          en: `${c.reference} “${c.title}” is past its deadline`,
        },
      );
      n += 1;
    }
    return n;
  });
  for (const publish of afterCommit) publish();
  return told;
}
