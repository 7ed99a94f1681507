import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { UserErrorCode } from '@steward/schema';
import { type ConnectionShape, checkRange, type PageArgs, paginate } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { badInput } from '../../graphql/errors.js';
import { runMutation } from '../../graphql/mutation.js';
import { refuse } from '../../graphql/user-error.js';
import { Validator } from '../../graphql/validate.js';
import type { AuditLog } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import { unauthenticated } from '../permissions/auth-checker.js';
import { attendanceFacts, attendanceStatus } from '../shifts/attendance-status.js';
import { type Shift, ShiftMember } from '../shifts/shift.entity.js';
import { AttendanceStatus, RollCall, ShiftRole, ShiftStatus } from '../shifts/shift.enums.js';
import { keyOf, onShiftClose, publishShiftEvent, SHIFT_WINDOW } from '../shifts/shift.service.js';
import { ShiftEventType } from '../shifts/shift.topics.js';
import { ShiftPattern } from '../shifts/shift-pattern.entity.js';
import { daysBetween } from '../shifts/zoned-time.js';
import { Site } from '../sites/site.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { attendanceReadFilter, isOwnMembership, mayRecordAttendanceOf } from './attendance.access.js';
import { DisciplineKind, DisciplineOrigin, DisciplineStatus } from './attendance.enums.js';
import type { AttendanceInput, AttendanceRangeInput, AttendanceRecordFilter } from './attendance.inputs.js';
import { openDisciplineOf, raiseDiscipline, voidAutomatically } from './discipline.service.js';
import { DisciplineRecord } from './discipline-record.entity.js';
import { visibleMember } from './member-lookup.js';
import { arrivedAfterAll, earlyBy, lateBy, noCheckInAtAll } from './observations.js';

/**
 * When attendance may be recorded, around a shift's own hours: a check-in from when the shift may
 * begin its briefing until it ends; a check-out until it stops being anyone's current shift.
 */
export const ATTENDANCE_WINDOW = {
  checkInEarlyMinutes: SHIFT_WINDOW.startEarlyMinutes,
  checkOutLateMinutes: SHIFT_WINDOW.currentAfterEndMinutes,
  /** A time given as "now" may run this far ahead of the server's clock (phones drift). */
  clockSkewMs: 60_000,
} as const;
const RANGE_DAYS = 62;
const MAX_ROWS = 2000;

/** What the audit trail shows of someone's attendance. */
function attendanceSnapshot(m: ShiftMember): Record<string, unknown> {
  return {
    shift: m.shift.unwrap().id,
    staff: m.staff.unwrap().id,
    checkInAt: m.checkInAt?.toISOString() ?? null,
    checkInBy: m.checkInBy?.unwrap().id ?? null,
    checkOutAt: m.checkOutAt?.toISOString() ?? null,
    checkOutBy: m.checkOutBy?.unwrap().id ?? null,
  };
}

/** An officer's attendance in a shift, as `attendanceStatus` computes it, at a moment. */
async function statusAt(tx: EntityManager, shift: Shift, m: ShiftMember, at: Date): Promise<AttendanceStatus> {
  const pattern = await tx.findOneOrFail(ShiftPattern, { id: shift.pattern.unwrap().id });
  return attendanceStatus(attendanceFacts(shift, pattern, m), at);
}

const minutes = (ms: number) => Math.max(1, Math.round(ms / 60_000));

/**
 * Attendance (R36, SL-8): check-in and check-out of each rostered person — by the officer on
 * their phone, for their own place on their current shift only, or by whoever runs the shift for
 * anyone on it. The status is computed, never stored; lateness and leaving early raise a
 * discipline record (R36 → R42), and nobody checked in by the close raises a no-show.
 */
export class AttendanceService {
  constructor(private readonly ctx: Context) {}

  private get viewer(): Viewer {
    if (!this.ctx.viewer) throw unauthenticated();
    return this.ctx.viewer;
  }

  private now(): Date {
    return this.ctx.clock();
  }

  // ---- reading ---------------------------------------------------------------------------

  /**
   * Attendance rows over a stretch of days (at most 62) by site, team or person: every rostered
   * place on a shift the viewer may read, in order of the shift's start.
   */
  async range(range: AttendanceRangeInput): Promise<ShiftMember[]> {
    const v = new Validator();
    const from = v.date('from', range.from, true);
    const to = v.date('to', range.to, true);
    if (!from || !to) throw badInput(from ? 'to' : 'from', 'must be a date as YYYY-MM-DD');
    const span = daysBetween(from, to);
    if (span < 0) throw badInput('to', 'must not be before from');
    if (span >= RANGE_DAYS) throw badInput('to', `must be within ${RANGE_DAYS} days of from`);
    const shift: FilterQuery<Shift> = { date: { $gte: from, $lte: to } };
    if (range.siteCode) Object.assign(shift, { site: range.siteCode.slice(0, 32) });
    if (range.teamId) Object.assign(shift, { team: keyOf(range.teamId, 'Team') ?? '-' });
    const where: FilterQuery<ShiftMember>[] = [attendanceReadFilter(this.viewer), { removedAt: null, shift }];
    if (range.staffId) where.push({ staff: keyOf(range.staffId, 'Staff') ?? '-' });
    const rows = await this.ctx.em.find(
      ShiftMember,
      { $and: where },
      {
        populate: ['shift', 'shift.pattern', 'staff'],
        orderBy: { shift: { startsAt: 'asc', id: 'asc' }, role: 'asc', staff: { employeeNo: 'asc' } },
        limit: MAX_ROWS,
      },
    );
    if (!range.statuses?.length) return rows;
    const wanted = new Set(range.statuses);
    const now = this.now();
    return rows.filter((m) => {
      const s = m.shift.getEntity();
      const p = s.pattern.getEntity();
      return wanted.has(attendanceStatus(attendanceFacts(s, p, m), now));
    });
  }

  /**
   * Attendance rows as a connection (the analyst's and the notebook's way in), latest shift
   * first. Every filter is on stored facts: the status itself is computed (`status` on each row).
   */
  records(filter: AttendanceRecordFilter | null | undefined, page: PageArgs): Promise<ConnectionShape<ShiftMember>> {
    const f = filter ?? {};
    const v = new Validator();
    const from = v.date('from', f.from);
    const to = v.date('to', f.to);
    if (!v.ok) throw badInput(`filter.${v.errors[0]?.field?.[1] ?? 'from'}`, 'must be a date as YYYY-MM-DD');
    checkRange(from, to);
    const shift: Record<string, unknown> = {};
    if (from || to) shift.date = { ...(from ? { $gte: from } : {}), ...(to ? { $lte: to } : {}) };
    if (f.siteCode) shift.site = f.siteCode.slice(0, 32);
    if (f.departmentKey) shift.department = f.departmentKey.slice(0, 64);
    if (f.teamId) shift.team = keyOf(f.teamId, 'Team') ?? '-';
    const where: FilterQuery<ShiftMember>[] = [attendanceReadFilter(this.viewer), { removedAt: null }];
    if (Object.keys(shift).length) where.push({ shift: shift as FilterQuery<Shift> });
    if (f.staffId) where.push({ staff: keyOf(f.staffId, 'Staff') ?? '-' });
    if (f.onLeave != null) where.push({ onLeave: f.onLeave });
    if (f.checkedIn != null) where.push({ checkInAt: f.checkedIn ? { $ne: null } : null });
    if (f.checkedOut != null) where.push({ checkOutAt: f.checkedOut ? { $ne: null } : null });
    return paginate(
      this.ctx.em,
      ShiftMember,
      { $and: where },
      [
        ['shift.startsAt', 'desc'],
        ['id', 'desc'],
      ],
      page,
      (m) => [m.shift.getEntity().startsAt.toISOString(), m.id],
      ([at, id]) => [new Date(String(at)), id],
      { populate: ['shift', 'shift.pattern'] },
    );
  }

  // ---- checking in and out ---------------------------------------------------------------

  /**
   * The place the input names, and whether the viewer records it for someone else. Yourself: any
   * place of yours you can see, or (naming none) your place on the shift whose window is open now.
   * Someone else: only whoever runs their shift.
   */
  private async placeFor(
    tx: EntityManager,
    input: AttendanceInput,
    step: 'in' | 'out',
  ): Promise<{ shift: Shift; member: ShiftMember; byLeader: boolean }> {
    const viewer = this.viewer;
    if (input.memberId) {
      const { shift, member } = await visibleMember(this.ctx, tx, input.memberId);
      if (isOwnMembership(viewer, member)) return { shift, member, byLeader: mayRecordAttendanceOf(viewer, shift) };
      if (!mayRecordAttendanceOf(viewer, shift)) {
        refuse(
          'memberId',
          'is someone else’s place on a shift you do not run: record only your own attendance',
          UserErrorCode.NOT_PERMITTED,
        );
      }
      return { shift, member, byLeader: true };
    }
    const now = this.now().getTime();
    const mine = await tx.find(
      ShiftMember,
      {
        staff: viewer.staff.id,
        removedAt: null,
        shift: {
          status: { $ne: ShiftStatus.CLOSED },
          startsAt: { $lte: new Date(now + ATTENDANCE_WINDOW.checkInEarlyMinutes * 60_000) },
          endsAt: {
            $gte: new Date(now - (step === 'out' ? ATTENDANCE_WINDOW.checkOutLateMinutes * 60_000 : 0)),
          },
        },
      },
      { populate: ['shift'], orderBy: { shift: { startsAt: 'asc' } } },
    );
    // Checking out: the shift one is checked in on; checking in: the earliest not yet checked in.
    const member =
      step === 'out'
        ? (mine.find((m) => m.checkInAt && !m.checkOutAt) ?? mine[0])
        : (mine.find((m) => !m.checkInAt) ?? mine[0]);
    if (!member) {
      refuse(
        'memberId',
        step === 'in'
          ? 'is needed: you are on no shift now (check-in opens 2 hours before a shift starts)'
          : 'is needed: you are on no shift now',
        UserErrorCode.NOT_FOUND,
      );
    }
    const shift = member.shift.getEntity();
    return { shift, member, byLeader: mayRecordAttendanceOf(viewer, shift) };
  }

  /** The moment to record: now, or an earlier time the shift's leader gives. */
  private momentOf(input: AttendanceInput, byLeader: boolean): { at: Date; field: string } {
    const now = this.now();
    if (!input.at) return { at: now, field: 'memberId' };
    if (!byLeader) refuse('at', 'may be given only by whoever runs the shift', UserErrorCode.NOT_PERMITTED);
    if (input.at.getTime() > now.getTime() + ATTENDANCE_WINDOW.clockSkewMs) {
      refuse('at', 'cannot be in the future', UserErrorCode.OUT_OF_RANGE);
    }
    return { at: input.at, field: 'at' };
  }

  private async siteZone(tx: EntityManager, shift: Shift): Promise<string> {
    return (await tx.findOneOrFail(Site, { code: shift.site.unwrap().code })).timeZone;
  }

  private audit(
    audit: AuditLog,
    action: string,
    shift: Shift,
    member: ShiftMember,
    before: Record<string, unknown>,
    extra: Record<string, unknown>,
  ) {
    audit.record({
      action,
      targetType: 'ShiftMember',
      targetKey: member.id,
      departmentKey: shift.department.unwrap().key,
      before,
      after: { ...attendanceSnapshot(member), ...extra },
    });
  }

  checkIn(input: AttendanceInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const { shift, member, byLeader } = await this.placeFor(tx, input, 'in');
      const { at, field } = this.momentOf(input, byLeader);
      if (shift.status === ShiftStatus.CLOSED) {
        refuse('memberId', 'is on a shift already closed', UserErrorCode.INVALID_TRANSITION);
      }
      if (member.onLeave) refuse('memberId', 'is on leave for this shift', UserErrorCode.INVALID);
      if (member.checkInAt) refuse('memberId', 'is checked in already', UserErrorCode.ALREADY_DONE);
      const opens = shift.startsAt.getTime() - ATTENDANCE_WINDOW.checkInEarlyMinutes * 60_000;
      if (at.getTime() < opens) {
        refuse(
          field,
          `is too early: check-in opens ${ATTENDANCE_WINDOW.checkInEarlyMinutes / 60} hours before the shift starts`,
          UserErrorCode.OUT_OF_RANGE,
        );
      }
      if (at.getTime() > shift.endsAt.getTime()) refuse(field, 'is after the shift ended', UserErrorCode.OUT_OF_RANGE);

      const before = attendanceSnapshot(member);
      member.checkInAt = at;
      member.checkInBy = tx.getReference(Staff, this.viewer.staff.id, { wrapped: true });
      const raised: string[] = [];
      const voided: string[] = [];
      if (member.role === ShiftRole.OFFICER) {
        const zone = await this.siteZone(tx, shift);
        // Marked absent at the roll call, yet here: that no-show was wrong (lateness is its own record).
        const noShow = await openDisciplineOf(tx, member, DisciplineKind.NO_SHOW, DisciplineOrigin.ROLL_CALL);
        if (noShow) {
          voidAutomatically(noShow, arrivedAfterAll(this.ctx.locale, at, zone), this.now());
          voided.push(noShow.id);
          if (member.rollCall === RollCall.ABSENT) member.rollCall = RollCall.PRESENT;
        }
        const status = await statusAt(tx, shift, member, at);
        if (status === AttendanceStatus.LATE) {
          const late = await raiseDiscipline(tx, this.ctx, {
            shift,
            member,
            kind: DisciplineKind.LATE,
            origin: DisciplineOrigin.ATTENDANCE,
            observation: lateBy(
              this.ctx.locale,
              minutes(at.getTime() - shift.startsAt.getTime()),
              shift.startsAt,
              at,
              zone,
            ),
            observedAt: at,
          });
          raised.push(late.id);
        }
      }
      this.audit(audit, 'attendance.check_in', shift, member, before, {
        disciplineRaised: raised,
        disciplineVoided: voided,
      });
      publishShiftEvent(this.ctx, shift.id, ShiftEventType.ATTENDANCE);
      return member;
    });
  }

  checkOut(input: AttendanceInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const { shift, member, byLeader } = await this.placeFor(tx, input, 'out');
      const { at, field } = this.momentOf(input, byLeader);
      if (shift.status === ShiftStatus.CLOSED) {
        refuse('memberId', 'is on a shift already closed', UserErrorCode.INVALID_TRANSITION);
      }
      if (!member.checkInAt) refuse('memberId', 'has not checked in', UserErrorCode.INVALID);
      if (member.checkOutAt) refuse('memberId', 'is checked out already', UserErrorCode.ALREADY_DONE);
      if (at.getTime() < member.checkInAt.getTime()) {
        refuse(field, 'is before the check-in', UserErrorCode.OUT_OF_RANGE);
      }
      const closes = shift.endsAt.getTime() + ATTENDANCE_WINDOW.checkOutLateMinutes * 60_000;
      if (at.getTime() > closes) {
        refuse(
          field,
          `is too late: check-out closes ${ATTENDANCE_WINDOW.checkOutLateMinutes / 60} hours after the shift ends`,
          UserErrorCode.OUT_OF_RANGE,
        );
      }
      const before = attendanceSnapshot(member);
      member.checkOutAt = at;
      member.checkOutBy = tx.getReference(Staff, this.viewer.staff.id, { wrapped: true });
      const raised: string[] = [];
      if (member.role === ShiftRole.OFFICER) {
        const status = await statusAt(tx, shift, member, at);
        if (status === AttendanceStatus.LEFT_EARLY || status === AttendanceStatus.LATE_AND_LEFT_EARLY) {
          const zone = await this.siteZone(tx, shift);
          const early = await raiseDiscipline(tx, this.ctx, {
            shift,
            member,
            kind: DisciplineKind.LEFT_EARLY,
            origin: DisciplineOrigin.ATTENDANCE,
            observation: earlyBy(
              this.ctx.locale,
              minutes(shift.endsAt.getTime() - at.getTime()),
              shift.endsAt,
              at,
              zone,
            ),
            observedAt: at,
          });
          raised.push(early.id);
        }
      }
      this.audit(audit, 'attendance.check_out', shift, member, before, { disciplineRaised: raised });
      publishShiftEvent(this.ctx, shift.id, ShiftEventType.ATTENDANCE);
      return member;
    });
  }
}

/**
 * When a shift closes (in the handover's transaction): every officer rostered, not on leave,
 * who never checked in and has no no-show on record yet, gets one (R36 → R42).
 */
export async function recordNoShowsAtClose(tx: EntityManager, shift: Shift, ctx: Context): Promise<void> {
  const members = await tx.find(ShiftMember, {
    shift: shift.id,
    removedAt: null,
    role: ShiftRole.OFFICER,
    onLeave: false,
    checkInAt: null,
  });
  for (const member of members) {
    const recorded = await tx.count(DisciplineRecord, {
      member: member.id,
      kind: DisciplineKind.NO_SHOW,
      status: { $ne: DisciplineStatus.VOIDED },
    });
    if (recorded > 0) continue;
    await raiseDiscipline(tx, ctx, {
      shift,
      member,
      kind: DisciplineKind.NO_SHOW,
      origin: DisciplineOrigin.SHIFT_CLOSE,
      observation: noCheckInAtAll(ctx.locale),
      observedAt: new Date(Math.min(shift.endsAt.getTime(), ctx.clock().getTime())),
    });
  }
}

onShiftClose(recordNoShowsAtClose);
