import type { Action, DataScope, PermissionCode, Resource } from '@steward/schema';
import type { CaseKind, CaseStatus, CaseSummaryFragment, ViewerFieldsFragment } from '../../gql/graphql.js';

export const CASE_KINDS: CaseKind[] = ['COMPLAINT', 'REPAIR', 'INQUIRY', 'SPECIAL_SERVICE', 'RENTAL', 'TASK'];
/** The kinds the intake form records; tasks have their own form (given to a person, with a due time). */
export const INTAKE_KINDS: CaseKind[] = CASE_KINDS.filter((k) => k !== 'TASK');
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
};

const CASE_RESOURCES = [...new Set(Object.values(CASE_RESOURCE))];

/** Any of these lets a person into the service desk (the Cases section). */
export const CASE_ENTRY_PERMISSIONS: PermissionCode[] = CASE_RESOURCES.flatMap((r) => [
  `${r}.read` as PermissionCode,
  `${r}.create` as PermissionCode,
]);
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

export type CaseStep =
  | 'assign'
  | 'refer'
  | 'acknowledge'
  | 'escalate'
  | 'start'
  | 'resolve'
  | 'close'
  | 'reopen'
  | 'void'
  | 'comment';

export interface CaseAbilities {
  /** The steps to offer, in the order they usually come. */
  steps: Set<CaseStep>;
  /** The viewer holds the case (it was assigned or referred to them). */
  holding: boolean;
}

interface ViewerLike {
  staff: Pick<ViewerFieldsFragment['staff'], 'id' | 'department'>;
  permissions: ViewerFieldsFragment['permissions'];
}

/**
 * What the viewer may do to this case now: the API's rules (case.access.ts, case.service.ts)
 * mirrored, so the page offers only the steps that would be accepted. The server decides; this
 * only keeps buttons that would be refused off the screen.
 */
export function caseAbilities(c: CaseSummaryFragment, viewer: ViewerLike, siteCodes: readonly string[]): CaseAbilities {
  const me = viewer.staff.id;
  const department = viewer.staff.department?.key ?? null;
  const grants = new Map<string, DataScope>(viewer.permissions.map((g) => [g.permission, g.scope]));
  const involved = [c.reporterStaff, c.receivedBy, c.assignee, c.holder, c.escalatedTo].some((s) => s?.id === me);
  const holding = c.holder?.id === me || c.assignee?.id === me;

  const reaches = (action: Action): boolean => {
    const scope = grants.get(`${CASE_RESOURCE[c.kind]}.${action}`);
    switch (scope) {
      case 'ALL':
        return true;
      case 'DEPARTMENT':
        return !!department && [c.department, c.holderDepartment, c.onBehalfOf].some((d) => d?.key === department);
      case 'SITE':
        return !!c.site && siteCodes.includes(c.site.code);
      case 'TEAM':
      case 'OWN':
        return involved;
      default:
        return false;
    }
  };
  const handle = holding || reaches('handle');
  const approve = reaches('approve');
  const active = ACTIVE_STATUSES.includes(c.status);

  const steps = new Set<CaseStep>();
  if (holding && c.awaitingAcknowledgement && (c.status === 'ASSIGNED' || c.status === 'IN_PROGRESS')) {
    steps.add('acknowledge');
  }
  if (handle && active && (c.needsEscalation || !c.escalatedTo)) steps.add('escalate');
  if (handle && c.status === 'ASSIGNED' && !c.awaitingAcknowledgement) steps.add('start');
  if (handle && c.status === 'IN_PROGRESS') steps.add('resolve');
  if (reaches('handle') && active) steps.add('assign');
  if (handle && active) steps.add('refer');
  if (approve && c.status === 'RESOLVED') steps.add('close');
  if (approve && (c.status === 'RESOLVED' || c.status === 'CLOSED')) steps.add('reopen');
  if (approve && c.status !== 'CLOSED' && c.status !== 'VOIDED') steps.add('void');
  if (handle && c.status !== 'VOIDED') steps.add('comment');
  return { steps, holding };
}
