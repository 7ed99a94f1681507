import { registerEnumType } from 'type-graphql';

/** What happened on a shift, for live consoles and boards. */
export enum ShiftEventType {
  STATUS_CHANGED = 'STATUS_CHANGED',
  ROSTER_CHANGED = 'ROSTER_CHANGED',
  ROLL_CALL = 'ROLL_CALL',
  ATTENDANCE = 'ATTENDANCE',
  PATROL_SCAN = 'PATROL_SCAN',
  DUTY_LOG = 'DUTY_LOG',
  HANDOVER_SUBMITTED = 'HANDOVER_SUBMITTED',
  HANDOVER_ACCEPTED = 'HANDOVER_ACCEPTED',
  HANDOVER_DISPUTED = 'HANDOVER_DISPUTED',
}
registerEnumType(ShiftEventType, { name: 'ShiftEventType', description: 'What happened on a shift.' });

/** Published after a shift-related transaction commits: which shift, what, and the record if any. */
export interface ShiftEventMessage {
  shiftId: string;
  type: ShiftEventType;
  at: string;
  /** The global id of the record the event is about (a scan, an entry, a handover), if any. */
  subjectId?: string | null;
}
