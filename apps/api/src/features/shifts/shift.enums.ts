import { registerEnumType } from 'type-graphql';

/** Where a shift is in its cycle (W5): planned → briefing → on duty → handing over → closed. */
export enum ShiftStatus {
  PLANNED = 'PLANNED',
  BRIEFING = 'BRIEFING',
  ON_DUTY = 'ON_DUTY',
  HANDING_OVER = 'HANDING_OVER',
  CLOSED = 'CLOSED',
}
registerEnumType(ShiftStatus, {
  name: 'ShiftStatus',
  description: 'Where a shift is in its cycle (W5).',
  valuesConfig: {
    PLANNED: { description: 'On the roster, not started.' },
    BRIEFING: { description: 'Pre-shift meeting: roll call, grooming check, posts (SL-9, SL-13).' },
    ON_DUTY: { description: 'On duty: attendance, patrols, duty log.' },
    HANDING_OVER: { description: 'The outgoing leader has submitted the handover; awaiting the incoming leader.' },
    CLOSED: { description: 'Handed over and closed; its records are locked.' },
  },
});

/** The steps of the cycle, and which statuses each may be taken from. */
export const SHIFT_TRANSITIONS: Record<ShiftStatus, readonly ShiftStatus[]> = {
  [ShiftStatus.PLANNED]: [],
  [ShiftStatus.BRIEFING]: [ShiftStatus.PLANNED],
  [ShiftStatus.ON_DUTY]: [ShiftStatus.PLANNED, ShiftStatus.BRIEFING],
  [ShiftStatus.HANDING_OVER]: [ShiftStatus.ON_DUTY],
  [ShiftStatus.CLOSED]: [ShiftStatus.HANDING_OVER],
};

/** What someone on a shift does in it. */
export enum ShiftRole {
  LEADER = 'LEADER',
  OFFICER = 'OFFICER',
}
registerEnumType(ShiftRole, { name: 'ShiftRole', description: 'Leader (班长) or officer (队员) of a shift.' });

/** Posts a shift leader assigns officers to (SL-9 分配当值岗位). */
export enum ShiftPost {
  GATE = 'GATE',
  PATROL = 'PATROL',
  CONTROL_ROOM = 'CONTROL_ROOM',
  CAR_PARK = 'CAR_PARK',
  LOBBY = 'LOBBY',
  RESERVE = 'RESERVE',
}
registerEnumType(ShiftPost, {
  name: 'ShiftPost',
  description: 'A post within a shift (SL-9).',
  valuesConfig: {
    GATE: { description: 'Gate (门岗).' },
    PATROL: { description: 'Patrol (巡逻岗).' },
    CONTROL_ROOM: { description: 'Control room (监控中心).' },
    CAR_PARK: { description: 'Car park (车场岗).' },
    LOBBY: { description: 'Lobby (大堂岗).' },
    RESERVE: { description: 'Reserve / relief (机动岗).' },
  },
});

/** Roll call at the pre-shift meeting (SL-13). */
export enum RollCall {
  PRESENT = 'PRESENT',
  ABSENT = 'ABSENT',
}
registerEnumType(RollCall, { name: 'RollCall', description: 'Present or absent at roll call.' });

/** An officer's attendance in one rostered shift (R36), computed from the pattern and its grace periods. */
export enum AttendanceStatus {
  EXPECTED = 'EXPECTED',
  ON_TIME = 'ON_TIME',
  LATE = 'LATE',
  LEFT_EARLY = 'LEFT_EARLY',
  LATE_AND_LEFT_EARLY = 'LATE_AND_LEFT_EARLY',
  ABSENT = 'ABSENT',
  ON_LEAVE = 'ON_LEAVE',
}
registerEnumType(AttendanceStatus, {
  name: 'AttendanceStatus',
  description: 'Attendance in one rostered shift (R36, SL-8).',
  valuesConfig: {
    EXPECTED: { description: 'Not checked in yet, still within the grace period (or the shift is ahead).' },
    ON_TIME: { description: 'Checked in within the grace period (and, once out, not early).' },
    LATE: { description: 'Checked in after the grace period.' },
    LEFT_EARLY: { description: 'Checked out before the end less the grace period.' },
    LATE_AND_LEFT_EARLY: { description: 'Both late and left early.' },
    ABSENT: { description: 'No check-in by the end of the grace period.' },
    ON_LEAVE: { description: 'On leave (a day off) for this shift.' },
  },
});
