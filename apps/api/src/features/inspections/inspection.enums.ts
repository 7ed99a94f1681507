import { registerEnumType } from 'type-graphql';

/** What a safety inspection looks at (OM-5: 消防、治安、车辆). */
export enum InspectionType {
  FIRE = 'FIRE',
  SECURITY = 'SECURITY',
  VEHICLE = 'VEHICLE',
}
registerEnumType(InspectionType, {
  name: 'InspectionType',
  description: 'The three safety inspections order maintenance makes regularly (OM-5).',
  valuesConfig: {
    FIRE: { description: 'Fire safety (消防安全检查).' },
    SECURITY: { description: 'Public security (治安安全检查).' },
    VEHICLE: { description: 'Vehicles and traffic (车辆安全检查).' },
  },
});

export enum InspectionStatus {
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(InspectionStatus, {
  name: 'InspectionStatus',
  description: 'Where an inspection is: planned → being performed → completed (or cancelled).',
  valuesConfig: {
    PLANNED: { description: 'Scheduled, not begun.' },
    IN_PROGRESS: { description: 'Results are being recorded.' },
    COMPLETED: { description: 'Every item has a result; the record is final (notices may still be issued).' },
    CANCELLED: { description: 'Called off, with the reason (nothing is deleted).' },
  },
});

export enum InspectionItemResult {
  PASS = 'PASS',
  FAIL = 'FAIL',
  N_A = 'N_A',
}
registerEnumType(InspectionItemResult, {
  name: 'InspectionItemResult',
  description: 'What a checklist item found.',
  valuesConfig: {
    PASS: { description: 'In order (合格).' },
    FAIL: { description: 'A problem or hidden hazard (不合格): needs a note, and gets a rectification notice.' },
    N_A: { description: 'Does not apply here this time (不适用).' },
  },
});

/** Who came to inspect us (DIR-10: 地区、周边和有关部门检查，如治安、消防). */
export enum InspectingBodyType {
  PUBLIC_SECURITY = 'PUBLIC_SECURITY',
  FIRE = 'FIRE',
  LOCAL_AUTHORITY = 'LOCAL_AUTHORITY',
  NEIGHBOUR = 'NEIGHBOUR',
  OTHER = 'OTHER',
}
registerEnumType(InspectingBodyType, {
  name: 'InspectingBodyType',
  description: 'The kind of body that inspected the property (DIR-10).',
  valuesConfig: {
    PUBLIC_SECURITY: { description: 'The police (公安、派出所).' },
    FIRE: { description: 'The fire authority (消防救援机构).' },
    LOCAL_AUTHORITY: { description: 'A local authority: street office, residents’ committee (地区、街道).' },
    NEIGHBOUR: { description: 'A neighbouring unit (周边单位).' },
    OTHER: { description: 'Another relevant body (有关部门).' },
  },
});

/** Where a hazard put to a rectification notice was found (R20). */
export enum RectificationOrigin {
  INSPECTION = 'INSPECTION',
  PATROL = 'PATROL',
  INCIDENT = 'INCIDENT',
  EXTERNAL_INSPECTION = 'EXTERNAL_INSPECTION',
  OTHER = 'OTHER',
}
registerEnumType(RectificationOrigin, {
  name: 'RectificationOrigin',
  description: 'Where the hazard of a rectification notice was found.',
  valuesConfig: {
    INSPECTION: { description: 'A failed item of one of our safety inspections (R19): `sourceId` is the item.' },
    PATROL: { description: 'A patrol (R18): `sourceId`, if given, is the patrol scan.' },
    INCIDENT: { description: 'An incident or other case (R16): `sourceId`, if given, is the case.' },
    EXTERNAL_INSPECTION: {
      description: 'An action required by an external inspection (R21): `sourceId` is that inspection.',
    },
    OTHER: { description: 'Anything else: no source record.' },
  },
});

export enum AddresseeType {
  DEPARTMENT = 'DEPARTMENT',
  CUSTOMER = 'CUSTOMER',
  CONTRACTOR = 'CONTRACTOR',
}
registerEnumType(AddresseeType, {
  name: 'AddresseeType',
  description: 'Whom a rectification notice is addressed to (R20).',
  valuesConfig: {
    DEPARTMENT: { description: 'One of our departments: its members see the notice and acknowledge it.' },
    CUSTOMER: { description: 'A customer or a unit (owner, tenant, shop).' },
    CONTRACTOR: { description: 'A contractor working on the property (施工方).' },
  },
});

export enum ReinspectionResult {
  FIXED = 'FIXED',
  NOT_FIXED = 'NOT_FIXED',
}
registerEnumType(ReinspectionResult, {
  name: 'ReinspectionResult',
  description: 'What a re-inspection (复查) of a rectification notice found.',
  valuesConfig: {
    FIXED: { description: 'Put right (已整改): the notice may be resolved and closed.' },
    NOT_FIXED: { description: 'Not yet put right (未整改): the notice stays open, perhaps with a new deadline.' },
  },
});

export enum RectificationFollowUpKind {
  VISIT = 'VISIT',
  ASSISTANCE = 'ASSISTANCE',
}
registerEnumType(RectificationFollowUpKind, {
  name: 'RectificationFollowUpKind',
  description: 'A note on a rectification notice’s follow-up (OM-5: 协助处理).',
  valuesConfig: {
    VISIT: { description: 'A follow-up visit to see how the work goes (跟进).' },
    ASSISTANCE: { description: 'Help given to the addressee (协助处理).' },
  },
});
