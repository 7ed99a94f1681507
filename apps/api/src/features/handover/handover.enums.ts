import { registerEnumType } from 'type-graphql';

/** Where a duty log is (R38): open while written → closed at the shift's (or the day's) end → reviewed. */
export enum DutyLogStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  REVIEWED = 'REVIEWED',
}
registerEnumType(DutyLogStatus, {
  name: 'DutyLogStatus',
  description: 'Where a duty log is (R38): open → closed → reviewed by the director (DIR-10).',
  valuesConfig: {
    OPEN: { description: 'Being written: the shift is running, or it is still the log’s day.' },
    CLOSED: { description: 'Its shift closed (or its day ended): awaiting the director’s review.' },
    REVIEWED: { description: 'Reviewed by the director (DIR-10 按时检查各部门值班记录).' },
  },
});

/** Where a handover is (R37): drafted → submitted → accepted, or disputed → settled by the director. */
export enum HandoverStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  ACCEPTED = 'ACCEPTED',
  DISPUTED = 'DISPUTED',
  RETURNED = 'RETURNED',
}
registerEnumType(HandoverStatus, {
  name: 'HandoverStatus',
  description: 'Where a shift handover is (R37, C22).',
  valuesConfig: {
    DRAFT: { description: 'The outgoing leader is writing it.' },
    SUBMITTED: { description: 'Submitted by the outgoing leader; awaiting the incoming leader.' },
    ACCEPTED: {
      description: 'Accepted by the incoming leader (or by the director on their behalf); the shift closed.',
    },
    DISPUTED: { description: 'The incoming leader disputed it; the director decides.' },
    RETURNED: { description: 'Sent back to the outgoing leader by the director to correct and submit again.' },
  },
});

/** What the director decides about a disputed handover. */
export enum HandoverDecision {
  ACCEPT = 'ACCEPT',
  RETURN = 'RETURN',
}
registerEnumType(HandoverDecision, {
  name: 'HandoverDecision',
  description: 'How the director settles a disputed handover.',
  valuesConfig: {
    ACCEPT: { description: 'Accept it on the incoming side’s behalf (the shift closes).' },
    RETURN: { description: 'Send it back to the outgoing leader to correct and submit again.' },
  },
});

/** A step the viewer may take on a handover now (`Handover.viewerSteps`). */
export enum HandoverStep {
  SAVE = 'SAVE',
  SUBMIT = 'SUBMIT',
  ACCEPT = 'ACCEPT',
  DISPUTE = 'DISPUTE',
  RESOLVE = 'RESOLVE',
}
registerEnumType(HandoverStep, {
  name: 'HandoverStep',
  description: 'A step on a handover, as offered to the viewer.',
});

/** Money in or out of a shift's petty cash (R40). */
export enum CashDirection {
  IN = 'IN',
  OUT = 'OUT',
}
registerEnumType(CashDirection, {
  name: 'CashDirection',
  description: 'Money into the petty cash (a top-up) or out of it (a payment).',
});
