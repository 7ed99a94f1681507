import { randomUUID } from 'node:crypto';
import type { FilterQuery } from '@mikro-orm/core';
import { UserErrorCode } from '@steward/schema';
import { batchLoad, groupBy, loadAllBy } from '../../graphql/batch.js';
import { type ConnectionShape, checkRange, type PageArgs, paginate } from '../../graphql/connection.js';
import { runMutation } from '../../graphql/mutation.js';
import { toGlobalId } from '../../graphql/node.js';
import { refuse, UserError } from '../../graphql/user-error.js';
import { Validator } from '../../graphql/validate.js';
import { Staff } from '../staff/staff.entity.js';
import { StaffStatus } from '../staff/staff.enums.js';
import { DRILL_LIMITS, FireDrill, FireDrillFollowUp, FireDrillParticipant } from './fire-drill.entity.js';
import { fireSafetyReaches } from './fire-safety.access.js';
import { FireSafetyBase, keyOf } from './fire-safety.base.js';
import { EmergencyPlanStatus, FireDrillStatus } from './fire-safety.enums.js';
import type {
  CancelFireDrillInput,
  EvaluateFireDrillInput,
  FireDrillFilter,
  PlanFireDrillInput,
  RecordFireDrillInput,
  SetFireDrillFollowUpDoneInput,
} from './fire-safety.inputs.js';
import { drillTimingProblems } from './fire-safety.rules.js';
import { EmergencyPlan } from './key-unit.entity.js';

const DAY_MS = 24 * 3600_000;
const YEAR_MS = 366 * DAY_MS;

function snapshot(d: FireDrill, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const iso = (x: Date | null) => x?.toISOString() ?? null;
  return {
    site: d.site.unwrap().code,
    status: d.status,
    plannedFor: d.plannedFor.toISOString(),
    scenario: d.scenario,
    plan: d.plan?.unwrap().id ?? null,
    area: d.area?.unwrap().id ?? null,
    organiser: d.organiser.unwrap().id,
    alarmAt: iso(d.alarmAt),
    assembledAt: iso(d.assembledAt),
    evacuatedAt: iso(d.evacuatedAt),
    endedAt: iso(d.endedAt),
    brigadeCount: d.brigadeCount,
    occupantCount: d.occupantCount,
    heldNote: d.heldNote,
    evaluation: d.evaluation,
    rating: d.rating,
    cancelReason: d.cancelReason,
    ...extra,
  };
}

function followUpSnapshot(f: FireDrillFollowUp): Record<string, unknown> {
  return {
    drill: f.drill.unwrap().id,
    description: f.description,
    owner: f.owner.unwrap().id,
    dueOn: f.dueOn,
    done: f.doneAt !== null,
    doneNote: f.doneNote,
  };
}

/** Fire drills (R30, OM-4): planned → held → evaluated, with follow-up actions. */
export class FireDrillService extends FireSafetyBase {
  // ---- reading ---------------------------------------------------------------------------

  byIds(keys: readonly string[]): Promise<FireDrill[]> {
    const read = this.siteFilter();
    if (!read) return Promise.resolve([]);
    return this.ctx.em.find(FireDrill, { id: { $in: [...keys] }, ...read });
  }

  async byId(id: string): Promise<FireDrill | null> {
    const key = keyOf(id, 'FireDrill');
    return key ? ((await this.byIds([key]))[0] ?? null) : null;
  }

  async followUpsByIds(keys: readonly string[]): Promise<FireDrillFollowUp[]> {
    const read = this.siteFilter();
    if (!read) return [];
    return this.ctx.em.find(FireDrillFollowUp, {
      id: { $in: [...keys] },
      drill: read,
    } as FilterQuery<FireDrillFollowUp>);
  }

  list(filter: FireDrillFilter | null | undefined, page: PageArgs): Promise<ConnectionShape<FireDrill>> {
    const sites = this.readSites(filter?.siteCode);
    const f = filter ?? {};
    checkRange(f.from, f.to);
    const where: FilterQuery<FireDrill> = sites
      ? ({
          ...sites,
          ...(f.status ? { status: f.status } : {}),
          ...(f.areaId ? { area: keyOf(f.areaId, 'Area') ?? '-' } : {}),
          ...(f.from || f.to
            ? { plannedFor: { ...(f.from ? { $gte: f.from } : {}), ...(f.to ? { $lt: f.to } : {}) } }
            : {}),
        } as FilterQuery<FireDrill>)
      : { id: { $in: [] } };
    return paginate(
      this.ctx.em,
      FireDrill,
      where,
      [
        ['plannedFor', 'desc'],
        ['id', 'desc'],
      ],
      page,
      (d) => [d.plannedFor.toISOString(), d.id],
      ([at, id]) => [new Date(String(at)), id],
    );
  }

  /** Who took part, by employee number; a list's drills are read in one query. */
  participants(d: FireDrill): Promise<Staff[]> {
    const em = this.ctx.em;
    return batchLoad(
      this.ctx,
      'FireDrill.participants',
      async (ids) => {
        const rows = await em.find(
          FireDrillParticipant,
          { drill: { $in: ids } },
          { populate: ['staff'], orderBy: { drill: 'asc', staff: { employeeNo: 'asc' } } },
        );
        const byDrill = new Map<string, Staff[]>();
        for (const [drill, list] of groupBy(rows, (r) => r.drill.id))
          byDrill.set(
            drill,
            list.map((r) => r.staff.unwrap()),
          );
        return byDrill;
      },
      d.id,
      [],
    );
  }

  /** Its follow-up actions in order; a list's drills are read in one query. */
  followUps(d: FireDrill): Promise<FireDrillFollowUp[]> {
    return loadAllBy(
      this.ctx,
      'FireDrill.followUps',
      { entity: FireDrillFollowUp, by: 'drill', keyOf: (f) => f.drill.id, orderBy: { drill: 'asc', ordinal: 'asc' } },
      d.id,
    );
  }

  mayHandle(d: FireDrill): boolean {
    return !!this.ctx.viewer && fireSafetyReaches(this.ctx.viewer, 'fire_safety.handle', d.site.unwrap().code);
  }

  // ---- changes ---------------------------------------------------------------------------

  plan(input: PlanFireDrillInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const v = new Validator();
      const site = await this.siteToAct(tx, v, input.siteCode, ['fire_safety.create']);
      const scenario = v.text('scenario', input.scenario, { max: DRILL_LIMITS.scenario, required: true });
      const now = this.now();
      if (Math.abs(input.plannedFor.getTime() - now.getTime()) > YEAR_MS) {
        v.add('plannedFor', 'must be within a year of today', UserErrorCode.OUT_OF_RANGE);
      }
      let plan: EmergencyPlan | null = null;
      if (site && input.planId) {
        const key = keyOf(input.planId, 'EmergencyPlan');
        plan = key
          ? await tx.findOne(EmergencyPlan, { id: key, site: site.code, status: EmergencyPlanStatus.IN_FORCE })
          : null;
        if (!plan) v.add('planId', 'names no emergency plan in force at this site', UserErrorCode.NOT_FOUND);
      }
      const area = site && input.areaId ? await this.areaAt(tx, v, input.areaId, 'areaId', site.code) : null;
      const organiser = site
        ? await this.staffAt(
            tx,
            v,
            input.organiserId ?? toGlobalId('Staff', this.viewer.staff.id),
            'organiserId',
            site.code,
          )
        : null;
      v.check();
      if (!site || !organiser) throw new Error('unreachable');
      const drill = tx.create(FireDrill, {
        id: randomUUID(),
        site,
        plannedFor: input.plannedFor,
        scenario,
        plan,
        area,
        organiser,
        createdBy: this.me(tx),
        createdAt: now,
        updatedAt: now,
      });
      this.recordAudit(audit, 'fire_drill.plan', 'FireDrill', drill.id, null, snapshot(drill));
      return drill;
    });
  }

  private count(v: Validator, field: string, value: number | null | undefined): number | null {
    if (value == null) return null;
    if (!Number.isInteger(value) || value < 0 || value > DRILL_LIMITS.headcount) {
      v.add(field, `must be a whole number from 0 to ${DRILL_LIMITS.headcount}`, UserErrorCode.OUT_OF_RANGE);
      return null;
    }
    return value;
  }

  record(input: RecordFireDrillInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const drill = await this.recordToAct(tx, FireDrill, 'FireDrill', input.drillId, 'drillId', [
        'fire_safety.handle',
      ]);
      if (drill.status !== FireDrillStatus.PLANNED) {
        refuse('drillId', 'is not a planned drill: it was held or cancelled already', UserErrorCode.INVALID_TRANSITION);
      }
      const before = snapshot(drill);
      const now = this.now();
      const v = new Validator();
      const times = {
        alarmAt: input.alarmAt,
        assembledAt: input.assembledAt ?? null,
        evacuatedAt: input.evacuatedAt ?? null,
        endedAt: input.endedAt,
      };
      for (const p of drillTimingProblems(times, now)) v.add(p.field, p.message, UserErrorCode.OUT_OF_RANGE);
      if (now.getTime() - input.alarmAt.getTime() > YEAR_MS) {
        v.add('alarmAt', 'must be within the past year', UserErrorCode.OUT_OF_RANGE);
      }
      const brigadeCount = this.count(v, 'brigadeCount', input.brigadeCount);
      const occupantCount = this.count(v, 'occupantCount', input.occupantCount);
      const heldNote = v.text('note', input.note, { max: DRILL_LIMITS.note }) || null;
      const keys = [...new Set(input.participantIds ?? [])];
      let participants: Staff[] = [];
      if (keys.length > DRILL_LIMITS.participants) {
        v.add('participantIds', `must list at most ${DRILL_LIMITS.participants} people`, UserErrorCode.OUT_OF_RANGE);
      } else {
        const ids = keys.map((k) => keyOf(k, 'Staff'));
        participants = ids.every((k) => k)
          ? await tx.find(Staff, { id: { $in: ids as string[] }, status: StaffStatus.ACTIVE })
          : [];
        if (participants.length !== keys.length) {
          v.add('participantIds', 'names someone who is not active staff', UserErrorCode.NOT_FOUND);
        }
      }
      v.check();
      drill.status = FireDrillStatus.HELD;
      Object.assign(drill, times, { brigadeCount, occupantCount, heldNote, updatedAt: now });
      for (const staff of participants) tx.create(FireDrillParticipant, { id: randomUUID(), drill, staff });
      this.recordAudit(
        audit,
        'fire_drill.record',
        'FireDrill',
        drill.id,
        before,
        snapshot(drill, { participants: participants.map((p) => p.id).sort() }),
      );
      return drill;
    });
  }

  evaluate(input: EvaluateFireDrillInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const drill = await this.recordToAct(tx, FireDrill, 'FireDrill', input.drillId, 'drillId', [
        'fire_safety.handle',
      ]);
      if (drill.status !== FireDrillStatus.HELD) {
        refuse('drillId', 'is not a drill held and awaiting its evaluation', UserErrorCode.INVALID_TRANSITION);
      }
      const before = snapshot(drill);
      const today = this.today(drill.site.unwrap());
      const v = new Validator();
      const evaluation = v.text('evaluation', input.evaluation, { max: DRILL_LIMITS.evaluation, required: true });
      const items = input.followUps ?? [];
      const given: { description: string; owner: Staff; dueOn: string | null }[] = [];
      if (items.length > DRILL_LIMITS.followUps) {
        v.add('followUps', `must list at most ${DRILL_LIMITS.followUps} actions`, UserErrorCode.OUT_OF_RANGE);
      } else {
        for (const [i, item] of items.entries()) {
          const at = (field: string) => ['input', 'followUps', String(i), field];
          const description = item.description?.trim() ?? '';
          if (!description)
            v.errors.push(new UserError(at('description'), 'description is required', UserErrorCode.REQUIRED));
          else if (description.length > DRILL_LIMITS.followUp) {
            v.errors.push(
              new UserError(
                at('description'),
                `description must be at most ${DRILL_LIMITS.followUp} characters`,
                UserErrorCode.TOO_LONG,
              ),
            );
          }
          const ownerKey = keyOf(item.ownerId, 'Staff');
          const owner = ownerKey ? await tx.findOne(Staff, { id: ownerKey, status: StaffStatus.ACTIVE }) : null;
          if (!owner)
            v.errors.push(
              new UserError(at('ownerId'), 'ownerId names no active member of staff', UserErrorCode.NOT_FOUND),
            );
          const check = new Validator();
          const dueOn = this.dateNear(check, 'dueOn', item.dueOn, today);
          if (dueOn && dueOn < today) check.add('dueOn', 'must not be in the past', UserErrorCode.OUT_OF_RANGE);
          for (const e of check.errors) v.errors.push(new UserError(at('dueOn'), e.message, e.code));
          if (owner && description) given.push({ description, owner, dueOn });
        }
      }
      v.check();
      const now = this.now();
      drill.status = FireDrillStatus.EVALUATED;
      drill.evaluation = evaluation;
      drill.rating = input.rating;
      drill.evaluatedAt = now;
      drill.evaluatedBy = tx.getReference(Staff, this.viewer.staff.id, { wrapped: true });
      drill.updatedAt = now;
      for (const [i, g] of given.entries()) {
        tx.create(FireDrillFollowUp, {
          id: randomUUID(),
          drill,
          ordinal: i + 1,
          description: g.description,
          owner: g.owner,
          dueOn: g.dueOn,
        });
      }
      this.recordAudit(
        audit,
        'fire_drill.evaluate',
        'FireDrill',
        drill.id,
        before,
        snapshot(drill, {
          followUps: given.map((g) => ({ description: g.description, owner: g.owner.id, dueOn: g.dueOn })),
        }),
      );
      return drill;
    });
  }

  setFollowUpDone(input: SetFireDrillFollowUpDoneInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const key = keyOf(input.followUpId, 'FireDrillFollowUp');
      const read = this.siteFilter();
      const item =
        key && read
          ? await tx.findOne(FireDrillFollowUp, { id: key, drill: read } as FilterQuery<FireDrillFollowUp>, {
              populate: ['drill', 'drill.site'],
            })
          : null;
      if (!item) refuse('followUpId', 'names no follow-up action you may see', UserErrorCode.NOT_FOUND);
      const drill = item.drill.unwrap();
      if (!fireSafetyReaches(this.viewer, 'fire_safety.handle', drill.site.unwrap().code)) {
        refuse('followUpId', 'is at a site whose fire-safety records you may not change', UserErrorCode.NOT_PERMITTED);
      }
      const before = followUpSnapshot(item);
      const v = new Validator();
      const note = v.text('note', input.note, { max: DRILL_LIMITS.followUp }) || null;
      v.check();
      if (input.done === (item.doneAt !== null)) {
        refuse('done', input.done ? 'it is done already' : 'it is open already', UserErrorCode.ALREADY_DONE);
      }
      if (input.done) {
        item.doneAt = this.now();
        item.doneBy = tx.getReference(Staff, this.viewer.staff.id, { wrapped: true });
        item.doneNote = note;
      } else {
        item.doneAt = null;
        item.doneBy = null;
        item.doneNote = note;
      }
      this.recordAudit(audit, 'fire_drill.follow_up', 'FireDrillFollowUp', item.id, before, followUpSnapshot(item));
      return item;
    });
  }

  cancel(input: CancelFireDrillInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const drill = await this.recordToAct(tx, FireDrill, 'FireDrill', input.drillId, 'drillId', [
        'fire_safety.handle',
      ]);
      if (drill.status !== FireDrillStatus.PLANNED) {
        refuse('drillId', 'is not a planned drill: one held stays on record as held', UserErrorCode.INVALID_TRANSITION);
      }
      const before = snapshot(drill);
      const v = new Validator();
      const reason = v.text('reason', input.reason, { max: DRILL_LIMITS.reason, required: true });
      v.check();
      const now = this.now();
      drill.status = FireDrillStatus.CANCELLED;
      drill.cancelledAt = now;
      drill.cancelReason = reason;
      drill.updatedAt = now;
      this.recordAudit(audit, 'fire_drill.cancel', 'FireDrill', drill.id, before, snapshot(drill));
      return drill;
    });
  }
}
