import { toGlobalId } from '../../graphql/node.js';
import { Case } from '../cases/case.entity.js';
import { CaseKind } from '../cases/case.enums.js';
import { ACTIVE_STATUSES } from '../cases/case.service.js';
import { CaseEvent } from '../cases/case-event.entity.js';
import { ShiftMember } from '../shifts/shift.entity.js';
import { addOpenMatterSource } from '../shifts/shift-matters.js';

/** At most this many cases in one handover (a leader hands on a shift, not a backlog). */
const MAX_CASES = 100;

/**
 * The cases and tasks a shift leaves open (SL-2, R3/R13 checks "open at shift end appear in the
 * handover"): still active, and either held or assigned now by someone who worked the shift
 * (its leader and its rostered officers not on leave), or opened or acted on by one of them
 * during the shift's hours.
 */
addOpenMatterSource(async (em, shift, ctx) => {
  const members = await em.find(ShiftMember, { shift: shift.id, removedAt: null, onLeave: false });
  const people = [...new Set([shift.leader.unwrap().id, ...members.map((m) => m.staff.unwrap().id)])];
  const touched = await em.find(
    CaseEvent,
    { actor: { $in: people }, at: { $gte: shift.startsAt, $lt: shift.endsAt } },
    { fields: ['case'], limit: 1000 },
  );
  const caseIds = [...new Set(touched.map((e) => e.case.unwrap().id))];
  const cases = await em.find(
    Case,
    {
      status: { $in: [...ACTIVE_STATUSES] },
      // Nothing recorded after now (a history replayed at past times lists what existed then).
      createdAt: { $lte: ctx.clock() },
      $or: [{ id: { $in: caseIds } }, { holder: { $in: people } }, { assignee: { $in: people } }],
    },
    { orderBy: { createdAt: 'asc', id: 'asc' }, limit: MAX_CASES },
  );
  return cases.map((c) => ({
    kind: c.kind === CaseKind.TASK ? 'TASK' : 'CASE',
    recordId: toGlobalId('Case', c.id),
    reference: c.reference,
    title: c.title,
    status: c.status,
    dueAt: c.resolutionDueAt,
  }));
});
