import type { EntityManager } from '@mikro-orm/core';
import { Shift, ShiftMember } from '../shifts/shift.entity.js';
import { ShiftStatus } from '../shifts/shift.enums.js';
import { Staff } from '../staff/staff.entity.js';
import { StaffStatus } from '../staff/staff.enums.js';
import { DUTY_CHAIN, type DutyLevel } from './escalation.entity.js';

export interface DutyHolder {
  staff: Staff;
  /** Picked from the roster (on duty now), not the post-holder fallback. */
  onDuty: boolean;
  shiftId: string | null;
}

/** The step of the chain a person's post is, or -1 when they are not in it (CS staff, officers…). */
export function chainIndexOf(positionKey: string | undefined): number {
  return DUTY_CHAIN.findIndex((step) => step.position === positionKey);
}

/**
 * Who holds a step of the duty chain now: whoever the roster has on duty at the site in that
 * post (a shift leader leads a running shift; a director or manager may be rostered too), else
 * the post-holder — preferring one whose sites include the site — so a report always reaches a
 * person. Null only when nobody holds the post at all.
 */
export async function dutyHolder(
  em: EntityManager,
  level: DutyLevel,
  siteCode: string | null,
  now: Date,
): Promise<DutyHolder | null> {
  const step = DUTY_CHAIN.find((s) => s.level === level);
  if (!step) return null;
  const running = await em.find(
    Shift,
    {
      startsAt: { $lte: now },
      endsAt: { $gt: now },
      // Closed after the moment in question still counts (a past report, replayed).
      $or: [{ status: { $ne: ShiftStatus.CLOSED } }, { closedAt: { $gt: now } }],
      ...(siteCode ? { site: siteCode } : {}),
    },
    { populate: ['leader', 'leader.position'], orderBy: { startsAt: 'asc' } },
  );
  for (const shift of running) {
    const leader = shift.leader.getEntity();
    if (leader.status === StaffStatus.ACTIVE && leader.position.unwrap().key === step.position)
      return { staff: leader, onDuty: true, shiftId: shift.id };
  }
  if (running.length) {
    const member = await em.findOne(
      ShiftMember,
      {
        shift: { $in: running.map((s) => s.id) },
        removedAt: null,
        onLeave: false,
        staff: { position: step.position, status: StaffStatus.ACTIVE },
      },
      { populate: ['staff'] },
    );
    if (member) return { staff: member.staff.getEntity(), onDuty: true, shiftId: member.shift.unwrap().id };
  }
  const holders = await em.find(
    Staff,
    { position: step.position, status: StaffStatus.ACTIVE },
    { populate: ['sites'], orderBy: { employeeNo: 'asc' } },
  );
  const atSite = siteCode ? holders.find((s) => s.sites.getItems().some((site) => site.code === siteCode)) : null;
  const holder = atSite ?? holders[0];
  return holder ? { staff: holder, onDuty: false, shiftId: null } : null;
}
