import { randomUUID } from 'node:crypto';
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { UserErrorCode } from '@steward/schema';
import { loadAllBy, loadOneBy } from '../../graphql/batch.js';
import { type ConnectionShape, checkRange, type PageArgs, paginate } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { badInput } from '../../graphql/errors.js';
import { runMutation } from '../../graphql/mutation.js';
import { fromGlobalId } from '../../graphql/node.js';
import { refuse, type UserError } from '../../graphql/user-error.js';
import { Validator } from '../../graphql/validate.js';
import type { AuditLog } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import { forbidden, unauthenticated } from '../permissions/auth-checker.js';
import { StaffStatus } from '../staff/staff.enums.js';
import { coveringLeave, leavesCovering, onLeaveBy } from './roster-rules.js';
import { mayEditRoster, mayLeadShift, shiftReadFilter } from './shift.access.js';
import { Shift, ShiftMember } from './shift.entity.js';
import { SHIFT_TRANSITIONS, ShiftRole, ShiftStatus } from './shift.enums.js';
import type { GenerateRosterInput, RosterRangeInput, ShiftFilter, ShiftStepInput } from './shift.inputs.js';
import { ShiftEventType } from './shift.topics.js';
import { ShiftPattern } from './shift-pattern.entity.js';
import { Team } from './team.entity.js';
import { addDays, daysBetween, shiftWindow } from './zoned-time.js';

/** How early before its start a shift may begin its briefing, and how long one stays "current" after it ends. */
export const SHIFT_WINDOW = { startEarlyMinutes: 120, currentAfterEndMinutes: 240 } as const;
const ROSTER_LIMITS = { rangeDays: 92, viewDays: 62, rotation: 28 } as const;

/** The key of a global id of the given type, or null. */
export function keyOf(id: string | null | undefined, typename: string): string | null {
  if (!id) return null;
  const parsed = fromGlobalId(id);
  return parsed?.typename === typename ? parsed.key : null;
}

/**
 * Rules other slices add to the cycle without this file knowing them: a shift may not close
 * while any check refuses (the handover must be accepted), and work runs as it closes (missed
 * patrols are recorded). Both run inside the closing transaction.
 */
export type ShiftCloseCheck = (tx: EntityManager, shift: Shift) => Promise<UserError | null>;
export type ShiftCloseHook = (tx: EntityManager, shift: Shift, ctx: Context) => Promise<void>;
const closeChecks: ShiftCloseCheck[] = [];
const closeHooks: ShiftCloseHook[] = [];
export function addShiftCloseCheck(check: ShiftCloseCheck): void {
  closeChecks.push(check);
}
export function onShiftClose(hook: ShiftCloseHook): void {
  closeHooks.push(hook);
}

/** Tells live consoles about a shift once the transaction commits. */
export function publishShiftEvent(
  ctx: Pick<Context, 'pubsub' | 'afterCommit' | 'clock'>,
  shiftId: string,
  type: ShiftEventType,
  subjectId: string | null = null,
): void {
  const at = ctx.clock().toISOString();
  ctx.afterCommit.push(() => ctx.pubsub.publish('SHIFT_EVENT', { shiftId, type, at, subjectId }));
}

/** What the audit trail shows of a shift. */
export function shiftSnapshot(s: Shift): Record<string, unknown> {
  return {
    site: s.site.unwrap().code,
    date: s.date,
    pattern: s.pattern.unwrap().id,
    team: s.team?.unwrap().id ?? null,
    leader: s.leader.unwrap().id,
    status: s.status,
    startsAt: s.startsAt.toISOString(),
    endsAt: s.endsAt.toISOString(),
  };
}

/** Rosters (R35) and the shift cycle (W5): listing, generating from a rotation, and the status steps. */
export class ShiftService {
  constructor(private readonly ctx: Context) {}

  private get viewer(): Viewer {
    if (!this.ctx.viewer) throw unauthenticated();
    return this.ctx.viewer;
  }

  private now(): Date {
    return this.ctx.clock();
  }

  // ---- reading ---------------------------------------------------------------------------

  byIds(keys: readonly string[]): Promise<Shift[]> {
    if (!this.ctx.viewer) return Promise.resolve([]);
    return this.ctx.em.find(Shift, { $and: [{ id: { $in: [...keys] } }, shiftReadFilter(this.viewer)] });
  }

  async byId(id: string): Promise<Shift | null> {
    const key = keyOf(id, 'Shift');
    return key ? ((await this.byIds([key]))[0] ?? null) : null;
  }

  private conditions(f: {
    siteCode?: string | null;
    departmentKey?: string | null;
    teamId?: string | null;
    staffId?: string | null;
    from?: string | null;
    to?: string | null;
  }): FilterQuery<Shift>[] {
    const where: FilterQuery<Shift>[] = [shiftReadFilter(this.viewer)];
    const v = new Validator();
    const from = v.date('from', f.from);
    const to = v.date('to', f.to);
    if (!v.ok) throw badInput(v.errors[0]?.field?.[1] ?? 'from', 'must be a date as YYYY-MM-DD');
    checkRange(from, to);
    if (from) where.push({ date: { $gte: from } });
    if (to) where.push({ date: { $lte: to } });
    if (f.siteCode) where.push({ site: f.siteCode.slice(0, 32) });
    if (f.departmentKey) where.push({ department: f.departmentKey.slice(0, 64) });
    if (f.teamId) where.push({ team: keyOf(f.teamId, 'Team') ?? '-' });
    if (f.staffId) {
      const staff = keyOf(f.staffId, 'Staff') ?? '-';
      where.push({ $or: [{ leader: staff }, { members: { $some: { staff, removedAt: null } } }] });
    }
    return where;
  }

  list(filter: ShiftFilter | null | undefined, page: PageArgs): Promise<ConnectionShape<Shift>> {
    const f = filter ?? {};
    const where = this.conditions(f);
    if (f.statuses?.length) where.push({ status: { $in: f.statuses } });
    return paginate(
      this.ctx.em,
      Shift,
      { $and: where },
      [
        ['startsAt', 'asc'],
        ['id', 'asc'],
      ],
      page,
      (s) => [s.startsAt.toISOString(), s.id],
      ([at, id]) => [new Date(at as string), id],
    );
  }

  /** A stretch of the roster for a calendar: every visible shift in it, in order (at most 62 days). */
  roster(range: RosterRangeInput): Promise<Shift[]> {
    const v = new Validator();
    const from = v.date('from', range.from, true);
    const to = v.date('to', range.to, true);
    if (!from || !to) throw badInput(from ? 'to' : 'from', 'must be a date as YYYY-MM-DD');
    const span = daysBetween(from, to);
    if (span < 0) throw badInput('to', 'must not be before from');
    if (span >= ROSTER_LIMITS.viewDays) throw badInput('to', `must be within ${ROSTER_LIMITS.viewDays} days of from`);
    return this.ctx.em.find(
      Shift,
      { $and: this.conditions(range) },
      { orderBy: { startsAt: 'asc', id: 'asc' }, limit: 2000 },
    );
  }

  /**
   * The viewer's shift now: one running (briefing, on duty, handing over) around now first — the
   * latest — else the next one starting within two hours or the last one ended within four and
   * not yet closed.
   */
  async myCurrentShift(): Promise<Shift | null> {
    const me = this.viewer.staff.id;
    const now = this.now().getTime();
    const mine = { $or: [{ leader: me }, { members: { $some: { staff: me, removedAt: null } } }] };
    // Running, and around now: a shift left running days after its end (never handed over) is not current.
    const around = [
      { startsAt: { $lte: new Date(now + SHIFT_WINDOW.startEarlyMinutes * 60_000) } },
      { endsAt: { $gte: new Date(now - SHIFT_WINDOW.currentAfterEndMinutes * 60_000) } },
    ];
    const running = await this.ctx.em.findOne(
      Shift,
      {
        $and: [
          mine,
          { status: { $in: [ShiftStatus.BRIEFING, ShiftStatus.ON_DUTY, ShiftStatus.HANDING_OVER] } },
          ...around,
        ],
      },
      // The latest: one left running after its end gives way to the next that has begun.
      { orderBy: { startsAt: 'desc' } },
    );
    if (running) return running;
    return this.ctx.em.findOne(
      Shift,
      {
        $and: [
          mine,
          { status: ShiftStatus.PLANNED },
          { startsAt: { $lte: new Date(now + SHIFT_WINDOW.startEarlyMinutes * 60_000) } },
          { endsAt: { $gte: new Date(now - SHIFT_WINDOW.currentAfterEndMinutes * 60_000) } },
        ],
      },
      { orderBy: { startsAt: 'asc' } },
    );
  }

  /** Who is rostered on a shift (not those taken off), the leader first. */
  /** Who is rostered on a shift (the leader first); a list's shifts read theirs in one query. */
  members(shift: Shift): Promise<ShiftMember[]> {
    return loadAllBy(
      this.ctx,
      'Shift.members',
      {
        entity: ShiftMember,
        by: 'shift',
        keyOf: (m) => m.shift.id,
        where: { removedAt: null },
        populate: ['staff'],
        orderBy: { shift: 'asc', role: 'asc', createdAt: 'asc', id: 'asc' },
      },
      shift.id,
    );
  }

  /** The viewer's own place on a shift, if rostered; a list's shifts read theirs in one query. */
  viewerMember(shift: Shift): Promise<ShiftMember | null> {
    const me = this.ctx.viewer?.staff.id;
    if (!me) return Promise.resolve(null);
    return loadOneBy(
      this.ctx,
      'Shift.viewerMember',
      { entity: ShiftMember, by: 'shift', keyOf: (m) => m.shift.id, where: { staff: me, removedAt: null } },
      shift.id,
    );
  }

  mayLead(shift: Shift): boolean {
    return !!this.ctx.viewer && mayLeadShift(this.viewer, shift);
  }

  // ---- the cycle ---------------------------------------------------------------------------

  /**
   * The shift a step is about, as the viewer sees it, checked to be theirs to run; for use by
   * every slice's steps (roll call, posts, handover …).
   */
  async shiftToLead(tx: EntityManager, shiftId: string, field = 'shiftId'): Promise<Shift> {
    const key = keyOf(shiftId, 'Shift');
    const shift = key ? await tx.findOne(Shift, { $and: [{ id: key }, shiftReadFilter(this.viewer)] }) : null;
    if (!shift) refuse(field, 'No such shift', UserErrorCode.NOT_FOUND);
    if (!mayLeadShift(this.viewer, shift)) throw forbidden();
    return shift;
  }

  /** Moves a shift to a status, if the cycle allows it from where it is; stamps the time and tells consoles. */
  move(shift: Shift, to: ShiftStatus, field = 'shiftId'): void {
    if (!SHIFT_TRANSITIONS[to].includes(shift.status)) {
      refuse(
        field,
        `cannot go from ${shift.status.toLowerCase()} to ${to.toLowerCase()}`,
        UserErrorCode.INVALID_TRANSITION,
      );
    }
    const now = this.now();
    shift.status = to;
    if (to === ShiftStatus.BRIEFING) shift.briefingAt = now;
    if (to === ShiftStatus.ON_DUTY) shift.onDutyAt = now;
    if (to === ShiftStatus.HANDING_OVER) shift.handingOverAt = now;
    if (to === ShiftStatus.CLOSED) shift.closedAt = now;
    publishShiftEvent(this.ctx, shift.id, ShiftEventType.STATUS_CHANGED);
  }

  private notTooEarly(shift: Shift) {
    if (shift.startsAt.getTime() - this.now().getTime() > SHIFT_WINDOW.startEarlyMinutes * 60_000) {
      refuse(
        'shiftId',
        `cannot start more than ${SHIFT_WINDOW.startEarlyMinutes / 60} hours before the shift`,
        UserErrorCode.OUT_OF_RANGE,
      );
    }
  }

  private record(audit: AuditLog, action: string, shift: Shift, before: Record<string, unknown> | null) {
    audit.record({
      action,
      targetType: 'Shift',
      targetKey: shift.id,
      departmentKey: shift.department.unwrap().key,
      before,
      after: shiftSnapshot(shift),
    });
  }

  startBriefing(input: ShiftStepInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const shift = await this.shiftToLead(tx, input.shiftId);
      const before = shiftSnapshot(shift);
      this.notTooEarly(shift);
      this.move(shift, ShiftStatus.BRIEFING);
      this.record(audit, 'shift.start_briefing', shift, before);
      return shift;
    });
  }

  startDuty(input: ShiftStepInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const shift = await this.shiftToLead(tx, input.shiftId);
      const before = shiftSnapshot(shift);
      this.notTooEarly(shift);
      this.move(shift, ShiftStatus.ON_DUTY);
      this.record(audit, 'shift.start_duty', shift, before);
      return shift;
    });
  }

  /** Closes a shift inside a transaction (also when its handover is accepted): every check must pass. */
  async closeWithin(tx: EntityManager, shift: Shift): Promise<void> {
    for (const check of closeChecks) {
      const problem = await check(tx, shift);
      if (problem) refuse(problem.field?.[1] ?? 'shiftId', problem.message, problem.code);
    }
    this.move(shift, ShiftStatus.CLOSED);
    for (const hook of closeHooks) await hook(tx, shift, this.ctx);
  }

  // ---- rosters ---------------------------------------------------------------------------

  /**
   * Rosters a team from a rotation (DIR-5, SL-8): for each date, the rotation entry it falls on
   * (counted from the anchor date) is a pattern or a day off. Each shift starts and ends at the
   * pattern's times in the site's zone. Nobody may end up on two overlapping shifts.
   */
  generate(input: GenerateRosterInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const v = new Validator();
      const from = v.date('from', input.from, true);
      const to = v.date('to', input.to, true);
      const anchor = input.anchorDate ? v.date('anchorDate', input.anchorDate) : from;
      if (from && to) {
        const span = daysBetween(from, to);
        if (span < 0) v.add('to', 'must not be before from', UserErrorCode.OUT_OF_RANGE);
        else if (span >= ROSTER_LIMITS.rangeDays)
          v.add('to', `must be within ${ROSTER_LIMITS.rangeDays} days of from`, UserErrorCode.OUT_OF_RANGE);
      }
      const rotation = input.rotation ?? [];
      if (rotation.length < 1 || rotation.length > ROSTER_LIMITS.rotation) {
        v.add('rotation', `must have 1 to ${ROSTER_LIMITS.rotation} entries`, UserErrorCode.OUT_OF_RANGE);
      } else if (rotation.every((r) => r == null)) {
        v.add('rotation', 'must work at least one shift', UserErrorCode.INVALID);
      }
      const teamKey = keyOf(input.teamId, 'Team');
      const team = teamKey
        ? await tx.findOne(Team, { id: teamKey }, { populate: ['members', 'site', 'leader'] })
        : null;
      if (!team) v.add('teamId', 'names no team', UserErrorCode.NOT_FOUND);
      else if (!team.active) v.add('teamId', 'is no longer active', UserErrorCode.INVALID);
      v.check();
      if (!team || !from || !to || !anchor) throw new Error('unreachable');
      const site = team.site.unwrap();
      if (!mayEditRoster(this.viewer, { departmentKey: team.department.unwrap().key, siteCode: site.code })) {
        refuse('teamId', 'is outside the rosters you may draft', UserErrorCode.NOT_PERMITTED);
      }

      const patternKeys = [
        ...new Set(rotation.filter((r): r is string => r != null).map((r) => keyOf(r, 'ShiftPattern'))),
      ];
      const patterns = patternKeys.includes(null)
        ? []
        : await tx.find(ShiftPattern, { id: { $in: patternKeys as string[] }, site: site.code, active: true });
      if (patterns.length !== patternKeys.length) {
        refuse(
          'rotation',
          'names a shift pattern that is not an active pattern of the team’s site',
          UserErrorCode.NOT_FOUND,
        );
      }
      const patternById = new Map(patterns.map((p) => [p.id, p]));
      const leader = team.leader.unwrap();
      const people = [leader, ...team.members.getItems().filter((m) => m.id !== leader.id)].filter(
        (s) => s.status === StaffStatus.ACTIVE,
      );
      if (leader.status !== StaffStatus.ACTIVE)
        refuse('teamId', 'has a leader who is no longer active', UserErrorCode.INVALID);

      const planned: { date: string; pattern: ShiftPattern; startsAt: Date; endsAt: Date }[] = [];
      for (let d = from; d <= to; d = addDays(d, 1)) {
        const len = rotation.length;
        const entry = rotation[(((daysBetween(anchor, d) % len) + len) % len) as number];
        if (!entry) continue;
        const pattern = patternById.get(keyOf(entry, 'ShiftPattern') as string) as ShiftPattern;
        planned.push({ date: d, pattern, ...shiftWindow(d, pattern.startTime, pattern.endTime, site.timeZone) });
      }
      const existing = await tx.find(Shift, {
        team: team.id,
        date: { $gte: from, $lte: to },
      });
      // A team works one shift a day: a date it is already rostered on is kept, whatever its pattern.
      const taken = new Set(existing.map((s) => s.date));
      const fresh = planned.filter((p) => !taken.has(p.date));

      // Overlaps: every new shift against what each person is already on, and against each other.
      if (fresh.length) {
        const first = fresh[0]?.startsAt as Date;
        const last = fresh[fresh.length - 1]?.endsAt as Date;
        const busy = await tx.find(
          ShiftMember,
          {
            staff: { $in: people.map((p) => p.id) },
            removedAt: null,
            shift: { startsAt: { $lt: last }, endsAt: { $gt: first } },
          },
          { populate: ['shift'] },
        );
        for (const p of fresh) {
          for (const b of busy) {
            const s = b.shift.unwrap();
            if (s.startsAt < p.endsAt && s.endsAt > p.startsAt) {
              const who = people.find((x) => x.id === b.staff.unwrap().id);
              refuse(
                'rotation',
                `would put ${who?.name ?? 'someone'} on two overlapping shifts on ${p.date} (already rostered ${s.date})`,
                UserErrorCode.CONFLICT,
              );
            }
          }
        }
        for (let i = 1; i < fresh.length; i++) {
          const a = fresh[i - 1] as (typeof fresh)[number];
          const b = fresh[i] as (typeof fresh)[number];
          if (b.startsAt < a.endsAt) {
            refuse('rotation', `makes the shifts of ${a.date} and ${b.date} overlap`, UserErrorCode.CONFLICT);
          }
        }
      }

      const now = this.now();
      const created: Shift[] = [];
      // Days off recorded for anyone of the team: they are rostered, and counted on leave.
      const leaves = await leavesCovering(
        tx,
        people.map((x) => x.id),
        from,
        to,
      );
      for (const p of fresh) {
        const shift = tx.create(Shift, {
          id: randomUUID(),
          site,
          department: team.department,
          date: p.date,
          pattern: p.pattern,
          team,
          leader,
          startsAt: p.startsAt,
          endsAt: p.endsAt,
          createdAt: now,
          updatedAt: now,
        });
        for (const person of people) {
          tx.create(ShiftMember, {
            id: randomUUID(),
            shift,
            staff: person,
            role: person.id === leader.id ? ShiftRole.LEADER : ShiftRole.OFFICER,
            createdAt: now,
            ...onLeaveBy(coveringLeave(leaves, person.id, p.date)),
          });
        }
        created.push(shift);
        publishShiftEvent(this.ctx, shift.id, ShiftEventType.ROSTER_CHANGED);
      }
      audit.record({
        action: 'roster.generate',
        targetType: 'Team',
        targetKey: team.id,
        departmentKey: team.department.unwrap().key,
        before: null,
        after: {
          from,
          to,
          anchorDate: anchor,
          rotation: rotation.map((r) => (r ? (keyOf(r, 'ShiftPattern') as string) : null)),
          created: created.length,
          kept: planned.length - fresh.length,
          people: people.map((p) => p.id),
        },
      });
      return { shifts: created, kept: planned.length - fresh.length };
    });
  }
}
