import { registerEnumType } from 'type-graphql';

/** The meetings the rulebook names (R11): CS-9 for customer service, SL-13 for the shift leader. */
export enum MeetingKind {
  CS_WORK_MEETING = 'CS_WORK_MEETING',
  SHIFT_MEETING = 'SHIFT_MEETING',
  PRE_SHIFT_BRIEFING = 'PRE_SHIFT_BRIEFING',
}
registerEnumType(MeetingKind, {
  name: 'MeetingKind',
  description: 'What kind of meeting (R11).',
  valuesConfig: {
    CS_WORK_MEETING: { description: 'Customer service work meeting (客服工作会议, CS-9), held regularly.' },
    SHIFT_MEETING: { description: 'Shift meeting (班务会, SL-13): reviews the work, sets requirements, reported up.' },
    PRE_SHIFT_BRIEFING: { description: 'Pre-shift briefing (班前会, SL-13); here a plain meeting for now.' },
  },
});

/** The department whose meetings each kind is. */
export const MEETING_KIND_DEPARTMENT: Record<MeetingKind, string> = {
  [MeetingKind.CS_WORK_MEETING]: 'customer_service',
  [MeetingKind.SHIFT_MEETING]: 'order_maintenance',
  [MeetingKind.PRE_SHIFT_BRIEFING]: 'order_maintenance',
};

/** Kinds that must be reported to the chair's superior once held (SL-13 “并向上级汇报”). */
export const REPORTED_KINDS: readonly MeetingKind[] = [MeetingKind.SHIFT_MEETING];

export enum MeetingStatus {
  PLANNED = 'PLANNED',
  HELD = 'HELD',
  REPORTED = 'REPORTED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(MeetingStatus, {
  name: 'MeetingStatus',
  description: 'Where a meeting is: planned → held (minutes recorded) → reported (shift meetings), or cancelled.',
  valuesConfig: {
    PLANNED: { description: 'Scheduled, not yet held.' },
    HELD: { description: 'Held; its minutes are recorded and action items may be given.' },
    REPORTED: { description: 'A shift meeting reported to the chair’s superior (SL-13).' },
    CANCELLED: { description: 'Called off, with the reason.' },
  },
});
