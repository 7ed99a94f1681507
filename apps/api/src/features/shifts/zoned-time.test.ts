import { describe, expect, it } from 'vitest';
import { attendanceStatus } from './attendance-status.js';
import { AttendanceStatus } from './shift.enums.js';
import { addDays, crossesMidnight, daysBetween, shiftWindow, zonedDate, zonedInstant } from './zoned-time.js';

describe('zoned time', () => {
  it('turns a local date and time into the instant, in zones east and west', () => {
    expect(zonedInstant('2026-11-26', '08:00', 'Asia/Shanghai').toISOString()).toBe('2026-11-26T00:00:00.000Z');
    expect(zonedInstant('2026-11-26', '00:30', 'Asia/Shanghai').toISOString()).toBe('2026-11-25T16:30:00.000Z');
    expect(zonedInstant('2026-01-15', '20:00', 'America/New_York').toISOString()).toBe('2026-01-16T01:00:00.000Z');
    expect(zonedInstant('2026-07-15', '20:00', 'America/New_York').toISOString()).toBe('2026-07-16T00:00:00.000Z');
  });

  it('finds the local date of an instant across the date line of the zone', () => {
    // 23:30 UTC is already the next morning in Shanghai.
    expect(zonedDate(new Date('2026-11-26T23:30:00Z'), 'Asia/Shanghai')).toBe('2026-11-27');
    expect(zonedDate(new Date('2026-11-26T15:59:00Z'), 'Asia/Shanghai')).toBe('2026-11-26');
    expect(zonedDate(new Date('2026-11-27T03:00:00Z'), 'America/New_York')).toBe('2026-11-26');
  });

  it('puts a night shift on the date it starts and ends it the next morning', () => {
    const w = shiftWindow('2026-11-26', '20:00', '08:00', 'Asia/Shanghai');
    expect(w.startsAt.toISOString()).toBe('2026-11-26T12:00:00.000Z');
    expect(w.endsAt.toISOString()).toBe('2026-11-27T00:00:00.000Z');
    expect(crossesMidnight('20:00', '08:00')).toBe(true);
    expect(crossesMidnight('08:00', '20:00')).toBe(false);
  });

  it('gives a night shift across a clock change its true length', () => {
    // US clocks spring forward at 02:00 on 2026-03-08: that night lasts 11 hours, the autumn one 13.
    const spring = shiftWindow('2026-03-07', '20:00', '08:00', 'America/New_York');
    expect((spring.endsAt.getTime() - spring.startsAt.getTime()) / 3600_000).toBe(11);
    const autumn = shiftWindow('2026-10-31', '20:00', '08:00', 'America/New_York');
    expect((autumn.endsAt.getTime() - autumn.startsAt.getTime()) / 3600_000).toBe(13);
    // A time the jump skips lands after it, never before.
    expect(zonedInstant('2026-03-08', '02:30', 'America/New_York').toISOString()).toBe('2026-03-08T07:30:00.000Z');
  });

  it('counts calendar days', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-11-20', '2026-11-26')).toBe(6);
    expect(daysBetween('2026-11-26', '2026-11-20')).toBe(-6);
  });
});

describe('attendance status', () => {
  const night = shiftWindow('2026-11-26', '20:00', '08:00', 'Asia/Shanghai');
  const base = {
    ...night,
    lateGraceMinutes: 5,
    earlyLeaveGraceMinutes: 10,
    onLeave: false,
    checkInAt: null,
    checkOutAt: null,
  };
  const at = (iso: string) => new Date(iso);

  it('is expected until the grace period is over, then absent', () => {
    expect(attendanceStatus(base, at('2026-11-26T12:04:00Z'))).toBe(AttendanceStatus.EXPECTED);
    expect(attendanceStatus(base, at('2026-11-26T12:06:00Z'))).toBe(AttendanceStatus.ABSENT);
  });

  it('is on time within the grace period and late after it', () => {
    expect(attendanceStatus({ ...base, checkInAt: at('2026-11-26T12:05:00Z') }, at('2026-11-26T13:00:00Z'))).toBe(
      AttendanceStatus.ON_TIME,
    );
    expect(attendanceStatus({ ...base, checkInAt: at('2026-11-26T12:05:01Z') }, at('2026-11-26T13:00:00Z'))).toBe(
      AttendanceStatus.LATE,
    );
  });

  it('judges leaving early against the end the next morning, not the start date', () => {
    const inOnTime = { ...base, checkInAt: at('2026-11-26T11:55:00Z') };
    // 07:55 Shanghai on the 27th is within 10 minutes of the 08:00 end.
    expect(attendanceStatus({ ...inOnTime, checkOutAt: at('2026-11-26T23:55:00Z') }, at('2026-11-27T01:00:00Z'))).toBe(
      AttendanceStatus.ON_TIME,
    );
    // 23:59 Shanghai on the 26th is early, though the same local date as the start.
    expect(attendanceStatus({ ...inOnTime, checkOutAt: at('2026-11-26T15:59:00Z') }, at('2026-11-27T01:00:00Z'))).toBe(
      AttendanceStatus.LEFT_EARLY,
    );
    expect(
      attendanceStatus(
        { ...base, checkInAt: at('2026-11-26T12:30:00Z'), checkOutAt: at('2026-11-26T20:00:00Z') },
        at('2026-11-27T01:00:00Z'),
      ),
    ).toBe(AttendanceStatus.LATE_AND_LEFT_EARLY);
  });

  it('is on leave whatever else is recorded', () => {
    expect(attendanceStatus({ ...base, onLeave: true }, at('2026-11-27T01:00:00Z'))).toBe(AttendanceStatus.ON_LEAVE);
  });
});
