import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { UserErrorCode } from '@steward/schema';
import { loadAllBy, loadOneBy } from '../../graphql/batch.js';
import type { Context } from '../../graphql/context.js';
import { runMutation } from '../../graphql/mutation.js';
import { toGlobalId } from '../../graphql/node.js';
import { refuse, UserError, UserErrors } from '../../graphql/user-error.js';
import { Validator } from '../../graphql/validate.js';
import type { AuditLog } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import { unauthenticated } from '../permissions/auth-checker.js';
import { type Shift, ShiftMember } from '../shifts/shift.entity.js';
import { RollCall, ShiftRole, ShiftStatus } from '../shifts/shift.enums.js';
import { keyOf, publishShiftEvent, ShiftService, shiftSnapshot } from '../shifts/shift.service.js';
import { ShiftEventType } from '../shifts/shift.topics.js';
import { Site } from '../sites/site.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { groomingReadFilter } from './attendance.access.js';
import { DisciplineKind, DisciplineOrigin, OPEN_DISCIPLINE } from './attendance.enums.js';
import type {
  AssignShiftPostsInput,
  RecordGroomingCheckInput,
  RecordRollCallInput,
  RecordShiftBriefingInput,
} from './attendance.inputs.js';
import {
  correct,
  disciplineSnapshot,
  openDisciplineOf,
  raiseDiscipline,
  voidAutomatically,
} from './discipline.service.js';
import { DisciplineRecord } from './discipline-record.entity.js';
import { GROOMING_LIMITS, GroomingCheck } from './grooming-check.entity.js';
import { memberToLead } from './member-lookup.js';
import {
  absentAtRollCall,
  GROOMING_ITEMS,
  groomingFailed,
  groomingPassedOnRecheck,
  markedPresent,
} from './observations.js';
import { BRIEFING_LIMITS, ShiftBriefing } from './shift-briefing.entity.js';

const MAX_ENTRIES = 60;

/** What the audit trail shows of a grooming check. */
function groomingSnapshot(g: GroomingCheck): Record<string, unknown> {
  return {
    shift: g.shift.unwrap().id,
    staff: g.staff.unwrap().id,
    uniform: g.uniform,
    badge: g.badge,
    appearance: g.appearance,
    equipment: g.equipment,
    passed: g.passed,
    note: g.note,
    checkedBy: g.checkedBy.unwrap().id,
    checkedAt: g.checkedAt.toISOString(),
    rechecks: g.rechecks,
    discipline: g.discipline?.unwrap().id ?? null,
  };
}

/**
 * The pre-shift meeting (班前会, SL-13) and what SL-9 puts in it: the roll call, a grooming check
 * of every officer present, the posts, and the topics raised. Only whoever runs the shift (its
 * leader, or the director) takes these steps, while the meeting runs or — for a late correction —
 * while the shift is on duty. A no-show or a failed check raises a discipline record (R42) in
 * the same transaction, the shift's leader as its recorder.
 */
export class PreShiftService {
  constructor(private readonly ctx: Context) {}

  private get viewer(): Viewer {
    if (!this.ctx.viewer) throw unauthenticated();
    return this.ctx.viewer;
  }

  private now(): Date {
    return this.ctx.clock();
  }

  // ---- reading ---------------------------------------------------------------------------

  /** A shift's pre-shift meeting; a list's shifts read theirs in one query. */
  briefingOf(shift: Shift): Promise<ShiftBriefing | null> {
    return loadOneBy(
      this.ctx,
      'Shift.briefing',
      { entity: ShiftBriefing, by: 'shift', keyOf: (b) => b.shift.id },
      shift.id,
    );
  }

  /** A shift's grooming checks the viewer may see; a list's shifts read theirs in one query. */
  groomingChecksOf(shift: Shift): Promise<GroomingCheck[]> {
    const viewer = this.ctx.viewer;
    if (!viewer) return Promise.resolve([]);
    return loadAllBy(
      this.ctx,
      'Shift.groomingChecks',
      {
        entity: GroomingCheck,
        by: 'shift',
        keyOf: (g) => g.shift.id,
        where: groomingReadFilter(viewer),
        orderBy: { createdAt: 'asc', id: 'asc' },
      },
      shift.id,
    );
  }

  /** A place's grooming check, if the viewer may see it; a list's places are read in one query. */
  async groomingCheckOf(member: ShiftMember): Promise<GroomingCheck | null> {
    const viewer = this.ctx.viewer;
    if (!viewer) return null;
    return loadOneBy(
      this.ctx,
      'ShiftMember.groomingCheck',
      { entity: GroomingCheck, by: 'member', keyOf: (g) => g.member.id, where: groomingReadFilter(viewer) },
      member.id,
    );
  }

  groomingByIds(keys: readonly string[]): Promise<GroomingCheck[]> {
    if (!this.ctx.viewer) return Promise.resolve([]);
    return this.ctx.em.find(GroomingCheck, { $and: [{ id: { $in: [...keys] } }, groomingReadFilter(this.ctx.viewer)] });
  }

  // ---- the meeting's steps ---------------------------------------------------------------

  /** The shift, run by the viewer, in its meeting (or on duty, for late corrections). */
  private async meetingShift(tx: EntityManager, shiftId: string): Promise<Shift> {
    const shift = await new ShiftService(this.ctx).shiftToLead(tx, shiftId);
    this.inMeeting(shift, 'shiftId');
    return shift;
  }

  private inMeeting(shift: Shift, field: string): void {
    if (shift.status === ShiftStatus.BRIEFING || shift.status === ShiftStatus.ON_DUTY) return;
    refuse(
      field,
      shift.status === ShiftStatus.PLANNED
        ? 'has not begun its pre-shift meeting: start it first'
        : 'is past its duty: its pre-shift records are locked',
      UserErrorCode.INVALID_TRANSITION,
    );
  }

  /** The people on the shift named by a list of member ids, each checked; one error per bad entry. */
  private async namedMembers(
    tx: EntityManager,
    shift: Shift,
    list: string,
    ids: readonly string[],
    check: (m: ShiftMember) => string | null,
  ): Promise<ShiftMember[]> {
    if (ids.length < 1 || ids.length > MAX_ENTRIES) {
      refuse(list, `must have 1 to ${MAX_ENTRIES} entries`, UserErrorCode.OUT_OF_RANGE);
    }
    const rows = await tx.find(ShiftMember, { shift: shift.id, removedAt: null }, { populate: ['staff'] });
    const byId = new Map(rows.map((m) => [m.id, m]));
    const errors: UserError[] = [];
    const seen = new Set<string>();
    const found: ShiftMember[] = [];
    ids.forEach((id, i) => {
      const field = ['input', list, String(i), 'memberId'];
      const member = byId.get(keyOf(id, 'ShiftMember') ?? '-');
      if (!member) {
        errors.push(new UserError(field, `${list} ${i + 1} names nobody on this shift`, UserErrorCode.NOT_FOUND));
        return;
      }
      if (seen.has(member.id)) {
        errors.push(
          new UserError(field, `${list} ${i + 1} names ${member.staff.getEntity().name} twice`, UserErrorCode.CONFLICT),
        );
        return;
      }
      seen.add(member.id);
      const problem = check(member);
      if (problem)
        errors.push(
          new UserError(field, `${list} ${i + 1}: ${member.staff.getEntity().name} ${problem}`, UserErrorCode.INVALID),
        );
      else found.push(member);
    });
    if (errors.length) throw new UserErrors(errors);
    return found;
  }

  private recordShift(
    audit: AuditLog,
    action: string,
    shift: Shift,
    before: Record<string, unknown>,
    after: Record<string, unknown>,
  ) {
    audit.record({
      action,
      targetType: 'Shift',
      targetKey: shift.id,
      departmentKey: shift.department.unwrap().key,
      before: { ...shiftSnapshot(shift), ...before },
      after: { ...shiftSnapshot(shift), ...after },
    });
  }

  /**
   * The roll call (SL-13): present or absent per officer. Absent raises a no-show record; marking
   * them present after all voids the record the roll call raised (it stays, with why).
   */
  rollCall(input: RecordRollCallInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const shift = await this.meetingShift(tx, input.shiftId);
      const entries = input.entries ?? [];
      const members = await this.namedMembers(
        tx,
        shift,
        'entries',
        entries.map((e) => e.memberId),
        (m) =>
          m.role !== ShiftRole.OFFICER
            ? 'leads the shift: the roll call is of officers'
            : m.onLeave
              ? 'is on leave'
              : null,
      );
      const now = this.now();
      const locale = this.ctx.locale;
      const before: Record<string, string | null> = {};
      const after: Record<string, string | null> = {};
      const raised: DisciplineRecord[] = [];
      const voided: DisciplineRecord[] = [];
      for (const [i, member] of members.entries()) {
        const answer = entries[i]?.rollCall as RollCall;
        if (member.rollCall === answer) continue;
        before[member.id] = member.rollCall;
        after[member.id] = answer;
        member.rollCall = answer;
        const open = await openDisciplineOf(tx, member, DisciplineKind.NO_SHOW, DisciplineOrigin.ROLL_CALL);
        if (answer === RollCall.ABSENT && !open) {
          raised.push(
            await raiseDiscipline(tx, this.ctx, {
              shift,
              member,
              kind: DisciplineKind.NO_SHOW,
              origin: DisciplineOrigin.ROLL_CALL,
              observation: absentAtRollCall(locale),
              observedAt: now,
            }),
          );
        } else if (answer === RollCall.PRESENT && open) {
          voidAutomatically(open, markedPresent(locale), now);
          voided.push(open);
        }
      }
      this.recordShift(
        audit,
        'shift.roll_call',
        shift,
        { rollCall: before },
        { rollCall: after, disciplineRaised: raised.map((r) => r.id), disciplineVoided: voided.map((r) => r.id) },
      );
      publishShiftEvent(this.ctx, shift.id, ShiftEventType.ROLL_CALL);
      return { shift, raised };
    });
  }

  /**
   * A grooming check (R41, SL-9) of an officer present: four items, all must pass. Checking again
   * replaces the result. A failure raises a grooming record (unless one is still open); a pass on
   * a re-check records that record's correction — R41's "failure corrected".
   */
  groomingCheck(input: RecordGroomingCheckInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const { shift, member } = await memberToLead(this.ctx, tx, input.memberId);
      this.inMeeting(shift, 'memberId');
      const v = new Validator();
      const note = v.text('note', input.note, { max: GROOMING_LIMITS.note }) || null;
      if (member.role !== ShiftRole.OFFICER)
        v.add('memberId', 'leads the shift: officers are checked', UserErrorCode.INVALID);
      else if (member.onLeave) v.add('memberId', 'is on leave for this shift', UserErrorCode.INVALID);
      else if (member.rollCall === RollCall.ABSENT)
        v.add('memberId', 'was absent at the roll call', UserErrorCode.INVALID);
      else if (member.rollCall !== RollCall.PRESENT && !member.checkInAt) {
        v.add('memberId', 'is not present yet: call the roll first', UserErrorCode.INVALID);
      }
      v.check();
      const now = this.now();
      const items = {
        uniform: input.uniform,
        badge: input.badge,
        appearance: input.appearance,
        equipment: input.equipment,
      };
      const failed = GROOMING_ITEMS.filter((i) => !items[i]);
      const passed = failed.length === 0;
      let check = await tx.findOne(GroomingCheck, { member: member.id });
      const before = check ? groomingSnapshot(check) : null;
      if (check) {
        Object.assign(check, items, { passed, note, checkedAt: now, rechecks: check.rechecks + 1 });
        check.checkedBy = tx.getReference(Staff, this.viewer.staff.id, { wrapped: true });
      } else {
        check = tx.create(GroomingCheck, {
          id: randomUUID(),
          shift,
          member,
          staff: member.staff,
          ...items,
          passed,
          note,
          checkedBy: tx.getReference(Staff, this.viewer.staff.id),
          checkedAt: now,
          createdAt: now,
        });
      }
      const linked = check.discipline ? await tx.findOne(DisciplineRecord, { id: check.discipline.unwrap().id }) : null;
      const open = linked && OPEN_DISCIPLINE.includes(linked.status) ? linked : null;
      let discipline: DisciplineRecord | null = null;
      if (!passed) {
        if (open) {
          discipline = open;
        } else {
          discipline = await raiseDiscipline(tx, this.ctx, {
            shift,
            member,
            kind: DisciplineKind.GROOMING,
            origin: DisciplineOrigin.GROOMING_CHECK,
            observation: groomingFailed(this.ctx.locale, failed, note),
            observedAt: now,
          });
          check.discipline = tx.getReference(DisciplineRecord, discipline.id, { wrapped: true });
        }
      } else if (open) {
        const site = await tx.findOneOrFail(Site, { code: shift.site.unwrap().code });
        correct(
          open,
          groomingPassedOnRecheck(this.ctx.locale, now, site.timeZone, note),
          this.viewer.staff.id,
          now,
          tx,
        );
        discipline = open;
      }
      audit.record({
        action: 'grooming.check',
        targetType: 'GroomingCheck',
        targetKey: check.id,
        departmentKey: shift.department.unwrap().key,
        before,
        after: {
          ...groomingSnapshot(check),
          disciplineStatus: discipline ? disciplineSnapshot(discipline).status : null,
        },
      });
      publishShiftEvent(this.ctx, shift.id, ShiftEventType.ROLL_CALL, toGlobalId('GroomingCheck', check.id));
      return { check, discipline };
    });
  }

  /** Posts (SL-9 分配当值岗位): for anyone on the shift who is not on leave or absent. */
  assignPosts(input: AssignShiftPostsInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const shift = await this.meetingShift(tx, input.shiftId);
      const assignments = input.assignments ?? [];
      const members = await this.namedMembers(
        tx,
        shift,
        'assignments',
        assignments.map((a) => a.memberId),
        (m) => (m.onLeave ? 'is on leave' : m.rollCall === RollCall.ABSENT ? 'was absent at the roll call' : null),
      );
      const before: Record<string, string | null> = {};
      const after: Record<string, string | null> = {};
      for (const [i, member] of members.entries()) {
        const post = assignments[i]?.post ?? null;
        if (member.post === post) continue;
        before[member.id] = member.post;
        after[member.id] = post;
        member.post = post;
      }
      this.recordShift(audit, 'shift.assign_posts', shift, { posts: before }, { posts: after });
      publishShiftEvent(this.ctx, shift.id, ShiftEventType.ROLL_CALL);
      return shift;
    });
  }

  /** The topics and notes of the meeting (SL-13 讲评工作、提出要求): recorded, then edited as it goes on. */
  recordBriefing(input: RecordShiftBriefingInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const shift = await this.meetingShift(tx, input.shiftId);
      const v = new Validator();
      const raw = input.topics ?? [];
      if (raw.length > BRIEFING_LIMITS.topics) {
        v.add('topics', `must be at most ${BRIEFING_LIMITS.topics}`, UserErrorCode.OUT_OF_RANGE);
      }
      const topics = raw.map((t) => t.trim()).filter((t) => t.length > 0);
      if (topics.some((t) => t.length > BRIEFING_LIMITS.topic)) {
        v.add('topics', `must each be at most ${BRIEFING_LIMITS.topic} characters`, UserErrorCode.TOO_LONG);
      }
      const notes = v.text('notes', input.notes, { max: BRIEFING_LIMITS.notes }) || null;
      if (topics.length === 0 && !notes) v.add('topics', 'are required (or notes)', UserErrorCode.REQUIRED);
      v.check();
      const now = this.now();
      let briefing = await tx.findOne(ShiftBriefing, { shift: shift.id });
      const before = briefing ? { topics: briefing.topics, notes: briefing.notes } : null;
      if (briefing) {
        briefing.topics = topics;
        briefing.notes = notes;
        briefing.recordedAt = now;
      } else {
        briefing = tx.create(ShiftBriefing, {
          id: randomUUID(),
          shift,
          topics,
          notes,
          heldBy: tx.getReference(Staff, this.viewer.staff.id),
          recordedAt: now,
          createdAt: now,
        });
      }
      audit.record({
        action: 'shift_briefing.record',
        targetType: 'ShiftBriefing',
        targetKey: briefing.id,
        departmentKey: shift.department.unwrap().key,
        before,
        after: { shift: shift.id, topics, notes, heldBy: briefing.heldBy.unwrap().id },
      });
      publishShiftEvent(this.ctx, shift.id, ShiftEventType.ROLL_CALL, toGlobalId('ShiftBriefing', briefing.id));
      return briefing;
    });
  }
}
