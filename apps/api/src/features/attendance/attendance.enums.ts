import { registerEnumType } from 'type-graphql';

/** What an officer did wrong (R42): the rulebook names lateness and absence (SL-8), posts (SL-10) and grooming (SL-9). */
export enum DisciplineKind {
  GROOMING = 'GROOMING',
  NO_SHOW = 'NO_SHOW',
  LATE = 'LATE',
  LEFT_EARLY = 'LEFT_EARLY',
  ABSENT_FROM_POST = 'ABSENT_FROM_POST',
  OTHER = 'OTHER',
}
registerEnumType(DisciplineKind, {
  name: 'DisciplineKind',
  description: 'The kind of violation (R42).',
  valuesConfig: {
    GROOMING: { description: 'Failed the grooming check (仪容仪表, SL-9).' },
    NO_SHOW: { description: 'Did not turn up for a rostered shift (SL-8).' },
    LATE: { description: 'Checked in after the grace period (SL-8).' },
    LEFT_EARLY: { description: 'Checked out before the end less the grace period (SL-8).' },
    ABSENT_FROM_POST: { description: 'Found away from the assigned post (脱岗, SL-10).' },
    OTHER: { description: 'Another breach of the rules (违纪违章, SL-10).' },
  },
});

/**
 * Where a discipline record is (R42: observed → corrected → (escalated) → closed). Corrected is
 * where it ends; escalated waits on the director; voided was raised in error (never deleted).
 */
export enum DisciplineStatus {
  OPEN = 'OPEN',
  ESCALATED = 'ESCALATED',
  CORRECTED = 'CORRECTED',
  VOIDED = 'VOIDED',
}
registerEnumType(DisciplineStatus, {
  name: 'DisciplineStatus',
  description: 'Where a discipline record is.',
  valuesConfig: {
    OPEN: { description: 'Observed; no correction recorded yet.' },
    ESCALATED: { description: 'Passed up to the director; no correction recorded yet.' },
    CORRECTED: { description: 'The correction is recorded (SL-10 及时纠正).' },
    VOIDED: { description: 'Raised in error, with the reason (kept, never deleted).' },
  },
});

/** What raised a discipline record: a step of the shift, or the leader by hand. */
export enum DisciplineOrigin {
  ROLL_CALL = 'ROLL_CALL',
  GROOMING_CHECK = 'GROOMING_CHECK',
  ATTENDANCE = 'ATTENDANCE',
  SHIFT_CLOSE = 'SHIFT_CLOSE',
  MANUAL = 'MANUAL',
}
registerEnumType(DisciplineOrigin, {
  name: 'DisciplineOrigin',
  description: 'What raised a discipline record.',
  valuesConfig: {
    ROLL_CALL: { description: 'Marked absent at the pre-shift roll call.' },
    GROOMING_CHECK: { description: 'A failed grooming check.' },
    ATTENDANCE: { description: 'A late check-in or an early check-out.' },
    SHIFT_CLOSE: { description: 'No check-in at all by the time the shift closed.' },
    MANUAL: { description: 'Recorded by hand by the shift leader (post supervision, SL-10).' },
  },
});

/** The statuses a record can still change from. */
export const OPEN_DISCIPLINE: readonly DisciplineStatus[] = [DisciplineStatus.OPEN, DisciplineStatus.ESCALATED];
