import { registerEnumType } from 'type-graphql';

/** The two kinds of emergency plan the rulebook names (OM-4 消防应急方案; SL-11 消防、治安管理应急方案). */
export enum EmergencyPlanType {
  FIRE = 'FIRE',
  PUBLIC_SECURITY = 'PUBLIC_SECURITY',
}
registerEnumType(EmergencyPlanType, {
  name: 'EmergencyPlanType',
  description: 'What an emergency plan is for (R29).',
  valuesConfig: {
    FIRE: {
      description: 'Fire emergency plan (消防应急方案, OM-4): every key protected unit needs one in force (C13).',
    },
    PUBLIC_SECURITY: { description: 'Public-security emergency plan (治安应急方案, SL-11).' },
  },
});

/** Where a version of an emergency plan is. */
export enum EmergencyPlanStatus {
  DRAFT = 'DRAFT',
  IN_FORCE = 'IN_FORCE',
  SUPERSEDED = 'SUPERSEDED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(EmergencyPlanStatus, {
  name: 'EmergencyPlanStatus',
  description:
    'Where a plan version is: draft → in force (approved) → superseded by the next version; a draft may be withdrawn.',
  valuesConfig: {
    DRAFT: { description: 'Drafted (拟定, OM-4), awaiting approval; it may still be edited.' },
    IN_FORCE: { description: 'Approved and in force: the current version of its unit and type.' },
    SUPERSEDED: { description: 'Replaced by a later approved version; kept as history.' },
    WITHDRAWN: { description: 'A draft given up before approval, with the reason; kept on record.' },
  },
});

/** Where a fire drill is (R30). */
export enum FireDrillStatus {
  PLANNED = 'PLANNED',
  HELD = 'HELD',
  EVALUATED = 'EVALUATED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(FireDrillStatus, {
  name: 'FireDrillStatus',
  description: 'Where a fire drill is: planned → held (timings and participants recorded) → evaluated; or cancelled.',
  valuesConfig: {
    PLANNED: { description: 'Scheduled, not yet held.' },
    HELD: { description: 'Held: its timings and participants are recorded; it awaits its evaluation.' },
    EVALUATED: { description: 'Evaluated, with its follow-up actions (each with an owner, done or not).' },
    CANCELLED: { description: 'Called off before it was held, with the reason.' },
  },
});

/** How a drill went, in one word (the evaluation says the rest). */
export enum FireDrillRating {
  GOOD = 'GOOD',
  ADEQUATE = 'ADEQUATE',
  POOR = 'POOR',
}
registerEnumType(FireDrillRating, {
  name: 'FireDrillRating',
  description: 'The overall rating a drill’s evaluation gives.',
  valuesConfig: {
    GOOD: { description: 'Good (良好).' },
    ADEQUATE: { description: 'Adequate, with points to improve (合格).' },
    POOR: { description: 'Poor: to be repeated (不合格).' },
  },
});

/** Fire equipment and key facilities (SL-3: 仪器、消防设备及其它一些主要设施). */
export enum FireEquipmentType {
  EXTINGUISHER = 'EXTINGUISHER',
  HYDRANT = 'HYDRANT',
  HOSE_REEL = 'HOSE_REEL',
  SMOKE_DETECTOR = 'SMOKE_DETECTOR',
  SPRINKLER = 'SPRINKLER',
  ALARM_PANEL = 'ALARM_PANEL',
  MANUAL_CALL_POINT = 'MANUAL_CALL_POINT',
  EMERGENCY_LIGHT = 'EMERGENCY_LIGHT',
  EXIT_SIGN = 'EXIT_SIGN',
  FIRE_DOOR = 'FIRE_DOOR',
  FIRE_PUMP_ROOM = 'FIRE_PUMP_ROOM',
  POWER_ROOM = 'POWER_ROOM',
  CONTROL_ROOM = 'CONTROL_ROOM',
  OTHER = 'OTHER',
}
registerEnumType(FireEquipmentType, {
  name: 'FireEquipmentType',
  description: 'What a register entry is (R31): fire equipment, an instrument, or a key facility.',
  valuesConfig: {
    EXTINGUISHER: { description: 'Fire extinguisher (灭火器).' },
    HYDRANT: { description: 'Indoor or outdoor fire hydrant (消防栓).' },
    HOSE_REEL: { description: 'Fire hose reel (消防软管卷盘).' },
    SMOKE_DETECTOR: { description: 'Smoke or heat detector (烟感、温感).' },
    SPRINKLER: { description: 'Sprinkler system or valve set (喷淋).' },
    ALARM_PANEL: { description: 'Fire alarm control panel (火灾报警控制器).' },
    MANUAL_CALL_POINT: { description: 'Manual call point (手动报警按钮).' },
    EMERGENCY_LIGHT: { description: 'Emergency lighting (应急照明).' },
    EXIT_SIGN: { description: 'Evacuation sign (疏散指示).' },
    FIRE_DOOR: { description: 'Fire door or shutter (防火门、防火卷帘).' },
    FIRE_PUMP_ROOM: { description: 'Fire pump room (消防泵房): a key facility.' },
    POWER_ROOM: { description: 'Switch or power room (配电房): a key facility.' },
    CONTROL_ROOM: { description: 'Fire control room (消防控制室): a key facility.' },
    OTHER: { description: 'Anything else worth knowing the place of.' },
  },
});

/** Whether a register entry works. */
export enum FireEquipmentStatus {
  OK = 'OK',
  FAULTY = 'FAULTY',
  RETIRED = 'RETIRED',
}
registerEnumType(FireEquipmentStatus, {
  name: 'FireEquipmentStatus',
  description: 'Whether a register entry is in service: OK, faulty, or retired (kept on record, never deleted).',
  valuesConfig: {
    OK: { description: 'In service and working.' },
    FAULTY: { description: 'In service but faulty: to be repaired or replaced.' },
    RETIRED: { description: 'Taken out of service (replaced, removed); its record stays.' },
  },
});

/** A member's place in the brigade. */
export enum FireBrigadeRole {
  CAPTAIN = 'CAPTAIN',
  DEPUTY_CAPTAIN = 'DEPUTY_CAPTAIN',
  MEMBER = 'MEMBER',
}
registerEnumType(FireBrigadeRole, {
  name: 'FireBrigadeRole',
  description: 'A member’s place in a site’s fire brigade (义务消防队): one active captain per site at most.',
  valuesConfig: {
    CAPTAIN: { description: 'Captain (队长).' },
    DEPUTY_CAPTAIN: { description: 'Deputy captain (副队长).' },
    MEMBER: { description: 'Member (队员).' },
  },
});

/** Full- or part-time fire personnel (专（兼）职人员, OM-4). */
export enum FireBrigadeEngagement {
  FULL_TIME = 'FULL_TIME',
  PART_TIME = 'PART_TIME',
}
registerEnumType(FireBrigadeEngagement, {
  name: 'FireBrigadeEngagement',
  description: 'Whether fire work is the member’s job or done beside it (专职 / 兼职, OM-4).',
  valuesConfig: {
    FULL_TIME: { description: 'Full-time fire personnel (专职).' },
    PART_TIME: { description: 'Part-time: fire duties beside their own post (兼职).' },
  },
});

/** The automatic checks of the fire-safety programme (implied.md C13–C17). */
export enum FireSafetyCheck {
  C13_PLANS = 'C13_PLANS',
  C14_DRILLS = 'C14_DRILLS',
  C15_RESPONSIBILITY = 'C15_RESPONSIBILITY',
  C16_TRAINING = 'C16_TRAINING',
  C17_FAMILIARITY = 'C17_FAMILIARITY',
  EQUIPMENT_DUE = 'EQUIPMENT_DUE',
}
registerEnumType(FireSafetyCheck, {
  name: 'FireSafetyCheck',
  description: 'A check of the fire-safety programme, as the overview counts it.',
  valuesConfig: {
    C13_PLANS: { description: 'C13: every active key protected unit has a fire emergency plan in force.' },
    C14_DRILLS: { description: 'C14: a fire drill was held within the drill interval (default every 6 months).' },
    C15_RESPONSIBILITY: {
      description: 'C15: every active area and key unit has a fire-safety responsible person now.',
    },
    C16_TRAINING: {
      description: 'C16: every active brigade member was trained within the training interval (default 12 months).',
    },
    C17_FAMILIARITY: {
      description:
        'C17 (the plan half): every shift leader at the site has confirmed reading every plan in force (SL-11). The equipment half (SL-3) awaits the training feature (R33).',
    },
    EQUIPMENT_DUE: { description: 'Register entries in service past their next check date, or faulty.' },
  },
});
