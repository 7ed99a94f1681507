import type { FilterQuery } from '@mikro-orm/core';
import type { PermissionCode } from '@steward/schema';
import type { Viewer } from '../auth/viewer.js';
import type { Contact } from './contact.entity.js';

/** The registers are order maintenance's: the director keeps them (OM-7, DIR-3, DIR-10). */
export const CONTACT_DEPARTMENT = 'order_maintenance';

export type ContactPermission = Extract<PermissionCode, `liaison.${string}`>;

/** How far a grant reaches into the registers: every entry, or the company-wide ones and some sites'. */
export type ContactReach = { all: true } | { all: false; sites: readonly string[] };

const siteCodes = (viewer: Viewer): string[] =>
  viewer.staff.sites.isInitialized() ? viewer.staff.sites.getItems().map((s) => s.code) : [];

/**
 * The reach of one `liaison.*` grant. `ALL` every entry; `DEPARTMENT` every entry for order
 * maintenance (whose registers they are), elsewhere the viewer's sites. A directory has no owner,
 * so `SITE`, `TEAM` and `OWN` (an officer's) all reach the viewer's own sites: the night shift
 * needs the numbers where it works (implied.md R23 "all on-duty staff can read it").
 * Company-wide entries are read by everyone the grant reaches, but kept only with an all-reach.
 * `null` without the permission.
 */
export function contactReach(viewer: Viewer, permission: ContactPermission): ContactReach | null {
  const scope = viewer.grants.get(permission);
  if (!scope) return null;
  if (scope === 'ALL') return { all: true };
  if (scope === 'DEPARTMENT' && viewer.staff.department?.unwrap().key === CONTACT_DEPARTMENT) return { all: true };
  return { all: false, sites: siteCodes(viewer) };
}

/** What the viewer may read of the registers; `null` (nothing) without `liaison.read`. */
export function contactReadFilter(viewer: Viewer): FilterQuery<Contact> | null {
  const reach = contactReach(viewer, 'liaison.read');
  if (!reach) return null;
  if (reach.all) return {};
  return { $or: [{ site: null }, { site: { $in: [...reach.sites] } }] } as FilterQuery<Contact>;
}

/** The sites whose registers a read grant reaches; `null`: every site. */
export function contactReadSites(viewer: Viewer): readonly string[] | null {
  const reach = contactReach(viewer, 'liaison.read');
  if (!reach) return [];
  return reach.all ? null : reach.sites;
}

/**
 * Whether a grant lets the viewer keep the entries of a site (`null`: the company-wide ones,
 * which only an all-reaching grant may keep).
 */
export function mayKeepContactsAt(viewer: Viewer, permission: ContactPermission, siteCode: string | null): boolean {
  const reach = contactReach(viewer, permission);
  if (!reach) return false;
  if (reach.all) return true;
  return siteCode !== null && reach.sites.includes(siteCode);
}
