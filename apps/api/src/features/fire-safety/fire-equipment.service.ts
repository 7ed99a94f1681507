import { randomUUID } from 'node:crypto';
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { LIMITS, UserErrorCode } from '@steward/schema';
import { containsText } from '../../db/text-match.js';
import { type ConnectionShape, type PageArgs, paginate } from '../../graphql/connection.js';
import { badInput } from '../../graphql/errors.js';
import { runMutation } from '../../graphql/mutation.js';
import { refuse } from '../../graphql/user-error.js';
import { Validator } from '../../graphql/validate.js';
import { Area } from '../places/area.entity.js';
import { zonedDate } from '../shifts/zoned-time.js';
import { EQUIPMENT_LIMITS, FireEquipment } from './fire-equipment.entity.js';
import { fireSafetyReaches } from './fire-safety.access.js';
import { FireSafetyBase, keyOf } from './fire-safety.base.js';
import { FireEquipmentStatus } from './fire-safety.enums.js';
import type {
  FireEquipmentFilter,
  RecordFireEquipmentCheckInput,
  RegisterFireEquipmentInput,
  RetireFireEquipmentInput,
  UpdateFireEquipmentInput,
} from './fire-safety.inputs.js';

/** Dates on record may lie years back (an extinguisher last refilled before it was registered here). */
const HISTORY_DAYS = 3660;
/** A next check may be years ahead (a cylinder's pressure test), not decades. */
const FUTURE_DAYS = 3660;

function snapshot(e: FireEquipment): Record<string, unknown> {
  return {
    site: e.site.unwrap().code,
    area: e.area?.unwrap().id ?? null,
    type: e.type,
    identifier: e.identifier,
    location: e.location,
    quantity: e.quantity,
    note: e.note,
    lastCheckedOn: e.lastCheckedOn,
    nextDueOn: e.nextDueOn,
    status: e.status,
    statusNote: e.statusNote,
    retireReason: e.retireReason,
  };
}

/** The register of fire equipment, instruments and key facilities and their locations (R31, SL-3). */
export class FireEquipmentService extends FireSafetyBase {
  byIds(keys: readonly string[]): Promise<FireEquipment[]> {
    const read = this.siteFilter();
    if (!read) return Promise.resolve([]);
    return this.ctx.em.find(FireEquipment, { id: { $in: [...keys] }, ...read });
  }

  /**
   * The register, by identifier: in service unless retired ones are asked for. "Overdue" is on
   * the named site's calendar (Asia/Shanghai when no site is named); each row's flag uses its own.
   */
  async list(filter: FireEquipmentFilter | null | undefined, page: PageArgs): Promise<ConnectionShape<FireEquipment>> {
    const f = filter ?? {};
    const named = f.siteCode ? await this.readableSite(f.siteCode) : null;
    const sites = this.readSites(f.siteCode);
    const where: FilterQuery<FireEquipment>[] = [sites ? (sites as FilterQuery<FireEquipment>) : { id: { $in: [] } }];
    if (f.areaId) where.push({ area: keyOf(f.areaId, 'Area') ?? '-' });
    if (f.type) where.push({ type: f.type });
    if (f.status) where.push({ status: f.status });
    else if (!f.includeRetired) where.push({ status: { $ne: FireEquipmentStatus.RETIRED } });
    if (f.overdueOnly) {
      where.push({
        status: { $ne: FireEquipmentStatus.RETIRED },
        nextDueOn: { $lt: zonedDate(this.now(), named?.timeZone ?? 'Asia/Shanghai') },
      });
    }
    const search = f.search?.trim();
    if (search) {
      if (search.length > LIMITS.maxSearchLength) {
        throw badInput('search', `must be at most ${LIMITS.maxSearchLength} characters`);
      }
      const like = containsText(this.ctx.em, search);
      where.push({ $or: [{ identifier: like }, { location: like }, { note: like }] });
    }
    return paginate(
      this.ctx.em,
      FireEquipment,
      { $and: where },
      [
        ['identifier', 'asc'],
        ['id', 'asc'],
      ],
      page,
      (e) => [e.identifier, e.id],
    );
  }

  isOverdue(e: FireEquipment): boolean {
    if (e.status === FireEquipmentStatus.RETIRED || !e.nextDueOn) return false;
    return e.nextDueOn < this.today(e.site.unwrap());
  }

  mayHandle(e: FireEquipment): boolean {
    return !!this.ctx.viewer && fireSafetyReaches(this.ctx.viewer, 'fire_safety.handle', e.site.unwrap().code);
  }

  // ---- changes ---------------------------------------------------------------------------

  private async identifierTaken(tx: EntityManager, siteCode: string, identifier: string, except: string | null) {
    const where = {
      site: siteCode,
      identifier,
      status: { $ne: FireEquipmentStatus.RETIRED },
      ...(except ? { id: { $ne: except } } : {}),
    };
    return (await tx.count(FireEquipment, where)) > 0;
  }

  private quantity(v: Validator, value: number | null | undefined): number | null {
    if (value == null) return null;
    if (!Number.isInteger(value) || value < 1 || value > EQUIPMENT_LIMITS.quantityMax) {
      v.add('quantity', `must be a whole number from 1 to ${EQUIPMENT_LIMITS.quantityMax}`, UserErrorCode.OUT_OF_RANGE);
      return null;
    }
    return value;
  }

  /** The next check after the last, within ten years either way. */
  private checkDates(
    v: Validator,
    today: string,
    last: string | null | undefined,
    next: string | null | undefined,
    lastField: string,
    required: boolean,
  ) {
    const lastCheckedOn = this.dateNear(v, lastField, last, today, {
      required,
      notFuture: true,
      pastDays: HISTORY_DAYS,
    });
    const nextDueOn = v.date('nextDueOn', next, required);
    if (nextDueOn && nextDueOn > this.plusDays(today, FUTURE_DAYS)) {
      v.add('nextDueOn', 'must be within ten years', UserErrorCode.OUT_OF_RANGE);
    } else if (nextDueOn && lastCheckedOn && nextDueOn <= lastCheckedOn) {
      v.add('nextDueOn', `must be after ${lastField}`, UserErrorCode.OUT_OF_RANGE);
    }
    return { lastCheckedOn, nextDueOn };
  }

  private plusDays(date: string, days: number): string {
    const d = new Date(`${date}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + days);
    return d.toISOString().slice(0, 10);
  }

  register(input: RegisterFireEquipmentInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const v = new Validator();
      const site = await this.siteToAct(tx, v, input.siteCode, ['fire_safety.create']);
      const identifier = v.text('identifier', input.identifier, { max: EQUIPMENT_LIMITS.identifier, required: true });
      const location = v.text('location', input.location, { max: EQUIPMENT_LIMITS.location, required: true });
      const note = v.text('note', input.note, { max: EQUIPMENT_LIMITS.note }) || null;
      const quantity = input.quantity == null ? 1 : this.quantity(v, input.quantity);
      const area = site && input.areaId ? await this.areaAt(tx, v, input.areaId, 'areaId', site.code) : null;
      const dates = site
        ? this.checkDates(v, this.today(site), input.lastCheckedOn, input.nextDueOn, 'lastCheckedOn', false)
        : null;
      v.check();
      if (!site || !dates || quantity === null) throw new Error('unreachable');
      if (await this.identifierTaken(tx, site.code, identifier, null)) {
        refuse('identifier', 'is already the label of equipment in service at this site', UserErrorCode.TAKEN);
      }
      const now = this.now();
      const e = tx.create(FireEquipment, {
        id: randomUUID(),
        site,
        area,
        type: input.type,
        identifier,
        location,
        quantity,
        note,
        ...dates,
        createdBy: this.me(tx),
        createdAt: now,
        updatedAt: now,
      });
      this.recordAudit(audit, 'fire_equipment.register', 'FireEquipment', e.id, null, snapshot(e));
      return e;
    });
  }

  private async inService(tx: EntityManager, id: string): Promise<FireEquipment> {
    const e = await this.recordToAct(tx, FireEquipment, 'FireEquipment', id, 'equipmentId', ['fire_safety.handle']);
    if (e.status === FireEquipmentStatus.RETIRED) {
      refuse('equipmentId', 'is retired: a retired entry stays as it was', UserErrorCode.INVALID_TRANSITION);
    }
    return e;
  }

  update(input: UpdateFireEquipmentInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const e = await this.inService(tx, input.equipmentId);
      const before = snapshot(e);
      const site = e.site.unwrap();
      const v = new Validator();
      if (input.areaId != null) {
        const area = await this.areaAt(tx, v, input.areaId, 'areaId', site.code);
        if (area) e.area = tx.getReference(Area, area.id, { wrapped: true });
      }
      if (input.type != null) e.type = input.type;
      if (input.identifier != null) {
        e.identifier = v.text('identifier', input.identifier, { max: EQUIPMENT_LIMITS.identifier, required: true });
      }
      if (input.location != null) {
        e.location = v.text('location', input.location, { max: EQUIPMENT_LIMITS.location, required: true });
      }
      if (input.quantity != null) e.quantity = this.quantity(v, input.quantity) ?? e.quantity;
      if (input.note != null) e.note = v.text('note', input.note, { max: EQUIPMENT_LIMITS.note }) || null;
      v.check();
      if (await this.identifierTaken(tx, site.code, e.identifier, e.id)) {
        refuse('identifier', 'is already the label of equipment in service at this site', UserErrorCode.TAKEN);
      }
      e.updatedAt = this.now();
      this.recordAudit(audit, 'fire_equipment.update', 'FireEquipment', e.id, before, snapshot(e));
      return e;
    });
  }

  recordCheck(input: RecordFireEquipmentCheckInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const e = await this.inService(tx, input.equipmentId);
      const before = snapshot(e);
      const v = new Validator();
      const { lastCheckedOn, nextDueOn } = this.checkDates(
        v,
        this.today(e.site.unwrap()),
        input.checkedOn,
        input.nextDueOn,
        'checkedOn',
        true,
      );
      if (lastCheckedOn && e.lastCheckedOn && lastCheckedOn < e.lastCheckedOn) {
        v.add(
          'checkedOn',
          `must not be before the last check on record (${e.lastCheckedOn})`,
          UserErrorCode.OUT_OF_RANGE,
        );
      }
      if (input.status === FireEquipmentStatus.RETIRED) {
        v.add('status', 'must be OK or FAULTY: retiring is its own step', UserErrorCode.INVALID);
      }
      const note = v.text('note', input.note, {
        max: EQUIPMENT_LIMITS.note,
        required: input.status === FireEquipmentStatus.FAULTY,
      });
      v.check();
      e.lastCheckedOn = lastCheckedOn;
      e.nextDueOn = nextDueOn;
      e.status = input.status;
      e.statusNote = note || null;
      e.updatedAt = this.now();
      this.recordAudit(audit, 'fire_equipment.check', 'FireEquipment', e.id, before, snapshot(e));
      return e;
    });
  }

  retire(input: RetireFireEquipmentInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const e = await this.inService(tx, input.equipmentId);
      const before = snapshot(e);
      const v = new Validator();
      const reason = v.text('reason', input.reason, { max: EQUIPMENT_LIMITS.reason, required: true });
      v.check();
      const now = this.now();
      e.status = FireEquipmentStatus.RETIRED;
      e.retiredAt = now;
      e.retireReason = reason;
      e.updatedAt = now;
      this.recordAudit(audit, 'fire_equipment.retire', 'FireEquipment', e.id, before, snapshot(e));
      return e;
    });
  }
}
