import type { Viewer } from '../auth/viewer.js';

/** The department whose programme fire safety is (OM-4): its audit events and its DEPARTMENT grants. */
export const FIRE_SAFETY_DEPARTMENT = 'order_maintenance';

export type FireSafetyPermission =
  | 'fire_safety.read'
  | 'fire_safety.create'
  | 'fire_safety.handle'
  | 'fire_safety.approve';

function sitesOf(viewer: Viewer): string[] {
  return viewer.staff.sites.isInitialized() ? viewer.staff.sites.getItems().map((s) => s.code) : [];
}

/**
 * The sites whose fire-safety registers a grant reaches. They are site facts kept by order
 * maintenance (OM-4), so:
 * - ALL (the company manager, the Office, the analyst): every site;
 * - DEPARTMENT (the director, the fire supervisor): the sites they work at — when they belong to
 *   order maintenance; a DEPARTMENT grant held in another department reaches nothing;
 * - SITE (a shift leader): the sites they work at;
 * - OWN or TEAM (an officer): the registers of the sites they work at, for reading only — an
 *   officer on patrol must find the nearest extinguisher (SL-3); there is no "own" register to change.
 * `null` means every site; an empty list means none.
 */
export function fireSafetySites(viewer: Viewer, permission: FireSafetyPermission): string[] | null {
  const scope = viewer.grants.get(permission);
  switch (scope) {
    case undefined:
      return [];
    case 'ALL':
      return null;
    case 'DEPARTMENT':
      return viewer.staff.department?.unwrap().key === FIRE_SAFETY_DEPARTMENT ? sitesOf(viewer) : [];
    case 'SITE':
      return sitesOf(viewer);
    default:
      // OWN or TEAM.
      return permission === 'fire_safety.read' ? sitesOf(viewer) : [];
  }
}

/** Whether a grant reaches a site. */
export function fireSafetyReaches(viewer: Viewer, permission: FireSafetyPermission, siteCode: string): boolean {
  const sites = fireSafetySites(viewer, permission);
  return sites === null || sites.includes(siteCode);
}

/** Whether any of the grants reaches a site. */
export function fireSafetyReachesAny(
  viewer: Viewer,
  permissions: readonly FireSafetyPermission[],
  siteCode: string,
): boolean {
  return permissions.some((p) => fireSafetyReaches(viewer, p, siteCode));
}

/** A row filter on a `site` property for what a grant reaches (`{}` for every site). */
export function fireSafetySiteFilter(viewer: Viewer, permission: FireSafetyPermission): { site?: { $in: string[] } } {
  const sites = fireSafetySites(viewer, permission);
  return sites === null ? {} : { site: { $in: sites } };
}

/** Who registers new records at a site (responsibility, key units, plan drafts, drills, equipment, members). */
export function mayCreateFireSafety(viewer: Viewer, siteCode: string): boolean {
  return fireSafetyReaches(viewer, 'fire_safety.create', siteCode);
}

/** Who keeps records at a site up to date (a drill held or evaluated, a check, a retirement, a member leaving). */
export function mayHandleFireSafety(viewer: Viewer, siteCode: string): boolean {
  return fireSafetyReaches(viewer, 'fire_safety.handle', siteCode);
}

/** Who approves an emergency plan version and so puts it in force (the director: OM-4 says drafting, not approving). */
export function mayApproveFireSafety(viewer: Viewer, siteCode: string): boolean {
  return fireSafetyReaches(viewer, 'fire_safety.approve', siteCode);
}
