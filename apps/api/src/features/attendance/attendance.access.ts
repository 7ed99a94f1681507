import type { FilterQuery } from '@mikro-orm/core';
import type { PermissionCode } from '@steward/schema';
import type { Viewer } from '../auth/viewer.js';
import { anyOf, type ScopeFilter } from '../permissions/scope.js';
import { mayLeadShift, shiftReach } from '../shifts/shift.access.js';
import type { Shift, ShiftMember } from '../shifts/shift.entity.js';
import type { DisciplineRecord } from './discipline-record.entity.js';
import type { GroomingCheck } from './grooming-check.entity.js';

/**
 * How far a grant reaches records about one person on one shift (an attendance row, a grooming
 * check, a discipline record): through the shift for the director (DEPARTMENT) and the shift
 * leaders (SITE), as `shiftReach` says; an officer's OWN grant reaches only their own rows, not
 * their teammates' on the same shift.
 */
function reachOnShift(viewer: Viewer, permission: PermissionCode): ScopeFilter | null {
  const scope = viewer.grants.get(permission);
  if (!scope) return null;
  if (scope === 'OWN' || scope === 'TEAM') return { staff: viewer.staff.id };
  const reach = shiftReach(viewer, permission);
  if (!reach) return null;
  return Object.keys(reach).length === 0 ? {} : { shift: reach };
}

/** Always one's own: everyone sees their own attendance, checks and records. */
const own = (viewer: Viewer): ScopeFilter => ({ staff: viewer.staff.id });

/** The attendance rows (rostered people on shifts, R36) a viewer may read. */
export function attendanceReadFilter(viewer: Viewer): FilterQuery<ShiftMember> {
  return (anyOf(reachOnShift(viewer, 'attendance.read'), own(viewer)) ?? own(viewer)) as FilterQuery<ShiftMember>;
}

/** The discipline records (R42) a viewer may read: the director's department, a leader's sites, an officer's own. */
export function disciplineReadFilter(viewer: Viewer): FilterQuery<DisciplineRecord> {
  return (anyOf(reachOnShift(viewer, 'discipline.read'), own(viewer)) ?? own(viewer)) as FilterQuery<DisciplineRecord>;
}

/** The grooming checks (R41) a viewer may read: as discipline records (the same resource). */
export function groomingReadFilter(viewer: Viewer): FilterQuery<GroomingCheck> {
  return disciplineReadFilter(viewer) as FilterQuery<GroomingCheck>;
}

/**
 * Who records someone else's attendance on a shift (SL-8 按时做好本班日常考勤): whoever runs it —
 * its own leader (holding `attendance.create`) or the director over it (`roster.approve`).
 */
export function mayRecordAttendanceOf(viewer: Viewer, shift: Shift): boolean {
  return (viewer.grants.has('attendance.create') || viewer.grants.has('roster.approve')) && mayLeadShift(viewer, shift);
}

/** Whether a viewer records their own attendance: only their own place on a shift. */
export function isOwnMembership(viewer: Viewer, member: ShiftMember): boolean {
  return member.staff.unwrap().id === viewer.staff.id;
}

/** Who handles a discipline record (corrects, escalates, voids it): whoever runs its shift. */
export function mayHandleDiscipline(viewer: Viewer, shift: Shift): boolean {
  return (viewer.grants.has('discipline.create') || viewer.grants.has('roster.approve')) && mayLeadShift(viewer, shift);
}
