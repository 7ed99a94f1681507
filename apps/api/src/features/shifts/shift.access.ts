import type { FilterQuery } from '@mikro-orm/core';
import type { Viewer } from '../auth/viewer.js';
import { anyOf, type ScopeFilter } from '../permissions/scope.js';
import { ShiftSwapStatus } from './roster.enums.js';
import type { Shift } from './shift.entity.js';
import type { ShiftSwap } from './shift-swap.entity.js';
import type { StaffLeave } from './staff-leave.entity.js';

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

// ---- roster edits, swaps and leave ------------------------------------------------------

/** A grant's reach as a row filter on shifts, exactly as `reaches` decides (no fallback to one's own). */
function reachFilter(viewer: Viewer, permission: Parameters<Viewer['grants']['get']>[0]): ScopeFilter | null {
  const scope = viewer.grants.get(permission);
  const department = departmentOf(viewer);
  const sites = sitesOf(viewer);
  switch (scope) {
    case 'ALL':
      return {};
    case 'DEPARTMENT':
      return department ? { department } : null;
    case 'SITE':
      return department && sites.length ? { department, site: { $in: sites } } : null;
    default:
      return null;
  }
}

/** Who changes a shift's people by hand (DIR-5, R35 "changed, with audit"): `roster.create` reaching it. */
export function mayEditShift(viewer: Viewer, shift: Shift): boolean {
  return mayEditRoster(viewer, whereOf(shift));
}

/**
 * Who decides a swap: someone who runs every shift it moves people on — the leader of each (a
 * leader decides within their own team's shifts) or the director over them — but never the one
 * who asked: nobody approves their own request.
 */
export function mayDecideSwap(viewer: Viewer, requesterId: string, shifts: readonly Shift[]): boolean {
  if (requesterId === viewer.staff.id) return false;
  return shifts.every((s) => mayLeadShift(viewer, s));
}

/**
 * The swaps a viewer may see: those they asked for or are asked to take, those on shifts they
 * lead, and those on shifts `roster.read` reaches. A party to a swap sees both shifts it names.
 */
export function swapReadFilter(viewer: Viewer): FilterQuery<ShiftSwap> {
  const me = viewer.staff.id;
  const reach = shiftReach(viewer, 'roster.read');
  if (reach && Object.keys(reach).length === 0) return {};
  const ors: ScopeFilter[] = [
    { requester: me },
    { colleague: me },
    { fromShift: { leader: me } },
    { toShift: { leader: me } },
  ];
  if (reach) ors.push({ fromShift: reach });
  return { $or: ors } as FilterQuery<ShiftSwap>;
}

/** Requested swaps a viewer may decide, as a row filter (what `mayDecideSwap` allows, for lists). */
export function swapsToDecideFilter(viewer: Viewer): FilterQuery<ShiftSwap> | null {
  const me = viewer.staff.id;
  const ors: ScopeFilter[] = [];
  const approve = reachFilter(viewer, 'roster.approve');
  if (approve) ors.push({ fromShift: approve, $or: [{ toShift: null }, { toShift: approve }] });
  if (viewer.grants.has('roster.handle')) {
    ors.push({ fromShift: { leader: me }, $or: [{ toShift: null }, { toShift: { leader: me } }] });
  }
  if (!ors.length) return null;
  return { status: ShiftSwapStatus.REQUESTED, requester: { $ne: me }, $or: ors } as FilterQuery<ShiftSwap>;
}

/**
 * Whose leave a viewer may see: as far as `roster.read` reaches (the department's people, or
 * those at one's sites), and always one's own.
 */
export function leaveReadFilter(viewer: Viewer): FilterQuery<StaffLeave> {
  const own = { staff: viewer.staff.id };
  const scope = viewer.grants.get('roster.read');
  const department = departmentOf(viewer);
  const sites = sitesOf(viewer);
  switch (scope) {
    case 'ALL':
      return {};
    case 'DEPARTMENT':
      return (department ? { $or: [{ department }, own] } : own) as FilterQuery<StaffLeave>;
    case 'SITE':
      return (
        department && sites.length ? { $or: [{ department, staff: { sites: { $in: sites } } }, own] } : own
      ) as FilterQuery<StaffLeave>;
    default:
      return own as FilterQuery<StaffLeave>;
  }
}

/**
 * Who records (and cancels) someone's days off: whoever drafts the rosters they work on
 * (`roster.create` reaching their department at one of their sites: the director), or the
 * leader of a team they are in (`roster.handle`).
 */
export function mayRecordLeave(
  viewer: Viewer,
  person: { departmentKey: string | null; siteCodes: readonly string[] },
  inViewersTeam: boolean,
): boolean {
  if (inViewersTeam && viewer.grants.has('roster.handle')) return true;
  const departmentKey = person.departmentKey;
  if (!departmentKey) return false;
  return person.siteCodes.some((siteCode) => reaches(viewer, 'roster.create', { departmentKey, siteCode }));
}
