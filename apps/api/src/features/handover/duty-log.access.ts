import type { FilterQuery } from '@mikro-orm/core';
import type { PermissionCode } from '@steward/schema';
import type { Viewer } from '../auth/viewer.js';
import { anyOf, type ScopeFilter } from '../permissions/scope.js';
import type { DutyLog } from './duty-log.entity.js';

export function sitesOf(viewer: Viewer): string[] {
  return viewer.staff.sites.isInitialized() ? viewer.staff.sites.getItems().map((s) => s.code) : [];
}

export function departmentOf(viewer: Viewer): string | null {
  return viewer.staff.department?.unwrap().key ?? null;
}

/** The logs of the shifts one is on (as leader or rostered). */
function involvement(viewer: Viewer): ScopeFilter {
  const me = viewer.staff.id;
  return { shift: { $or: [{ leader: me }, { members: { $some: { staff: me, removedAt: null } } }] } };
}

/**
 * How far a grant on records kept per department and site reaches (duty logs, handovers,
 * materials, the petty cash): ALL everything; DEPARTMENT the viewer's department's; SITE their
 * department's at their sites; OWN and TEAM nothing beyond what they are part of (`null` here).
 */
export function keptReach(viewer: Viewer, permission: PermissionCode): ScopeFilter | null {
  const scope = viewer.grants.get(permission);
  const department = departmentOf(viewer);
  switch (scope) {
    case 'ALL':
      return {};
    case 'DEPARTMENT':
      return department ? { department } : null;
    case 'SITE': {
      const sites = sitesOf(viewer);
      return department && sites.length ? { department, site: { $in: sites } } : null;
    }
    default:
      return null;
  }
}

/** Whether a grant's reach (as `keptReach` defines it) covers a department at a site. */
export function keptReaches(
  viewer: Viewer,
  permission: PermissionCode,
  where: { departmentKey: string; siteCode: string },
): boolean {
  switch (viewer.grants.get(permission)) {
    case 'ALL':
      return true;
    case 'DEPARTMENT':
      return departmentOf(viewer) === where.departmentKey;
    case 'SITE':
      return departmentOf(viewer) === where.departmentKey && sitesOf(viewer).includes(where.siteCode);
    default:
      return false;
  }
}

/**
 * The duty logs a viewer may read (R38): what `duty_log.read` reaches — the director and the
 * company manager every department's (DIR-10), customer service and the Office their own
 * department's, a shift leader their department's at their sites — and always the logs of the
 * shifts they are on.
 */
export function dutyLogReadFilter(viewer: Viewer): FilterQuery<DutyLog> {
  return (anyOf(keptReach(viewer, 'duty_log.read'), involvement(viewer)) ??
    involvement(viewer)) as FilterQuery<DutyLog>;
}

export function whereOfLog(log: DutyLog) {
  return { departmentKey: log.department.unwrap().key, siteCode: log.site.unwrap().code };
}

/** Who reviews a log (DIR-10): `duty_log.approve` reaching its department and site. */
export function mayReviewDutyLog(viewer: Viewer, log: DutyLog): boolean {
  return keptReaches(viewer, 'duty_log.approve', whereOfLog(log));
}

/**
 * Who writes a department's daily log (R38 "C (own dept)"): someone holding `duty_log.create`,
 * for their own department at one of their sites (or anywhere, with a company-wide grant).
 */
export function mayWriteDailyLog(viewer: Viewer, where: { departmentKey: string; siteCode: string }): boolean {
  const scope = viewer.grants.get('duty_log.create');
  if (!scope) return false;
  if (scope === 'ALL') return true;
  return departmentOf(viewer) === where.departmentKey && sitesOf(viewer).includes(where.siteCode);
}
