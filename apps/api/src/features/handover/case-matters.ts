import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import { groupBy } from '../../graphql/batch.js';
import { toGlobalId } from '../../graphql/node.js';
import { Case } from '../cases/case.entity.js';
import { CaseKind } from '../cases/case.enums.js';
import { ACTIVE_STATUSES } from '../cases/case.service.js';
import { CaseEvent } from '../cases/case-event.entity.js';
import { type Shift, ShiftMember } from '../shifts/shift.entity.js';
import { addOpenMatterSource, type OpenMatter } from '../shifts/shift-matters.js';

/** At most this many cases in one handover (a leader hands on a shift, not a backlog). */
const MAX_CASES = 100;
/** At most this many of a shift's case events are looked at for the cases it touched. */
const MAX_EVENTS = 1000;

/** A subquery as an `$in` operand: MikroORM passes a knex builder through; its types do not say so. */
const inSubquery = <T>(query: unknown) => ({ id: { $in: query } }) as unknown as FilterQuery<T>;

/**
 * The cases and tasks a shift leaves open (SL-2, R3/R13 checks "open at shift end appear in the
 * handover"): still active, and either held or assigned now by someone who worked the shift
 * (its leader and its rostered officers not on leave), or opened or acted on by one of them
 * during the shift's hours. For several shifts, three statements: their people, the events they
 * recorded during each shift (each shift's at most MAX_EVENTS), each shift's first MAX_CASES cases.
 */
addOpenMatterSource(async (em, shifts, ctx) => {
  const sql = em as unknown as SqlEntityManager;
  const members = groupBy(
    await em.find(ShiftMember, { shift: { $in: shifts.map((s) => s.id) }, removedAt: null, onLeave: false }),
    (m) => m.shift.id,
  );
  const peopleOf = new Map<string, string[]>(
    shifts.map((s) => [
      s.id,
      [...new Set([s.leader.unwrap().id, ...(members.get(s.id) ?? []).map((m) => m.staff.unwrap().id)])],
    ]),
  );
  const during = (s: Shift) => ({
    actor: { $in: peopleOf.get(s.id) ?? [] },
    at: { $gte: s.startsAt, $lt: s.endsAt },
  });
  const eventsOf = (s: Shift) =>
    sql.createQueryBuilder(CaseEvent, 'e').select('e.id').where(during(s)).limit(MAX_EVENTS).getKnexQuery();
  const events = await em.find(
    CaseEvent,
    { $or: shifts.map((s) => inSubquery<CaseEvent>(eventsOf(s))) },
    {
      fields: ['case', 'actor', 'at'],
    },
  );
  const touchedBy = (s: Shift) => {
    const people = new Set(peopleOf.get(s.id));
    const from = s.startsAt.getTime();
    const to = s.endsAt.getTime();
    return new Set(
      events
        .filter((e) => people.has(e.actor.id) && e.at.getTime() >= from && e.at.getTime() < to)
        .map((e) => e.case.id),
    );
  };
  const touched = new Map(shifts.map((s) => [s.id, touchedBy(s)]));
  // Nothing recorded after now (a history replayed at past times lists what existed then).
  const now = ctx.clock();
  const openOf = (s: Shift) => {
    const people = peopleOf.get(s.id) ?? [];
    return {
      status: { $in: [...ACTIVE_STATUSES] },
      createdAt: { $lte: now },
      $or: [
        { id: { $in: [...(touched.get(s.id) ?? [])] } },
        { holder: { $in: people } },
        { assignee: { $in: people } },
      ],
    } as const;
  };
  const FIRST = { createdAt: 'asc', id: 'asc' } as const;
  const firstOf = (s: Shift) =>
    sql.createQueryBuilder(Case, 'c').select('c.id').where(openOf(s)).orderBy(FIRST).limit(MAX_CASES).getKnexQuery();
  const cases = await em.find(Case, { $or: shifts.map((s) => inSubquery<Case>(firstOf(s))) }, { orderBy: FIRST });
  const out = new Map<string, OpenMatter[]>();
  for (const s of shifts) {
    const people = new Set(peopleOf.get(s.id));
    const ids = touched.get(s.id) ?? new Set<string>();
    const open = cases.filter(
      (c) =>
        ids.has(c.id) ||
        (c.holder != null && people.has(c.holder.id)) ||
        (c.assignee != null && people.has(c.assignee.id)),
    );
    out.set(
      s.id,
      open.slice(0, MAX_CASES).map((c) => ({
        kind: c.kind === CaseKind.TASK ? 'TASK' : 'CASE',
        recordId: toGlobalId('Case', c.id),
        reference: c.reference,
        title: c.title,
        status: c.status,
        dueAt: c.resolutionDueAt,
      })),
    );
  }
  return out;
});
