import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { UserErrorCode } from '@steward/schema';
import { runMutation } from '../../graphql/mutation.js';
import { refuse } from '../../graphql/user-error.js';
import { Validator } from '../../graphql/validate.js';
import { Area } from '../places/area.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { FireSafetyBase } from './fire-safety.base.js';
import { EmergencyPlanStatus, type EmergencyPlanType } from './fire-safety.enums.js';
import type {
  CreateKeyUnitInput,
  DraftEmergencyPlanInput,
  EmergencyPlanStepInput,
  UpdateEmergencyPlanDraftInput,
  UpdateKeyUnitInput,
  WithdrawEmergencyPlanDraftInput,
} from './fire-safety.inputs.js';
import { EmergencyPlan, EmergencyPlanReading, KEY_UNIT_LIMITS, KeyUnit, PLAN_LIMITS } from './key-unit.entity.js';

function unitSnapshot(u: KeyUnit): Record<string, unknown> {
  return {
    site: u.site.unwrap().code,
    area: u.area?.unwrap().id ?? null,
    name: u.name,
    location: u.location,
    riskDescription: u.riskDescription,
    active: u.active,
  };
}

function planSnapshot(p: EmergencyPlan): Record<string, unknown> {
  return {
    keyUnit: p.keyUnit.unwrap().id,
    type: p.type,
    version: p.version,
    status: p.status,
    title: p.title,
    // The text itself can be long: the audit trail keeps its length, the plan keeps every version.
    contentLength: p.content.length,
    effectiveFrom: p.effectiveFrom,
    reviewDue: p.reviewDue,
    approvedBy: p.approvedBy?.unwrap().id ?? null,
    withdrawReason: p.withdrawReason,
  };
}

/** Key protected units and their versioned emergency plans (R29, OM-4, SL-11). */
export class EmergencyPlanService extends FireSafetyBase {
  // ---- reading ---------------------------------------------------------------------------

  unitsByIds(keys: readonly string[]): Promise<KeyUnit[]> {
    const read = this.siteFilter();
    if (!read) return Promise.resolve([]);
    return this.ctx.em.find(KeyUnit, { id: { $in: [...keys] }, ...read });
  }

  plansByIds(keys: readonly string[]): Promise<EmergencyPlan[]> {
    const read = this.siteFilter();
    if (!read) return Promise.resolve([]);
    return this.ctx.em.find(EmergencyPlan, { id: { $in: [...keys] }, ...read });
  }

  async units(siteCode: string, includeInactive: boolean): Promise<KeyUnit[]> {
    const site = await this.readableSite(siteCode);
    if (!site) return [];
    return this.ctx.em.find(
      KeyUnit,
      { site: site.code, ...(includeInactive ? {} : { active: true }) },
      { orderBy: { active: 'desc', name: 'asc' }, limit: 1000 },
    );
  }

  /** A unit's plan versions, newest first (of one type when named). */
  plansOf(unit: KeyUnit, type: EmergencyPlanType | null): Promise<EmergencyPlan[]> {
    return this.ctx.em.find(
      EmergencyPlan,
      { keyUnit: unit.id, ...(type ? { type } : {}) },
      { orderBy: { type: 'asc', version: 'desc' } },
    );
  }

  current(unit: KeyUnit, type: EmergencyPlanType): Promise<EmergencyPlan | null> {
    return this.ctx.em.findOne(EmergencyPlan, { keyUnit: unit.id, type, status: EmergencyPlanStatus.IN_FORCE });
  }

  /** The plans in force at a site (for a drill to exercise). */
  async inForceAt(siteCode: string): Promise<EmergencyPlan[]> {
    const site = await this.readableSite(siteCode);
    if (!site) return [];
    return this.ctx.em.find(
      EmergencyPlan,
      { site: site.code, status: EmergencyPlanStatus.IN_FORCE },
      { orderBy: { keyUnit: { name: 'asc' }, type: 'asc' }, populate: ['keyUnit'] },
    );
  }

  readings(plan: EmergencyPlan): Promise<EmergencyPlanReading[]> {
    return this.ctx.em.find(EmergencyPlanReading, { plan: plan.id }, { orderBy: { readAt: 'asc' } });
  }

  async viewerHasRead(plan: EmergencyPlan): Promise<boolean> {
    if (!this.ctx.viewer) return false;
    return (await this.ctx.em.count(EmergencyPlanReading, { plan: plan.id, staff: this.ctx.viewer.staff.id })) > 0;
  }

  // ---- key units -------------------------------------------------------------------------

  private async nameTaken(tx: EntityManager, siteCode: string, name: string, except: string | null) {
    const where = { site: siteCode, name, active: true, ...(except ? { id: { $ne: except } } : {}) };
    return (await tx.count(KeyUnit, where)) > 0;
  }

  createUnit(input: CreateKeyUnitInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const v = new Validator();
      const site = await this.siteToAct(tx, v, input.siteCode, ['fire_safety.create']);
      const name = v.text('name', input.name, { max: KEY_UNIT_LIMITS.name, required: true });
      const location = v.text('location', input.location, { max: KEY_UNIT_LIMITS.location, required: true });
      const riskDescription = v.text('riskDescription', input.riskDescription, {
        max: KEY_UNIT_LIMITS.risk,
        required: true,
      });
      const area = site && input.areaId ? await this.areaAt(tx, v, input.areaId, 'areaId', site.code) : null;
      v.check();
      if (!site) throw new Error('unreachable');
      if (await this.nameTaken(tx, site.code, name, null)) {
        refuse('name', 'is already the name of a key unit at this site', UserErrorCode.TAKEN);
      }
      const now = this.now();
      const unit = tx.create(KeyUnit, {
        id: randomUUID(),
        site,
        area,
        name,
        location,
        riskDescription,
        createdBy: this.me(tx),
        createdAt: now,
        updatedAt: now,
      });
      this.recordAudit(audit, 'key_unit.create', 'KeyUnit', unit.id, null, unitSnapshot(unit));
      return unit;
    });
  }

  updateUnit(input: UpdateKeyUnitInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const unit = await this.recordToAct(tx, KeyUnit, 'KeyUnit', input.keyUnitId, 'keyUnitId', ['fire_safety.handle']);
      const before = unitSnapshot(unit);
      const site = unit.site.unwrap();
      const v = new Validator();
      if (input.areaId && input.clearArea) {
        v.add('clearArea', 'cannot be given together with areaId', UserErrorCode.INVALID);
      } else if (input.areaId) {
        const area = await this.areaAt(tx, v, input.areaId, 'areaId', site.code);
        if (area) unit.area = tx.getReference(Area, area.id, { wrapped: true });
      } else if (input.clearArea) unit.area = null;
      if (input.name != null) unit.name = v.text('name', input.name, { max: KEY_UNIT_LIMITS.name, required: true });
      if (input.location != null) {
        unit.location = v.text('location', input.location, { max: KEY_UNIT_LIMITS.location, required: true });
      }
      if (input.riskDescription != null) {
        unit.riskDescription = v.text('riskDescription', input.riskDescription, {
          max: KEY_UNIT_LIMITS.risk,
          required: true,
        });
      }
      if (input.active != null) unit.active = input.active;
      v.check();
      if (unit.active && (await this.nameTaken(tx, site.code, unit.name, unit.id))) {
        refuse('name', 'is already the name of a key unit at this site', UserErrorCode.TAKEN);
      }
      unit.updatedAt = this.now();
      this.recordAudit(audit, 'key_unit.update', 'KeyUnit', unit.id, before, unitSnapshot(unit));
      return unit;
    });
  }

  // ---- plans -----------------------------------------------------------------------------

  /** Validates the dates of a plan: effective within a year either way (or earlier on record), review after it. */
  private planDates(
    v: Validator,
    today: string,
    effectiveFromRaw: string | null | undefined,
    reviewDueRaw: string | null | undefined,
  ): { effectiveFrom: string | null; reviewDue: string | null } {
    const effectiveFrom = this.dateNear(v, 'effectiveFrom', effectiveFromRaw, today, { pastDays: 3660 });
    const reviewDue = this.dateNear(v, 'reviewDue', reviewDueRaw, today, { pastDays: 3660 });
    if (reviewDue && reviewDue <= (effectiveFrom ?? today)) {
      v.add('reviewDue', 'must be after the plan takes effect', UserErrorCode.OUT_OF_RANGE);
    }
    return { effectiveFrom, reviewDue };
  }

  draftPlan(input: DraftEmergencyPlanInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const unit = await this.recordToAct(tx, KeyUnit, 'KeyUnit', input.keyUnitId, 'keyUnitId', ['fire_safety.create']);
      const v = new Validator();
      if (!unit.active) v.add('keyUnitId', 'is no longer a key unit', UserErrorCode.INVALID);
      const title = v.text('title', input.title, { max: PLAN_LIMITS.title, required: true });
      const content = v.text('content', input.content, { max: PLAN_LIMITS.content, required: true });
      const dates = this.planDates(v, this.today(unit.site.unwrap()), input.effectiveFrom, input.reviewDue);
      v.check();
      const draft = await tx.count(EmergencyPlan, {
        keyUnit: unit.id,
        type: input.type,
        status: EmergencyPlanStatus.DRAFT,
      });
      if (draft > 0) {
        refuse('type', 'already has a draft for this unit: edit or withdraw it first', UserErrorCode.CONFLICT);
      }
      const last = await tx.findOne(
        EmergencyPlan,
        { keyUnit: unit.id, type: input.type },
        { orderBy: { version: 'desc' } },
      );
      const now = this.now();
      const plan = tx.create(EmergencyPlan, {
        id: randomUUID(),
        keyUnit: unit,
        site: unit.site,
        type: input.type,
        version: (last?.version ?? 0) + 1,
        title,
        content,
        ...dates,
        draftedBy: this.me(tx),
        draftedAt: now,
        updatedAt: now,
      });
      this.recordAudit(audit, 'emergency_plan.draft', 'EmergencyPlan', plan.id, null, planSnapshot(plan));
      return plan;
    });
  }

  private async draftToChange(tx: EntityManager, id: string, field = 'planId'): Promise<EmergencyPlan> {
    const plan = await this.recordToAct(tx, EmergencyPlan, 'EmergencyPlan', id, field, [
      'fire_safety.create',
      'fire_safety.handle',
    ]);
    if (plan.status !== EmergencyPlanStatus.DRAFT) {
      refuse(field, 'is not a draft: a plan in force changes by a new version', UserErrorCode.INVALID_TRANSITION);
    }
    return plan;
  }

  updateDraft(input: UpdateEmergencyPlanDraftInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const plan = await this.draftToChange(tx, input.planId);
      const before = planSnapshot(plan);
      const v = new Validator();
      if (input.title != null) plan.title = v.text('title', input.title, { max: PLAN_LIMITS.title, required: true });
      if (input.content != null) {
        plan.content = v.text('content', input.content, { max: PLAN_LIMITS.content, required: true });
      }
      const dates = this.planDates(
        v,
        this.today(plan.site.unwrap()),
        input.effectiveFrom == null ? plan.effectiveFrom : input.effectiveFrom,
        input.reviewDue == null ? plan.reviewDue : input.reviewDue,
      );
      v.check();
      plan.effectiveFrom = dates.effectiveFrom;
      plan.reviewDue = dates.reviewDue;
      plan.updatedAt = this.now();
      this.recordAudit(audit, 'emergency_plan.update_draft', 'EmergencyPlan', plan.id, before, planSnapshot(plan));
      return plan;
    });
  }

  /**
   * Approval puts a draft in force and supersedes the version in force before it (kept as
   * history). A draft that takes effect later is approved on that day: until then the version
   * in force stays so, and no unit is ever left without its plan by an approval.
   */
  approve(input: EmergencyPlanStepInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const plan = await this.recordToAct(
        tx,
        EmergencyPlan,
        'EmergencyPlan',
        input.planId,
        'planId',
        ['fire_safety.approve'],
        ['keyUnit'],
      );
      if (plan.status !== EmergencyPlanStatus.DRAFT) {
        refuse('planId', 'is not a draft awaiting approval', UserErrorCode.INVALID_TRANSITION);
      }
      if (!plan.keyUnit.unwrap().active)
        refuse('planId', 'belongs to a unit that is no longer key', UserErrorCode.INVALID);
      const today = this.today(plan.site.unwrap());
      if (plan.effectiveFrom && plan.effectiveFrom > today) {
        refuse(
          'planId',
          `takes effect on ${plan.effectiveFrom}: approve it on that day`,
          UserErrorCode.INVALID_TRANSITION,
        );
      }
      const before = planSnapshot(plan);
      const now = this.now();
      const previous = await tx.findOne(EmergencyPlan, {
        keyUnit: plan.keyUnit.unwrap().id,
        type: plan.type,
        status: EmergencyPlanStatus.IN_FORCE,
      });
      if (previous) {
        previous.status = EmergencyPlanStatus.SUPERSEDED;
        previous.supersededAt = now;
        previous.supersededBy = tx.getReference(EmergencyPlan, plan.id, { wrapped: true });
        previous.updatedAt = now;
      }
      plan.status = EmergencyPlanStatus.IN_FORCE;
      plan.effectiveFrom = plan.effectiveFrom ?? today;
      plan.approvedBy = tx.getReference(Staff, this.viewer.staff.id, { wrapped: true });
      plan.approvedAt = now;
      plan.updatedAt = now;
      this.recordAudit(audit, 'emergency_plan.approve', 'EmergencyPlan', plan.id, before, {
        ...planSnapshot(plan),
        supersedes: previous?.id ?? null,
      });
      return plan;
    });
  }

  withdraw(input: WithdrawEmergencyPlanDraftInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const plan = await this.draftToChange(tx, input.planId);
      const before = planSnapshot(plan);
      const v = new Validator();
      const reason = v.text('reason', input.reason, { max: PLAN_LIMITS.reason, required: true });
      v.check();
      const now = this.now();
      plan.status = EmergencyPlanStatus.WITHDRAWN;
      plan.withdrawnAt = now;
      plan.withdrawReason = reason;
      plan.updatedAt = now;
      this.recordAudit(audit, 'emergency_plan.withdraw', 'EmergencyPlan', plan.id, before, planSnapshot(plan));
      return plan;
    });
  }

  /** SL-11: a shift leader (anyone who reads the plans) confirms having read the version in force. */
  confirmRead(input: EmergencyPlanStepInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const plan = await this.recordToAct(tx, EmergencyPlan, 'EmergencyPlan', input.planId, 'planId', [
        'fire_safety.read',
      ]);
      if (plan.status !== EmergencyPlanStatus.IN_FORCE) {
        refuse('planId', 'is not the version in force', UserErrorCode.INVALID_TRANSITION);
      }
      const me = this.viewer.staff.id;
      if ((await tx.count(EmergencyPlanReading, { plan: plan.id, staff: me })) > 0) {
        refuse('planId', 'you have already confirmed reading this version', UserErrorCode.ALREADY_DONE);
      }
      tx.create(EmergencyPlanReading, { id: randomUUID(), plan, staff: this.me(tx), readAt: this.now() });
      this.recordAudit(audit, 'emergency_plan.confirm_read', 'EmergencyPlan', plan.id, null, {
        readBy: me,
        version: plan.version,
      });
      return plan;
    });
  }
}
