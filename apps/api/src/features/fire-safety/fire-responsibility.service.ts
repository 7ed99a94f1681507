import { randomUUID } from 'node:crypto';
import { UserErrorCode } from '@steward/schema';
import { runMutation } from '../../graphql/mutation.js';
import { refuse } from '../../graphql/user-error.js';
import { Validator } from '../../graphql/validate.js';
import { Area } from '../places/area.entity.js';
import { sortAreas } from '../places/place.service.js';
import { FireResponsibility, RESPONSIBILITY_LIMITS } from './fire-responsibility.entity.js';
import { fireSafetyReaches } from './fire-safety.access.js';
import { FireSafetyBase, keyOf } from './fire-safety.base.js';
import type { AssignFireResponsibilityInput, EndFireResponsibilityInput } from './fire-safety.inputs.js';
import { inForceOn, supersededEnd, supersession } from './fire-safety.rules.js';
import { KeyUnit } from './key-unit.entity.js';

/** How far back a date on record may lie (a responsibility letter signed years ago). */
const HISTORY_DAYS = 3660;

function snapshot(r: FireResponsibility): Record<string, unknown> {
  return {
    site: r.site.unwrap().code,
    area: r.area?.unwrap().id ?? null,
    keyUnit: r.keyUnit?.unwrap().id ?? null,
    responsible: r.responsible.unwrap().id,
    deputy: r.deputy?.unwrap().id ?? null,
    duties: r.duties,
    effectiveFrom: r.effectiveFrom,
    effectiveTo: r.effectiveTo,
    signedOn: r.signedOn,
    endReason: r.endReason,
    supersededBy: r.supersededBy?.unwrap().id ?? null,
  };
}

/** One row of the coverage check (C15): a place, and who answers for it today, if anyone. */
export interface ResponsibilityCoverageRow {
  area: Area | null;
  keyUnit: KeyUnit | null;
  name: string;
  current: FireResponsibility | null;
}

/** The fire-safety responsibility system (R28, OM-4): who answers for each area and key unit. */
export class FireResponsibilityService extends FireSafetyBase {
  byIds(keys: readonly string[]): Promise<FireResponsibility[]> {
    const read = this.siteFilter();
    if (!read) return Promise.resolve([]);
    return this.ctx.em.find(FireResponsibility, { id: { $in: [...keys] }, ...read });
  }

  /** The assignments of a site: those not yet over (in force or to come), or all of them. */
  async list(siteCode: string, includeEnded: boolean): Promise<FireResponsibility[]> {
    const site = await this.readableSite(siteCode);
    if (!site) return [];
    const today = this.today(site);
    return this.ctx.em.find(
      FireResponsibility,
      { site: site.code, ...(includeEnded ? {} : { $or: [{ effectiveTo: null }, { effectiveTo: { $gte: today } }] }) },
      { orderBy: { effectiveFrom: 'desc', id: 'asc' }, limit: 1000 },
    );
  }

  /**
   * C15 for a site today: every active area (in patrol order) and every active key unit, with the
   * assignment in force for it; `current` null is a gap in the responsibility system.
   */
  async coverage(siteCode: string): Promise<ResponsibilityCoverageRow[]> {
    const site = await this.readableSite(siteCode);
    if (!site) return [];
    const today = this.today(site);
    const [areas, units, assignments] = await Promise.all([
      this.ctx.em.find(Area, { site: site.code, active: true }, { limit: 1000 }),
      this.ctx.em.find(KeyUnit, { site: site.code, active: true }, { orderBy: { name: 'asc' }, limit: 1000 }),
      this.ctx.em.find(
        FireResponsibility,
        {
          site: site.code,
          effectiveFrom: { $lte: today },
          $or: [{ effectiveTo: null }, { effectiveTo: { $gte: today } }],
        },
        { limit: 5000 },
      ),
    ]);
    const byArea = new Map<string, FireResponsibility>();
    const byUnit = new Map<string, FireResponsibility>();
    for (const a of assignments) {
      if (!inForceOn(a, today)) continue;
      if (a.area) byArea.set(a.area.unwrap().id, a);
      if (a.keyUnit) byUnit.set(a.keyUnit.unwrap().id, a);
    }
    return [
      ...sortAreas(areas).map((area) => ({
        area,
        keyUnit: null,
        name: this.ctx.locale === 'en' ? area.nameEn : area.nameZh,
        current: byArea.get(area.id) ?? null,
      })),
      ...units.map((unit) => ({ area: null, keyUnit: unit, name: unit.name, current: byUnit.get(unit.id) ?? null })),
    ];
  }

  assign(input: AssignFireResponsibilityInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const v = new Validator();
      const areaKey = keyOf(input.areaId, 'Area');
      const unitKey = keyOf(input.keyUnitId, 'KeyUnit');
      if (!!input.areaId === !!input.keyUnitId) {
        refuse('areaId', 'give exactly one of areaId and keyUnitId', UserErrorCode.INVALID);
      }
      const read = this.siteFilter() ?? { site: { $in: [] } };
      const area = input.areaId && areaKey ? await tx.findOne(Area, { id: areaKey, active: true, ...read }) : null;
      const unit =
        input.keyUnitId && unitKey ? await tx.findOne(KeyUnit, { id: unitKey, active: true, ...read }) : null;
      if (input.areaId && !area) refuse('areaId', 'names no active area you may see', UserErrorCode.NOT_FOUND);
      if (input.keyUnitId && !unit)
        refuse('keyUnitId', 'names no active key unit you may see', UserErrorCode.NOT_FOUND);
      const site = (area ?? unit)?.site.unwrap();
      if (!site) throw new Error('unreachable');
      if (!fireSafetyReaches(this.viewer, 'fire_safety.create', site.code)) {
        refuse(
          area ? 'areaId' : 'keyUnitId',
          'is at a site whose fire-safety records you do not keep',
          UserErrorCode.NOT_PERMITTED,
        );
      }
      const today = this.today(site);
      const from = this.dateNear(v, 'effectiveFrom', input.effectiveFrom, today, {
        required: true,
        pastDays: HISTORY_DAYS,
      });
      const to = this.dateNear(v, 'effectiveTo', input.effectiveTo, today, { pastDays: HISTORY_DAYS });
      if (from && to && to < from) v.add('effectiveTo', 'must not be before effectiveFrom', UserErrorCode.OUT_OF_RANGE);
      const signedOn = this.dateNear(v, 'signedOn', input.signedOn, today, { notFuture: true, pastDays: HISTORY_DAYS });
      const duties = v.text('duties', input.duties, { max: RESPONSIBILITY_LIMITS.duties }) || null;
      const responsible = await this.staffAt(tx, v, input.responsibleId, 'responsibleId', site.code);
      const deputy = input.deputyId ? await this.staffAt(tx, v, input.deputyId, 'deputyId', site.code) : null;
      if (responsible && deputy && responsible.id === deputy.id) {
        v.add('deputyId', 'must be someone other than the responsible person', UserErrorCode.INVALID);
      }
      v.check();
      if (!from || !responsible) throw new Error('unreachable');

      const existing = await tx.find(FireResponsibility, area ? { area: area.id } : { keyUnit: unit?.id });
      const superseded: FireResponsibility[] = [];
      for (const e of existing) {
        const effect = supersession(e, from, to);
        if (effect === 'conflict') {
          refuse(
            'effectiveFrom',
            `overlaps the assignment in force from ${e.effectiveFrom}: start after it, or end it first`,
            UserErrorCode.CONFLICT,
          );
        }
        if (effect === 'supersede') superseded.push(e);
      }
      const now = this.now();
      const r = tx.create(FireResponsibility, {
        id: randomUUID(),
        site,
        area,
        keyUnit: unit,
        responsible,
        deputy,
        duties,
        effectiveFrom: from,
        effectiveTo: to,
        signedOn,
        createdBy: this.me(tx),
        createdAt: now,
        updatedAt: now,
      });
      for (const e of superseded) {
        e.effectiveTo = supersededEnd(from);
        e.supersededBy = tx.getReference(FireResponsibility, r.id, { wrapped: true });
        e.updatedAt = now;
      }
      this.recordAudit(audit, 'fire_responsibility.assign', 'FireResponsibility', r.id, null, {
        ...snapshot(r),
        supersedes: superseded.map((e) => e.id),
      });
      return r;
    });
  }

  end(input: EndFireResponsibilityInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const r = await this.recordToAct(
        tx,
        FireResponsibility,
        'FireResponsibility',
        input.responsibilityId,
        'responsibilityId',
        ['fire_safety.handle'],
      );
      const before = snapshot(r);
      const today = this.today(r.site.unwrap());
      const v = new Validator();
      if (r.effectiveTo && r.effectiveTo < today) {
        refuse('responsibilityId', 'has already ended', UserErrorCode.INVALID_TRANSITION);
      }
      const to = this.dateNear(v, 'effectiveTo', input.effectiveTo, today, { required: true, pastDays: HISTORY_DAYS });
      if (to && to < r.effectiveFrom)
        v.add('effectiveTo', 'must not be before its first day', UserErrorCode.OUT_OF_RANGE);
      else if (to && r.effectiveTo && to > r.effectiveTo) {
        v.add('effectiveTo', 'must not be after the day it already ends', UserErrorCode.OUT_OF_RANGE);
      }
      const reason = v.text('reason', input.reason, { max: RESPONSIBILITY_LIMITS.reason, required: true });
      v.check();
      r.effectiveTo = to;
      r.endReason = reason;
      r.updatedAt = this.now();
      this.recordAudit(audit, 'fire_responsibility.end', 'FireResponsibility', r.id, before, snapshot(r));
      return r;
    });
  }
}
