import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { type PermissionCode, UserErrorCode } from '@steward/schema';
import { refuse } from '../../graphql/user-error.js';
import { PositionGrant } from '../permissions/position-grant.entity.js';
import type { Staff } from '../staff/staff.entity.js';
import { type Shift, ShiftMember } from './shift.entity.js';
import type { ShiftRole } from './shift.enums.js';
import { StaffLeave } from './staff-leave.entity.js';

/**
 * Rules every change to who works a shift obeys (R35): nobody on two overlapping shifts, nobody
 * rostered on a day they have off, and a roster row is never deleted — taking someone off stamps
 * `removedAt`, and putting them back revives their row.
 */

/** The rostered rows of these people on shifts overlapping a window (shifts that only touch it do not count). */
export function clashes(
  tx: EntityManager,
  staffIds: readonly string[],
  window: { startsAt: Date; endsAt: Date },
  exceptShiftIds: readonly string[] = [],
): Promise<ShiftMember[]> {
  return tx.find(
    ShiftMember,
    {
      staff: { $in: [...staffIds] },
      removedAt: null,
      shift: {
        startsAt: { $lt: window.endsAt },
        endsAt: { $gt: window.startsAt },
        ...(exceptShiftIds.length ? { id: { $nin: [...exceptShiftIds] } } : {}),
      },
    },
    { populate: ['shift', 'staff'] },
  );
}

/** Refuses, naming the field, when someone would be on two overlapping shifts. */
export async function refuseClash(
  tx: EntityManager,
  field: string,
  person: Staff,
  window: { startsAt: Date; endsAt: Date },
  exceptShiftIds: readonly string[] = [],
): Promise<void> {
  const [clash] = await clashes(tx, [person.id], window, exceptShiftIds);
  if (clash) {
    refuse(
      field,
      `would put ${person.name} on two overlapping shifts (already rostered on ${clash.shift.unwrap().date})`,
      UserErrorCode.CONFLICT,
    );
  }
}

/** Leave standing (not cancelled) for any of these people on any day from `from` to `to`. */
export function leavesCovering(
  tx: EntityManager,
  staffIds: readonly string[],
  from: string,
  to: string,
): Promise<StaffLeave[]> {
  if (!staffIds.length) return Promise.resolve([]);
  return tx.find(StaffLeave, {
    staff: { $in: [...staffIds] },
    cancelledAt: null,
    fromDate: { $lte: to },
    toDate: { $gte: from },
  });
}

/** The leave (if any) that gives this person this date off. */
export function coveringLeave(leaves: readonly StaffLeave[], staffId: string, date: string): StaffLeave | undefined {
  return leaves.find((l) => l.staff.unwrap().id === staffId && l.fromDate <= date && l.toDate >= date);
}

/** A new roster row's leave fields, from the leave covering its date (if any). */
export function onLeaveBy(leave: StaffLeave | undefined): { onLeave?: boolean; leaveNote?: string } {
  return leave ? { onLeave: true, leaveNote: leave.reason } : {};
}

/** Refuses, naming the field, when someone has the shift's date off. */
export async function refuseOnLeave(tx: EntityManager, field: string, person: Staff, shift: Shift): Promise<void> {
  const [leave] = await leavesCovering(tx, [person.id], shift.date, shift.date);
  if (leave) {
    refuse(field, `${person.name} is on leave on ${shift.date} (${leave.reason})`, UserErrorCode.CONFLICT);
  }
}

/** Someone's live row on a shift, if they are rostered on it. */
export function rowOf(tx: EntityManager, shift: Shift, staffId: string): Promise<ShiftMember | null> {
  return tx.findOne(ShiftMember, { shift: shift.id, staff: staffId, removedAt: null });
}

/**
 * Puts someone on a shift in a role: their old row, if they were once taken off it, comes back
 * as new (one row per person and shift); else a new row.
 */
export async function rosterOn(
  tx: EntityManager,
  shift: Shift,
  person: Staff,
  role: ShiftRole,
  now: Date,
): Promise<ShiftMember> {
  const old = await tx.findOne(ShiftMember, { shift: shift.id, staff: person.id });
  if (old) {
    Object.assign(old, {
      role,
      removedAt: null,
      post: null,
      onLeave: false,
      leaveNote: null,
      rollCall: null,
      checkInAt: null,
      checkInBy: null,
      checkOutAt: null,
      checkOutBy: null,
    });
    return old;
  }
  return tx.create(ShiftMember, { id: randomUUID(), shift, staff: person, role, createdAt: now });
}

/** What the audit trail shows of someone's place on a shift. */
export function memberSnapshot(m: ShiftMember): Record<string, unknown> {
  return {
    shift: m.shift.unwrap().id,
    staff: m.staff.unwrap().id,
    role: m.role,
    onLeave: m.onLeave,
    leaveNote: m.leaveNote,
    removedAt: m.removedAt?.toISOString() ?? null,
  };
}

/** The permissions whose holders lead shifts (may be a shift's leader). */
const LEADING: readonly PermissionCode[] = ['roster.handle', 'roster.approve'];

/** Whether a position's holders lead shifts (may be a shift's leader). */
export async function leadsShifts(em: EntityManager, positionKey: string): Promise<boolean> {
  return (await leadingPositions(em, [positionKey])).has(positionKey);
}

/** Of these positions, those whose holders lead shifts: one query for them all. */
export async function leadingPositions(em: EntityManager, positionKeys: readonly string[]): Promise<Set<string>> {
  if (!positionKeys.length) return new Set();
  const rows = await em.find(PositionGrant, {
    position: { $in: [...new Set(positionKeys)] },
    permission: { $in: [...LEADING] },
    scope: { $ne: null },
  });
  return new Set(rows.map((g) => g.position.unwrap().key));
}
