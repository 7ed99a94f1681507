import { AttendanceStatus } from './shift.enums.js';

export interface AttendanceFacts {
  startsAt: Date;
  endsAt: Date;
  lateGraceMinutes: number;
  earlyLeaveGraceMinutes: number;
  onLeave: boolean;
  checkInAt: Date | null;
  checkOutAt: Date | null;
}

/**
 * The facts of one member's attendance, picked from the shift, its pattern and the member. Picked
 * field by field, never spread: an entity's columns are not necessarily its own keys.
 */
export function attendanceFacts(
  shift: Pick<AttendanceFacts, 'startsAt' | 'endsAt'>,
  pattern: Pick<AttendanceFacts, 'lateGraceMinutes' | 'earlyLeaveGraceMinutes'>,
  member: Pick<AttendanceFacts, 'onLeave' | 'checkInAt' | 'checkOutAt'>,
): AttendanceFacts {
  return {
    startsAt: shift.startsAt,
    endsAt: shift.endsAt,
    lateGraceMinutes: pattern.lateGraceMinutes,
    earlyLeaveGraceMinutes: pattern.earlyLeaveGraceMinutes,
    onLeave: member.onLeave,
    checkInAt: member.checkInAt,
    checkOutAt: member.checkOutAt,
  };
}

/**
 * An officer's attendance in one shift (R36, SL-8), from the shift's instants and the pattern's
 * grace periods. Instants, not wall-clock times: a night shift across midnight, or a night in
 * which the zone's offset changes, needs no special case.
 */
export function attendanceStatus(f: AttendanceFacts, now: Date): AttendanceStatus {
  if (f.onLeave) return AttendanceStatus.ON_LEAVE;
  const lateAfter = f.startsAt.getTime() + f.lateGraceMinutes * 60_000;
  if (!f.checkInAt) return now.getTime() > lateAfter ? AttendanceStatus.ABSENT : AttendanceStatus.EXPECTED;
  const late = f.checkInAt.getTime() > lateAfter;
  const early = !!f.checkOutAt && f.checkOutAt.getTime() < f.endsAt.getTime() - f.earlyLeaveGraceMinutes * 60_000;
  if (late && early) return AttendanceStatus.LATE_AND_LEFT_EARLY;
  if (late) return AttendanceStatus.LATE;
  if (early) return AttendanceStatus.LEFT_EARLY;
  return AttendanceStatus.ON_TIME;
}
