import type {
  EmergencyPlanStatus,
  FireBrigadeRole,
  FireDrillStatus,
  FireEquipmentStatus,
  FireEquipmentType,
} from '../../gql/graphql.js';

/** Equipment types in the order the register's filter offers them: what an officer looks for first. */
export const EQUIPMENT_TYPES: readonly FireEquipmentType[] = [
  'EXTINGUISHER',
  'HYDRANT',
  'HOSE_REEL',
  'SMOKE_DETECTOR',
  'SPRINKLER',
  'ALARM_PANEL',
  'MANUAL_CALL_POINT',
  'EMERGENCY_LIGHT',
  'EXIT_SIGN',
  'FIRE_DOOR',
  'FIRE_PUMP_ROOM',
  'POWER_ROOM',
  'CONTROL_ROOM',
  'OTHER',
];

export const EQUIPMENT_STATUS_COLOR: Record<FireEquipmentStatus, string> = {
  OK: 'green',
  FAULTY: 'red',
  RETIRED: 'default',
};

export const DRILL_STATUS_COLOR: Record<FireDrillStatus, string> = {
  PLANNED: 'blue',
  HELD: 'orange',
  EVALUATED: 'green',
  CANCELLED: 'default',
};

export const PLAN_STATUS_COLOR: Record<EmergencyPlanStatus, string> = {
  DRAFT: 'gold',
  IN_FORCE: 'green',
  SUPERSEDED: 'default',
  WITHDRAWN: 'default',
};

export const ROLE_COLOR: Record<FireBrigadeRole, string> = {
  CAPTAIN: 'red',
  DEPUTY_CAPTAIN: 'volcano',
  MEMBER: 'default',
};

/** Seconds as `m:ss` (a drill's timings are minutes long). */
export function formatSeconds(seconds: number | null | undefined): string {
  if (seconds == null) return '—';
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}

/** Today as `YYYY-MM-DD` on the company's calendar (Asia/Shanghai): the API's dates are site days. */
export function todayOnSite(timeZone = 'Asia/Shanghai'): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());
}
