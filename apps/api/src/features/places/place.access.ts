import type { Viewer } from '../auth/viewer.js';

type PlacePermission = 'place.read' | 'place.manage';

/**
 * The sites whose areas and checkpoints a grant reaches: every site for an ALL grant (the
 * company manager, the analyst); otherwise the viewer's own sites — places are site facts, so a
 * DEPARTMENT grant (the director's) reaches the sites the director works at, a SITE grant (an
 * officer's) theirs. `null` means every site; an empty list means none.
 */
export function placeSites(viewer: Viewer, permission: PlacePermission): string[] | null {
  const scope = viewer.grants.get(permission);
  if (!scope) return [];
  if (scope === 'ALL') return null;
  return viewer.staff.sites.isInitialized() ? viewer.staff.sites.getItems().map((s) => s.code) : [];
}

/** Whether a grant reaches a site. */
export function placeReaches(viewer: Viewer, permission: PlacePermission, siteCode: string): boolean {
  const sites = placeSites(viewer, permission);
  return sites === null || sites.includes(siteCode);
}

/** A filter on a `site` property for what a grant reaches (`{}` for every site). */
export function placeSiteFilter(viewer: Viewer, permission: PlacePermission): { site?: { $in: string[] } } {
  const sites = placeSites(viewer, permission);
  return sites === null ? {} : { site: { $in: sites } };
}

/**
 * Who sees a checkpoint's code and its QR: whoever keeps the site's places (to print its card).
 * Patrollers pick a checkpoint from a list or scan its card; they need not read codes, so a scan
 * by code (`CODE`) says the card was before them.
 */
export function mayManagePlaces(viewer: Viewer, siteCode: string): boolean {
  return placeReaches(viewer, 'place.manage', siteCode);
}
