import type { FilterQuery } from '@mikro-orm/core';
import type { Viewer } from '../auth/viewer.js';
import { anyOf, type ScopeFilter, scopeFilter } from '../permissions/scope.js';
import type { Meeting } from './meeting.entity.js';

const FIELDS = { department: 'department', site: 'site', own: 'createdBy' } as const;

/** The meetings a person is part of: recorded, chaired, asked to, or reported to. */
function involvement(viewer: Viewer): ScopeFilter {
  const me = viewer.staff.id;
  return {
    $or: [{ createdBy: me }, { chair: me }, { reportedTo: me }, { attendees: { $some: { staff: me } } }],
  };
}

/**
 * The meetings a viewer may see: what their `meeting.read` grant reaches (the department's for
 * customer service and the director, the site's for a shift leader, all for the manager), plus
 * every meeting they are part of — an attendee sees the meetings they were asked to.
 */
export function meetingReadFilter(viewer: Viewer): FilterQuery<Meeting> {
  return (anyOf(reach(viewer), involvement(viewer)) ?? involvement(viewer)) as FilterQuery<Meeting>;
}

/**
 * What `meeting.read` reaches. A meeting is a department's own affair: a SITE grant (the shift
 * leader's) reaches the meetings of their department at their sites, not customer service's
 * meetings that happen to be held there.
 */
function reach(viewer: Viewer): ScopeFilter | null {
  if (viewer.grants.get('meeting.read') !== 'SITE') return scopeFilter(viewer, 'meeting.read', FIELDS);
  const department = viewer.staff.department?.unwrap().key;
  const sites = sitesOf(viewer);
  return department && sites.length ? { department, site: { $in: sites } } : { createdBy: viewer.staff.id };
}

function sitesOf(viewer: Viewer): string[] {
  return viewer.staff.sites.isInitialized() ? viewer.staff.sites.getItems().map((s) => s.code) : [];
}

/**
 * Whether the viewer's `meeting.create` grant reaches a meeting of this department and site:
 * who may schedule it, record its minutes, give its action items, report or cancel it.
 */
export function mayManageMeeting(
  viewer: Viewer,
  where: { departmentKey: string; siteCode: string | null; createdById?: string | null; chairId?: string | null },
): boolean {
  const scope = viewer.grants.get('meeting.create');
  if (!scope) return false;
  const me = viewer.staff.id;
  switch (scope) {
    case 'ALL':
      return true;
    case 'DEPARTMENT':
      return viewer.staff.department?.unwrap().key === where.departmentKey;
    case 'SITE':
      return (
        viewer.staff.department?.unwrap().key === where.departmentKey &&
        !!where.siteCode &&
        sitesOf(viewer).includes(where.siteCode)
      );
    case 'TEAM':
    case 'OWN':
      return where.createdById === me || where.chairId === me;
  }
}

export function mayManage(viewer: Viewer, m: Meeting): boolean {
  return mayManageMeeting(viewer, {
    departmentKey: m.department.unwrap().key,
    siteCode: m.site?.unwrap().code ?? null,
    createdById: m.createdBy.unwrap().id,
    chairId: m.chair.unwrap().id,
  });
}

/** A site a viewer with a SITE-scoped grant schedules at when they name none: their own, if just one. */
export function defaultSiteOf(viewer: Viewer): string | null {
  if (viewer.grants.get('meeting.create') !== 'SITE') return null;
  const sites = sitesOf(viewer);
  return sites.length === 1 ? (sites[0] as string) : null;
}
