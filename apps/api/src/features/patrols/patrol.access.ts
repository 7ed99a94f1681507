import type { FilterQuery } from '@mikro-orm/core';
import type { Viewer } from '../auth/viewer.js';
import { reaches, shiftReach } from '../shifts/shift.access.js';
import type { Shift } from '../shifts/shift.entity.js';
import type { MissedPatrol, PatrolRound, PatrolScan } from './patrol.entity.js';

/**
 * The shifts whose patrols a viewer may follow (coverage, missed patrols): what `patrol.read`
 * reaches as shifts do — the director's department, a leader's department at their sites — and,
 * for an officer (OWN), the shifts they are on. Null: none.
 */
export function patrolShiftFilter(viewer: Viewer): FilterQuery<Shift> | null {
  return shiftReach(viewer, 'patrol.read') as FilterQuery<Shift> | null;
}

/**
 * The rounds and scans a viewer may read: those of the shifts `patrol.read` reaches; with an OWN
 * (or TEAM) grant only their own — an officer reads their own scans, not their colleagues'.
 */
export function patrolRecordFilter(viewer: Viewer): FilterQuery<PatrolRound & PatrolScan> | null {
  const scope = viewer.grants.get('patrol.read');
  if (!scope) return null;
  if (scope === 'OWN' || scope === 'TEAM') return { patroller: viewer.staff.id } as never;
  if (scope === 'ALL') return {};
  return { shift: shiftReach(viewer, 'patrol.read') } as never;
}

/** The missed patrols a viewer may see: those of the shifts whose patrols they follow. */
export function missedPatrolFilter(viewer: Viewer): FilterQuery<MissedPatrol> | null {
  const shifts = patrolShiftFilter(viewer);
  return shifts ? ({ shift: shifts } as FilterQuery<MissedPatrol>) : null;
}

/** Who reviews a missed patrol (C1 "listed on the Director's dashboard"): `patrol.approve` reaching its shift. */
export function mayReviewMissedPatrol(viewer: Viewer, shift: Shift): boolean {
  return reaches(viewer, 'patrol.approve', {
    departmentKey: shift.department.unwrap().key,
    siteCode: shift.site.unwrap().code,
  });
}

/** Who may end a round: its patroller, or whoever runs the shift. */
export function mayCompleteRound(viewer: Viewer, round: PatrolRound, leadsShift: boolean): boolean {
  return round.patroller.unwrap().id === viewer.staff.id || leadsShift;
}
