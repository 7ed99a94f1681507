import { Field, Int, ObjectType } from 'type-graphql';
import { badInput } from '../../graphql/errors.js';
import { Area } from '../places/area.entity.js';
import { zonedDate } from '../shifts/zoned-time.js';
import { Site } from '../sites/site.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { StaffStatus } from '../staff/staff.enums.js';
import { FireBrigadeMember } from './fire-brigade-member.entity.js';
import { FireDrill, FireDrillFollowUp } from './fire-drill.entity.js';
import { FireEquipment } from './fire-equipment.entity.js';
import { FireResponsibility } from './fire-responsibility.entity.js';
import { FireResponsibilityService, type ResponsibilityCoverageRow } from './fire-responsibility.service.js';
import { FireSafetyBase } from './fire-safety.base.js';
import {
  EmergencyPlanStatus,
  EmergencyPlanType,
  FireDrillStatus,
  FireEquipmentStatus,
  FireSafetyCheck,
} from './fire-safety.enums.js';
import { drillDue, FIRE_SAFETY_DEFAULTS, trainingLapsed } from './fire-safety.rules.js';
import { EmergencyPlan, EmergencyPlanReading, KeyUnit } from './key-unit.entity.js';

/** The post whose holders must know the plans (SL-11) and the equipment (SL-3): C17. */
export const SHIFT_LEADER_POSITION = 'order_maintenance_shift_leader';

@ObjectType('FireResponsibilityCoverage', {
  description: 'An area or key unit of a site, and who answers for its fire safety today (C15): null is a gap.',
})
export class FireResponsibilityCoverage {
  @Field(() => String, { description: 'The area’s or unit’s name.' })
  name: string;

  @Field(() => Boolean, { description: 'Someone is responsible for it today.' })
  get covered(): boolean {
    return this.current !== null;
  }

  @Field(() => Area, { nullable: true, description: 'The area, when the row is an area.' })
  area: Area | null;

  @Field(() => KeyUnit, { nullable: true, description: 'The key unit, when the row is one.' })
  keyUnit: KeyUnit | null;

  @Field(() => FireResponsibility, { nullable: true, description: 'The assignment in force today; null: nobody.' })
  current: FireResponsibility | null;
}

@ObjectType('FireSafetyCheckResult', {
  description: 'One check of the programme at a site, as a count of what fails it.',
})
export class FireSafetyCheckResult {
  @Field(() => FireSafetyCheck, { description: 'Which check.' })
  check: FireSafetyCheck;

  @Field(() => Int, { description: 'How many things fail it (for C14: 1 when a drill is overdue, else 0).' })
  count: number;

  @Field(() => Boolean, { description: 'Nothing fails it.' })
  get ok(): boolean {
    return this.count === 0;
  }
}

/** A site's fire-safety programme at a glance: the flags of C13–C17 and the register's due checks. */
@ObjectType('FireSafetyOverview', {
  description:
    'A site’s fire-safety programme today: the C13–C17 checks, counted for a dashboard, with what fails each.',
})
export class FireSafetyOverview {
  @Field(() => Site, { description: 'The site.' })
  site: Site;

  @Field(() => String, { description: 'Today on the site’s calendar, `YYYY-MM-DD`: the day the checks are made for.' })
  date: string;

  @Field(() => Int, { description: 'The drill interval the checks used, in months (P14, default 6).' })
  drillIntervalMonths: number;

  @Field(() => Int, { description: 'The training interval the checks used, in months (P15, default 12).' })
  trainingIntervalMonths: number;

  @Field(() => [FireSafetyCheckResult], { description: 'Every check, in order C13, C14, C15, C16, C17, equipment.' })
  checks: FireSafetyCheckResult[];

  @Field(() => Int, { description: 'Active key units.' })
  keyUnitCount: number;

  @Field(() => [KeyUnit], { description: 'C13: active key units without a fire emergency plan in force.' })
  keyUnitsWithoutFirePlan: KeyUnit[];

  @Field(() => [EmergencyPlan], { description: 'Plans in force past their review date.' })
  plansReviewOverdue: EmergencyPlan[];

  @Field(() => FireDrill, { nullable: true, description: 'C14: the last drill held at the site (by its alarm time).' })
  lastDrill: FireDrill | null;

  @Field(() => String, {
    nullable: true,
    description: 'C14: when the next drill is due (the last one plus the interval); null: none held yet.',
  })
  nextDrillDueOn: string | null;

  @Field(() => Boolean, { description: 'C14: no drill within the interval (or none ever).' })
  drillOverdue: boolean;

  @Field(() => FireDrill, { nullable: true, description: 'The next planned drill, if one is planned.' })
  nextPlannedDrill: FireDrill | null;

  @Field(() => Int, { description: 'Follow-up actions of the site’s drills not yet done.' })
  openFollowUpCount: number;

  @Field(() => Int, { description: 'Active areas and key units: what the responsibility system must cover.' })
  placeCount: number;

  @Field(() => [FireResponsibilityCoverage], { description: 'C15: areas and key units nobody answers for today.' })
  uncoveredPlaces: FireResponsibilityCoverage[];

  @Field(() => Int, { description: 'Active brigade members.' })
  brigadeCount: number;

  @Field(() => [FireBrigadeMember], { description: 'C16: active members without fire training within the interval.' })
  untrainedMembers: FireBrigadeMember[];

  @Field(() => [Staff], {
    description: 'C17 (plans, SL-11): shift leaders at the site who have not confirmed reading every plan in force.',
  })
  leadersUnfamiliar: Staff[];

  @Field(() => Int, { description: 'Register entries in service.' })
  equipmentCount: number;

  @Field(() => Int, { description: 'Entries in service past their next check date.' })
  equipmentOverdueCount: number;

  @Field(() => Int, { description: 'Entries in service marked faulty.' })
  equipmentFaultyCount: number;
}

function interval(field: string, value: number): number {
  if (!Number.isInteger(value) || value < 1 || value > FIRE_SAFETY_DEFAULTS.maxIntervalMonths) {
    throw badInput(field, `must be a whole number of months from 1 to ${FIRE_SAFETY_DEFAULTS.maxIntervalMonths}`);
  }
  return value;
}

/** The overview of a site's fire-safety programme (W6; checks C13–C17). */
export class FireSafetyOverviewService extends FireSafetyBase {
  async overview(siteCode: string, drillMonths: number, trainingMonths: number): Promise<FireSafetyOverview | null> {
    const drillIntervalMonths = interval('drillIntervalMonths', drillMonths);
    const trainingIntervalMonths = interval('trainingIntervalMonths', trainingMonths);
    const site = await this.readableSite(siteCode);
    if (!site) return null;
    const em = this.ctx.em;
    const today = this.today(site);
    const at = { site: site.code };

    const [units, plansInForce, coverage, lastDrill, nextPlannedDrill, openFollowUpCount, members, leaders] =
      await Promise.all([
        em.find(KeyUnit, { ...at, active: true }, { orderBy: { name: 'asc' } }),
        em.find(EmergencyPlan, { ...at, status: EmergencyPlanStatus.IN_FORCE }),
        new FireResponsibilityService(this.ctx).coverage(site.code),
        em.findOne(
          FireDrill,
          { ...at, status: { $in: [FireDrillStatus.HELD, FireDrillStatus.EVALUATED] } },
          { orderBy: { alarmAt: 'desc' } },
        ),
        em.findOne(
          FireDrill,
          { ...at, status: FireDrillStatus.PLANNED, plannedFor: { $gte: this.now() } },
          { orderBy: { plannedFor: 'asc' } },
        ),
        em.count(FireDrillFollowUp, { drill: at, doneAt: null }),
        em.find(FireBrigadeMember, { ...at, leftOn: null }, { orderBy: { joinedOn: 'asc' } }),
        em.find(
          Staff,
          { position: SHIFT_LEADER_POSITION, status: StaffStatus.ACTIVE, sites: { code: site.code } },
          { orderBy: { employeeNo: 'asc' } },
        ),
      ]);
    const [equipmentCount, equipmentOverdueCount, equipmentFaultyCount] = await Promise.all([
      em.count(FireEquipment, { ...at, status: { $ne: FireEquipmentStatus.RETIRED } }),
      em.count(FireEquipment, { ...at, status: { $ne: FireEquipmentStatus.RETIRED }, nextDueOn: { $lt: today } }),
      em.count(FireEquipment, { ...at, status: FireEquipmentStatus.FAULTY }),
    ]);

    const withFirePlan = new Set(
      plansInForce.filter((p) => p.type === EmergencyPlanType.FIRE).map((p) => p.keyUnit.unwrap().id),
    );
    const keyUnitsWithoutFirePlan = units.filter((u) => !withFirePlan.has(u.id));
    const activeUnitIds = new Set(units.map((u) => u.id));
    const currentPlans = plansInForce.filter((p) => activeUnitIds.has(p.keyUnit.unwrap().id));
    const plansReviewOverdue = currentPlans.filter((p) => p.reviewDue !== null && p.reviewDue < today);

    const heldOn = lastDrill?.alarmAt ? this.dayOf(lastDrill.alarmAt, site) : null;
    const due = drillDue(heldOn, drillIntervalMonths, today);

    const uncoveredPlaces = coverage.filter((row) => !row.current).map((row) => this.coverageRow(row));
    const untrainedMembers = members.filter((m) => trainingLapsed(m.lastTrainedOn, trainingIntervalMonths, today));

    let leadersUnfamiliar: Staff[] = [];
    if (currentPlans.length && leaders.length) {
      const readings = await em.find(EmergencyPlanReading, {
        plan: { $in: currentPlans.map((p) => p.id) },
        staff: { $in: leaders.map((l) => l.id) },
      });
      const read = new Map<string, number>();
      for (const r of readings) read.set(r.staff.unwrap().id, (read.get(r.staff.unwrap().id) ?? 0) + 1);
      leadersUnfamiliar = leaders.filter((l) => (read.get(l.id) ?? 0) < currentPlans.length);
    }

    const result = (check: FireSafetyCheck, count: number) =>
      Object.assign(new FireSafetyCheckResult(), { check, count });
    return Object.assign(new FireSafetyOverview(), {
      site,
      date: today,
      drillIntervalMonths,
      trainingIntervalMonths,
      checks: [
        result(FireSafetyCheck.C13_PLANS, keyUnitsWithoutFirePlan.length),
        result(FireSafetyCheck.C14_DRILLS, due.overdue ? 1 : 0),
        result(FireSafetyCheck.C15_RESPONSIBILITY, uncoveredPlaces.length),
        result(FireSafetyCheck.C16_TRAINING, untrainedMembers.length),
        result(FireSafetyCheck.C17_FAMILIARITY, leadersUnfamiliar.length),
        result(FireSafetyCheck.EQUIPMENT_DUE, equipmentOverdueCount + equipmentFaultyCount),
      ],
      keyUnitCount: units.length,
      keyUnitsWithoutFirePlan,
      plansReviewOverdue,
      lastDrill,
      nextDrillDueOn: due.nextDueOn,
      drillOverdue: due.overdue,
      nextPlannedDrill,
      openFollowUpCount,
      placeCount: coverage.length,
      uncoveredPlaces,
      brigadeCount: members.length,
      untrainedMembers,
      leadersUnfamiliar,
      equipmentCount,
      equipmentOverdueCount,
      equipmentFaultyCount,
    });
  }

  coverageRow(row: ResponsibilityCoverageRow): FireResponsibilityCoverage {
    return Object.assign(new FireResponsibilityCoverage(), row);
  }

  private dayOf(instant: Date, site: Site): string {
    return zonedDate(instant, site.timeZone);
  }
}
