import type { FilterQuery } from '@mikro-orm/core';
import type { DataScope, PermissionCode } from '@steward/schema';
import type { Viewer } from '../auth/viewer.js';
import { anyOf, type ScopeFilter } from '../permissions/scope.js';
import type { ReceptionVisit } from './reception-visit.entity.js';

/** The reception log is customer service's (CS-4), whoever wrote an entry. */
export const RECEPTION_DEPARTMENT = 'customer_service';

export type ReceptionPermission = Extract<PermissionCode, `reception.${string}`>;

const siteCodes = (viewer: Viewer): string[] =>
  viewer.staff.sites.isInitialized() ? viewer.staff.sites.getItems().map((s) => s.code) : [];

const own = (viewer: Viewer): ScopeFilter => ({ receivedBy: viewer.staff.id });

/**
 * The visits one grant reaches: `ALL` every one; `DEPARTMENT` every one from customer service
 * (whose log it is), elsewhere only one's own; `SITE` those at the viewer's sites; `TEAM`/`OWN`
 * the ones they received. `null` without the permission.
 */
function reach(viewer: Viewer, scope: DataScope | undefined): ScopeFilter | null {
  switch (scope) {
    case undefined:
      return null;
    case 'ALL':
      return {};
    case 'DEPARTMENT':
      return viewer.staff.department?.unwrap().key === RECEPTION_DEPARTMENT ? {} : own(viewer);
    case 'SITE': {
      const sites = siteCodes(viewer);
      return sites.length ? { site: { $in: sites } } : own(viewer);
    }
    case 'TEAM':
    case 'OWN':
      return own(viewer);
  }
}

/**
 * What the viewer may see of the reception log: what their grant reaches, and always what they
 * received themselves. `null` (nothing) without `reception.read`.
 */
export function receptionScope(
  viewer: Viewer,
  permission: ReceptionPermission = 'reception.read',
): FilterQuery<ReceptionVisit> | null {
  const scope = viewer.grants.get(permission);
  if (!scope) return null;
  return anyOf(reach(viewer, scope), own(viewer)) as FilterQuery<ReceptionVisit>;
}

/** Whether a grant reaches this (loaded) visit, the way `receptionScope` would filter it. */
export function grantReaches(viewer: Viewer, visit: ReceptionVisit, permission: ReceptionPermission): boolean {
  const scope = viewer.grants.get(permission);
  if (!scope) return false;
  if (visit.receivedBy.unwrap().id === viewer.staff.id) return true;
  switch (scope) {
    case 'ALL':
      return true;
    case 'DEPARTMENT':
      return viewer.staff.department?.unwrap().key === RECEPTION_DEPARTMENT;
    case 'SITE':
      return siteCodes(viewer).includes(visit.site.unwrap().code);
    case 'TEAM':
    case 'OWN':
      return false;
  }
}

/**
 * Who may work on a visit (write its outcome, link its case, close or void it): `reception.handle`
 * reaching it, or whoever received it with `reception.create` (every visit must get its outcome).
 */
export function mayHandle(viewer: Viewer, visit: ReceptionVisit): boolean {
  return (
    grantReaches(viewer, visit, 'reception.handle') ||
    (viewer.grants.has('reception.create') && visit.receivedBy.unwrap().id === viewer.staff.id)
  );
}

/** Whether a `reception.create` grant lets the viewer record a visit at this site. */
export function mayRecordAt(viewer: Viewer, siteCode: string): boolean {
  const scope = viewer.grants.get('reception.create');
  if (!scope) return false;
  if (scope === 'SITE') return siteCodes(viewer).includes(siteCode);
  // Any other reach includes what one receives oneself, wherever it happens.
  return true;
}
