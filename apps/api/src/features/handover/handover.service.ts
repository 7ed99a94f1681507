import { randomUUID } from 'node:crypto';
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import { UserErrorCode } from '@steward/schema';
import { batchLoad, batchLoadItems, groupBy, loadOne, loadOneBy } from '../../graphql/batch.js';
import { type ConnectionShape, checkRange, type PageArgs, paginate } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { badInput } from '../../graphql/errors.js';
import { runMutation } from '../../graphql/mutation.js';
import { toGlobalId } from '../../graphql/node.js';
import { refuse, UserError } from '../../graphql/user-error.js';
import { Validator } from '../../graphql/validate.js';
import type { AuditLog } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import { superiorOf } from '../cases/case.service.js';
import { notify } from '../notifications/notify.js';
import { forbidden, unauthenticated } from '../permissions/auth-checker.js';
import { Shift } from '../shifts/shift.entity.js';
import { ShiftStatus } from '../shifts/shift.enums.js';
import { addShiftCloseCheck, keyOf, publishShiftEvent, SHIFT_WINDOW, ShiftService } from '../shifts/shift.service.js';
import { ShiftEventType } from '../shifts/shift.topics.js';
import { type OpenMatter, openMattersOf, openMattersOfShifts } from '../shifts/shift-matters.js';
import { ShiftPattern } from '../shifts/shift-pattern.entity.js';
import { Site } from '../sites/site.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { CASH_LIMITS } from './cash-movement.entity.js';
import { keptReaches } from './duty-log.access.js';
import { handoverReadFilter, handoverSteps, isIncomingLeader, mayDirect, mayDraftHandover } from './handover.access.js';
import { HANDOVER_LIMITS, Handover, type HandoverCountData, type HandoverItemData } from './handover.entity.js';
import { HandoverDecision, HandoverStatus, type HandoverStep } from './handover.enums.js';
import type {
  AcceptHandoverInput,
  DisputeHandoverInput,
  HandoverDraftInput,
  HandoverFilter,
  ResolveHandoverDisputeInput,
} from './handover.inputs.js';
import { cashBalanceCents, cashBalancesCents, materialsOf, materialsOfPlaces, placeKey } from './materials.service.js';
import { formatYuan, parseCount, parseYuan } from './money.js';
import { MATERIAL_LIMITS, type ShiftMaterial } from './shift-material.entity.js';

/**
 * The shift that takes over from this one: of the same site and department, the first to start
 * after this one starts and no earlier than its end — allowing an overlap at the changeover of up
 * to two hours (`SHIFT_WINDOW.startEarlyMinutes`), for patterns that hand over on the job.
 */
export function nextShiftOf(em: EntityManager, shift: Shift): Promise<Shift | null> {
  return em.findOne(Shift, followersOf(slotOf(shift)), { orderBy: NEXT_FIRST });
}

/** What `nextShiftOf` needs of a shift (a batch key carries it: the shift may be another fork's). */
interface ShiftSlot {
  id: string;
  site: string;
  department: string;
  startsAt: number;
  endsAt: number;
}

const slotOf = (s: Shift): ShiftSlot => ({
  id: s.id,
  site: s.site.unwrap().code,
  department: s.department.unwrap().key,
  startsAt: s.startsAt.getTime(),
  endsAt: s.endsAt.getTime(),
});

const NEXT_FIRST = { startsAt: 'asc', id: 'asc' } as const;

/** The shifts that could take over from a shift; `nextShiftOf` is the first of them. */
function followersOf(slot: ShiftSlot) {
  const earliest = slot.endsAt - SHIFT_WINDOW.startEarlyMinutes * 60_000;
  return {
    site: slot.site,
    department: slot.department,
    id: { $ne: slot.id },
    startsAt: { $gt: new Date(slot.startsAt), $gte: new Date(earliest) },
  };
}

/** `followersOf`, in memory. */
function follows(s: Shift, slot: ShiftSlot): boolean {
  const starts = s.startsAt.getTime();
  return (
    s.site.unwrap().code === slot.site &&
    s.department.unwrap().key === slot.department &&
    s.id !== slot.id &&
    starts > slot.startsAt &&
    starts >= slot.endsAt - SHIFT_WINDOW.startEarlyMinutes * 60_000
  );
}

/**
 * `nextShiftOf` for several shifts in ONE statement: the shifts whose id is each one's first
 * follower (a `limit 1` subquery per shift), then each shift's first follower among them.
 */
async function nextShiftsOf(em: EntityManager, slots: readonly ShiftSlot[]): Promise<Map<string, Shift>> {
  if (!slots.length) return new Map();
  const firstFollower = (slot: ShiftSlot) =>
    (em as unknown as SqlEntityManager)
      .createQueryBuilder(Shift, 'n')
      .select('n.id')
      .where(followersOf(slot))
      .orderBy(NEXT_FIRST)
      .limit(1)
      .getKnexQuery();
  // A subquery as an `$in` operand: MikroORM passes a knex builder through; its types do not say so.
  const either = { $or: slots.map((slot) => ({ id: { $in: firstFollower(slot) } })) } as unknown as FilterQuery<Shift>;
  const found = await em.find(Shift, either, { orderBy: NEXT_FIRST });
  const next = new Map<string, Shift>();
  for (const slot of slots) {
    const first = found.find((s) => follows(s, slot));
    if (first) next.set(slot.id, first);
  }
  return next;
}

/** No shift closes without its handover accepted (C22, R37 (d): confirmed by both leaders). */
addShiftCloseCheck(async (tx, shift) => {
  const handover = await tx.findOne(Handover, { shift: shift.id });
  return handover?.status === HandoverStatus.ACCEPTED
    ? null
    : new UserError('shiftId', 'cannot close before its handover is accepted', UserErrorCode.INVALID_TRANSITION);
});

/** What the audit trail shows of a handover. */
function snapshot(h: Handover): Record<string, unknown> {
  return {
    shift: h.shift.unwrap().id,
    status: h.status,
    note: h.note,
    items: h.items.map(
      (i) => `${i.reference ?? i.kind}: ${i.description}${i.actionNeeded ? ` → ${i.actionNeeded}` : ''}`,
    ),
    counts: h.counts.map(
      (c) => `${c.name} ${c.counted ?? '?'}/${c.expected}${c.explanation ? ` (${c.explanation})` : ''}`,
    ),
    cashExpected: h.cashExpectedCents == null ? null : formatYuan(h.cashExpectedCents),
    cashCounted: h.cashCountedCents == null ? null : formatYuan(h.cashCountedCents),
    cashExplanation: h.cashExplanation,
    hasDiscrepancy: h.hasDiscrepancy,
    late: h.late,
    incomingShift: h.incomingShift?.unwrap().id ?? null,
    acceptedBy: h.acceptedBy?.unwrap().id ?? null,
    acceptanceNote: h.acceptanceNote,
    acceptedOnBehalf: h.acceptedOnBehalf,
    disputeReason: h.disputeReason,
    resolution: h.resolution,
    resolutionNote: h.resolutionNote,
  };
}

/** Adds a problem at a nested input path: `["input", "materialCounts", "2", "counted"]`. */
function addAt(v: Validator, path: (string | number)[], message: string, code: UserErrorCode) {
  v.errors.push(new UserError(['input', ...path.map(String)], `${path.join('.')} ${message}`, code));
}

function textAt(
  v: Validator,
  path: (string | number)[],
  value: string | null | undefined,
  opts: { max: number; required?: boolean },
): string {
  const t = value?.trim() ?? '';
  if (!t && opts.required) addAt(v, path, 'is required', UserErrorCode.REQUIRED);
  else if (t.length > opts.max) addAt(v, path, `must be at most ${opts.max} characters`, UserErrorCode.TOO_LONG);
  return t;
}

const countProblem = {
  NEGATIVE: ['cannot be negative', UserErrorCode.OUT_OF_RANGE],
  INVALID: ['must be a whole number', UserErrorCode.INVALID],
  TOO_LARGE: [`must be at most ${MATERIAL_LIMITS.quantity}`, UserErrorCode.OUT_OF_RANGE],
} as const;
const cashProblem = {
  NEGATIVE: ['cannot be negative', UserErrorCode.OUT_OF_RANGE],
  INVALID: ['must be an amount in yuan with at most two decimals, e.g. 1250.50', UserErrorCode.INVALID],
  TOO_LARGE: [`must be at most ${formatYuan(CASH_LIMITS.maxCents)}`, UserErrorCode.OUT_OF_RANGE],
} as const;

/** "翠湖花园 2026-03-02 白班" in both languages, for notifications (read through the transaction). */
async function labelOf(tx: EntityManager, shift: Shift): Promise<{ zh: string; en: string }> {
  const site = await tx.findOneOrFail(Site, { code: shift.site.unwrap().code });
  const pattern = await tx.findOneOrFail(ShiftPattern, { id: shift.pattern.unwrap().id });
  return {
    zh: `${site.nameZh} ${shift.date} ${pattern.nameZh}`,
    en: `${site.nameEn} ${shift.date} ${pattern.nameEn.toLowerCase()}`,
  };
}

/** What the prefilled draft offers: the open matters, the materials to count and the cash expected. */
export interface HandoverPrefillShape {
  openMatters: OpenMatter[];
  materials: ShiftMaterial[];
  cashExpected: string;
  incomingShift: Shift | null;
}

/**
 * Shift handovers (交接班, R37, C22): the outgoing leader's draft and submission, the incoming
 * leader's acceptance or dispute, the director's settlement; acceptance closes the shift.
 */
export class HandoverService {
  constructor(private readonly ctx: Context) {}

  private get viewer(): Viewer {
    if (!this.ctx.viewer) throw unauthenticated();
    return this.ctx.viewer;
  }

  private now(): Date {
    return this.ctx.clock();
  }

  private get shifts(): ShiftService {
    return new ShiftService(this.ctx);
  }

  // ---- reading ---------------------------------------------------------------------------

  byIds(keys: readonly string[]): Promise<Handover[]> {
    if (!this.ctx.viewer) return Promise.resolve([]);
    return this.ctx.em.find(Handover, { $and: [{ id: { $in: [...keys] } }, handoverReadFilter(this.viewer)] });
  }

  async byId(id: string): Promise<Handover | null> {
    const key = keyOf(id, 'Handover');
    return key ? ((await this.byIds([key]))[0] ?? null) : null;
  }

  /** A shift's handover, if the viewer may see it; a list's shifts read theirs in one query. */
  ofShift(shift: Shift): Promise<Handover | null> {
    const viewer = this.ctx.viewer;
    if (!viewer) return Promise.resolve(null);
    return loadOneBy(
      this.ctx,
      'Shift.handover',
      { entity: Handover, by: 'shift', keyOf: (h) => h.shift.id, where: handoverReadFilter(viewer) },
      shift.id,
    );
  }

  /** The handover the previous shift hands to this one, once submitted; a list's shifts read theirs in one query. */
  incomingTo(shift: Shift): Promise<Handover | null> {
    const viewer = this.ctx.viewer;
    if (!viewer) return Promise.resolve(null);
    const em = this.ctx.em;
    return batchLoad<Handover | null>(
      this.ctx,
      'Shift.incomingHandover',
      async (ids) => {
        const rows = await em.find(
          Handover,
          { $and: [{ incomingShift: { $in: ids } }, handoverReadFilter(viewer)] },
          { orderBy: { createdAt: 'desc', id: 'desc' } },
        );
        // The latest to each shift: the first of its group.
        return new Map([...groupBy(rows, (h) => h.incomingShift?.id ?? '')].map(([id, list]) => [id, list[0] ?? null]));
      },
      shift.id,
      null,
    );
  }

  list(filter: HandoverFilter | null | undefined, page: PageArgs): Promise<ConnectionShape<Handover>> {
    const f = filter ?? {};
    const where: FilterQuery<Handover>[] = [handoverReadFilter(this.viewer)];
    const v = new Validator();
    const from = v.date('from', f.from);
    const to = v.date('to', f.to);
    if (!v.ok) throw badInput(v.errors[0]?.field?.[1] ?? 'from', 'must be a date as YYYY-MM-DD');
    checkRange(from, to);
    if (from) where.push({ date: { $gte: from } });
    if (to) where.push({ date: { $lte: to } });
    if (f.siteCode) where.push({ site: f.siteCode.slice(0, 32) });
    if (f.departmentKey) where.push({ department: f.departmentKey.slice(0, 64) });
    if (f.statuses?.length) where.push({ status: { $in: f.statuses } });
    if (f.needsAttention) {
      where.push({
        status: { $ne: HandoverStatus.DRAFT },
        $or: [{ disputedAt: { $ne: null } }, { hasDiscrepancy: true }, { late: true }],
      });
    }
    return paginate(
      this.ctx.em,
      Handover,
      { $and: where },
      [
        ['date', 'desc'],
        ['id', 'desc'],
      ],
      page,
      (h) => [h.date, h.id],
    );
  }

  /** The incoming shift: as found on submission, else the next one now; null when the viewer may not see it. */
  /** The incoming shift, if the viewer may see it; a list's handovers read theirs in one query. */
  async incomingShift(h: Handover | null, shift: Shift): Promise<Shift | null> {
    if (!this.ctx.viewer) return null;
    const id = h?.incomingShift ? h.incomingShift.id : (await this.nextShift(shift))?.id;
    return id ? loadOne(this.ctx, 'Shift', (ids) => this.shifts.byIds(ids), id) : null;
  }

  /** What the viewer may do to a shift's handover now; a list's shifts read their handovers in one query. */
  async stepsOf(shift: Shift): Promise<HandoverStep[]> {
    if (!this.ctx.viewer) return [];
    // Whatever the viewer may read of it: the steps are the viewer's own, worked out from its status.
    const h = await loadOneBy(
      this.ctx,
      'Shift.handoverAsIs',
      { entity: Handover, by: 'shift', keyOf: (x) => x.shift.id },
      shift.id,
    );
    return this.steps(h, shift);
  }

  async steps(h: Handover | null, shift: Shift): Promise<HandoverStep[]> {
    if (!this.ctx.viewer) return [];
    const incoming = h?.incomingShift
      ? ((await h.incomingShift.load()) ?? null)
      : h && h.status !== HandoverStatus.DRAFT
        ? null
        : await this.nextShift(shift);
    return handoverSteps(this.viewer, shift, h, incoming);
  }

  /** `nextShiftOf` through the request's manager; a list's shifts find theirs in one query. */
  private nextShift(shift: Shift): Promise<Shift | null> {
    const em = this.ctx.em;
    return batchLoad<Shift | null>(
      this.ctx,
      'Shift.next',
      async (keys) => {
        const slots = keys.map((k) => JSON.parse(k) as ShiftSlot);
        const next = await nextShiftsOf(em, slots);
        return new Map(keys.map((k, i) => [k, next.get(slots[i]?.id ?? '') ?? null]));
      },
      JSON.stringify(slotOf(shift)),
      null,
    );
  }

  /**
   * The draft's starting point (SL-2): everything still open that the shift touched, the
   * materials to count with their expected quantities, the cash the ledger says is in the box.
   * For those who may write the handover or read the site's handovers.
   */
  async prefill(shift: Shift): Promise<HandoverPrefillShape | null> {
    if (!this.ctx.viewer) return null;
    const where = { departmentKey: shift.department.unwrap().key, siteCode: shift.site.unwrap().code };
    if (!mayDraftHandover(this.viewer, shift) && !keptReaches(this.viewer, 'handover.read', where)) return null;
    return batchLoadItems<Shift, HandoverPrefillShape | null>(
      this.ctx,
      'Shift.handoverPrefill',
      (shifts) => this.prefills(shifts),
      shift,
      (s) => s.id,
      null,
    );
  }

  /** The prefills of several shifts (a list's), in a few grouped queries whatever their number; by shift id. */
  private async prefills(shifts: readonly Shift[]): Promise<Map<string, HandoverPrefillShape>> {
    const em = this.ctx.em;
    const places = shifts.map((s) => ({ siteCode: s.site.unwrap().code, departmentKey: s.department.unwrap().key }));
    const matters = await openMattersOfShifts(em, shifts, this.ctx);
    const materials = await materialsOfPlaces(em, places);
    const cash = await cashBalancesCents(em, places);
    const next = await nextShiftsOf(em, shifts.map(slotOf));
    // The incoming shift as the viewer may see it.
    const nextIds = [...new Set([...next.values()].map((n) => n.id))];
    const visible = new Set(nextIds.length ? (await this.shifts.byIds(nextIds)).map((n) => n.id) : []);
    return new Map(
      shifts.map((s, i) => {
        const place = places[i] ?? { siteCode: '', departmentKey: '' };
        const key = placeKey(place.siteCode, place.departmentKey);
        const incoming = next.get(s.id) ?? null;
        return [
          s.id,
          {
            openMatters: matters.get(s.id) ?? [],
            materials: materials.get(key) ?? [],
            cashExpected: formatYuan(cash.get(key) ?? 0),
            incomingShift: incoming && visible.has(incoming.id) ? incoming : null,
          },
        ];
      }),
    );
  }

  // ---- the outgoing leader ---------------------------------------------------------------

  /** The shift, checked to be the viewer's to hand over, and its handover as far as it is written. */
  private async draftable(tx: EntityManager, shiftId: string, submitting: boolean) {
    const shift = await this.shifts.shiftToLead(tx, shiftId);
    if (!mayDraftHandover(this.viewer, shift)) throw forbidden();
    const handover = await tx.findOne(Handover, { shift: shift.id });
    const status = handover?.status ?? HandoverStatus.DRAFT;
    if (status !== HandoverStatus.DRAFT && status !== HandoverStatus.RETURNED) {
      refuse('shiftId', `has its handover ${status.toLowerCase()} already`, UserErrorCode.INVALID_TRANSITION);
    }
    const running =
      status === HandoverStatus.RETURNED
        ? [ShiftStatus.HANDING_OVER]
        : submitting
          ? [ShiftStatus.ON_DUTY]
          : [ShiftStatus.BRIEFING, ShiftStatus.ON_DUTY];
    if (!running.includes(shift.status)) {
      refuse(
        'shiftId',
        shift.status === ShiftStatus.PLANNED || shift.status === ShiftStatus.BRIEFING
          ? 'is not on duty yet'
          : `cannot hand over while ${shift.status.toLowerCase().replace('_', ' ')}`,
        UserErrorCode.INVALID_TRANSITION,
      );
    }
    const now = this.now();
    const h =
      handover ??
      tx.create(Handover, {
        id: randomUUID(),
        shift,
        site: shift.site,
        department: shift.department,
        date: shift.date,
        createdAt: now,
        updatedAt: now,
      });
    return { shift, handover: h, before: handover ? snapshot(handover) : null };
  }

  /**
   * Reads the draft from the input into the handover, refusing what is malformed; when
   * submitting, also what is missing: every material counted, the cash counted, every difference
   * explained (C22).
   */
  private async apply(tx: EntityManager, h: Handover, shift: Shift, input: HandoverDraftInput, final: boolean) {
    const v = new Validator();
    const note = v.text('note', input.note, { max: HANDOVER_LIMITS.note }) || null;

    const items = input.items ?? [];
    if (items.length > HANDOVER_LIMITS.items) {
      v.add('items', `must be at most ${HANDOVER_LIMITS.items}`, UserErrorCode.OUT_OF_RANGE);
    }
    const written: HandoverItemData[] = items.slice(0, HANDOVER_LIMITS.items).map((item, i) => ({
      kind: 'NOTE',
      recordId: null,
      reference: null,
      description: textAt(v, ['items', i, 'description'], item.description, {
        max: HANDOVER_LIMITS.description,
        required: true,
      }),
      status: null,
      dueAt: null,
      actionNeeded:
        textAt(v, ['items', i, 'actionNeeded'], item.actionNeeded, { max: HANDOVER_LIMITS.actionNeeded }) || null,
    }));

    const notes = new Map<string, string>();
    const matterNotes = input.matterNotes ?? [];
    if (matterNotes.length > HANDOVER_LIMITS.matterNotes) {
      v.add('matterNotes', `must be at most ${HANDOVER_LIMITS.matterNotes}`, UserErrorCode.OUT_OF_RANGE);
    }
    matterNotes.slice(0, HANDOVER_LIMITS.matterNotes).forEach((n, i) => {
      const action = textAt(v, ['matterNotes', i, 'actionNeeded'], n.actionNeeded, {
        max: HANDOVER_LIMITS.actionNeeded,
      });
      if (action) notes.set(n.recordId, action);
    });

    const materials = await materialsOf(tx, shift);
    const byId = new Map(materials.map((m) => [toGlobalId('ShiftMaterial', m.id), m]));
    const counted = new Map<string, { index: number; data: HandoverCountData }>();
    (input.materialCounts ?? []).slice(0, MATERIAL_LIMITS.perSite + 1).forEach((c, i) => {
      const material = byId.get(c.materialId);
      if (!material) {
        addAt(v, ['materialCounts', i, 'materialId'], 'names no material this shift counts', UserErrorCode.NOT_FOUND);
        return;
      }
      if (counted.has(material.id)) {
        addAt(v, ['materialCounts', i, 'materialId'], 'is counted twice', UserErrorCode.INVALID);
        return;
      }
      let count: number | null = null;
      if (c.counted?.trim()) {
        const parsed = parseCount(c.counted, MATERIAL_LIMITS.quantity);
        if (parsed.ok) count = parsed.value;
        else {
          const [message, code] = countProblem[parsed.reason];
          addAt(v, ['materialCounts', i, 'counted'], message, code);
        }
      }
      const explanation =
        textAt(v, ['materialCounts', i, 'explanation'], c.explanation, { max: HANDOVER_LIMITS.explanation }) || null;
      counted.set(material.id, {
        index: i,
        data: {
          materialId: material.id,
          name: material.name,
          unit: material.unit,
          expected: material.expectedQuantity,
          counted: count,
          explanation,
        },
      });
    });

    let cashCounted: number | null = null;
    if (input.cashCounted?.trim()) {
      const parsed = parseYuan(input.cashCounted, CASH_LIMITS.maxCents);
      if (parsed.ok) cashCounted = parsed.cents;
      else {
        const [message, code] = cashProblem[parsed.reason];
        v.add('cashCounted', message, code);
      }
    }
    const cashExplanation =
      v.text('cashExplanation', input.cashExplanation, { max: HANDOVER_LIMITS.explanation }) || null;
    const cashExpected = await cashBalanceCents(tx, shift.site.unwrap().code, shift.department.unwrap().key);

    if (final && v.ok) {
      for (const m of materials) {
        if (!counted.has(m.id)) {
          v.add('materialCounts', `must count every material: ${m.name} is not counted`, UserErrorCode.REQUIRED);
        }
      }
      for (const { index, data } of counted.values()) {
        if (data.counted == null)
          addAt(v, ['materialCounts', index, 'counted'], 'is required to submit', UserErrorCode.REQUIRED);
        else if (data.counted !== data.expected && !data.explanation) {
          addAt(
            v,
            ['materialCounts', index, 'explanation'],
            `is required: ${data.counted} counted, ${data.expected} expected`,
            UserErrorCode.REQUIRED,
          );
        }
      }
      if (cashCounted == null) v.add('cashCounted', 'is required to submit', UserErrorCode.REQUIRED);
      else if (cashCounted !== cashExpected && !cashExplanation) {
        v.add(
          'cashExplanation',
          `is required: ${formatYuan(cashCounted)} counted, ${formatYuan(cashExpected)} in the ledger`,
          UserErrorCode.REQUIRED,
        );
      }
    }
    v.check();

    const open = await openMattersOf(tx, shift, this.ctx);
    const matterItems: HandoverItemData[] = open
      .filter((m) => final || notes.has(m.recordId))
      .map((m) => ({
        kind: m.kind,
        recordId: m.recordId,
        reference: m.reference,
        description: m.title.slice(0, HANDOVER_LIMITS.description),
        status: m.status,
        dueAt: m.dueAt?.toISOString() ?? null,
        actionNeeded: notes.get(m.recordId) ?? null,
      }));
    h.note = note;
    h.items = [...matterItems, ...written];
    h.counts = materials.filter((m) => counted.has(m.id)).map((m) => counted.get(m.id)?.data as HandoverCountData);
    h.cashExpectedCents = cashExpected;
    h.cashCountedCents = cashCounted;
    h.cashExplanation = cashExplanation;
    h.updatedAt = this.now();
  }

  private record(audit: AuditLog, action: string, h: Handover, before: Record<string, unknown> | null) {
    audit.record({
      action,
      targetType: 'Handover',
      targetKey: h.id,
      departmentKey: h.department.unwrap().key,
      before,
      after: snapshot(h),
    });
  }

  saveDraft(input: HandoverDraftInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const { shift, handover, before } = await this.draftable(tx, input.shiftId, false);
      await this.apply(tx, handover, shift, input, false);
      this.record(audit, 'handover.save_draft', handover, before);
      return handover;
    });
  }

  /**
   * Submits the handover (SL-2: in writing, before going off duty): the shift goes to handing
   * over; the incoming leader is asked to accept; the director is alerted to any difference and
   * to a handover submitted after the shift's end — late is recorded, not refused, so a shift
   * that ran over can still be handed over and closed (C22 is checked, not enforced blindly).
   */
  submit(input: HandoverDraftInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const { shift, handover: h, before } = await this.draftable(tx, input.shiftId, true);
      await this.apply(tx, h, shift, input, true);
      const now = this.now();
      h.status = HandoverStatus.SUBMITTED;
      h.submittedAt = now;
      h.submittedBy = tx.getReference(Staff, this.viewer.staff.id, { wrapped: true });
      h.late = now > shift.endsAt;
      h.hasDiscrepancy = h.counts.some((c) => c.counted !== c.expected) || h.cashCountedCents !== h.cashExpectedCents;
      const incoming = await nextShiftOf(tx, shift);
      h.incomingShift = incoming ? tx.getReference(Shift, incoming.id, { wrapped: true }) : null;
      if (shift.status === ShiftStatus.ON_DUTY) this.shifts.move(shift, ShiftStatus.HANDING_OVER);

      const label = await labelOf(tx, shift);
      const me = this.viewer.staff;
      const incomingLeader = incoming?.leader.unwrap().id;
      if (incomingLeader && incomingLeader !== me.id) {
        notify(tx, this.ctx, {
          recipientId: incomingLeader,
          type: 'HANDOVER_SUBMITTED',
          zh: `${me.name} 提交了${label.zh}的交接班，请核对后接班确认`,
          en: `${me.name} handed over the ${label.en}: please check it and accept`,
        });
      }
      if (h.hasDiscrepancy || h.late) {
        const leader = await tx.findOneOrFail(Staff, { id: shift.leader.unwrap().id });
        const director = await superiorOf(tx, leader);
        if (director && director.id !== me.id) {
          const differences = [
            ...h.counts
              .filter((c) => c.counted !== c.expected)
              .map((c) => ({
                zh: `${c.name}应有${c.expected}${c.unit}实点${c.counted}${c.unit}`,
                en: `${c.name}: ${c.counted} of ${c.expected}`,
              })),
            ...(h.cashCountedCents !== h.cashExpectedCents
              ? [
                  {
                    zh: `备用金账面${formatYuan(h.cashExpectedCents ?? 0)}元实点${formatYuan(h.cashCountedCents ?? 0)}元`,
                    en: `cash ${formatYuan(h.cashCountedCents ?? 0)} of ${formatYuan(h.cashExpectedCents ?? 0)}`,
                  },
                ]
              : []),
            ...(h.late ? [{ zh: '超过下班时间才提交', en: 'submitted after the shift ended' }] : []),
          ];
          notify(tx, this.ctx, {
            recipientId: director.id,
            type: 'HANDOVER_DISCREPANCY',
            zh: `${label.zh}交接有差异：${differences.map((d) => d.zh).join('；')}`,
            en: `Handover of the ${label.en} differs: ${differences.map((d) => d.en).join('; ')}`,
          });
        }
      }
      this.record(audit, 'handover.submit', h, before);
      const subject = toGlobalId('Handover', h.id);
      publishShiftEvent(this.ctx, shift.id, ShiftEventType.HANDOVER_SUBMITTED, subject);
      if (incoming) publishShiftEvent(this.ctx, incoming.id, ShiftEventType.HANDOVER_SUBMITTED, subject);
      return h;
    });
  }

  // ---- the incoming leader and the director ----------------------------------------------

  private async found(tx: EntityManager, handoverId: string) {
    const key = keyOf(handoverId, 'Handover');
    const h = key ? await tx.findOne(Handover, { $and: [{ id: key }, handoverReadFilter(this.viewer)] }) : null;
    if (!h) refuse('handoverId', 'No such handover', UserErrorCode.NOT_FOUND);
    const shift = await tx.findOneOrFail(Shift, { id: h.shift.unwrap().id });
    let incoming = h.incomingShift ? await tx.findOne(Shift, { id: h.incomingShift.unwrap().id }) : null;
    if (!incoming && h.status === HandoverStatus.SUBMITTED) {
      // Submitted before the next shift was rostered: it is whichever comes next now.
      incoming = await nextShiftOf(tx, shift);
      if (incoming) h.incomingShift = tx.getReference(Shift, incoming.id, { wrapped: true });
    }
    return { h, shift, incoming, before: snapshot(h) };
  }

  private publish(type: ShiftEventType, h: Handover, shift: Shift, incoming: Shift | null) {
    const subject = toGlobalId('Handover', h.id);
    publishShiftEvent(this.ctx, shift.id, type, subject);
    if (incoming) publishShiftEvent(this.ctx, incoming.id, type, subject);
  }

  private tell(tx: EntityManager, recipientId: string | null | undefined, type: string, zh: string, en: string) {
    if (recipientId && recipientId !== this.viewer.staff.id) notify(tx, this.ctx, { recipientId, type, zh, en });
  }

  /**
   * The incoming leader accepts (SL-12 认真检查、交接): the outgoing shift closes in the same
   * transaction. The director may accept on the incoming side's behalf (no next shift, or the
   * incoming leader absent), saying why.
   */
  accept(input: AcceptHandoverInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const { h, shift, incoming, before } = await this.found(tx, input.handoverId);
      const asIncoming = isIncomingLeader(this.viewer, incoming);
      if (!asIncoming && !mayDirect(this.viewer, shift)) throw forbidden();
      if (h.status !== HandoverStatus.SUBMITTED) {
        refuse(
          'handoverId',
          h.status === HandoverStatus.DISPUTED
            ? 'is disputed: the director settles it'
            : `cannot be accepted while ${h.status.toLowerCase()}`,
          UserErrorCode.INVALID_TRANSITION,
        );
      }
      const v = new Validator();
      const note = v.text('note', input.note, { max: HANDOVER_LIMITS.reason, required: !asIncoming }) || null;
      v.check();
      const now = this.now();
      h.status = HandoverStatus.ACCEPTED;
      h.acceptedAt = now;
      h.acceptedBy = tx.getReference(Staff, this.viewer.staff.id, { wrapped: true });
      h.acceptanceNote = note;
      h.acceptedOnBehalf = !asIncoming;
      h.updatedAt = now;
      await this.shifts.closeWithin(tx, shift);
      const label = await labelOf(tx, shift);
      this.tell(
        tx,
        shift.leader.unwrap().id,
        'HANDOVER_ACCEPTED',
        `${this.viewer.staff.name} 已确认接收${label.zh}的交接班`,
        `${this.viewer.staff.name} accepted the handover of the ${label.en}`,
      );
      this.record(audit, 'handover.accept', h, before);
      this.publish(ShiftEventType.HANDOVER_ACCEPTED, h, shift, incoming);
      return h;
    });
  }

  /** The incoming leader disputes it (the counts are not what they find, a matter is missing …): the director decides. */
  dispute(input: DisputeHandoverInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const { h, shift, incoming, before } = await this.found(tx, input.handoverId);
      if (!isIncomingLeader(this.viewer, incoming)) throw forbidden();
      if (h.status !== HandoverStatus.SUBMITTED) {
        refuse('handoverId', `cannot be disputed while ${h.status.toLowerCase()}`, UserErrorCode.INVALID_TRANSITION);
      }
      const v = new Validator();
      const reason = v.text('reason', input.reason, { max: HANDOVER_LIMITS.reason, required: true });
      v.check();
      const now = this.now();
      h.status = HandoverStatus.DISPUTED;
      h.disputedAt = now;
      h.disputedBy = tx.getReference(Staff, this.viewer.staff.id, { wrapped: true });
      h.disputeReason = reason;
      h.updatedAt = now;
      const label = await labelOf(tx, shift);
      const me = await tx.findOneOrFail(Staff, { id: this.viewer.staff.id });
      const director = await superiorOf(tx, me);
      const words = {
        zh: `${me.name} 对${label.zh}的交接班提出异议：${reason}`,
        en: `${me.name} disputes the handover of the ${label.en}: ${reason}`,
      };
      this.tell(tx, director?.id, 'HANDOVER_DISPUTED', words.zh, words.en);
      this.tell(tx, shift.leader.unwrap().id, 'HANDOVER_DISPUTED', words.zh, words.en);
      this.record(audit, 'handover.dispute', h, before);
      this.publish(ShiftEventType.HANDOVER_DISPUTED, h, shift, incoming);
      return h;
    });
  }

  /**
   * The director settles a dispute: accepts on the incoming side's behalf (the shift closes) or
   * returns it to the outgoing leader, who corrects and submits it again (the shift stays
   * handing over meanwhile).
   */
  resolve(input: ResolveHandoverDisputeInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const { h, shift, incoming, before } = await this.found(tx, input.handoverId);
      if (!mayDirect(this.viewer, shift)) throw forbidden();
      if (h.status !== HandoverStatus.DISPUTED) {
        refuse('handoverId', `is not disputed (it is ${h.status.toLowerCase()})`, UserErrorCode.INVALID_TRANSITION);
      }
      const v = new Validator();
      const note = v.text('note', input.note, { max: HANDOVER_LIMITS.reason, required: true });
      v.check();
      const now = this.now();
      const me = tx.getReference(Staff, this.viewer.staff.id, { wrapped: true });
      h.resolvedAt = now;
      h.resolvedBy = me;
      h.resolution = input.decision;
      h.resolutionNote = note;
      h.updatedAt = now;
      const label = await labelOf(tx, shift);
      if (input.decision === HandoverDecision.ACCEPT) {
        h.status = HandoverStatus.ACCEPTED;
        h.acceptedAt = now;
        h.acceptedBy = me;
        h.acceptanceNote = note;
        h.acceptedOnBehalf = true;
        await this.shifts.closeWithin(tx, shift);
        const words = {
          zh: `${this.viewer.staff.name} 裁定${label.zh}的交接班异议：代为接收。${note}`,
          en: `${this.viewer.staff.name} settled the dispute on the ${label.en}: accepted. ${note}`,
        };
        this.tell(tx, shift.leader.unwrap().id, 'HANDOVER_RESOLVED', words.zh, words.en);
        this.tell(tx, incoming?.leader.unwrap().id, 'HANDOVER_RESOLVED', words.zh, words.en);
      } else {
        h.status = HandoverStatus.RETURNED;
        this.tell(
          tx,
          shift.leader.unwrap().id,
          'HANDOVER_RETURNED',
          `${this.viewer.staff.name} 退回了${label.zh}的交接班，请更正后重新提交：${note}`,
          `${this.viewer.staff.name} returned the handover of the ${label.en}: correct it and submit again. ${note}`,
        );
      }
      this.record(audit, 'handover.resolve_dispute', h, before);
      this.publish(
        input.decision === HandoverDecision.ACCEPT
          ? ShiftEventType.HANDOVER_ACCEPTED
          : ShiftEventType.HANDOVER_DISPUTED,
        h,
        shift,
        incoming,
      );
      return h;
    });
  }
}
