import { registerEnumType } from 'type-graphql';

/**
 * What a case is about. The engine is the same for every kind; a kind adds itself here and in
 * case.kinds.ts (its reference prefix, permission resource and owning department).
 */
export enum CaseKind {
  COMPLAINT = 'COMPLAINT',
  INQUIRY = 'INQUIRY',
  SPECIAL_SERVICE = 'SPECIAL_SERVICE',
  REPAIR = 'REPAIR',
  RENTAL = 'RENTAL',
  TASK = 'TASK',
  PUBLIC_ORDER = 'PUBLIC_ORDER',
  FIRE = 'FIRE',
  VEHICLE_ACCIDENT = 'VEHICLE_ACCIDENT',
  CRIMINAL = 'CRIMINAL',
  EQUIPMENT_FAILURE = 'EQUIPMENT_FAILURE',
  OTHER_INCIDENT = 'OTHER_INCIDENT',
  RECTIFICATION = 'RECTIFICATION',
}
registerEnumType(CaseKind, {
  name: 'CaseKind',
  description: 'What a case is about.',
  valuesConfig: {
    COMPLAINT: { description: 'A complaint or a problem a customer raises (投诉, CS-4).' },
    INQUIRY: { description: 'An inquiry (咨询, CS-5).' },
    SPECIAL_SERVICE: { description: 'A special (contracted) service request (特约服务, CS-5).' },
    REPAIR: { description: 'A repair request (报修, CS-5).' },
    RENTAL: { description: 'Housing rental service (房屋租赁, CS-6).' },
    TASK: { description: 'A task given by a superior, written or oral (交办任务, CS-11, SL-2, SL-15).' },
    PUBLIC_ORDER: { description: 'Incident: public order (治安事件, OM-6).' },
    FIRE: { description: 'Incident: fire (火警火灾, DIR-4): reported at once to the director and the manager.' },
    VEHICLE_ACCIDENT: { description: 'Incident: vehicle accident (交通事故, OM-9).' },
    CRIMINAL: { description: 'Incident: criminal case (刑事案件, DIR-3).' },
    EQUIPMENT_FAILURE: { description: 'Incident: equipment failure (设备故障, e.g. a lift entrapment).' },
    OTHER_INCIDENT: { description: 'Incident: other emergency (其他突发事件).' },
    RECTIFICATION: {
      description:
        'A rectification notice (整改通知书, R20, OM-5): a hazard to put right by a deadline, closed after a re-inspection.',
    },
  },
});

export enum CaseStatus {
  OPEN = 'OPEN',
  ASSIGNED = 'ASSIGNED',
  IN_PROGRESS = 'IN_PROGRESS',
  RESOLVED = 'RESOLVED',
  CLOSED = 'CLOSED',
  VOIDED = 'VOIDED',
}
registerEnumType(CaseStatus, {
  name: 'CaseStatus',
  description: 'Where a case is in its lifecycle: open → assigned → in progress → resolved → closed (or voided).',
  valuesConfig: {
    OPEN: { description: 'Recorded, nobody assigned yet.' },
    ASSIGNED: { description: 'Someone holds it (assigned or referred).' },
    IN_PROGRESS: { description: 'Being worked on.' },
    RESOLVED: { description: 'Has a written result; waiting to be closed.' },
    CLOSED: { description: 'Done; the customer’s feedback may be recorded.' },
    VOIDED: { description: 'Withdrawn with a reason (recorded in error, duplicate…).' },
  },
});

export enum CaseChannel {
  DESK_VISIT = 'DESK_VISIT',
  PHONE = 'PHONE',
  PATROL = 'PATROL',
  NIGHT_DUTY = 'NIGHT_DUTY',
  ONLINE = 'ONLINE',
  LETTER = 'LETTER',
  /** Given at a meeting: a meeting's action item (R11, CS-9). */
  MEETING = 'MEETING',
  /** Found on a safety inspection, ours or one received (R19, R21). */
  INSPECTION = 'INSPECTION',
  OTHER = 'OTHER',
}
registerEnumType(CaseChannel, { name: 'CaseChannel', description: 'How the matter reached us.' });

export enum Severity {
  GENERAL = 'GENERAL',
  MAJOR = 'MAJOR',
}
registerEnumType(Severity, {
  name: 'Severity',
  description: 'General (一般性) or major (重大): a major matter must be escalated before it progresses.',
});

export enum Priority {
  LOW = 'LOW',
  NORMAL = 'NORMAL',
  HIGH = 'HIGH',
  URGENT = 'URGENT',
}
registerEnumType(Priority, { name: 'Priority', description: 'How soon it must be dealt with; decides the deadlines.' });

export enum CaseEventType {
  OPENED = 'OPENED',
  ASSIGNED = 'ASSIGNED',
  REFERRED = 'REFERRED',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  ESCALATED = 'ESCALATED',
  STARTED = 'STARTED',
  COMMENTED = 'COMMENTED',
  RESOLVED = 'RESOLVED',
  CLOSED = 'CLOSED',
  REOPENED = 'REOPENED',
  VOIDED = 'VOIDED',
  /** Kind-specific details changed (a rental viewing recorded, its outcome…). */
  DETAILS_UPDATED = 'DETAILS_UPDATED',
  /** Whoever it was escalated to confirmed they have it (incidents: the duty chain stops climbing). */
  ESCALATION_ACKNOWLEDGED = 'ESCALATION_ACKNOWLEDGED',
}
registerEnumType(CaseEventType, { name: 'CaseEventType', description: 'What happened to a case.' });

/** A step the viewer may take on a case now (`Case.viewerSteps`). */
export enum CaseStep {
  ACKNOWLEDGE = 'ACKNOWLEDGE',
  ESCALATE = 'ESCALATE',
  START = 'START',
  RESOLVE = 'RESOLVE',
  ASSIGN = 'ASSIGN',
  REFER = 'REFER',
  CLOSE = 'CLOSE',
  REOPEN = 'REOPEN',
  VOID = 'VOID',
  COMMENT = 'COMMENT',
  /** Change the kind's own details (a rental's viewings and outcome). */
  UPDATE_DETAILS = 'UPDATE_DETAILS',
}
registerEnumType(CaseStep, { name: 'CaseStep', description: 'A step on a case, as offered to the viewer.' });
