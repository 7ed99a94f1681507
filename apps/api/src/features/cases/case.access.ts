import type { FilterQuery } from '@mikro-orm/core';
import type { Action, DataScope, PermissionCode } from '@steward/schema';
import type { Viewer } from '../auth/viewer.js';
import { anyOf, type ScopeFilter } from '../permissions/scope.js';
import type { Case } from './case.entity.js';
import { CaseEventType, CaseStatus, CaseStep, Severity } from './case.enums.js';
import { caseKind, caseKinds } from './case.kinds.js';

/** The cases a person is part of: reported, received, assigned, holding, or escalated to. */
function involvement(viewer: Viewer): ScopeFilter {
  const me = viewer.staff.id;
  return {
    $or: [{ reporterStaff: me }, { receivedBy: me }, { assignee: me }, { holder: me }, { escalatedTo: me }],
  };
}

function reach(viewer: Viewer, scope: DataScope): ScopeFilter {
  const department = viewer.staff.department?.unwrap().key;
  const sites = viewer.staff.sites.isInitialized() ? viewer.staff.sites.getItems().map((s) => s.code) : [];
  switch (scope) {
    case 'ALL':
      return {};
    case 'DEPARTMENT':
      return department
        ? { $or: [{ department }, { holderDepartment: department }, { onBehalfOf: department }] }
        : involvement(viewer);
    case 'SITE':
      return sites.length ? { site: { $in: sites } } : involvement(viewer);
    case 'TEAM':
    case 'OWN':
      return involvement(viewer);
  }
}

/**
 * The cases a viewer may see: per kind, what their `<resource>.read` grant reaches, plus every
 * case they are part of (so a facilities worker sees what was referred to them, an officer what
 * they reported, and nothing else).
 */
export function caseReadFilter(viewer: Viewer): FilterQuery<Case> {
  // Reading every kind company-wide (an analyst, the manager): no condition at all. An OR of
  // every kind would be true of every row, yet SQLite would answer it through the kind index
  // and sort the whole table for each page (measured: bench/RESULTS.md).
  if (caseKinds().every((k) => viewer.grants.get(`${k.resource}.read` as PermissionCode) === 'ALL')) return {};
  const byResource = new Map<string, string[]>();
  for (const k of caseKinds()) byResource.set(k.resource, [...(byResource.get(k.resource) ?? []), k.kind]);
  const parts: (ScopeFilter | null)[] = [...byResource].map(([resource, kinds]) => {
    const scope = viewer.grants.get(`${resource}.read` as PermissionCode);
    return scope ? { $and: [{ kind: { $in: kinds } }, reach(viewer, scope)] } : null;
  });
  // Kinds whose cases involve people beyond the grants (a notice's addressee department).
  for (const k of caseKinds()) {
    const extra = k.participants?.(viewer);
    if (extra) parts.push({ $and: [{ kind: k.kind }, extra as ScopeFilter] });
  }
  return (anyOf(...parts, involvement(viewer)) ?? involvement(viewer)) as FilterQuery<Case>;
}

/** Takes part in the case as its kind says (a notice's addressee department), beyond any grant. */
export function participates(viewer: Viewer, c: Case): boolean {
  return caseKind(c.kind).participates?.(viewer, c) ?? false;
}

export function isInvolved(viewer: Viewer, c: Case): boolean {
  const me = viewer.staff.id;
  return [c.reporterStaff, c.receivedBy, c.assignee, c.holder, c.escalatedTo].some((r) => r?.unwrap().id === me);
}

/** Holds it now: the assignee or the person it was referred to. */
export function isHolder(viewer: Viewer, c: Case): boolean {
  const me = viewer.staff.id;
  return c.holder?.unwrap().id === me || c.assignee?.unwrap().id === me;
}

/** Whether the viewer's `<resource>.<action>` grant reaches this (already loaded) case. */
export function grantReaches(viewer: Viewer, c: Case, action: Action): boolean {
  const scope = viewer.grants.get(`${caseKind(c.kind).resource}.${action}` as PermissionCode);
  if (!scope) return false;
  const department = viewer.staff.department?.unwrap().key;
  const sites = viewer.staff.sites.isInitialized() ? viewer.staff.sites.getItems().map((s) => s.code) : [];
  switch (scope) {
    case 'ALL':
      return true;
    case 'DEPARTMENT':
      return (
        !!department && [c.department, c.holderDepartment, c.onBehalfOf].some((d) => d?.unwrap().key === department)
      );
    case 'SITE':
      return !!c.site && sites.includes(c.site.unwrap().code);
    case 'TEAM':
    case 'OWN':
      return isInvolved(viewer, c);
  }
}

/**
 * The lifecycle as data: which statuses each step may start from. Everything not listed is an
 * illegal transition, answered with a userError and no change.
 */
export const FROM: Record<Exclude<CaseEventType, CaseEventType.OPENED>, readonly CaseStatus[]> = {
  [CaseEventType.ASSIGNED]: [CaseStatus.OPEN, CaseStatus.ASSIGNED, CaseStatus.IN_PROGRESS],
  [CaseEventType.REFERRED]: [CaseStatus.OPEN, CaseStatus.ASSIGNED, CaseStatus.IN_PROGRESS],
  [CaseEventType.ACKNOWLEDGED]: [CaseStatus.ASSIGNED, CaseStatus.IN_PROGRESS],
  [CaseEventType.ESCALATED]: [CaseStatus.OPEN, CaseStatus.ASSIGNED, CaseStatus.IN_PROGRESS],
  [CaseEventType.STARTED]: [CaseStatus.ASSIGNED],
  [CaseEventType.COMMENTED]: [
    CaseStatus.OPEN,
    CaseStatus.ASSIGNED,
    CaseStatus.IN_PROGRESS,
    CaseStatus.RESOLVED,
    CaseStatus.CLOSED,
  ],
  [CaseEventType.RESOLVED]: [CaseStatus.IN_PROGRESS],
  [CaseEventType.CLOSED]: [CaseStatus.RESOLVED],
  [CaseEventType.REOPENED]: [CaseStatus.RESOLVED, CaseStatus.CLOSED],
  [CaseEventType.VOIDED]: [CaseStatus.OPEN, CaseStatus.ASSIGNED, CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED],
  [CaseEventType.DETAILS_UPDATED]: [CaseStatus.OPEN, CaseStatus.ASSIGNED, CaseStatus.IN_PROGRESS],
  [CaseEventType.ESCALATION_ACKNOWLEDGED]: [CaseStatus.OPEN, CaseStatus.ASSIGNED, CaseStatus.IN_PROGRESS],
};

/**
 * What the viewer may do to this case now: the steps the service would accept from them (input
 * aside: a note, a person, a result). The SPA offers exactly these.
 */
export function stepsFor(viewer: Viewer, c: Case): CaseStep[] {
  const holding = isHolder(viewer, c);
  const mayHandle = holding || grantReaches(viewer, c, 'handle');
  const mayTakePart = mayHandle || participates(viewer, c);
  const mayApprove = grantReaches(viewer, c, 'approve');
  const blocked = (c.severity === Severity.MAJOR || c.beyondAuthority) && !c.escalatedAt;
  const from = (type: keyof typeof FROM) => FROM[type].includes(c.status);
  const steps: [CaseStep, boolean][] = [
    [CaseStep.ACKNOWLEDGE, holding && c.awaitingAcknowledgement && from(CaseEventType.ACKNOWLEDGED)],
    [CaseStep.ESCALATE, mayHandle && from(CaseEventType.ESCALATED)],
    [CaseStep.START, mayHandle && from(CaseEventType.STARTED) && !c.awaitingAcknowledgement && !blocked],
    [CaseStep.RESOLVE, mayHandle && from(CaseEventType.RESOLVED) && !blocked],
    [CaseStep.ASSIGN, grantReaches(viewer, c, 'handle') && from(CaseEventType.ASSIGNED)],
    [CaseStep.REFER, mayHandle && from(CaseEventType.REFERRED)],
    [CaseStep.CLOSE, mayApprove && from(CaseEventType.CLOSED)],
    [CaseStep.REOPEN, mayApprove && from(CaseEventType.REOPENED)],
    [CaseStep.VOID, mayApprove && from(CaseEventType.VOIDED)],
    [CaseStep.COMMENT, mayTakePart && from(CaseEventType.COMMENTED)],
    [CaseStep.UPDATE_DETAILS, mayTakePart && from(CaseEventType.DETAILS_UPDATED) && !!caseKind(c.kind).detailsEditable],
  ];
  return steps.filter(([, ok]) => ok).map(([step]) => step);
}
