import type { CaseStatus, MeetingKind, MeetingStatus } from '../../gql/graphql.js';

export const MEETING_KINDS: MeetingKind[] = ['CS_WORK_MEETING', 'SHIFT_MEETING', 'PRE_SHIFT_BRIEFING'];
export const MEETING_STATUSES: MeetingStatus[] = ['PLANNED', 'HELD', 'REPORTED', 'CANCELLED'];
export const ACTIVE_TASK_STATUSES: CaseStatus[] = ['OPEN', 'ASSIGNED', 'IN_PROGRESS'];

/** The department whose meetings each kind is (the API refuses the others). */
export const MEETING_KIND_DEPARTMENT: Record<MeetingKind, string> = {
  CS_WORK_MEETING: 'customer_service',
  SHIFT_MEETING: 'order_maintenance',
  PRE_SHIFT_BRIEFING: 'order_maintenance',
};

/** Kinds reported to the chair's superior once held (SL-13). */
export const REPORTED_KINDS: readonly MeetingKind[] = ['SHIFT_MEETING'];

/** The kinds someone of this department schedules: their own department's, or all when it has none. */
export function kindsFor(departmentKey: string | null | undefined): MeetingKind[] {
  const own = MEETING_KINDS.filter((k) => MEETING_KIND_DEPARTMENT[k] === departmentKey);
  return own.length ? own : MEETING_KINDS;
}

export const meetingPath = (id: string) => `/meetings/${encodeURIComponent(id)}`;
