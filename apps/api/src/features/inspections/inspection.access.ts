import type { FilterQuery } from '@mikro-orm/core';
import type { PermissionCode } from '@steward/schema';
import type { Viewer } from '../auth/viewer.js';
import { anyOf, type ScopeFilter } from '../permissions/scope.js';
import type { ExternalInspection } from './external-inspection.entity.js';
import type { Inspection } from './inspection.entity.js';

type InspectionPermission = Extract<PermissionCode, `inspection.${string}`>;
type ExternalPermission = Extract<PermissionCode, `external_inspection.${string}`>;

/** Where a record sits for the grants: its department and site. */
export interface Placed {
  departmentKey: string;
  siteCode: string;
}

function sitesOf(viewer: Viewer): string[] {
  return viewer.staff.sites.isInitialized() ? viewer.staff.sites.getItems().map((s) => s.code) : [];
}

function departmentOf(viewer: Viewer): string | null {
  return viewer.staff.department?.unwrap().key ?? null;
}

/**
 * How far a grant reaches over a department's site records (inspections, external inspections):
 * ALL every one; DEPARTMENT the viewer's department's; SITE that department's at the viewer's
 * sites (a shift leader's); OWN and TEAM only those the viewer is part of (`own`).
 */
function reach(viewer: Viewer, permission: PermissionCode, own: ScopeFilter): ScopeFilter | null {
  const scope = viewer.grants.get(permission);
  if (!scope) return null;
  const department = departmentOf(viewer);
  switch (scope) {
    case 'ALL':
      return {};
    case 'DEPARTMENT':
      return department ? { department } : own;
    case 'SITE': {
      const sites = sitesOf(viewer);
      return department && sites.length ? { department, site: { $in: sites } } : own;
    }
    case 'TEAM':
    case 'OWN':
      return own;
  }
}

/** Whether a grant reaches a record at this department and site (as `reach` defines it). */
function reachesPlaced(viewer: Viewer, permission: PermissionCode, at: Placed, own: boolean): boolean {
  const scope = viewer.grants.get(permission);
  const department = departmentOf(viewer);
  switch (scope) {
    case 'ALL':
      return true;
    case 'DEPARTMENT':
      return department ? department === at.departmentKey : own;
    case 'SITE':
      return department && sitesOf(viewer).length
        ? department === at.departmentKey && sitesOf(viewer).includes(at.siteCode)
        : own;
    case 'TEAM':
    case 'OWN':
      return own;
    default:
      return false;
  }
}

// ---- safety inspections (R19) ---------------------------------------------------------------

/** The inspections a person is part of: planned them or is one of the inspectors. */
function involvement(viewer: Viewer): ScopeFilter {
  const me = viewer.staff.id;
  return { $or: [{ plannedBy: me }, { inspectors: { $some: { id: me } } }] };
}

/**
 * The inspections a viewer may read: what `inspection.read` reaches (the director's department,
 * a shift leader's department at their sites, the manager everything), and always those they
 * plan or inspect.
 */
export function inspectionReadFilter(viewer: Viewer): FilterQuery<Inspection> {
  return (anyOf(reach(viewer, 'inspection.read', involvement(viewer)), involvement(viewer)) ??
    involvement(viewer)) as FilterQuery<Inspection>;
}

export function isInspector(viewer: Viewer, inspectorIds: readonly string[]): boolean {
  return inspectorIds.includes(viewer.staff.id);
}

function placedOf(i: Inspection): Placed {
  return { departmentKey: i.department.unwrap().key, siteCode: i.site.unwrap().code };
}

function ownInspection(viewer: Viewer, i: Inspection, inspectorIds: readonly string[]): boolean {
  return i.plannedBy.unwrap().id === viewer.staff.id || isInspector(viewer, inspectorIds);
}

export function inspectionGrantReaches(
  viewer: Viewer,
  permission: InspectionPermission,
  i: Inspection,
  inspectorIds: readonly string[],
): boolean {
  return reachesPlaced(viewer, permission, placedOf(i), ownInspection(viewer, i, inspectorIds));
}

/**
 * Who plans an inspection at a site: `inspection.create` reaching the site for the viewer's own
 * department; with an OWN grant only an inspection they make themselves.
 */
export function mayPlanInspection(viewer: Viewer, at: Placed, inspectorIds: readonly string[]): boolean {
  return reachesPlaced(viewer, 'inspection.create', at, isInspector(viewer, inspectorIds));
}

/** Who records results and completes: its inspectors, or `inspection.handle` reaching it. */
export function mayPerformInspection(viewer: Viewer, i: Inspection, inspectorIds: readonly string[]): boolean {
  return isInspector(viewer, inspectorIds) || inspectionGrantReaches(viewer, 'inspection.handle', i, inspectorIds);
}

/** Who cancels: whoever planned it, or `inspection.handle` reaching it. */
export function mayCancelInspection(viewer: Viewer, i: Inspection, inspectorIds: readonly string[]): boolean {
  return (
    i.plannedBy.unwrap().id === viewer.staff.id || inspectionGrantReaches(viewer, 'inspection.handle', i, inspectorIds)
  );
}

/**
 * Who may issue a rectification notice at a site (R20, OM-5): `inspection.create` reaching the
 * site, for the department the notice belongs to.
 */
export function mayIssueNoticeAt(viewer: Viewer, at: Placed): boolean {
  return reachesPlaced(viewer, 'inspection.create', at, false);
}

/** The sites whose inspection regularity a viewer follows: every site (null) for ALL, else their own. */
export function regularitySites(viewer: Viewer): string[] | null {
  const scope = viewer.grants.get('inspection.read');
  if (!scope) return [];
  return scope === 'ALL' ? null : sitesOf(viewer);
}

// ---- external inspections (R21) -----------------------------------------------------------

function externalInvolvement(viewer: Viewer): ScopeFilter {
  const me = viewer.staff.id;
  return { $or: [{ recordedBy: me }, { receivedBy: me }] };
}

/** The external inspections a viewer may read: what `external_inspection.read` reaches. Null: none. */
export function externalReadFilter(viewer: Viewer): FilterQuery<ExternalInspection> | null {
  return reach(
    viewer,
    'external_inspection.read',
    externalInvolvement(viewer),
  ) as FilterQuery<ExternalInspection> | null;
}

export function externalGrantReaches(viewer: Viewer, permission: ExternalPermission, e: ExternalInspection): boolean {
  const me = viewer.staff.id;
  return reachesPlaced(
    viewer,
    permission,
    { departmentKey: e.department.unwrap().key, siteCode: e.site.unwrap().code },
    e.recordedBy.unwrap().id === me || e.receivedBy.unwrap().id === me,
  );
}

/** Who records an external inspection received at a site (DIR-10: the director "有权", or a delegate). */
export function mayRecordExternal(viewer: Viewer, at: Placed): boolean {
  return reachesPlaced(viewer, 'external_inspection.create', at, false);
}
