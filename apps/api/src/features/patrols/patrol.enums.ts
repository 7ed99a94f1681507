import { registerEnumType } from 'type-graphql';

/** How a checkpoint was named at a scan. */
export enum ScanMethod {
  CODE = 'CODE',
  LIST = 'LIST',
}
registerEnumType(ScanMethod, {
  name: 'ScanMethod',
  description: 'How a scan named its checkpoint.',
  valuesConfig: {
    CODE: { description: 'By its code: the QR card scanned (or its code typed from the card).' },
    LIST: { description: 'Picked from the list of checkpoints (no card read).' },
  },
});

/** A missed patrol: open until a director reviews it. */
export enum MissedPatrolStatus {
  OPEN = 'OPEN',
  REVIEWED = 'REVIEWED',
}
registerEnumType(MissedPatrolStatus, {
  name: 'MissedPatrolStatus',
  description: 'Whether a missed patrol has been reviewed.',
  valuesConfig: {
    OPEN: { description: 'Waiting for the director’s review.' },
    REVIEWED: { description: 'Reviewed, with a note.' },
  },
});

/** What an anomaly found on patrol becomes (incidents join when their kind exists). */
export enum PatrolAnomalyKind {
  REPAIR = 'REPAIR',
  COMPLAINT = 'COMPLAINT',
}
registerEnumType(PatrolAnomalyKind, {
  name: 'PatrolAnomalyKind',
  description: 'The kind of case an anomaly found on patrol opens.',
  valuesConfig: {
    REPAIR: { description: 'Something broken or damaged (报修): a repair request.' },
    COMPLAINT: { description: 'A problem to take up: soiling, nuisance, a breach of the rules (投诉).' },
  },
});
