import type { FilterQuery } from '@mikro-orm/core';
import type { Viewer } from '../auth/viewer.js';
import { anyOf, type ScopeFilter } from '../permissions/scope.js';
import type { Shift } from './shift.entity.js';

function sitesOf(viewer: Viewer): string[] {
  return viewer.staff.sites.isInitialized() ? viewer.staff.sites.getItems().map((s) => s.code) : [];
}

function departmentOf(viewer: Viewer): string | null {
  return viewer.staff.department?.unwrap().key ?? null;
}

/** The shifts a person is on: as its leader or rostered on it. */
function involvement(viewer: Viewer): ScopeFilter {
  const me = viewer.staff.id;
  return { $or: [{ leader: me }, { members: { $some: { staff: me, removedAt: null } } }] };
}

/**
 * How far a grant on shift records reaches. Shifts are a department's own affair (R35): a
 * DEPARTMENT grant (the director's) reaches that department's shifts; a SITE grant (a shift
 * leader's) that department's shifts at their sites; OWN or TEAM only the shifts one is on.
 */
export function shiftReach(viewer: Viewer, permission: Parameters<Viewer['grants']['get']>[0]): ScopeFilter | null {
  const scope = viewer.grants.get(permission);
  if (!scope) return null;
  const department = departmentOf(viewer);
  switch (scope) {
    case 'ALL':
      return {};
    case 'DEPARTMENT':
      return department ? { department } : involvement(viewer);
    case 'SITE': {
      const sites = sitesOf(viewer);
      return department && sites.length ? { department, site: { $in: sites } } : involvement(viewer);
    }
    case 'TEAM':
    case 'OWN':
      return involvement(viewer);
  }
}

/** The shifts a viewer may see: what `roster.read` reaches, and always the shifts they are on. */
export function shiftReadFilter(viewer: Viewer): FilterQuery<Shift> {
  return (anyOf(shiftReach(viewer, 'roster.read'), involvement(viewer)) ?? involvement(viewer)) as FilterQuery<Shift>;
}

/** Whether a grant's reach (as `shiftReach` defines it) covers a shift. */
export function reaches(
  viewer: Viewer,
  permission: Parameters<Viewer['grants']['get']>[0],
  where: { departmentKey: string; siteCode: string },
): boolean {
  const scope = viewer.grants.get(permission);
  switch (scope) {
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

function whereOf(shift: Shift) {
  return { departmentKey: shift.department.unwrap().key, siteCode: shift.site.unwrap().code };
}

/**
 * Who runs a shift (SL-1, SL-9): its own leader, holding `roster.handle` — a leader manages
 * their team's shift, not another team's at the same site — or whoever approves rosters for it
 * (the director for their department, the company manager).
 */
export function mayLeadShift(viewer: Viewer, shift: Shift): boolean {
  if (shift.leader.unwrap().id === viewer.staff.id && viewer.grants.has('roster.handle')) return true;
  return reaches(viewer, 'roster.approve', whereOf(shift));
}

/** Who drafts and edits the roster of a department at a site (DIR-5): `roster.create` reaching it. */
export function mayEditRoster(viewer: Viewer, where: { departmentKey: string; siteCode: string }): boolean {
  return reaches(viewer, 'roster.create', where);
}

/** Who approves roster changes (swaps) and reviews shifts: `roster.approve` reaching it. */
export function mayApproveRoster(viewer: Viewer, shift: Shift): boolean {
  return reaches(viewer, 'roster.approve', whereOf(shift));
}
