import type { PermissionCode, Resource } from '@steward/schema';
import type { CaseKind, CaseStatus, CaseStep, CaseSummaryFragment } from '../../gql/graphql.js';

export const CASE_KINDS: CaseKind[] = [
  'COMPLAINT',
  'REPAIR',
  'INQUIRY',
  'SPECIAL_SERVICE',
  'RENTAL',
  'TASK',
  'RECTIFICATION',
];
/**
 * The kinds the intake form records; tasks have their own form (given to a person, with a due
 * time), rectification notices theirs (issued from the inspections pages).
 */
export const INTAKE_KINDS: CaseKind[] = CASE_KINDS.filter((k) => k !== 'TASK' && k !== 'RECTIFICATION');
export const CASE_STATUSES: CaseStatus[] = ['OPEN', 'ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED', 'VOIDED'];
export const ACTIVE_STATUSES: CaseStatus[] = ['OPEN', 'ASSIGNED', 'IN_PROGRESS'];

/** The permission resource each kind answers to (as the API's case kinds register them). */
export const CASE_RESOURCE: Record<CaseKind, Resource> = {
  COMPLAINT: 'complaint',
  INQUIRY: 'service_request',
  SPECIAL_SERVICE: 'service_request',
  REPAIR: 'service_request',
  RENTAL: 'rental',
  TASK: 'task',
  PUBLIC_ORDER: 'incident',
  FIRE: 'incident',
  VEHICLE_ACCIDENT: 'incident',
  CRIMINAL: 'incident',
  EQUIPMENT_FAILURE: 'incident',
  OTHER_INCIDENT: 'incident',
  RECTIFICATION: 'inspection',
};

/** Incidents (R16): reported on their own form, shown on the live board, escalated up the duty chain. */
export const INCIDENT_KINDS: CaseKind[] = [
  'FIRE',
  'PUBLIC_ORDER',
  'VEHICLE_ACCIDENT',
  'CRIMINAL',
  'EQUIPMENT_FAILURE',
  'OTHER_INCIDENT',
];
export const isIncidentKind = (kind: CaseKind) => INCIDENT_KINDS.includes(kind);

/**
 * The service desk's own resources: incidents have a section of their own (/incidents) and
 * rectification notices are followed from the inspections section.
 */
const CASE_RESOURCES = [...new Set(CASE_KINDS.filter((k) => k !== 'RECTIFICATION').map((k) => CASE_RESOURCE[k]))];

/** Any of these lets a person into the service desk (the Cases section). */
export const CASE_ENTRY_PERMISSIONS: PermissionCode[] = CASE_RESOURCES.flatMap((r) => [
  `${r}.read` as PermissionCode,
  `${r}.create` as PermissionCode,
]);
/** Reading any kind of case (incidents and rectification notices too): the API's `caseStats` asks for one of these. */
export const CASE_READ_PERMISSIONS: PermissionCode[] = [
  ...new Set(Object.values(CASE_RESOURCE).map((r) => `${r}.read` as PermissionCode)),
];
/** Any of these lets a person use the intake form. */
export const CASE_CREATE_PERMISSIONS: PermissionCode[] = [
  ...new Set(INTAKE_KINDS.map((k) => `${CASE_RESOURCE[k]}.create` as PermissionCode)),
];
/** Giving tasks, or recording an oral one given to you (the API's task kind, `mayOpen`). */
export const TASK_FORM_PERMISSIONS: PermissionCode[] = ['task.create', 'task.handle'];

/** The kinds this viewer may record at the intake form. */
export function creatableKinds(can: (p: PermissionCode) => boolean): CaseKind[] {
  return INTAKE_KINDS.filter((k) => can(`${CASE_RESOURCE[k]}.create` as PermissionCode));
}

export type CaseStepName =
  | 'assign'
  | 'refer'
  | 'acknowledge'
  | 'escalate'
  | 'start'
  | 'resolve'
  | 'close'
  | 'reopen'
  | 'void'
  | 'comment'
  | 'updateDetails';

const STEP_NAME: Record<CaseStep, CaseStepName> = {
  ASSIGN: 'assign',
  REFER: 'refer',
  ACKNOWLEDGE: 'acknowledge',
  ESCALATE: 'escalate',
  START: 'start',
  RESOLVE: 'resolve',
  CLOSE: 'close',
  REOPEN: 'reopen',
  VOID: 'void',
  COMMENT: 'comment',
  UPDATE_DETAILS: 'updateDetails',
};

export interface CaseAbilities {
  /** The steps to offer. */
  steps: Set<CaseStepName>;
  /** The viewer holds the case (it was assigned or referred to them). */
  holding: boolean;
}

/**
 * What the viewer may do to this case now: the server says (`viewerSteps`, from the same rules
 * that judge the steps), so the page offers only what would be accepted.
 */
export function caseAbilities(c: CaseSummaryFragment, viewer: { staff: { id: string } }): CaseAbilities {
  const me = viewer.staff.id;
  const steps = new Set(c.viewerSteps.map((s) => STEP_NAME[s]));
  // Escalating again is allowed, but offered only while one is needed or none was made.
  if (!c.needsEscalation && c.escalatedTo) steps.delete('escalate');
  return { steps, holding: c.holder?.id === me || c.assignee?.id === me };
}
