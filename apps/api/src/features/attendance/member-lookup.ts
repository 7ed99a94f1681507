import type { EntityManager } from '@mikro-orm/core';
import { UserErrorCode } from '@steward/schema';
import type { Context } from '../../graphql/context.js';
import { toGlobalId } from '../../graphql/node.js';
import { refuse } from '../../graphql/user-error.js';
import { unauthenticated } from '../permissions/auth-checker.js';
import { shiftReadFilter } from '../shifts/shift.access.js';
import { type Shift, ShiftMember } from '../shifts/shift.entity.js';
import { keyOf, ShiftService } from '../shifts/shift.service.js';

/**
 * Someone's place on a shift the viewer can see (still rostered), by its global id, with the
 * shift loaded; anything else is "no such place", whether it does not exist or is out of sight.
 */
export async function visibleMember(
  ctx: Context,
  tx: EntityManager,
  memberId: string | null | undefined,
  field = 'memberId',
): Promise<{ shift: Shift; member: ShiftMember }> {
  if (!ctx.viewer) throw unauthenticated();
  const key = keyOf(memberId, 'ShiftMember');
  const member = key
    ? await tx.findOne(
        ShiftMember,
        { id: key, removedAt: null, shift: shiftReadFilter(ctx.viewer) },
        { populate: ['shift'] },
      )
    : null;
  if (!member) refuse(field, 'No such place on a shift', UserErrorCode.NOT_FOUND);
  return { shift: member.shift.getEntity(), member };
}

/** As `visibleMember`, for a leader's step: the viewer must run the member's shift (else FORBIDDEN). */
export async function memberToLead(
  ctx: Context,
  tx: EntityManager,
  memberId: string | null | undefined,
  field = 'memberId',
): Promise<{ shift: Shift; member: ShiftMember }> {
  const { member } = await visibleMember(ctx, tx, memberId, field);
  const shift = await new ShiftService(ctx).shiftToLead(tx, toGlobalId('Shift', member.shift.unwrap().id), field);
  return { shift, member };
}
