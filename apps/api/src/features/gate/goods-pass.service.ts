import { randomUUID } from 'node:crypto';
import { type EntityManager, type FilterQuery, ref } from '@mikro-orm/core';
import { LIMITS, UserErrorCode } from '@steward/schema';
import { type ConnectionShape, checkRange, type PageArgs, paginate } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { badInput } from '../../graphql/errors.js';
import { runMutation } from '../../graphql/mutation.js';
import { fromGlobalId } from '../../graphql/node.js';
import { refuse } from '../../graphql/user-error.js';
import { Validator } from '../../graphql/validate.js';
import type { AuditLog } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import { nextReference } from '../cases/case-sequence.entity.js';
import { Customer } from '../customers/customer.entity.js';
import { containsPattern } from '../customers/customer.rules.js';
import { CustomerService } from '../customers/customer.service.js';
import { Unit } from '../customers/unit.entity.js';
import { UnitService } from '../customers/unit.service.js';
import { forbidden, unauthenticated } from '../permissions/auth-checker.js';
import { Department } from '../rulebook/department.entity.js';
import { addDays, daysBetween, zonedDate } from '../shifts/zoned-time.js';
import { Site } from '../sites/site.entity.js';
import { Staff } from '../staff/staff.entity.js';
import {
  GATE_DEPARTMENT,
  mayApprovePass,
  mayCancelPass,
  mayCheckPass,
  passReadFilter,
  passSites,
} from './gate.access.js';
import { GoodsPassStatus } from './gate.enums.js';
import type {
  CancelGoodsPassInput,
  CheckOutGoodsPassInput,
  GoodsPassFilter,
  GoodsPassStepInput,
  RefuseGoodsPassInput,
  RequestGoodsPassInput,
} from './gate.inputs.js';
import { GATE_RULES, normalizePlate, passNumberKey } from './gate.rules.js';
import { gateOf, phoneOf, plateOf, SITE_CODE_MAX, siteOf } from './gate-common.js';
import { GATE_LIMITS, GoodsPass, type GoodsPassItem } from './goods-pass.entity.js';

/** Matches no row: what a viewer without access sees. */
const NOTHING = { id: { $in: [] } };
const NUMBER_MAX = 40;

/** What the audit trail shows of a pass. */
function snapshot(p: GoodsPass): Record<string, unknown> {
  return {
    number: p.number,
    status: p.status,
    site: p.site.unwrap().code,
    unit: p.unit?.unwrap().id ?? null,
    customer: p.customer?.unwrap().id ?? null,
    department: p.department?.unwrap().key ?? null,
    issuedTo: p.issuedTo,
    items: p.items,
    carrierName: p.carrierName,
    carrierPhone: p.carrierPhone,
    plate: p.plate,
    validFrom: p.validFrom,
    validUntil: p.validUntil,
    note: p.note,
    approvedBy: p.approvedBy?.unwrap().id ?? null,
    checkedBy: p.checkedBy?.unwrap().id ?? null,
    checkedAt: p.checkedAt?.toISOString() ?? null,
    gate: p.gate?.unwrap().id ?? null,
    checkNote: p.checkNote,
    refuseReason: p.refuseReason,
    cancelReason: p.cancelReason,
  };
}

/** Stored statuses each step may start from; anything else is refused with INVALID_TRANSITION. */
const FROM = {
  approve: [GoodsPassStatus.REQUESTED],
  cancel: [GoodsPassStatus.REQUESTED, GoodsPassStatus.APPROVED],
  check_out: [GoodsPassStatus.APPROVED],
  refuse: [GoodsPassStatus.APPROVED],
} as const satisfies Record<string, readonly GoodsPassStatus[]>;
type Step = keyof typeof FROM;

/** Why a pass cannot take a step in its stored status, in words the gate understands. */
function notNow(step: Step, pass: GoodsPass): string {
  switch (pass.status) {
    case GoodsPassStatus.REQUESTED:
      return 'is not approved yet';
    case GoodsPassStatus.APPROVED:
      return 'is approved already';
    case GoodsPassStatus.USED:
      return `was used already, at ${pass.checkedAt?.toISOString() ?? 'the gate'}: a pass is used once`;
    case GoodsPassStatus.REFUSED:
      return 'was refused at the gate';
    case GoodsPassStatus.CANCELLED:
      return 'is cancelled';
    default:
      return `cannot be ${step.replace('_', ' ')}`;
  }
}

/** The status as read: an unused pass past its last day (in its site's calendar) is EXPIRED. */
export function effectiveStatus(pass: GoodsPass, today: string): GoodsPassStatus {
  const open = pass.status === GoodsPassStatus.REQUESTED || pass.status === GoodsPassStatus.APPROVED;
  return open && pass.validUntil < today ? GoodsPassStatus.EXPIRED : pass.status;
}

/**
 * Goods-out passes (物品放行条, R25, OM-9): customer service writes and approves them; the officer
 * at the gate looks one up by its number and lets the goods out once, within its days, or stops them.
 */
export class GoodsPassService {
  constructor(private readonly ctx: Context) {}

  private get viewer(): Viewer {
    if (!this.ctx.viewer) throw unauthenticated();
    return this.ctx.viewer;
  }

  private now(): Date {
    return this.ctx.clock();
  }

  /** Today in a site's calendar. */
  today(site: Site): string {
    return zonedDate(this.now(), site.timeZone);
  }

  // ---- reading ---------------------------------------------------------------------------

  /** The statuses asked for, as conditions: EXPIRED and the open ones depend on each site's today. */
  private async statusCondition(statuses: readonly GoodsPassStatus[]): Promise<FilterQuery<GoodsPass>> {
    const sites = await this.ctx.em.find(Site, {});
    const perSite = (open: boolean, status: FilterQuery<GoodsPass>) => ({
      $or: sites.map((s) => ({
        $and: [status, { site: s.code }, { validUntil: { [open ? '$gte' : '$lt']: this.today(s) } }],
      })),
    });
    const ors: FilterQuery<GoodsPass>[] = [];
    for (const status of new Set(statuses)) {
      if (status === GoodsPassStatus.REQUESTED || status === GoodsPassStatus.APPROVED) {
        ors.push(perSite(true, { status }) as FilterQuery<GoodsPass>);
      } else if (status === GoodsPassStatus.EXPIRED) {
        ors.push(
          perSite(false, {
            status: { $in: [GoodsPassStatus.REQUESTED, GoodsPassStatus.APPROVED] },
          }) as FilterQuery<GoodsPass>,
        );
      } else {
        ors.push({ status });
      }
    }
    return ors.length ? { $or: ors } : NOTHING;
  }

  /** Passes the viewer may see, the latest written first. */
  async list(filter: GoodsPassFilter | null | undefined, page: PageArgs): Promise<ConnectionShape<GoodsPass>> {
    const scope = this.ctx.viewer ? passReadFilter(this.ctx.viewer) : null;
    const where: FilterQuery<GoodsPass>[] = [scope ?? NOTHING];
    const f = filter ?? {};
    if (f.siteCode != null) {
      if (f.siteCode.length > SITE_CODE_MAX) throw badInput('siteCode', `must be at most ${SITE_CODE_MAX} characters`);
      where.push({ site: f.siteCode });
    }
    if (f.statuses) where.push(await this.statusCondition(f.statuses));
    if (f.validOn != null) {
      const v = new Validator();
      const day = v.date('validOn', f.validOn);
      if (!day) throw badInput('validOn', 'must be a date as YYYY-MM-DD');
      where.push({ validFrom: { $lte: day }, validUntil: { $gte: day } });
    }
    checkRange(f.from, f.to);
    if (f.from) where.push({ createdAt: { $gte: f.from } });
    if (f.to) where.push({ createdAt: { $lt: f.to } });
    if (f.plate != null) {
      if (f.plate.length > 20) throw badInput('plate', 'must be at most 20 characters');
      where.push({ plate: normalizePlate(f.plate) });
    }
    const search = f.search?.trim();
    if (search) {
      if (search.length > LIMITS.maxSearchLength)
        throw badInput('search', `must be at most ${LIMITS.maxSearchLength} characters`);
      const like = containsPattern(search.toLowerCase());
      const key = search.replace(/[^0-9a-z]/gi, '').toUpperCase();
      where.push({
        $or: [
          { issuedToLower: { $like: like } },
          { carrierNameLower: { $like: like } },
          ...(key ? [{ numberKey: { $like: containsPattern(key) } }] : []),
        ],
      });
    }
    return paginate(
      this.ctx.em,
      GoodsPass,
      { $and: where },
      [
        ['createdAt', 'desc'],
        ['id', 'desc'],
      ],
      page,
      (p) => [p.createdAt.toISOString(), p.id],
      ([at, id]) => [new Date(String(at)), id],
    );
  }

  byIds(ids: readonly string[]): Promise<GoodsPass[]> {
    const scope = this.ctx.viewer ? passReadFilter(this.ctx.viewer) : null;
    if (!scope) return Promise.resolve([]);
    return this.ctx.em.find(GoodsPass, { $and: [{ id: { $in: [...ids] } }, scope] });
  }

  async byId(id: string): Promise<GoodsPass | null> {
    const parsed = fromGlobalId(id);
    return parsed?.typename === 'GoodsPass' ? ((await this.byIds([parsed.key]))[0] ?? null) : null;
  }

  /** The pass with this number (typed with or without dashes or its `FX`), if the viewer may see it. */
  async byNumber(number: string): Promise<GoodsPass | null> {
    if (number.length > NUMBER_MAX) throw badInput('number', `must be at most ${NUMBER_MAX} characters`);
    const scope = this.ctx.viewer ? passReadFilter(this.ctx.viewer) : null;
    if (!scope) return null;
    return this.ctx.em.findOne(GoodsPass, { $and: [{ numberKey: passNumberKey(number) }, scope] });
  }

  async statusOf(pass: GoodsPass): Promise<GoodsPassStatus> {
    return effectiveStatus(pass, this.today(await pass.site.loadOrFail()));
  }

  /** What the viewer may do with the pass now, for the buttons a client shows. */
  async abilities(pass: GoodsPass) {
    const viewer = this.ctx.viewer;
    const status = await this.statusOf(pass);
    const today = this.today(await pass.site.loadOrFail());
    const open = status === GoodsPassStatus.REQUESTED || status === GoodsPassStatus.APPROVED;
    return {
      approve: !!viewer && status === GoodsPassStatus.REQUESTED && mayApprovePass(viewer, pass),
      cancel: !!viewer && open && mayCancelPass(viewer, pass),
      checkOut:
        !!viewer && status === GoodsPassStatus.APPROVED && pass.validFrom <= today && mayCheckPass(viewer, pass),
      refuse: !!viewer && status === GoodsPassStatus.APPROVED && mayCheckPass(viewer, pass),
    };
  }

  // ---- writing a pass ----------------------------------------------------------------------

  private items(v: Validator, items: readonly { description: string; quantity: number }[]): GoodsPassItem[] {
    if (items.length === 0) v.add('items', 'a pass lists at least one line of goods', UserErrorCode.REQUIRED);
    if (items.length > GATE_RULES.passItemsMax) {
      v.add('items', `may have at most ${GATE_RULES.passItemsMax} lines`, UserErrorCode.TOO_LONG);
      return [];
    }
    return items.map((item, i) => {
      const description = v.text(`items.${i}.description`, item.description, {
        max: GATE_LIMITS.itemDescription,
        required: true,
      });
      if (!Number.isInteger(item.quantity) || item.quantity < 1 || item.quantity > GATE_RULES.passQuantityMax) {
        v.add(`items.${i}.quantity`, `must be from 1 to ${GATE_RULES.passQuantityMax}`, UserErrorCode.OUT_OF_RANGE);
      }
      return { description, quantity: item.quantity };
    });
  }

  /** The pass's days: from today (at the site) up to 30 days ahead, 7 days at most. */
  private window(v: Validator, input: RequestGoodsPassInput, site: Site | null) {
    const from = v.date('validFrom', input.validFrom, true);
    const until = input.validUntil ? v.date('validUntil', input.validUntil) : from;
    if (!from || !until || !site) return { from: from ?? '', until: until ?? '' };
    const today = this.today(site);
    if (from < today) v.add('validFrom', 'cannot be before today', UserErrorCode.OUT_OF_RANGE);
    else if (daysBetween(today, from) > GATE_RULES.passAheadDays) {
      v.add('validFrom', `may be at most ${GATE_RULES.passAheadDays} days ahead`, UserErrorCode.OUT_OF_RANGE);
    }
    if (until < from) v.add('validUntil', 'cannot be before the first day', UserErrorCode.OUT_OF_RANGE);
    else if (until > addDays(from, GATE_RULES.passMaxDays - 1)) {
      v.add('validUntil', `a pass is valid for at most ${GATE_RULES.passMaxDays} days`, UserErrorCode.OUT_OF_RANGE);
    }
    return { from, until };
  }

  private audit(audit: AuditLog, action: string, pass: GoodsPass, before: Record<string, unknown> | null) {
    audit.record({
      action,
      targetType: 'GoodsPass',
      targetKey: pass.id,
      departmentKey: GATE_DEPARTMENT,
      before,
      after: snapshot(pass),
    });
  }

  async request(input: RequestGoodsPassInput) {
    const viewer = this.viewer;
    if (!viewer.grants.has('goods_vehicle.create')) throw forbidden();
    // Only a unit or customer file the viewer may read can be named (read before the transaction:
    // SQLite has one connection, and these services read through the request's).
    const visibleUnit = input.unitId ? await new UnitService(this.ctx).unitById(input.unitId) : null;
    const visibleCustomer = input.customerId ? await new CustomerService(this.ctx).byId(input.customerId) : null;
    return runMutation(this.ctx, async (tx, audit) => {
      const v = new Validator();
      const now = this.now();
      const items = this.items(v, input.items);
      const carrierName = v.text('carrierName', input.carrierName, { max: GATE_LIMITS.carrierName, required: true });
      const carrierPhone = phoneOf(v, 'carrierPhone', input.carrierPhone);
      const plate = plateOf(v, 'plate', input.plate, false);
      const note = v.text('note', input.note, { max: GATE_LIMITS.note }) || null;

      // Whose goods: a unit and/or customer on file, or a department of ours — one or the other.
      const departmentKey = input.departmentKey?.trim() || null;
      let unit: Unit | null = null;
      let customer: Customer | null = null;
      let department: Department | null = null;
      if (input.unitId) {
        unit = visibleUnit ? await tx.findOne(Unit, { id: visibleUnit.id }) : null;
        if (!unit) v.add('unitId', 'names no unit', UserErrorCode.NOT_FOUND);
      }
      if (input.customerId) {
        customer = visibleCustomer ? await tx.findOne(Customer, { id: visibleCustomer.id }) : null;
        if (!customer) v.add('customerId', 'names no customer', UserErrorCode.NOT_FOUND);
        else if (customer.voidedAt) v.add('customerId', 'is a voided file', UserErrorCode.INVALID_TRANSITION);
      }
      if (departmentKey) {
        if (input.unitId || input.customerId) {
          v.add(
            'departmentKey',
            'a pass is for a unit or customer, or for a department — not both',
            UserErrorCode.INVALID,
          );
        }
        department = departmentKey.length <= 64 ? await tx.findOne(Department, { key: departmentKey }) : null;
        if (!department) v.add('departmentKey', 'names no department', UserErrorCode.NOT_FOUND);
      } else if (!input.unitId && !input.customerId) {
        v.add('unitId', 'a pass is for a unit or customer on file, or for a department', UserErrorCode.REQUIRED);
      }

      let site: Site | null = null;
      if (unit) {
        site = await tx.findOneOrFail(Site, { code: unit.site.unwrap().code });
        const code = input.siteCode?.trim();
        if (code && code !== site.code) v.add('siteCode', 'is not the unit’s site', UserErrorCode.INVALID);
      } else if (!input.unitId) {
        site = await siteOf(tx, v, input.siteCode);
      }
      if (site) {
        const sites = passSites(viewer, 'goods_vehicle.create');
        if (sites !== null && !sites.includes(site.code)) {
          v.add('siteCode', 'is not a site whose passes you write', UserErrorCode.NOT_PERMITTED);
        }
      }
      const window = this.window(v, input, site);
      v.check();

      const issuedTo = (
        department ? department.nameZh : [unit?.code, customer?.name].filter((part): part is string => !!part).join(' ')
      ).slice(0, GATE_LIMITS.issuedTo);
      const number = await nextReference(tx, 'FX', now, (site as Site).timeZone, 3);
      const pass = tx.create(GoodsPass, {
        id: randomUUID(),
        number,
        numberKey: passNumberKey(number),
        site: site as Site,
        unit,
        customer,
        department,
        issuedTo,
        items,
        carrierName,
        carrierPhone,
        plate,
        validFrom: window.from,
        validUntil: window.until,
        note,
        requestedBy: tx.getReference(Staff, viewer.staff.id),
        createdAt: now,
        updatedAt: now,
      });
      this.audit(audit, 'goods_pass.request', pass, null);
      return pass;
    });
  }

  // ---- steps on a pass ---------------------------------------------------------------------

  /**
   * One step in one transaction: find the pass as the viewer sees it, check they may take the step
   * and that it is legal now, apply, audit.
   */
  private step(
    passId: string,
    step: Step,
    may: (viewer: Viewer, pass: GoodsPass) => boolean,
    apply: (pass: GoodsPass, v: Validator, tx: EntityManager, today: string) => Promise<void> | void,
  ) {
    return runMutation(this.ctx, async (tx, audit) => {
      const viewer = this.viewer;
      const parsed = fromGlobalId(passId);
      const scope = passReadFilter(viewer);
      const pass =
        parsed?.typename === 'GoodsPass' && scope
          ? await tx.findOne(GoodsPass, { $and: [{ id: parsed.key }, scope] }, { populate: ['site'] })
          : null;
      if (!pass) refuse('passId', 'No such pass', UserErrorCode.NOT_FOUND);
      if (!may(viewer, pass)) throw forbidden();
      if (!(FROM[step] as readonly GoodsPassStatus[]).includes(pass.status)) {
        refuse('passId', notNow(step, pass), UserErrorCode.INVALID_TRANSITION);
      }
      const before = snapshot(pass);
      const v = new Validator();
      await apply(pass, v, tx, zonedDate(this.now(), pass.site.unwrap().timeZone));
      v.check();
      pass.updatedAt = this.now();
      this.audit(audit, `goods_pass.${step}`, pass, before);
      return pass;
    });
  }

  approve(input: GoodsPassStepInput) {
    return this.step(input.passId, 'approve', mayApprovePass, (pass, _v, tx, today) => {
      if (pass.validUntil < today) refuse('passId', `expired on ${pass.validUntil}`, UserErrorCode.INVALID_TRANSITION);
      pass.status = GoodsPassStatus.APPROVED;
      pass.approvedAt = this.now();
      pass.approvedBy = tx.getReference(Staff, this.viewer.staff.id, { wrapped: true });
    });
  }

  cancel(input: CancelGoodsPassInput) {
    return this.step(input.passId, 'cancel', mayCancelPass, (pass, v, tx) => {
      pass.cancelReason = v.text('reason', input.reason, { max: GATE_LIMITS.reason, required: true });
      pass.status = GoodsPassStatus.CANCELLED;
      pass.cancelledAt = this.now();
      pass.cancelledBy = tx.getReference(Staff, this.viewer.staff.id, { wrapped: true });
    });
  }

  /** At the gate: approved, within its days, never used before — the goods go out now. */
  checkOut(input: CheckOutGoodsPassInput) {
    return this.step(input.passId, 'check_out', mayCheckPass, async (pass, v, tx, today) => {
      if (today < pass.validFrom) refuse('passId', `is valid from ${pass.validFrom}`, UserErrorCode.OUT_OF_RANGE);
      if (today > pass.validUntil) refuse('passId', `expired on ${pass.validUntil}`, UserErrorCode.OUT_OF_RANGE);
      const gate = await gateOf(tx, v, 'gateId', input.gateId, pass.site.unwrap(), false);
      pass.checkNote = v.text('note', input.note, { max: GATE_LIMITS.checkNote }) || null;
      pass.gate = gate ? ref(gate) : null;
      pass.status = GoodsPassStatus.USED;
      pass.checkedAt = this.now();
      pass.checkedBy = tx.getReference(Staff, this.viewer.staff.id, { wrapped: true });
    });
  }

  /** At the gate: the goods do not match the approved pass: they stay, and the pass is spent. */
  refuse(input: RefuseGoodsPassInput) {
    return this.step(input.passId, 'refuse', mayCheckPass, async (pass, v, tx, today) => {
      if (today > pass.validUntil) refuse('passId', `expired on ${pass.validUntil}`, UserErrorCode.INVALID_TRANSITION);
      const gate = await gateOf(tx, v, 'gateId', input.gateId, pass.site.unwrap(), false);
      pass.refuseReason = v.text('reason', input.reason, { max: GATE_LIMITS.reason, required: true });
      pass.gate = gate ? ref(gate) : null;
      pass.status = GoodsPassStatus.REFUSED;
      pass.checkedAt = this.now();
      pass.checkedBy = tx.getReference(Staff, this.viewer.staff.id, { wrapped: true });
    });
  }
}
