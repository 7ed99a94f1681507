import { randomUUID } from 'node:crypto';
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { UserErrorCode } from '@steward/schema';
import { loadAllBy } from '../../graphql/batch.js';
import { type ConnectionShape, checkRange, type PageArgs, paginate } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { runMutation } from '../../graphql/mutation.js';
import { toGlobalId } from '../../graphql/node.js';
import { refuse } from '../../graphql/user-error.js';
import { Validator } from '../../graphql/validate.js';
import type { AuditLog } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import { notify } from '../notifications/notify.js';
import { unauthenticated } from '../permissions/auth-checker.js';
import { Department } from '../rulebook/department.entity.js';
import { Position } from '../rulebook/position.entity.js';
import type { Shift, ShiftMember } from '../shifts/shift.entity.js';
import { type ShiftPost, ShiftRole, ShiftStatus } from '../shifts/shift.enums.js';
import { keyOf, publishShiftEvent, SHIFT_WINDOW, ShiftService } from '../shifts/shift.service.js';
import { ShiftEventType } from '../shifts/shift.topics.js';
import { Staff } from '../staff/staff.entity.js';
import { StaffStatus } from '../staff/staff.enums.js';
import { disciplineReadFilter, mayHandleDiscipline } from './attendance.access.js';
import { DisciplineKind, DisciplineOrigin, DisciplineStatus, OPEN_DISCIPLINE } from './attendance.enums.js';
import type {
  CorrectDisciplineInput,
  DisciplineFilter,
  EscalateDisciplineInput,
  RecordDisciplineInput,
  VoidDisciplineInput,
} from './attendance.inputs.js';
import { DISCIPLINE_LIMITS, DisciplineRecord } from './discipline-record.entity.js';
import { memberToLead } from './member-lookup.js';

const KIND_ZH: Record<DisciplineKind, string> = {
  [DisciplineKind.GROOMING]: '仪容仪表不合格',
  [DisciplineKind.NO_SHOW]: '缺勤',
  [DisciplineKind.LATE]: '迟到',
  [DisciplineKind.LEFT_EARLY]: '早退',
  [DisciplineKind.ABSENT_FROM_POST]: '脱岗',
  [DisciplineKind.OTHER]: '违纪违章',
};
const KIND_EN: Record<DisciplineKind, string> = {
  [DisciplineKind.GROOMING]: 'failed grooming check',
  [DisciplineKind.NO_SHOW]: 'no-show',
  [DisciplineKind.LATE]: 'late',
  [DisciplineKind.LEFT_EARLY]: 'left early',
  [DisciplineKind.ABSENT_FROM_POST]: 'absent from post',
  [DisciplineKind.OTHER]: 'rule breach',
};

/** What the audit trail shows of a discipline record. */
export function disciplineSnapshot(r: DisciplineRecord): Record<string, unknown> {
  return {
    shift: r.shift.unwrap().id,
    staff: r.staff.unwrap().id,
    kind: r.kind,
    origin: r.origin,
    post: r.post,
    observation: r.observation,
    observedAt: r.observedAt.toISOString(),
    recordedBy: r.recordedBy.unwrap().id,
    status: r.status,
    correction: r.correction,
    correctedAt: r.correctedAt?.toISOString() ?? null,
    escalationNote: r.escalationNote,
    reportedTo: r.reportedTo?.unwrap().id ?? null,
    voidReason: r.voidReason,
  };
}

export interface RaiseDiscipline {
  shift: Shift;
  member: ShiftMember;
  kind: DisciplineKind;
  origin: DisciplineOrigin;
  observation: string;
  observedAt: Date;
  /** The post concerned; default the one assigned. */
  post?: ShiftPost | null;
  /** Who recorded it: the shift's leader unless someone records it by hand. */
  recordedById?: string;
}

/** An active holder of a post, one who works at the site first (read through the transaction only). */
async function holderOf(
  tx: EntityManager,
  positionKey: string,
  siteCode: string,
  exclude: string | null = null,
): Promise<Staff | null> {
  const holders = await tx.find(
    Staff,
    { position: positionKey, status: StaffStatus.ACTIVE, ...(exclude ? { id: { $ne: exclude } } : {}) },
    { populate: ['sites'], orderBy: { employeeNo: 'asc' } },
  );
  return holders.find((s) => s.sites.getItems().some((x) => x.code === siteCode)) ?? holders[0] ?? null;
}

/** Whoever is above a person: the holder of the post theirs reports to, further up if it is empty. */
async function above(tx: EntityManager, staffId: string, siteCode: string): Promise<Staff | null> {
  const me = await tx.findOneOrFail(Staff, { id: staffId });
  let key: string | null = me.position.unwrap().key;
  for (let hops = 0; key && hops < 6; hops++) {
    const position: Position | null = await tx.findOne(Position, { key });
    const up: string | null = position?.reportsTo?.unwrap().key ?? null;
    if (!up) return null;
    const holder = await holderOf(tx, up, siteCode, staffId);
    if (holder) return holder;
    key = up;
  }
  return null;
}

/**
 * Whom a shift's violations are reported to (R42 "reported to the Director"): the head of the
 * shift's department — the director — else whoever is above the shift's leader.
 */
async function directorOf(tx: EntityManager, shift: Shift): Promise<Staff | null> {
  const department = await tx.findOne(Department, { key: shift.department.unwrap().key });
  const head = department?.head?.unwrap().key;
  const site = shift.site.unwrap().code;
  return (head ? await holderOf(tx, head, site) : null) ?? above(tx, shift.leader.unwrap().id, site);
}

/**
 * Raises a discipline record inside the current transaction (a step's own, or a hand-made one)
 * and reports it to the shift leader's superior — the director (R42: reported to the Director).
 */
export async function raiseDiscipline(tx: EntityManager, ctx: Context, r: RaiseDiscipline): Promise<DisciplineRecord> {
  const leaderId = r.shift.leader.unwrap().id;
  const reportedTo = await directorOf(tx, r.shift);
  const now = ctx.clock();
  const record = tx.create(DisciplineRecord, {
    id: randomUUID(),
    shift: r.shift,
    member: r.member,
    staff: r.member.staff,
    kind: r.kind,
    origin: r.origin,
    post: r.post === undefined ? r.member.post : r.post,
    observation: r.observation.slice(0, DISCIPLINE_LIMITS.observation),
    observedAt: r.observedAt,
    recordedBy: tx.getReference(Staff, r.recordedById ?? leaderId),
    reportedTo: reportedTo ? tx.getReference(Staff, reportedTo.id) : null,
    createdAt: now,
    updatedAt: now,
  });
  if (reportedTo && reportedTo.id !== ctx.viewer?.staff.id) {
    const staff = await tx.findOneOrFail(Staff, { id: r.member.staff.unwrap().id });
    notify(tx, ctx, {
      recipientId: reportedTo.id,
      type: 'DISCIPLINE_RECORDED',
      zh: `违纪记录：${staff.name}（${KIND_ZH[r.kind]}）`,
      en: `Discipline record: ${staff.name} (${KIND_EN[r.kind]})`,
    });
  }
  publishShiftEvent(ctx, r.shift.id, ShiftEventType.ROLL_CALL, toGlobalId('DisciplineRecord', record.id));
  return record;
}

/** The record of one kind still open for a person on a shift, if any. */
export function openDisciplineOf(
  tx: EntityManager,
  member: ShiftMember,
  kind: DisciplineKind,
  origin?: DisciplineOrigin,
): Promise<DisciplineRecord | null> {
  return tx.findOne(
    DisciplineRecord,
    { member: member.id, kind, status: { $in: [...OPEN_DISCIPLINE] }, ...(origin ? { origin } : {}) },
    { orderBy: { createdAt: 'desc' } },
  );
}

/** Closes a record a later step shows was wrong (the officer turned up after all): kept, with why. */
export function voidAutomatically(r: DisciplineRecord, reason: string, at: Date): void {
  r.status = DisciplineStatus.VOIDED;
  r.voidReason = reason.slice(0, DISCIPLINE_LIMITS.note);
  r.voidedAt = at;
}

/** Records a correction on a record (by hand, or a passing re-check of grooming). */
export function correct(r: DisciplineRecord, correction: string, by: string, at: Date, tx: EntityManager): void {
  r.status = DisciplineStatus.CORRECTED;
  r.correction = correction.slice(0, DISCIPLINE_LIMITS.correction);
  r.correctedAt = at;
  r.correctedBy = tx.getReference(Staff, by, { wrapped: true });
}

/** Discipline records (R42): listing what the viewer may see; recording, correcting, escalating, voiding. */
export class DisciplineService {
  constructor(private readonly ctx: Context) {}

  private get viewer(): Viewer {
    if (!this.ctx.viewer) throw unauthenticated();
    return this.ctx.viewer;
  }

  private now(): Date {
    return this.ctx.clock();
  }

  byIds(keys: readonly string[]): Promise<DisciplineRecord[]> {
    if (!this.ctx.viewer) return Promise.resolve([]);
    return this.ctx.em.find(DisciplineRecord, {
      $and: [{ id: { $in: [...keys] } }, disciplineReadFilter(this.ctx.viewer)],
    });
  }

  list(filter: DisciplineFilter | null | undefined, page: PageArgs): Promise<ConnectionShape<DisciplineRecord>> {
    const f = filter ?? {};
    const where: FilterQuery<DisciplineRecord>[] = [disciplineReadFilter(this.viewer)];
    if (f.statuses?.length) where.push({ status: { $in: f.statuses } });
    if (f.kind) where.push({ kind: f.kind });
    if (f.staffId) where.push({ staff: keyOf(f.staffId, 'Staff') ?? '-' });
    if (f.shiftId) where.push({ shift: keyOf(f.shiftId, 'Shift') ?? '-' });
    if (f.siteCode) where.push({ shift: { site: f.siteCode.slice(0, 32) } });
    if (f.departmentKey) where.push({ shift: { department: f.departmentKey.slice(0, 64) } });
    checkRange(f.from, f.to);
    if (f.from) where.push({ observedAt: { $gte: f.from } });
    if (f.to) where.push({ observedAt: { $lt: f.to } });
    return paginate(
      this.ctx.em,
      DisciplineRecord,
      { $and: where },
      [
        ['observedAt', 'desc'],
        ['id', 'desc'],
      ],
      page,
      (r) => [r.observedAt.toISOString(), r.id],
      ([at, id]) => [new Date(String(at)), id],
    );
  }

  /** The records of one shift the viewer may see, in the order observed. */
  /** A shift's records the viewer may see; a list's shifts read theirs in one query. */
  ofShift(shift: Shift): Promise<DisciplineRecord[]> {
    const viewer = this.ctx.viewer;
    if (!viewer) return Promise.resolve([]);
    return loadAllBy(
      this.ctx,
      'Shift.disciplineRecords',
      {
        entity: DisciplineRecord,
        by: 'shift',
        keyOf: (r) => r.shift.id,
        where: disciplineReadFilter(viewer),
        orderBy: { observedAt: 'asc', id: 'asc' },
      },
      shift.id,
    );
  }

  mayHandle(r: DisciplineRecord): boolean {
    return !!this.ctx.viewer && mayHandleDiscipline(this.ctx.viewer, r.shift.getEntity());
  }

  // ---- changes ---------------------------------------------------------------------------

  /** A record the viewer may see, checked to be theirs to handle (its shift's leader, or the director). */
  private async recordToHandle(
    tx: EntityManager,
    recordId: string,
  ): Promise<{ record: DisciplineRecord; shift: Shift }> {
    const key = keyOf(recordId, 'DisciplineRecord');
    const record = key
      ? await tx.findOne(DisciplineRecord, { $and: [{ id: key }, disciplineReadFilter(this.viewer)] })
      : null;
    if (!record) refuse('recordId', 'No such discipline record', UserErrorCode.NOT_FOUND);
    const shift = await new ShiftService(this.ctx).shiftToLead(
      tx,
      toGlobalId('Shift', record.shift.unwrap().id),
      'recordId',
    );
    return { record, shift };
  }

  private still(record: DisciplineRecord, step: string): void {
    if (!OPEN_DISCIPLINE.includes(record.status)) {
      refuse(
        'recordId',
        `is ${record.status.toLowerCase()}: it cannot be ${step} any more`,
        UserErrorCode.INVALID_TRANSITION,
      );
    }
  }

  private audit(
    audit: AuditLog,
    action: string,
    record: DisciplineRecord,
    before: Record<string, unknown> | null,
    shift: Shift,
  ) {
    audit.record({
      action,
      targetType: 'DisciplineRecord',
      targetKey: record.id,
      departmentKey: shift.department.unwrap().key,
      before,
      after: disciplineSnapshot(record),
    });
  }

  /** By hand (SL-10): post supervision finds an officer away from their post, or any breach of the rules. */
  record(input: RecordDisciplineInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const v = new Validator();
      const observation = v.text('observation', input.observation, {
        max: DISCIPLINE_LIMITS.observation,
        required: true,
      });
      const { shift, member } = await memberToLead(this.ctx, tx, input.memberId);
      if (member.role !== ShiftRole.OFFICER)
        v.add('memberId', 'is the shift’s leader, not an officer', UserErrorCode.INVALID);
      if (shift.status === ShiftStatus.PLANNED) {
        v.add('memberId', 'is on a shift that has not started', UserErrorCode.INVALID_TRANSITION);
      } else if (shift.status === ShiftStatus.CLOSED) {
        v.add('memberId', 'is on a shift already closed: its records are locked', UserErrorCode.INVALID_TRANSITION);
      }
      const now = this.now();
      const observedAt = input.observedAt ?? now;
      const earliest = shift.startsAt.getTime() - SHIFT_WINDOW.startEarlyMinutes * 60_000;
      if (observedAt.getTime() > now.getTime() + 60_000) {
        v.add('observedAt', 'cannot be in the future', UserErrorCode.OUT_OF_RANGE);
      } else if (observedAt.getTime() < earliest || observedAt.getTime() > shift.endsAt.getTime()) {
        v.add('observedAt', 'must be within the shift', UserErrorCode.OUT_OF_RANGE);
      }
      v.check();
      const record = await raiseDiscipline(tx, this.ctx, {
        shift,
        member,
        kind: input.kind,
        origin: DisciplineOrigin.MANUAL,
        observation,
        observedAt,
        post: input.post ?? member.post,
        recordedById: this.viewer.staff.id,
      });
      this.audit(audit, 'discipline.record', record, null, shift);
      return record;
    });
  }

  correct(input: CorrectDisciplineInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const { record, shift } = await this.recordToHandle(tx, input.recordId);
      const v = new Validator();
      const correction = v.text('correction', input.correction, { max: DISCIPLINE_LIMITS.correction, required: true });
      v.check();
      this.still(record, 'corrected');
      const before = disciplineSnapshot(record);
      correct(record, correction, this.viewer.staff.id, this.now(), tx);
      this.audit(audit, 'discipline.correct', record, before, shift);
      publishShiftEvent(this.ctx, shift.id, ShiftEventType.ROLL_CALL, toGlobalId('DisciplineRecord', record.id));
      return record;
    });
  }

  /** Passes it up (R42 escalated): the director is told, and it waits for a correction there. */
  escalate(input: EscalateDisciplineInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const { record, shift } = await this.recordToHandle(tx, input.recordId);
      const v = new Validator();
      const note = v.text('note', input.note, { max: DISCIPLINE_LIMITS.note, required: true });
      v.check();
      if (record.status !== DisciplineStatus.OPEN) {
        refuse(
          'recordId',
          `is ${record.status.toLowerCase()}: only an open record is passed up`,
          UserErrorCode.INVALID_TRANSITION,
        );
      }
      const before = disciplineSnapshot(record);
      const me = this.viewer.staff.id;
      const reported = record.reportedTo?.unwrap().id ?? null;
      const superior =
        reported && reported !== me ? reported : ((await above(tx, me, shift.site.unwrap().code))?.id ?? null);
      if (!superior) refuse('recordId', 'has nobody above you to be passed up to', UserErrorCode.INVALID);
      record.status = DisciplineStatus.ESCALATED;
      record.escalatedAt = this.now();
      record.escalationNote = note;
      record.reportedTo = tx.getReference(Staff, superior, { wrapped: true });
      const staff = await tx.findOneOrFail(Staff, { id: record.staff.unwrap().id });
      notify(tx, this.ctx, {
        recipientId: superior,
        type: 'DISCIPLINE_ESCALATED',
        zh: `违纪上报：${staff.name}（${KIND_ZH[record.kind]}）`,
        en: `Discipline passed up: ${staff.name} (${KIND_EN[record.kind]})`,
      });
      this.audit(audit, 'discipline.escalate', record, before, shift);
      publishShiftEvent(this.ctx, shift.id, ShiftEventType.ROLL_CALL, toGlobalId('DisciplineRecord', record.id));
      return record;
    });
  }

  void(input: VoidDisciplineInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const { record, shift } = await this.recordToHandle(tx, input.recordId);
      const v = new Validator();
      const reason = v.text('reason', input.reason, { max: DISCIPLINE_LIMITS.note, required: true });
      v.check();
      this.still(record, 'voided');
      const before = disciplineSnapshot(record);
      voidAutomatically(record, reason, this.now());
      this.audit(audit, 'discipline.void', record, before, shift);
      publishShiftEvent(this.ctx, shift.id, ShiftEventType.ROLL_CALL, toGlobalId('DisciplineRecord', record.id));
      return record;
    });
  }
}
