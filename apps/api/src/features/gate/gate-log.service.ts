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
import { containsPattern } from '../customers/customer.rules.js';
import { forbidden, unauthenticated } from '../permissions/auth-checker.js';
import type { Site } from '../sites/site.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { GATE_DEPARTMENT, gateLogReadFilter, mayVoidGateLog, worksGateAt } from './gate.access.js';
import { VehicleCategory } from './gate.enums.js';
import type {
  GateVisitorFilter,
  RecordVehicleEntryInput,
  RecordVehicleExitInput,
  RecordVisitorEntryInput,
  RecordVisitorExitInput,
  VehicleMovementFilter,
  VoidGateVisitorInput,
  VoidVehicleMovementInput,
} from './gate.inputs.js';
import { GATE_RULES, ID_LAST4, normalizePlate } from './gate.rules.js';
import { gateOf, momentOf, phoneOf, plateOf, SITE_CODE_MAX, siteOf } from './gate-common.js';
import { GateVisitor } from './gate-visitor.entity.js';
import { GATE_LIMITS } from './goods-pass.entity.js';
import { VehicleMovement } from './vehicle-movement.entity.js';

const NOTHING = { id: { $in: [] } };
const HOUR_MS = 3_600_000;

function vehicleSnapshot(m: VehicleMovement): Record<string, unknown> {
  return {
    site: m.site.unwrap().code,
    plate: m.plate,
    vehicleType: m.vehicleType,
    category: m.category,
    entryGate: m.entryGate.unwrap().id,
    enteredAt: m.enteredAt.toISOString(),
    parkingPlace: m.parkingPlace,
    note: m.note,
    exitGate: m.exitGate?.unwrap().id ?? null,
    exitedAt: m.exitedAt?.toISOString() ?? null,
    exitNote: m.exitNote,
    voidReason: m.voidReason,
  };
}

function visitorSnapshot(g: GateVisitor): Record<string, unknown> {
  return {
    site: g.site.unwrap().code,
    name: g.name,
    idLast4: g.idLast4,
    phone: g.phone,
    headcount: g.headcount,
    visiting: g.visiting,
    purpose: g.purpose,
    plate: g.plate,
    gate: g.gate?.unwrap().id ?? null,
    enteredAt: g.enteredAt.toISOString(),
    note: g.note,
    exitedAt: g.exitedAt?.toISOString() ?? null,
    voidReason: g.voidReason,
  };
}

/** An overstay threshold from a query: the default (P12) unless given, within bounds. */
export function overstayHours(value: number | null | undefined, field = 'overstayHours'): number {
  if (value == null) return GATE_RULES.overstayHours;
  if (!Number.isInteger(value) || value < 1 || value > GATE_RULES.overstayHoursMax) {
    throw badInput(field, `must be a whole number of hours from 1 to ${GATE_RULES.overstayHoursMax}`);
  }
  return value;
}

/**
 * The gate's logs (R26 and the visitor register): vehicles in and out with their overstays, and
 * visitors. The officer on duty records them; exits go against the open entry.
 */
export class GateLogService {
  constructor(private readonly ctx: Context) {}

  private get viewer(): Viewer {
    if (!this.ctx.viewer) throw unauthenticated();
    return this.ctx.viewer;
  }

  private now(): Date {
    return this.ctx.clock();
  }

  private siteFilter(siteCode: string | null | undefined) {
    if (siteCode == null) return null;
    if (siteCode.length > SITE_CODE_MAX) throw badInput('siteCode', `must be at most ${SITE_CODE_MAX} characters`);
    return { site: siteCode };
  }

  /** The site's gate must be one the viewer works (a userError on `siteCode` otherwise). */
  private worksAt(v: Validator, site: Site | null) {
    if (site && !worksGateAt(this.viewer, site.code)) {
      v.add('siteCode', 'is not a site whose gate you work', UserErrorCode.NOT_PERMITTED);
    }
  }

  // ---- vehicles ----------------------------------------------------------------------------

  isOverstaying(m: VehicleMovement, hours: number | null | undefined): boolean {
    const threshold = this.now().getTime() - overstayHours(hours, 'hours') * HOUR_MS;
    return !m.exitedAt && !m.voidedAt && m.category !== VehicleCategory.RESIDENT && m.enteredAt.getTime() < threshold;
  }

  listVehicles(filter: VehicleMovementFilter | null | undefined, page: PageArgs) {
    const scope = this.ctx.viewer ? gateLogReadFilter<VehicleMovement>(this.ctx.viewer) : null;
    const where: FilterQuery<VehicleMovement>[] = [scope ?? NOTHING];
    const f = filter ?? {};
    const site = this.siteFilter(f.siteCode);
    if (site) where.push(site);
    if (!f.includeVoided) where.push({ voidedAt: null });
    if (f.inside != null) where.push({ exitedAt: f.inside ? null : { $ne: null } });
    if (f.overstaying != null) {
      const since = new Date(this.now().getTime() - overstayHours(f.overstayHours, 'filter.overstayHours') * HOUR_MS);
      const over = {
        exitedAt: null,
        voidedAt: null,
        category: { $ne: VehicleCategory.RESIDENT },
        enteredAt: { $lt: since },
      };
      where.push(f.overstaying ? over : { $not: over });
    }
    if (f.category) where.push({ category: f.category });
    if (f.plate != null) {
      const plate = normalizePlate(f.plate);
      if (plate.length > 20) throw badInput('plate', 'must be at most 20 characters');
      if (plate.length < 2) throw badInput('plate', 'must be at least 2 characters');
      where.push({ plate: { $like: containsPattern(plate) } });
    }
    checkRange(f.from, f.to);
    if (f.from) where.push({ enteredAt: { $gte: f.from } });
    if (f.to) where.push({ enteredAt: { $lt: f.to } });
    return paginate(
      this.ctx.em,
      VehicleMovement,
      { $and: where },
      [
        ['enteredAt', 'desc'],
        ['id', 'desc'],
      ],
      page,
      (m) => [m.enteredAt.toISOString(), m.id],
      ([at, id]) => [new Date(String(at)), id],
    ) as Promise<ConnectionShape<VehicleMovement>>;
  }

  vehiclesByIds(ids: readonly string[]): Promise<VehicleMovement[]> {
    const scope = this.ctx.viewer ? gateLogReadFilter<VehicleMovement>(this.ctx.viewer) : null;
    if (!scope) return Promise.resolve([]);
    return this.ctx.em.find(VehicleMovement, { $and: [{ id: { $in: [...ids] } }, scope] });
  }

  private auditVehicle(audit: AuditLog, action: string, m: VehicleMovement, before: Record<string, unknown> | null) {
    audit.record({
      action,
      targetType: 'VehicleMovement',
      targetKey: m.id,
      departmentKey: GATE_DEPARTMENT,
      before,
      after: vehicleSnapshot(m),
    });
  }

  recordVehicleEntry(input: RecordVehicleEntryInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const v = new Validator();
      const site = await siteOf(tx, v, input.siteCode);
      this.worksAt(v, site);
      const plate = plateOf(v, 'plate', input.plate, true);
      const gate = await gateOf(tx, v, 'gateId', input.gateId, site, true);
      const enteredAt = momentOf(this.ctx, v, 'at', input.at);
      const parkingPlace = v.text('parkingPlace', input.parkingPlace, { max: GATE_LIMITS.parkingPlace }) || null;
      const note = v.text('note', input.note, { max: GATE_LIMITS.checkNote }) || null;
      if (site && plate && v.ok) {
        const open = await tx.findOne(VehicleMovement, { site: site.code, plate, exitedAt: null, voidedAt: null });
        if (open) v.add('plate', `is inside already, since ${open.enteredAt.toISOString()}`, UserErrorCode.CONFLICT);
      }
      v.check();
      const now = this.now();
      const me = tx.getReference(Staff, this.viewer.staff.id);
      const movement = tx.create(VehicleMovement, {
        id: randomUUID(),
        site: site as Site,
        plate: plate as string,
        vehicleType: input.vehicleType,
        category: input.category,
        entryGate: gate as NonNullable<typeof gate>,
        enteredAt,
        entryOfficer: me,
        parkingPlace,
        note,
        createdAt: now,
        updatedAt: now,
      });
      this.auditVehicle(audit, 'vehicle.enter', movement, null);
      return movement;
    });
  }

  /** A vehicle leaves: its plate's open entry at the site is closed; without one there is nothing to close. */
  recordVehicleExit(input: RecordVehicleExitInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const v = new Validator();
      const site = await siteOf(tx, v, input.siteCode);
      this.worksAt(v, site);
      const plate = plateOf(v, 'plate', input.plate, true);
      v.check();
      const movement = await tx.findOne(VehicleMovement, {
        site: (site as Site).code,
        plate: plate as string,
        exitedAt: null,
        voidedAt: null,
      });
      if (!movement)
        refuse('plate', 'has no open entry here: no vehicle with this plate is inside', UserErrorCode.NOT_FOUND);
      const before = vehicleSnapshot(movement);
      const gate = await gateOf(tx, v, 'gateId', input.gateId, site, false);
      movement.exitedAt = momentOf(this.ctx, v, 'at', input.at, movement.enteredAt);
      movement.exitNote = v.text('note', input.note, { max: GATE_LIMITS.checkNote }) || null;
      v.check();
      movement.exitGate = gate ? ref(gate) : null;
      movement.exitOfficer = tx.getReference(Staff, this.viewer.staff.id, { wrapped: true });
      movement.updatedAt = this.now();
      this.auditVehicle(audit, 'vehicle.exit', movement, before);
      return movement;
    });
  }

  voidVehicle(input: VoidVehicleMovementInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const viewer = this.viewer;
      const parsed = fromGlobalId(input.movementId);
      const scope = gateLogReadFilter<VehicleMovement>(viewer);
      const movement =
        parsed?.typename === 'VehicleMovement' && scope
          ? await tx.findOne(VehicleMovement, { $and: [{ id: parsed.key }, scope] })
          : null;
      if (!movement) refuse('movementId', 'No such vehicle movement', UserErrorCode.NOT_FOUND);
      if (!mayVoidGateLog(viewer, movement)) throw forbidden();
      if (movement.voidedAt) refuse('movementId', 'is voided already', UserErrorCode.INVALID_TRANSITION);
      const before = vehicleSnapshot(movement);
      const v = new Validator();
      movement.voidReason = v.text('reason', input.reason, { max: GATE_LIMITS.reason, required: true });
      v.check();
      movement.voidedAt = this.now();
      movement.voidedBy = tx.getReference(Staff, viewer.staff.id, { wrapped: true });
      movement.updatedAt = this.now();
      this.auditVehicle(audit, 'vehicle.void', movement, before);
      return movement;
    });
  }

  // ---- visitors ----------------------------------------------------------------------------

  listVisitors(filter: GateVisitorFilter | null | undefined, page: PageArgs) {
    const scope = this.ctx.viewer ? gateLogReadFilter<GateVisitor>(this.ctx.viewer) : null;
    const where: FilterQuery<GateVisitor>[] = [scope ?? NOTHING];
    const f = filter ?? {};
    const site = this.siteFilter(f.siteCode);
    if (site) where.push(site);
    if (!f.includeVoided) where.push({ voidedAt: null });
    if (f.inside != null) where.push({ exitedAt: f.inside ? null : { $ne: null } });
    checkRange(f.from, f.to);
    if (f.from) where.push({ enteredAt: { $gte: f.from } });
    if (f.to) where.push({ enteredAt: { $lt: f.to } });
    const search = f.search?.trim();
    if (search) {
      if (search.length > LIMITS.maxSearchLength)
        throw badInput('search', `must be at most ${LIMITS.maxSearchLength} characters`);
      const like = containsPattern(search.toLowerCase());
      where.push({ $or: [{ nameLower: { $like: like } }, { visitingLower: { $like: like } }] });
    }
    return paginate(
      this.ctx.em,
      GateVisitor,
      { $and: where },
      [
        ['enteredAt', 'desc'],
        ['id', 'desc'],
      ],
      page,
      (g) => [g.enteredAt.toISOString(), g.id],
      ([at, id]) => [new Date(String(at)), id],
    ) as Promise<ConnectionShape<GateVisitor>>;
  }

  visitorsByIds(ids: readonly string[]): Promise<GateVisitor[]> {
    const scope = this.ctx.viewer ? gateLogReadFilter<GateVisitor>(this.ctx.viewer) : null;
    if (!scope) return Promise.resolve([]);
    return this.ctx.em.find(GateVisitor, { $and: [{ id: { $in: [...ids] } }, scope] });
  }

  private auditVisitor(audit: AuditLog, action: string, g: GateVisitor, before: Record<string, unknown> | null) {
    audit.record({
      action,
      targetType: 'GateVisitor',
      targetKey: g.id,
      departmentKey: GATE_DEPARTMENT,
      before,
      after: visitorSnapshot(g),
    });
  }

  /** Only the last four characters of an ID: more is refused, so no full number is ever kept. */
  private idLast4(v: Validator, value: string | null | undefined): string | null {
    const typed = (value ?? '').replace(/\s/g, '').toUpperCase();
    if (!typed) return null;
    if (typed.length > 4) {
      v.add('idLast4', 'takes only the last 4 characters: the full ID number is never stored', UserErrorCode.TOO_LONG);
    } else if (!ID_LAST4.test(typed)) {
      v.add('idLast4', 'must be 4 characters: digits, or 3 digits and X', UserErrorCode.INVALID);
    }
    return typed;
  }

  recordVisitorEntry(input: RecordVisitorEntryInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const v = new Validator();
      const site = await siteOf(tx, v, input.siteCode);
      this.worksAt(v, site);
      const name = v.text('name', input.name, { max: GATE_LIMITS.visitorName, required: true });
      const idLast4 = this.idLast4(v, input.idLast4);
      const phone = phoneOf(v, 'phone', input.phone);
      const headcount = input.headcount ?? 1;
      if (!Number.isInteger(headcount) || headcount < 1 || headcount > GATE_LIMITS.headcountMax) {
        v.add('headcount', `must be from 1 to ${GATE_LIMITS.headcountMax}`, UserErrorCode.OUT_OF_RANGE);
      }
      const visiting = v.text('visiting', input.visiting, { max: GATE_LIMITS.visiting, required: true });
      const purpose = v.text('purpose', input.purpose, { max: GATE_LIMITS.purpose, required: true });
      const plate = plateOf(v, 'plate', input.plate, false);
      const gate = await gateOf(tx, v, 'gateId', input.gateId, site, false);
      const enteredAt = momentOf(this.ctx, v, 'at', input.at);
      const note = v.text('note', input.note, { max: GATE_LIMITS.checkNote }) || null;
      v.check();
      const now = this.now();
      const visitor = tx.create(GateVisitor, {
        id: randomUUID(),
        site: site as Site,
        name,
        idLast4,
        phone,
        headcount,
        visiting,
        purpose,
        plate,
        gate,
        enteredAt,
        entryOfficer: tx.getReference(Staff, this.viewer.staff.id),
        note,
        createdAt: now,
        updatedAt: now,
      });
      this.auditVisitor(audit, 'gate_visitor.enter', visitor, null);
      return visitor;
    });
  }

  /** A visitor step: find the entry as the viewer sees it, check they may take it, apply, audit. */
  private visitorStep(
    visitorId: string,
    action: string,
    may: (viewer: Viewer, visitor: GateVisitor) => boolean,
    apply: (visitor: GateVisitor, v: Validator, tx: EntityManager) => void,
  ) {
    return runMutation(this.ctx, async (tx, audit) => {
      const viewer = this.viewer;
      const parsed = fromGlobalId(visitorId);
      const scope = gateLogReadFilter<GateVisitor>(viewer);
      const visitor =
        parsed?.typename === 'GateVisitor' && scope
          ? await tx.findOne(GateVisitor, { $and: [{ id: parsed.key }, scope] })
          : null;
      if (!visitor) refuse('visitorId', 'No such visitor', UserErrorCode.NOT_FOUND);
      if (!may(viewer, visitor)) throw forbidden();
      if (visitor.voidedAt) refuse('visitorId', 'is voided', UserErrorCode.INVALID_TRANSITION);
      const before = visitorSnapshot(visitor);
      const v = new Validator();
      apply(visitor, v, tx);
      v.check();
      visitor.updatedAt = this.now();
      this.auditVisitor(audit, action, visitor, before);
      return visitor;
    });
  }

  recordVisitorExit(input: RecordVisitorExitInput) {
    return this.visitorStep(
      input.visitorId,
      'gate_visitor.exit',
      (viewer, g) => worksGateAt(viewer, g.site.unwrap().code),
      (g, v, tx) => {
        if (g.exitedAt) refuse('visitorId', 'has left already', UserErrorCode.INVALID_TRANSITION);
        g.exitedAt = momentOf(this.ctx, v, 'at', input.at, g.enteredAt);
        g.exitOfficer = tx.getReference(Staff, this.viewer.staff.id, { wrapped: true });
      },
    );
  }

  voidVisitor(input: VoidGateVisitorInput) {
    return this.visitorStep(input.visitorId, 'gate_visitor.void', mayVoidGateLog, (g, v, tx) => {
      g.voidReason = v.text('reason', input.reason, { max: GATE_LIMITS.reason, required: true });
      g.voidedAt = this.now();
      g.voidedBy = tx.getReference(Staff, this.viewer.staff.id, { wrapped: true });
    });
  }
}
