import { randomUUID } from 'node:crypto';
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { UserErrorCode } from '@steward/schema';
import { batchLoad } from '../../graphql/batch.js';
import { type ConnectionShape, checkRange, type PageArgs, paginate } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { badInput } from '../../graphql/errors.js';
import { runMutation } from '../../graphql/mutation.js';
import { refuse } from '../../graphql/user-error.js';
import { Validator } from '../../graphql/validate.js';
import type { AuditLog } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import { unauthenticated } from '../permissions/auth-checker.js';
import { Site } from '../sites/site.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { StaffStatus } from '../staff/staff.enums.js';
import { attendanceFacts, attendanceStatus } from './attendance-status.js';
import type {
  AddShiftMemberInput,
  CancelStaffLeaveInput,
  ChangeShiftLeaderInput,
  RecordStaffLeaveInput,
  RemoveShiftMemberInput,
  SetShiftMemberLeaveInput,
  ShiftsOverviewInput,
  StaffLeaveFilter,
} from './roster-edit.inputs.js';
import {
  coveringLeave,
  leadingPositions,
  leadsShifts,
  leavesCovering,
  memberSnapshot,
  refuseClash,
  refuseOnLeave,
  rosterOn,
  rowOf,
} from './roster-rules.js';
import { leaveReadFilter, mayEditShift, mayRecordLeave, shiftReadFilter } from './shift.access.js';
import { SHIFT_LIMITS, Shift, ShiftMember } from './shift.entity.js';
import { AttendanceStatus, ShiftRole, ShiftStatus } from './shift.enums.js';
import { keyOf, publishShiftEvent, shiftSnapshot } from './shift.service.js';
import { ShiftEventType } from './shift.topics.js';
import type { ShiftPattern } from './shift-pattern.entity.js';
import { LEAVE_LIMITS, StaffLeave } from './staff-leave.entity.js';
import { Team } from './team.entity.js';
import { daysBetween, zonedDate } from './zoned-time.js';

/** One shift on the director's overview, with its people counted (R35, R36). */
export interface ShiftOverviewRow {
  shift: Shift;
  current: boolean;
  rostered: number;
  onLeave: number;
  checkedIn: number;
  late: number;
  absent: number;
}

function leaveSnapshot(l: StaffLeave): Record<string, unknown> {
  return {
    staff: l.staff.unwrap().id,
    fromDate: l.fromDate,
    toDate: l.toDate,
    reason: l.reason,
    cancelledAt: l.cancelledAt?.toISOString() ?? null,
    cancelReason: l.cancelReason,
  };
}

/**
 * Changes to a roster after it was generated (R35 "changed, with audit"; locked once the shift
 * has closed): people put on or taken off, another leader, a day off for one shift; and days off
 * (leave) recorded for a person across the shifts they are rostered on.
 */
export class RosterEditService {
  constructor(private readonly ctx: Context) {}

  private get viewer(): Viewer {
    if (!this.ctx.viewer) throw unauthenticated();
    return this.ctx.viewer;
  }

  private now(): Date {
    return this.ctx.clock();
  }

  /** Whether someone's position leads shifts (they may be made a leader); a list's positions are checked in one query. */
  async canLead(member: ShiftMember): Promise<boolean> {
    const staff = (await member.staff.load()) as Staff;
    const em = this.ctx.em;
    return batchLoad(
      this.ctx,
      'Position.leadsShifts',
      async (keys) => {
        const leading = await leadingPositions(em, keys);
        return new Map(keys.map((k) => [k, leading.has(k)]));
      },
      staff.position.unwrap().key,
      false,
    );
  }

  // ---- one shift's people ----------------------------------------------------------------

  /** A shift the viewer sees and may edit, still open: a closed shift's roster is locked. */
  private async shiftToEdit(tx: EntityManager, shiftId: string, field = 'shiftId'): Promise<Shift> {
    const key = keyOf(shiftId, 'Shift');
    const shift = key ? await tx.findOne(Shift, { $and: [{ id: key }, shiftReadFilter(this.viewer)] }) : null;
    if (!shift) refuse(field, 'No such shift', UserErrorCode.NOT_FOUND);
    this.editable(shift, field);
    return shift;
  }

  private editable(shift: Shift, field: string) {
    if (!mayEditShift(this.viewer, shift)) {
      refuse(field, 'is outside the rosters you may edit', UserErrorCode.NOT_PERMITTED);
    }
    if (shift.status === ShiftStatus.CLOSED) {
      refuse(field, 'is closed: its roster is locked', UserErrorCode.INVALID_TRANSITION);
    }
  }

  /** Someone's live place on a shift the viewer may edit. */
  private async memberToEdit(tx: EntityManager, memberId: string): Promise<ShiftMember> {
    const key = keyOf(memberId, 'ShiftMember');
    const member = key
      ? await tx.findOne(
          ShiftMember,
          { id: key, removedAt: null, shift: shiftReadFilter(this.viewer) },
          { populate: ['shift', 'staff'] },
        )
      : null;
    if (!member) refuse('memberId', 'No such place on a shift', UserErrorCode.NOT_FOUND);
    this.editable(member.shift.unwrap(), 'memberId');
    return member;
  }

  /** An active member of the shift's department at its site, by global id. */
  private async person(tx: EntityManager, shift: Shift, staffId: string, field: string): Promise<Staff> {
    const key = keyOf(staffId, 'Staff');
    const person = key
      ? await tx.findOne(Staff, {
          id: key,
          status: StaffStatus.ACTIVE,
          department: shift.department.unwrap().key,
          sites: { code: shift.site.unwrap().code },
        })
      : null;
    if (!person) {
      refuse(field, 'names nobody active in the shift’s department at its site', UserErrorCode.NOT_FOUND);
    }
    return person;
  }

  private record(
    audit: AuditLog,
    action: string,
    shift: Shift,
    before: Record<string, unknown> | null,
    after: Record<string, unknown>,
  ) {
    audit.record({
      action,
      targetType: 'Shift',
      targetKey: shift.id,
      departmentKey: shift.department.unwrap().key,
      before,
      after,
    });
  }

  addMember(input: AddShiftMemberInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const shift = await this.shiftToEdit(tx, input.shiftId);
      const person = await this.person(tx, shift, input.staffId, 'staffId');
      if (await rowOf(tx, shift, person.id)) refuse('staffId', 'is already on this shift', UserErrorCode.TAKEN);
      const live = await tx.count(ShiftMember, { shift: shift.id, removedAt: null });
      if (live >= SHIFT_LIMITS.members) {
        refuse('shiftId', `has ${SHIFT_LIMITS.members} people already`, UserErrorCode.OUT_OF_RANGE);
      }
      await refuseClash(tx, 'staffId', person, shift, [shift.id]);
      await refuseOnLeave(tx, 'staffId', person, shift);
      const member = await rosterOn(tx, shift, person, ShiftRole.OFFICER, this.now());
      this.record(audit, 'roster.add_member', shift, null, memberSnapshot(member));
      publishShiftEvent(this.ctx, shift.id, ShiftEventType.ROSTER_CHANGED);
      return shift;
    });
  }

  removeMember(input: RemoveShiftMemberInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const v = new Validator();
      const reason = v.text('reason', input.reason, { max: SHIFT_LIMITS.note });
      v.check();
      const member = await this.memberToEdit(tx, input.memberId);
      const shift = member.shift.unwrap();
      if (member.role === ShiftRole.LEADER || shift.leader.unwrap().id === member.staff.unwrap().id) {
        refuse('memberId', 'is the shift’s leader: give the shift another leader first', UserErrorCode.INVALID);
      }
      if (member.checkInAt) refuse('memberId', 'has already checked in', UserErrorCode.CONFLICT);
      const before = memberSnapshot(member);
      member.removedAt = this.now();
      this.record(audit, 'roster.remove_member', shift, before, { ...memberSnapshot(member), reason: reason || null });
      publishShiftEvent(this.ctx, shift.id, ShiftEventType.ROSTER_CHANGED);
      return shift;
    });
  }

  changeLeader(input: ChangeShiftLeaderInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const shift = await this.shiftToEdit(tx, input.shiftId);
      const person = await this.person(tx, shift, input.leaderId, 'leaderId');
      if (shift.leader.unwrap().id === person.id) {
        refuse('leaderId', 'already leads this shift', UserErrorCode.ALREADY_DONE);
      }
      if (!(await leadsShifts(tx, person.position.unwrap().key))) {
        refuse('leaderId', 'holds a position that does not lead shifts', UserErrorCode.NOT_PERMITTED);
      }
      const before = shiftSnapshot(shift);
      let row = await rowOf(tx, shift, person.id);
      if (row) {
        if (row.onLeave) refuse('leaderId', 'is on leave for this shift', UserErrorCode.CONFLICT);
        row.role = ShiftRole.LEADER;
      } else {
        await refuseClash(tx, 'leaderId', person, shift, [shift.id]);
        await refuseOnLeave(tx, 'leaderId', person, shift);
        row = await rosterOn(tx, shift, person, ShiftRole.LEADER, this.now());
      }
      const former = await rowOf(tx, shift, shift.leader.unwrap().id);
      if (former) former.role = ShiftRole.OFFICER;
      shift.leader = tx.getReference(Staff, person.id, { wrapped: true });
      this.record(audit, 'roster.change_leader', shift, before, shiftSnapshot(shift));
      publishShiftEvent(this.ctx, shift.id, ShiftEventType.ROSTER_CHANGED);
      return shift;
    });
  }

  setMemberLeave(input: SetShiftMemberLeaveInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const v = new Validator();
      const note = v.text('note', input.note, { max: SHIFT_LIMITS.note, required: input.onLeave });
      v.check();
      const member = await this.memberToEdit(tx, input.memberId);
      const shift = member.shift.unwrap();
      if (member.onLeave === input.onLeave && (!input.onLeave || member.leaveNote === note)) {
        refuse('onLeave', input.onLeave ? 'is already on leave' : 'is not on leave', UserErrorCode.ALREADY_DONE);
      }
      if (input.onLeave && member.checkInAt) refuse('memberId', 'has already checked in', UserErrorCode.CONFLICT);
      const before = memberSnapshot(member);
      member.onLeave = input.onLeave;
      member.leaveNote = input.onLeave ? note : null;
      this.record(audit, 'roster.set_leave', shift, before, memberSnapshot(member));
      publishShiftEvent(this.ctx, shift.id, ShiftEventType.ROSTER_CHANGED);
      return shift;
    });
  }

  // ---- leave -----------------------------------------------------------------------------

  /** Whether the viewer records this person's leave: the director over them, or the leader of their team. */
  private async mayRecordFor(em: EntityManager, person: Staff): Promise<boolean> {
    const inTeam = await em.count(Team, { leader: this.viewer.staff.id, active: true, members: person.id });
    const where = {
      departmentKey: person.department?.unwrap().key ?? null,
      siteCodes: person.sites.getItems().map((s) => s.code),
    };
    return mayRecordLeave(this.viewer, where, inTeam > 0);
  }

  /** The person (by key), checked to be someone whose leave the viewer records. */
  private async leaveSubject(tx: EntityManager, key: string | null, field: string): Promise<Staff> {
    const person = key ? await tx.findOne(Staff, { id: key }, { populate: ['sites'] }) : null;
    if (!person) refuse(field, 'names no member of staff', UserErrorCode.NOT_FOUND);
    if (!(await this.mayRecordFor(tx, person))) {
      refuse(field, 'is not someone whose leave you record', UserErrorCode.NOT_PERMITTED);
    }
    return person;
  }

  /** Rows of a person on shifts in a date range that a change of leave may still touch. */
  private openRows(tx: EntityManager, staffId: string, from: string, to: string): Promise<ShiftMember[]> {
    return tx.find(
      ShiftMember,
      {
        staff: staffId,
        removedAt: null,
        checkInAt: null,
        shift: { date: { $gte: from, $lte: to }, status: { $ne: ShiftStatus.CLOSED } },
      },
      { populate: ['shift'] },
    );
  }

  recordLeave(input: RecordStaffLeaveInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const v = new Validator();
      const from = v.date('fromDate', input.fromDate, true);
      const to = v.date('toDate', input.toDate, true);
      if (from && to) {
        const span = daysBetween(from, to);
        if (span < 0) v.add('toDate', 'must not be before fromDate', UserErrorCode.OUT_OF_RANGE);
        else if (span >= LEAVE_LIMITS.maxDays)
          v.add('toDate', `must be within ${LEAVE_LIMITS.maxDays} days of fromDate`, UserErrorCode.OUT_OF_RANGE);
      }
      const reason = v.text('reason', input.reason, { max: LEAVE_LIMITS.reason, required: true });
      v.check();
      if (!from || !to) throw new Error('unreachable');
      const person = await this.leaveSubject(tx, keyOf(input.staffId, 'Staff'), 'staffId');
      if (person.status !== StaffStatus.ACTIVE) refuse('staffId', 'is no longer active', UserErrorCode.INVALID);
      const [overlap] = await leavesCovering(tx, [person.id], from, to);
      if (overlap) {
        refuse(
          'fromDate',
          `overlaps leave already recorded from ${overlap.fromDate} to ${overlap.toDate}`,
          UserErrorCode.CONFLICT,
        );
      }
      const department = person.department;
      if (!department) refuse('staffId', 'belongs to no department', UserErrorCode.INVALID);
      const leave = tx.create(StaffLeave, {
        id: randomUUID(),
        staff: person,
        department,
        fromDate: from,
        toDate: to,
        reason,
        recordedBy: tx.getReference(Staff, this.viewer.staff.id),
        createdAt: this.now(),
      });
      let marked = 0;
      for (const row of await this.openRows(tx, person.id, from, to)) {
        if (row.onLeave) continue;
        row.onLeave = true;
        row.leaveNote = reason;
        marked += 1;
        publishShiftEvent(this.ctx, row.shift.unwrap().id, ShiftEventType.ROSTER_CHANGED);
      }
      audit.record({
        action: 'staff_leave.record',
        targetType: 'StaffLeave',
        targetKey: leave.id,
        departmentKey: department.unwrap().key,
        before: null,
        after: { ...leaveSnapshot(leave), shiftsMarked: marked },
      });
      return { leave, marked };
    });
  }

  cancelLeave(input: CancelStaffLeaveInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const v = new Validator();
      const reason = v.text('reason', input.reason, { max: LEAVE_LIMITS.reason });
      v.check();
      const key = keyOf(input.leaveId, 'StaffLeave');
      const leave = key ? await tx.findOne(StaffLeave, { $and: [{ id: key }, leaveReadFilter(this.viewer)] }) : null;
      if (!leave) refuse('leaveId', 'No such leave', UserErrorCode.NOT_FOUND);
      await this.leaveSubject(tx, leave.staff.unwrap().id, 'leaveId');
      if (leave.cancelledAt) refuse('leaveId', 'is already cancelled', UserErrorCode.ALREADY_DONE);
      const before = leaveSnapshot(leave);
      leave.cancelledAt = this.now();
      leave.cancelledBy = tx.getReference(Staff, this.viewer.staff.id, { wrapped: true });
      leave.cancelReason = reason || null;
      const staffId = leave.staff.unwrap().id;
      // Others still standing keep their days off; rows marked for another reason stay as they are.
      const others = (await leavesCovering(tx, [staffId], leave.fromDate, leave.toDate)).filter(
        (l) => l.id !== leave.id,
      );
      let unmarked = 0;
      for (const row of await this.openRows(tx, staffId, leave.fromDate, leave.toDate)) {
        const date = row.shift.unwrap().date;
        if (!row.onLeave || row.leaveNote !== leave.reason || coveringLeave(others, staffId, date)) continue;
        row.onLeave = false;
        row.leaveNote = null;
        unmarked += 1;
        publishShiftEvent(this.ctx, row.shift.unwrap().id, ShiftEventType.ROSTER_CHANGED);
      }
      audit.record({
        action: 'staff_leave.cancel',
        targetType: 'StaffLeave',
        targetKey: leave.id,
        departmentKey: leave.department.unwrap().key,
        before,
        after: { ...leaveSnapshot(leave), shiftsUnmarked: unmarked },
      });
      return { leave, marked: unmarked };
    });
  }

  /** Leave the viewer may see, latest first. */
  leaves(filter: StaffLeaveFilter | null | undefined, page: PageArgs): Promise<ConnectionShape<StaffLeave>> {
    const f = filter ?? {};
    const where: FilterQuery<StaffLeave>[] = [leaveReadFilter(this.viewer)];
    const v = new Validator();
    const from = v.date('from', f.from);
    const to = v.date('to', f.to);
    if (!v.ok) throw badInput(v.errors[0]?.field?.[1] ?? 'from', 'must be a date as YYYY-MM-DD');
    checkRange(from, to);
    if (from) where.push({ toDate: { $gte: from } });
    if (to) where.push({ fromDate: { $lte: to } });
    if (f.staffId) where.push({ staff: keyOf(f.staffId, 'Staff') ?? '-' });
    if (!f.includeCancelled) where.push({ cancelledAt: null });
    return paginate(
      this.ctx.em,
      StaffLeave,
      { $and: where },
      [
        ['fromDate', 'desc'],
        ['id', 'desc'],
      ],
      page,
      (l) => [l.fromDate, l.id],
    );
  }

  /** Whether the viewer may cancel a leave (the same people who record it). */
  async mayCancelLeave(leave: StaffLeave): Promise<boolean> {
    if (!this.ctx.viewer || leave.cancelledAt) return false;
    const person = await this.ctx.em.findOne(Staff, { id: leave.staff.unwrap().id }, { populate: ['sites'] });
    return !!person && (await this.mayRecordFor(this.ctx.em, person));
  }

  // ---- the director's overview -----------------------------------------------------------

  /**
   * Every visible shift of a day (today in each site's zone by default) and every shift running
   * now, with its people counted: rostered, on leave, checked in, late, absent.
   */
  async overview(input: ShiftsOverviewInput | null | undefined): Promise<ShiftOverviewRow[]> {
    const v = new Validator();
    const date = v.date('date', input?.date);
    if (!v.ok) throw badInput('date', 'must be a date as YYYY-MM-DD');
    const now = this.now();
    const sites = await this.ctx.em.find(Site, input?.siteCode ? { code: input.siteCode.slice(0, 32) } : {});
    if (!sites.length) return [];
    const running = [ShiftStatus.BRIEFING, ShiftStatus.ON_DUTY, ShiftStatus.HANDING_OVER];
    const days = sites.map((s) => ({ site: s.code, date: date ?? zonedDate(now, s.timeZone) }));
    const shifts = await this.ctx.em.find(
      Shift,
      {
        $and: [
          shiftReadFilter(this.viewer),
          { site: { $in: sites.map((s) => s.code) } },
          {
            $or: [
              ...days,
              ...(date ? [] : [{ status: { $in: running } }, { startsAt: { $lte: now }, endsAt: { $gt: now } }]),
            ],
          },
        ],
      },
      { orderBy: { site: 'asc', startsAt: 'asc', id: 'asc' }, populate: ['pattern'], limit: 500 },
    );
    if (!shifts.length) return [];
    const members = await this.ctx.em.find(ShiftMember, {
      shift: { $in: shifts.map((s) => s.id) },
      removedAt: null,
    });
    return shifts.map((shift) => {
      const pattern = shift.pattern.unwrap() as ShiftPattern;
      const mine = members.filter((m) => m.shift.unwrap().id === shift.id);
      const statuses = mine.map((m) => attendanceStatus(attendanceFacts(shift, pattern, m), now));
      const count = (...wanted: AttendanceStatus[]) => statuses.filter((s) => wanted.includes(s)).length;
      return {
        shift,
        current:
          running.includes(shift.status) ||
          (shift.status !== ShiftStatus.CLOSED && shift.startsAt <= now && shift.endsAt > now),
        rostered: mine.length,
        onLeave: count(AttendanceStatus.ON_LEAVE),
        checkedIn: mine.filter((m) => !m.onLeave && m.checkInAt).length,
        late: count(AttendanceStatus.LATE, AttendanceStatus.LATE_AND_LEFT_EARLY),
        absent: shift.status === ShiftStatus.PLANNED && shift.startsAt > now ? 0 : count(AttendanceStatus.ABSENT),
      };
    });
  }
}
