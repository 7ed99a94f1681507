import type { FilterQuery } from '@mikro-orm/core';
import type { Viewer } from '../auth/viewer.js';
import { anyOf, type ScopeFilter } from '../permissions/scope.js';
import { mayLeadShift } from '../shifts/shift.access.js';
import type { Shift } from '../shifts/shift.entity.js';
import { ShiftStatus } from '../shifts/shift.enums.js';
import type { CashMovement } from './cash-movement.entity.js';
import { keptReach, keptReaches } from './duty-log.access.js';
import type { Handover } from './handover.entity.js';
import { HandoverStatus, HandoverStep } from './handover.enums.js';
import type { ShiftMaterial } from './shift-material.entity.js';

/** The handovers one is a party to: of a shift one leads, or to a shift one leads. */
function involvement(viewer: Viewer): ScopeFilter {
  const me = viewer.staff.id;
  return { $or: [{ shift: { leader: me } }, { incomingShift: { leader: me } }] };
}

/**
 * The handovers a viewer may read (R37): what `handover.read` reaches (the director their
 * department's, a shift leader their department's at their sites) and always those they are a
 * party to.
 */
export function handoverReadFilter(viewer: Viewer): FilterQuery<Handover> {
  return (anyOf(keptReach(viewer, 'handover.read'), involvement(viewer)) ??
    involvement(viewer)) as FilterQuery<Handover>;
}

/** Materials and the petty cash of a department at a site: what `handover.read` reaches. */
export function keptReadFilter(viewer: Viewer): FilterQuery<ShiftMaterial & CashMovement> | null {
  return keptReach(viewer, 'handover.read') as FilterQuery<ShiftMaterial & CashMovement> | null;
}

function whereOfShift(shift: Shift) {
  return { departmentKey: shift.department.unwrap().key, siteCode: shift.site.unwrap().code };
}

/**
 * The director over a shift (DIR-5): `roster.approve` reaching it. They keep the materials list,
 * accept a handover on the incoming side's behalf and settle disputes.
 */
export function mayDirect(viewer: Viewer, shift: Shift): boolean {
  return keptReaches(viewer, 'roster.approve', whereOfShift(shift));
}

/** Who keeps a site's list of materials: the director over that department and site. */
export function mayKeepMaterials(viewer: Viewer, where: { departmentKey: string; siteCode: string }): boolean {
  return keptReaches(viewer, 'roster.approve', where);
}

/** The incoming shift's own leader, holding `handover.approve` (SL-9: both sides of 交接). */
export function isIncomingLeader(viewer: Viewer, incoming: Shift | null): boolean {
  return !!incoming && incoming.leader.unwrap().id === viewer.staff.id && viewer.grants.has('handover.approve');
}

/** Who writes and submits a shift's handover: whoever may lead the shift (its leader, or the director). */
export function mayDraftHandover(viewer: Viewer, shift: Shift): boolean {
  return mayLeadShift(viewer, shift) && (viewer.grants.has('handover.create') || mayDirect(viewer, shift));
}

/**
 * What the viewer may do to a shift's handover now (input aside): the steps the service would
 * accept from them. `handover` is null while nothing is saved yet.
 */
export function handoverSteps(
  viewer: Viewer,
  shift: Shift,
  handover: Handover | null,
  incoming: Shift | null,
): HandoverStep[] {
  const steps: HandoverStep[] = [];
  const status = handover?.status ?? HandoverStatus.DRAFT;
  const editable = status === HandoverStatus.DRAFT || status === HandoverStatus.RETURNED;
  const running =
    status === HandoverStatus.RETURNED
      ? shift.status === ShiftStatus.HANDING_OVER
      : shift.status === ShiftStatus.ON_DUTY || shift.status === ShiftStatus.BRIEFING;
  if (editable && running && mayDraftHandover(viewer, shift)) {
    steps.push(HandoverStep.SAVE);
    if (shift.status !== ShiftStatus.BRIEFING) steps.push(HandoverStep.SUBMIT);
  }
  const director = mayDirect(viewer, shift);
  if (status === HandoverStatus.SUBMITTED) {
    if (isIncomingLeader(viewer, incoming) || director) steps.push(HandoverStep.ACCEPT);
    if (isIncomingLeader(viewer, incoming)) steps.push(HandoverStep.DISPUTE);
  }
  if (status === HandoverStatus.DISPUTED && director) steps.push(HandoverStep.RESOLVE);
  return steps;
}
