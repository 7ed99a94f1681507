import type { DataScope, PermissionCode } from '@steward/schema';
import type { Viewer } from '../auth/viewer.js';

/** How a record type relates to the viewer's reach: the property holding each link, if it has one. */
export interface ScopeFields {
  department?: string;
  /** A many-to-many or single site link. */
  site?: string;
  team?: string;
  /** Who the record belongs to (the staff member it is about, or who made it). */
  own: string;
}

export type ScopeFilter = Record<string, unknown>;

/**
 * The row filter for one permission: `null` when the viewer lacks it (callers answer as if
 * nothing exists). Teams arrive with the shifts feature; until then a TEAM grant reaches only
 * the viewer's own records, never more than granted.
 */
export function scopeFilter(viewer: Viewer, permission: PermissionCode, fields: ScopeFields): ScopeFilter | null {
  const scope: DataScope | undefined = viewer.grants.get(permission);
  if (!scope) return null;
  const staff = viewer.staff;
  const own = { [fields.own]: staff.id };
  switch (scope) {
    case 'ALL':
      return {};
    case 'DEPARTMENT': {
      const department = staff.department?.unwrap().key;
      return fields.department && department ? { [fields.department]: department } : own;
    }
    case 'SITE': {
      const sites = staff.sites.isInitialized() ? staff.sites.getItems().map((s) => s.code) : [];
      return fields.site && sites.length ? { [fields.site]: { $in: sites } } : own;
    }
    case 'TEAM':
      return own;
    case 'OWN':
      return own;
  }
}

/** One filter from several: the record is visible when any grant reaches it. */
export function anyOf(...filters: (ScopeFilter | null)[]): ScopeFilter | null {
  const present = filters.filter((f): f is ScopeFilter => f !== null);
  if (present.length === 0) return null;
  if (present.some((f) => Object.keys(f).length === 0)) return {};
  return present.length === 1 ? (present[0] as ScopeFilter) : { $or: present };
}
