import { randomUUID } from 'node:crypto';
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { UserErrorCode } from '@steward/schema';
import { batchLoad } from '../../graphql/batch.js';
import { type ConnectionShape, checkRange, type PageArgs, paginate } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { runMutation } from '../../graphql/mutation.js';
import { toGlobalId } from '../../graphql/node.js';
import { refuse } from '../../graphql/user-error.js';
import { Validator } from '../../graphql/validate.js';
import type { AuditLog } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import { notify } from '../notifications/notify.js';
import { forbidden, unauthenticated } from '../permissions/auth-checker.js';
import { Staff } from '../staff/staff.entity.js';
import { StaffStatus } from '../staff/staff.enums.js';
import { ShiftSwapInvolvement, ShiftSwapKind, ShiftSwapStatus } from './roster.enums.js';
import type {
  CancelShiftSwapInput,
  DecideShiftSwapInput,
  RequestShiftSwapInput,
  ShiftSwapFilter,
} from './roster-edit.inputs.js';
import { clashes, leadsShifts, leavesCovering, refuseClash, refuseOnLeave, rosterOn, rowOf } from './roster-rules.js';
import { mayDecideSwap, swapReadFilter, swapsToDecideFilter } from './shift.access.js';
import { Shift, ShiftMember } from './shift.entity.js';
import { ShiftRole, ShiftStatus } from './shift.enums.js';
import { keyOf, publishShiftEvent } from './shift.service.js';
import { ShiftEventType } from './shift.topics.js';
import { ShiftSwap, SWAP_LIMITS } from './shift-swap.entity.js';
import { addDays } from './zoned-time.js';

/** How far ahead a colleague's shifts are offered for an exchange. */
const OPTION_DAYS = 28;

/** A colleague who could take the viewer's shift, and the shifts of theirs the viewer could take. */
export interface SwapCandidateShape {
  staff: Staff;
  mayCover: boolean;
  shifts: Shift[];
}

function swapSnapshot(s: ShiftSwap): Record<string, unknown> {
  return {
    kind: s.kind,
    status: s.status,
    requester: s.requester.unwrap().id,
    colleague: s.colleague.unwrap().id,
    fromShift: s.fromShift.unwrap().id,
    toShift: s.toShift?.unwrap().id ?? null,
    reason: s.reason,
    decidedBy: s.decidedBy?.unwrap().id ?? null,
    decisionNote: s.decisionNote,
  };
}

/** A shift as a notification names it: `2026-11-30 白班`. */
function label(shift: Shift, locale: 'zh' | 'en'): string {
  const p = shift.pattern.unwrap();
  return `${shift.date} ${locale === 'zh' ? p.nameZh : p.nameEn}`;
}

/**
 * Shift swaps (R35 "changed, with audit"; R36 "swap"): an officer or leader asks a colleague to
 * take one of their shifts (cover) or to exchange shifts; the leader of every shift it moves
 * people on, or the director, approves — and only then does the roster change, row by row.
 */
export class ShiftSwapService {
  constructor(private readonly ctx: Context) {}

  private get viewer(): Viewer {
    if (!this.ctx.viewer) throw unauthenticated();
    return this.ctx.viewer;
  }

  private now(): Date {
    return this.ctx.clock();
  }

  // ---- reading ---------------------------------------------------------------------------

  byIds(keys: readonly string[]): Promise<ShiftSwap[]> {
    if (!this.ctx.viewer) return Promise.resolve([]);
    return this.ctx.em.find(ShiftSwap, { $and: [{ id: { $in: [...keys] } }, swapReadFilter(this.viewer)] });
  }

  /** The approved swap that put someone on their shift, if one did; a list's places are read in one query. */
  approvedSwapOf(member: ShiftMember): Promise<ShiftSwap | null> {
    const em = this.ctx.em;
    return batchLoad<ShiftSwap | null>(
      this.ctx,
      'ShiftMember.swap',
      async (ids) => {
        const swaps = await em.find(
          ShiftSwap,
          {
            status: ShiftSwapStatus.APPROVED,
            $or: [{ coverMember: { $in: ids } }, { exchangeMember: { $in: ids } }],
          },
          { orderBy: { createdAt: 'asc', id: 'asc' } },
        );
        const byMember = new Map<string, ShiftSwap>();
        for (const swap of swaps) {
          for (const m of [swap.coverMember, swap.exchangeMember]) {
            if (m && !byMember.has(m.id)) byMember.set(m.id, swap);
          }
        }
        return byMember;
      },
      member.id,
      null,
    );
  }

  list(filter: ShiftSwapFilter | null | undefined, page: PageArgs): Promise<ConnectionShape<ShiftSwap>> {
    const f = filter ?? {};
    const me = this.viewer.staff.id;
    const where: FilterQuery<ShiftSwap>[] = [swapReadFilter(this.viewer)];
    if (f.involvement === ShiftSwapInvolvement.REQUESTED_BY_ME) where.push({ requester: me });
    if (f.involvement === ShiftSwapInvolvement.ASKED_OF_ME) where.push({ colleague: me });
    if (f.involvement === ShiftSwapInvolvement.TO_DECIDE) where.push(swapsToDecideFilter(this.viewer) ?? { id: '-' });
    if (f.shiftId) {
      const shift = keyOf(f.shiftId, 'Shift') ?? '-';
      where.push({ $or: [{ fromShift: shift }, { toShift: shift }] });
    }
    if (f.statuses?.length) where.push({ status: { $in: f.statuses } });
    if (f.kind) where.push({ kind: f.kind });
    if (f.siteCode) where.push({ site: f.siteCode.slice(0, 32) });
    if (f.departmentKey) where.push({ department: f.departmentKey.slice(0, 64) });
    checkRange(f.from, f.to);
    if (f.from) where.push({ createdAt: { $gte: f.from } });
    if (f.to) where.push({ createdAt: { $lt: f.to } });
    return paginate(
      this.ctx.em,
      ShiftSwap,
      { $and: where },
      [
        ['createdAt', 'desc'],
        ['id', 'desc'],
      ],
      page,
      (s) => [s.createdAt.toISOString(), s.id],
      ([at, id]) => [new Date(at as string), id],
    );
  }

  /** Whether the viewer may approve or reject this swap now. */
  async mayDecide(swap: ShiftSwap): Promise<boolean> {
    if (!this.ctx.viewer || swap.status !== ShiftSwapStatus.REQUESTED) return false;
    const shifts = await this.shiftsOf(this.ctx.em, swap);
    return mayDecideSwap(this.viewer, swap.requester.unwrap().id, shifts);
  }

  private async shiftsOf(em: EntityManager, swap: ShiftSwap): Promise<Shift[]> {
    const ids = [swap.fromShift.unwrap().id, ...(swap.toShift ? [swap.toShift.unwrap().id] : [])];
    const shifts = await em.find(Shift, { id: { $in: ids } }, { populate: ['pattern'] });
    return ids.map((id) => shifts.find((s) => s.id === id) as Shift);
  }

  /** A shift the viewer is rostered on, by global id. */
  private async ownShift(em: EntityManager, shiftId: string | null | undefined): Promise<Shift | null> {
    const key = keyOf(shiftId, 'Shift');
    return key
      ? em.findOne(
          Shift,
          { id: key, members: { $some: { staff: this.viewer.staff.id, removedAt: null } } },
          { populate: ['pattern'] },
        )
      : null;
  }

  private notStarted(shift: Shift, field: string) {
    if (shift.status !== ShiftStatus.PLANNED || shift.startsAt <= this.now()) {
      refuse(field, 'has already started: its people can no longer be swapped', UserErrorCode.OUT_OF_RANGE);
    }
  }

  /**
   * Colleagues who could take one of the viewer's shifts, each with the shifts of theirs (in the
   * next four weeks, in the same role) the viewer could work instead: people of the shift's
   * department at its site. Only what the rules would allow is offered.
   */
  async options(shiftId: string): Promise<SwapCandidateShape[]> {
    const em = this.ctx.em;
    const me = this.viewer.staff.id;
    const now = this.now();
    const from = await this.ownShift(em, shiftId);
    if (!from || from.status !== ShiftStatus.PLANNED || from.startsAt <= now) return [];
    const myRow = await rowOf(em, from, me);
    if (!myRow) return [];
    const site = from.site.unwrap().code;
    const onIt = (await em.find(ShiftMember, { shift: from.id, removedAt: null })).map((m) => m.staff.unwrap().id);
    let people = await em.find(
      Staff,
      {
        status: StaffStatus.ACTIVE,
        department: from.department.unwrap().key,
        sites: { code: site },
        id: { $nin: [me, ...onIt] },
      },
      { orderBy: { name: 'asc' } },
    );
    if (myRow.role === ShiftRole.LEADER) {
      const leads = new Map<string, boolean>();
      for (const p of people) {
        const position = p.position.unwrap().key;
        if (!leads.has(position)) leads.set(position, await leadsShifts(em, position));
      }
      people = people.filter((p) => leads.get(p.position.unwrap().key));
    }
    if (!people.length) return [];
    const ids = people.map((p) => p.id);
    const horizon = new Date(now.getTime() + OPTION_DAYS * 86_400_000);
    const busy = await clashes(em, ids, from, []);
    const away = await leavesCovering(em, ids, from.date, from.date);
    const theirs = await em.find(
      ShiftMember,
      {
        staff: { $in: ids },
        removedAt: null,
        role: myRow.role,
        shift: { site, status: ShiftStatus.PLANNED, startsAt: { $gt: now, $lt: horizon }, id: { $ne: from.id } },
      },
      { populate: ['shift'] },
    );
    const mine = await em.find(
      ShiftMember,
      { staff: me, removedAt: null, shift: { startsAt: { $lt: horizon }, endsAt: { $gt: now } } },
      { populate: ['shift'] },
    );
    const myLeaves = await leavesCovering(em, [me], from.date, addDays(from.date, OPTION_DAYS + 2));
    const iAmFree = (s: Shift) =>
      !mine.some((m) => {
        const o = m.shift.unwrap();
        return o.id !== from.id && o.startsAt < s.endsAt && o.endsAt > s.startsAt;
      }) && !myLeaves.some((l) => l.fromDate <= s.date && l.toDate >= s.date);
    return people.map((staff) => {
      const clash = busy.filter((b) => b.staff.unwrap().id === staff.id).map((b) => b.shift.unwrap().id);
      const onLeave = away.some((l) => l.staff.unwrap().id === staff.id);
      const shifts = onLeave
        ? []
        : theirs
            .filter((m) => m.staff.unwrap().id === staff.id)
            .map((m) => m.shift.unwrap())
            // Giving up the shift that clashes with mine is what an exchange does; any other clash stays.
            .filter((s) => clash.every((id) => id === s.id) && iAmFree(s))
            .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
      return { staff, mayCover: !onLeave && clash.length === 0, shifts };
    });
  }

  // ---- steps -----------------------------------------------------------------------------

  /** Checks that the swap can be made now: nobody on two overlapping shifts, nobody on a day off. */
  private async feasible(tx: EntityManager, requester: Staff, colleague: Staff, from: Shift, to: Shift | null) {
    await refuseClash(tx, 'colleagueId', colleague, from, to ? [to.id] : []);
    await refuseOnLeave(tx, 'colleagueId', colleague, from);
    if (to) {
      await refuseClash(tx, 'colleagueShiftId', requester, to, [from.id]);
      await refuseOnLeave(tx, 'colleagueShiftId', requester, to);
    }
  }

  request(input: RequestShiftSwapInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const v = new Validator();
      const reason = v.text('reason', input.reason, { max: SWAP_LIMITS.reason });
      v.check();
      const me = this.viewer.staff.id;
      const from = await this.ownShift(tx, input.shiftId);
      if (!from) refuse('shiftId', 'is not a shift you are rostered on', UserErrorCode.NOT_FOUND);
      this.notStarted(from, 'shiftId');
      const colleagueKey = keyOf(input.colleagueId, 'Staff');
      const colleague =
        colleagueKey && colleagueKey !== me
          ? await tx.findOne(Staff, {
              id: colleagueKey,
              status: StaffStatus.ACTIVE,
              department: from.department.unwrap().key,
              sites: { code: from.site.unwrap().code },
            })
          : null;
      if (!colleague) {
        refuse('colleagueId', 'names no colleague in the shift’s department at its site', UserErrorCode.NOT_FOUND);
      }
      if (await rowOf(tx, from, colleague.id))
        refuse('colleagueId', 'is already on this shift', UserErrorCode.CONFLICT);
      const mine = (await rowOf(tx, from, me)) as ShiftMember;
      if (mine.role === ShiftRole.LEADER && !(await leadsShifts(tx, colleague.position.unwrap().key))) {
        refuse('colleagueId', 'cannot lead a shift, and you lead this one', UserErrorCode.NOT_PERMITTED);
      }
      let to: Shift | null = null;
      if (input.colleagueShiftId) {
        const key = keyOf(input.colleagueShiftId, 'Shift');
        to = key
          ? await tx.findOne(
              Shift,
              {
                id: key,
                site: from.site.unwrap().code,
                members: { $some: { staff: colleague.id, removedAt: null } },
              },
              { populate: ['pattern'] },
            )
          : null;
        if (!to || to.id === from.id) {
          refuse('colleagueShiftId', 'is not a shift of the colleague at this site', UserErrorCode.NOT_FOUND);
        }
        this.notStarted(to, 'colleagueShiftId');
        if (await rowOf(tx, to, me))
          refuse('colleagueShiftId', 'is a shift you are on already', UserErrorCode.CONFLICT);
        const theirs = (await rowOf(tx, to, colleague.id)) as ShiftMember;
        if (theirs.role !== mine.role) {
          refuse(
            'colleagueShiftId',
            'is one on which the colleague has another role than yours',
            UserErrorCode.INVALID,
          );
        }
      }
      const waiting = await tx.count(ShiftSwap, {
        requester: me,
        fromShift: from.id,
        status: ShiftSwapStatus.REQUESTED,
      });
      if (waiting) refuse('shiftId', 'already has a swap waiting for a decision', UserErrorCode.TAKEN);
      const requester = await tx.findOneOrFail(Staff, { id: me });
      await this.feasible(tx, requester, colleague, from, to);

      const swap = tx.create(ShiftSwap, {
        id: randomUUID(),
        site: from.site,
        department: from.department,
        kind: to ? ShiftSwapKind.EXCHANGE : ShiftSwapKind.COVER,
        requester,
        colleague,
        fromShift: from,
        toShift: to,
        reason: reason || null,
        createdAt: this.now(),
      });
      const asked = to
        ? {
            zh: `${requester.name}想用 ${label(from, 'zh')} 与您换 ${label(to, 'zh')}`,
            en: `${requester.name} asks to exchange ${label(from, 'en')} for your ${label(to, 'en')}`,
          }
        : {
            zh: `${requester.name}请您代 ${label(from, 'zh')}`,
            en: `${requester.name} asks you to cover ${label(from, 'en')}`,
          };
      notify(tx, this.ctx, { recipientId: colleague.id, type: 'SHIFT_SWAP_REQUESTED', ...asked });
      // The leaders who decide hear of it too (a director finds it in the list of swaps to decide).
      const deciders = new Set([from.leader.unwrap().id, ...(to ? [to.leader.unwrap().id] : [])]);
      deciders.delete(me);
      deciders.delete(colleague.id);
      for (const leader of deciders) {
        notify(tx, this.ctx, {
          recipientId: leader,
          type: 'SHIFT_SWAP_TO_DECIDE',
          zh: `待审批换班：${requester.name} ↔ ${colleague.name}（${label(from, 'zh')}）`,
          en: `Swap to decide: ${requester.name} ↔ ${colleague.name} (${label(from, 'en')})`,
        });
      }
      this.record(audit, 'shift_swap.request', swap, null);
      this.publish(swap);
      return swap;
    });
  }

  /** A requested swap the viewer sees, with its shifts. */
  private async requested(tx: EntityManager, swapId: string) {
    const key = keyOf(swapId, 'ShiftSwap');
    const swap = key ? await tx.findOne(ShiftSwap, { $and: [{ id: key }, swapReadFilter(this.viewer)] }) : null;
    if (!swap) refuse('swapId', 'No such swap', UserErrorCode.NOT_FOUND);
    if (swap.status !== ShiftSwapStatus.REQUESTED) {
      refuse('swapId', `is already ${swap.status.toLowerCase()}`, UserErrorCode.INVALID_TRANSITION);
    }
    const [from, to] = await this.shiftsOf(tx, swap);
    return { swap, from: from as Shift, to: to ?? null };
  }

  /** The viewer decides: never their own request, only when they run every shift it moves. */
  private checkDecider(swap: ShiftSwap, shifts: Shift[]) {
    if (swap.requester.unwrap().id === this.viewer.staff.id) {
      refuse('swapId', 'is your own request: someone else decides it', UserErrorCode.NOT_PERMITTED);
    }
    if (!mayDecideSwap(this.viewer, swap.requester.unwrap().id, shifts)) throw forbidden();
  }

  approve(input: DecideShiftSwapInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const v = new Validator();
      const note = v.text('note', input.note, { max: SWAP_LIMITS.note });
      v.check();
      const { swap, from, to } = await this.requested(tx, input.swapId);
      this.checkDecider(swap, to ? [from, to] : [from]);
      const before = swapSnapshot(swap);
      this.notStarted(from, 'swapId');
      if (to) this.notStarted(to, 'swapId');
      const requester = await tx.findOneOrFail(Staff, { id: swap.requester.unwrap().id });
      const colleague = await tx.findOneOrFail(Staff, { id: swap.colleague.unwrap().id });
      if (colleague.status !== StaffStatus.ACTIVE)
        refuse('swapId', 'names a colleague no longer active', UserErrorCode.CONFLICT);
      const given = await rowOf(tx, from, requester.id);
      if (!given) refuse('swapId', `${requester.name} is no longer on the shift`, UserErrorCode.CONFLICT);
      if (await rowOf(tx, from, colleague.id))
        refuse('swapId', `${colleague.name} is already on the shift`, UserErrorCode.CONFLICT);
      const taken = to ? await rowOf(tx, to, colleague.id) : null;
      if (to && !taken) refuse('swapId', `${colleague.name} is no longer on their shift`, UserErrorCode.CONFLICT);
      if (to && (await rowOf(tx, to, requester.id)))
        refuse('swapId', `${requester.name} is already on that shift`, UserErrorCode.CONFLICT);
      await this.feasible(tx, requester, colleague, from, to);

      const now = this.now();
      given.removedAt = now;
      const cover = await rosterOn(tx, from, colleague, given.role, now);
      if (given.role === ShiftRole.LEADER) from.leader = tx.getReference(Staff, colleague.id, { wrapped: true });
      swap.coverMember = tx.getReference(ShiftMember, cover.id, { wrapped: true });
      if (to && taken) {
        taken.removedAt = now;
        const exchange = await rosterOn(tx, to, requester, taken.role, now);
        if (taken.role === ShiftRole.LEADER) to.leader = tx.getReference(Staff, requester.id, { wrapped: true });
        swap.exchangeMember = tx.getReference(ShiftMember, exchange.id, { wrapped: true });
      }
      swap.status = ShiftSwapStatus.APPROVED;
      swap.decidedAt = now;
      swap.decidedBy = tx.getReference(Staff, this.viewer.staff.id, { wrapped: true });
      swap.decisionNote = note || null;
      this.tell(tx, requester, colleague, from, {
        zh: '换班已批准',
        en: 'Swap approved',
        type: 'SHIFT_SWAP_APPROVED',
      });
      this.record(audit, 'shift_swap.approve', swap, before);
      this.publish(swap);
      return swap;
    });
  }

  reject(input: DecideShiftSwapInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const v = new Validator();
      const note = v.text('note', input.note, { max: SWAP_LIMITS.note, required: true });
      v.check();
      const { swap, from, to } = await this.requested(tx, input.swapId);
      this.checkDecider(swap, to ? [from, to] : [from]);
      const before = swapSnapshot(swap);
      swap.status = ShiftSwapStatus.REJECTED;
      swap.decidedAt = this.now();
      swap.decidedBy = tx.getReference(Staff, this.viewer.staff.id, { wrapped: true });
      swap.decisionNote = note;
      const requester = await tx.findOneOrFail(Staff, { id: swap.requester.unwrap().id });
      const colleague = await tx.findOneOrFail(Staff, { id: swap.colleague.unwrap().id });
      this.tell(tx, requester, colleague, from, {
        zh: '换班未获批准',
        en: 'Swap rejected',
        type: 'SHIFT_SWAP_REJECTED',
      });
      this.record(audit, 'shift_swap.reject', swap, before);
      this.publish(swap);
      return swap;
    });
  }

  cancel(input: CancelShiftSwapInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const { swap, from } = await this.requested(tx, input.swapId);
      if (swap.requester.unwrap().id !== this.viewer.staff.id) {
        refuse('swapId', 'can be withdrawn only by the one who asked', UserErrorCode.NOT_PERMITTED);
      }
      const before = swapSnapshot(swap);
      swap.status = ShiftSwapStatus.CANCELLED;
      swap.decidedAt = this.now();
      swap.decidedBy = tx.getReference(Staff, this.viewer.staff.id, { wrapped: true });
      const requester = await tx.findOneOrFail(Staff, { id: swap.requester.unwrap().id });
      notify(tx, this.ctx, {
        recipientId: swap.colleague.unwrap().id,
        type: 'SHIFT_SWAP_CANCELLED',
        zh: `${requester.name}撤回了换班申请（${label(from, 'zh')}）`,
        en: `${requester.name} withdrew the swap request (${label(from, 'en')})`,
      });
      this.record(audit, 'shift_swap.cancel', swap, before);
      this.publish(swap);
      return swap;
    });
  }

  /** Tells both people how a swap was decided (not the one who decided, if they are one of them). */
  private tell(
    tx: EntityManager,
    requester: Staff,
    colleague: Staff,
    from: Shift,
    what: { zh: string; en: string; type: string },
  ) {
    for (const person of [requester, colleague]) {
      if (person.id === this.viewer.staff.id) continue;
      notify(tx, this.ctx, {
        recipientId: person.id,
        type: what.type,
        zh: `${what.zh}：${requester.name} ↔ ${colleague.name}（${label(from, 'zh')}）`,
        en: `${what.en}: ${requester.name} ↔ ${colleague.name} (${label(from, 'en')})`,
      });
    }
  }

  private publish(swap: ShiftSwap) {
    const subject = toGlobalId('ShiftSwap', swap.id);
    publishShiftEvent(this.ctx, swap.fromShift.unwrap().id, ShiftEventType.ROSTER_CHANGED, subject);
    if (swap.toShift) publishShiftEvent(this.ctx, swap.toShift.unwrap().id, ShiftEventType.ROSTER_CHANGED, subject);
  }

  private record(audit: AuditLog, action: string, swap: ShiftSwap, before: Record<string, unknown> | null) {
    audit.record({
      action,
      targetType: 'ShiftSwap',
      targetKey: swap.id,
      departmentKey: swap.department.unwrap().key,
      before,
      after: swapSnapshot(swap),
    });
  }
}
