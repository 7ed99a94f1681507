import { randomUUID } from 'node:crypto';
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { LIMITS, UserErrorCode } from '@steward/schema';
import { containsText } from '../../db/text-match.js';
import { batchLoad, groupBy, loadAllBy } from '../../graphql/batch.js';
import { type ConnectionShape, checkRange, type PageArgs, paginate } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { badInput } from '../../graphql/errors.js';
import { runMutation } from '../../graphql/mutation.js';
import { fromGlobalId } from '../../graphql/node.js';
import { refuse } from '../../graphql/user-error.js';
import { Validator } from '../../graphql/validate.js';
import type { AuditLog } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import { caseReadFilter } from '../cases/case.access.js';
import { Case } from '../cases/case.entity.js';
import { CaseChannel, CaseKind } from '../cases/case.enums.js';
import { OpenCaseInput } from '../cases/case.inputs.js';
import { CaseService, superiorOf } from '../cases/case.service.js';
import { type TaskData, TaskMode } from '../cases/kinds/task.kind.js';
import { notify } from '../notifications/notify.js';
import { forbidden, unauthenticated } from '../permissions/auth-checker.js';
import { Department } from '../rulebook/department.entity.js';
import { Site } from '../sites/site.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { StaffStatus } from '../staff/staff.enums.js';
import { defaultSiteOf, mayManage, mayManageMeeting, meetingReadFilter } from './meeting.access.js';
import { MEETING_LIMITS, Meeting, MeetingActionItem, MeetingAttendee } from './meeting.entity.js';
import { MEETING_KIND_DEPARTMENT, MeetingKind, MeetingStatus, REPORTED_KINDS } from './meeting.enums.js';
import type {
  AddMeetingActionItemInput,
  CancelMeetingInput,
  MeetingFilter,
  RecordMeetingMinutesInput,
  ReportMeetingInput,
  ScheduleMeetingInput,
} from './meeting.inputs.js';

const YEAR_MS = 365 * 24 * 3600_000;

const KIND_ZH: Record<MeetingKind, string> = {
  [MeetingKind.CS_WORK_MEETING]: '客服工作会议',
  [MeetingKind.SHIFT_MEETING]: '班务会',
  [MeetingKind.PRE_SHIFT_BRIEFING]: '班前会',
};
const KIND_EN: Record<MeetingKind, string> = {
  [MeetingKind.CS_WORK_MEETING]: 'customer service work meeting',
  [MeetingKind.SHIFT_MEETING]: 'shift meeting',
  [MeetingKind.PRE_SHIFT_BRIEFING]: 'pre-shift briefing',
};

/** What the audit trail shows of a meeting. */
function snapshot(m: Meeting, attendees?: readonly MeetingAttendee[]): Record<string, unknown> {
  return {
    kind: m.kind,
    status: m.status,
    title: m.title,
    agenda: m.agenda,
    department: m.department.unwrap().key,
    site: m.site?.unwrap().code ?? null,
    scheduledAt: m.scheduledAt.toISOString(),
    heldAt: m.heldAt?.toISOString() ?? null,
    chair: m.chair.unwrap().id,
    ...(attendees
      ? {
          attended: attendees.filter((a) => a.attended === true).map((a) => a.staff.unwrap().id),
          absent: attendees.filter((a) => a.attended === false).map((a) => a.staff.unwrap().id),
        }
      : {}),
    absenteesNote: m.absenteesNote,
    review: m.review,
    requirements: m.requirements,
    minutes: m.minutes,
    reportedTo: m.reportedTo?.unwrap().id ?? null,
    reportNote: m.reportNote,
    cancelReason: m.cancelReason,
  };
}

/** Meetings (R11): scheduling, minutes and attendance, reporting up, action items given as tasks. */
export class MeetingService {
  constructor(private readonly ctx: Context) {}

  private get viewer(): Viewer {
    if (!this.ctx.viewer) throw unauthenticated();
    return this.ctx.viewer;
  }

  private now(): Date {
    return this.ctx.clock();
  }

  // ---- reading ---------------------------------------------------------------------------

  list(filter: MeetingFilter | null | undefined, page: PageArgs): Promise<ConnectionShape<Meeting>> {
    const where: FilterQuery<Meeting>[] = [meetingReadFilter(this.viewer)];
    const f = filter ?? {};
    if (f.kind) where.push({ kind: f.kind });
    if (f.status) where.push({ status: f.status });
    if (f.departmentKey) where.push({ department: f.departmentKey.slice(0, 64) });
    if (f.siteCode) where.push({ site: f.siteCode.slice(0, 32) });
    checkRange(f.from, f.to);
    if (f.from) where.push({ scheduledAt: { $gte: f.from } });
    if (f.to) where.push({ scheduledAt: { $lt: f.to } });
    const search = f.search?.trim();
    if (search) {
      if (search.length > LIMITS.maxSearchLength)
        throw badInput('search', `must be at most ${LIMITS.maxSearchLength} characters`);
      // Not raw() keys: they would not survive the attendees subquery.
      const like = containsText(this.ctx.em, search);
      where.push({ $or: [{ title: like }, { review: like }, { requirements: like }, { minutes: like }] });
    }
    return paginate(
      this.ctx.em,
      Meeting,
      { $and: where },
      [
        ['scheduledAt', 'desc'],
        ['id', 'desc'],
      ],
      page,
      (m) => [m.scheduledAt.toISOString(), m.id],
      ([at, id]) => [new Date(String(at)), id],
    );
  }

  byIds(ids: readonly string[]): Promise<Meeting[]> {
    if (!this.ctx.viewer) return Promise.resolve([]);
    return this.ctx.em.find(Meeting, { $and: [{ id: { $in: [...ids] } }, meetingReadFilter(this.ctx.viewer)] });
  }

  async byId(id: string): Promise<Meeting | null> {
    const parsed = fromGlobalId(id);
    return parsed?.typename === 'Meeting' ? ((await this.byIds([parsed.key]))[0] ?? null) : null;
  }

  /** Who was asked, by employee number; a list's meetings are read in one query. */
  attendees(m: Meeting): Promise<MeetingAttendee[]> {
    return loadAllBy(
      this.ctx,
      'Meeting.attendees',
      {
        entity: MeetingAttendee,
        by: 'meeting',
        keyOf: (a) => a.meeting.id,
        populate: ['staff'],
        orderBy: { meeting: 'asc', staff: { employeeNo: 'asc' } },
      },
      m.id,
    );
  }

  /** The tasks the meeting gave, in the order given: those the viewer may see. A list's meetings are read together. */
  actionItems(m: Meeting): Promise<Case[]> {
    const viewer = this.ctx.viewer;
    if (!viewer) return Promise.resolve([]);
    const em = this.ctx.em;
    return batchLoad(
      this.ctx,
      'Meeting.actionItems',
      async (ids) => {
        const items = await em.find(
          MeetingActionItem,
          { meeting: { $in: ids } },
          { orderBy: { meeting: 'asc', ordinal: 'asc' } },
        );
        if (items.length === 0) return new Map<string, Case[]>();
        const caseIds = [...new Set(items.map((i) => i.case.id))];
        const visible = await em.find(Case, { $and: [{ id: { $in: caseIds } }, caseReadFilter(viewer)] });
        const byId = new Map(visible.map((c) => [c.id, c]));
        const out = new Map<string, Case[]>();
        for (const [meeting, list] of groupBy(items, (i) => i.meeting.id)) {
          out.set(
            meeting,
            list.map((i) => byId.get(i.case.id)).filter((c): c is Case => !!c),
          );
        }
        return out;
      },
      m.id,
      [],
    );
  }

  mayManage(m: Meeting): boolean {
    return !!this.ctx.viewer && mayManage(this.ctx.viewer, m);
  }

  /** When the viewer's department last held a meeting of each kind (C24: CS work meetings are held regularly). */
  async lastHeld(departmentKey: string | null): Promise<{ kind: MeetingKind; heldAt: Date }[]> {
    const department = departmentKey ?? this.viewer.staff.department?.unwrap().key;
    if (!department) return [];
    const out: { kind: MeetingKind; heldAt: Date }[] = [];
    for (const kind of Object.values(MeetingKind)) {
      const last = await this.ctx.em.findOne(
        Meeting,
        { $and: [{ department, kind, heldAt: { $ne: null } }, meetingReadFilter(this.viewer)] },
        { orderBy: { heldAt: 'desc' } },
      );
      if (last?.heldAt) out.push({ kind, heldAt: last.heldAt });
    }
    return out;
  }

  // ---- changes ---------------------------------------------------------------------------

  schedule(input: ScheduleMeetingInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const viewer = this.viewer;
      const v = new Validator();
      const now = this.now();
      const title = v.text('title', input.title, { max: MEETING_LIMITS.title, required: true });
      const agenda = v.text('agenda', input.agenda, { max: MEETING_LIMITS.agenda }) || null;
      if (Math.abs(input.scheduledAt.getTime() - now.getTime()) > YEAR_MS) {
        v.add('scheduledAt', 'must be within a year of today', UserErrorCode.OUT_OF_RANGE);
      }
      const departmentKey = input.departmentKey ?? viewer.staff.department?.unwrap().key ?? null;
      let department: Department | null = null;
      if (!departmentKey) v.add('departmentKey', 'is required: you belong to no department', UserErrorCode.REQUIRED);
      else {
        department = departmentKey.length <= 64 ? await tx.findOne(Department, { key: departmentKey }) : null;
        if (!department) v.add('departmentKey', 'names no department', UserErrorCode.NOT_FOUND);
        else if (MEETING_KIND_DEPARTMENT[input.kind] !== department.key) {
          v.add('kind', `is not a meeting of ${department.key}`, UserErrorCode.INVALID);
        }
      }
      const siteCode = input.siteCode ?? defaultSiteOf(viewer);
      let site: Site | null = null;
      if (siteCode) {
        site = siteCode.length <= 32 ? await tx.findOne(Site, { code: siteCode }) : null;
        if (!site) v.add('siteCode', 'names no site', UserErrorCode.NOT_FOUND);
      }
      const chair = input.chairId
        ? await this.activeStaff(tx, input.chairId, 'chairId', v)
        : await tx.findOneOrFail(Staff, { id: viewer.staff.id });
      const invited = await this.activeStaffList(tx, input.attendeeIds ?? [], 'attendeeIds', v);
      v.check();
      if (!department || !chair) throw new Error('unreachable');
      if (
        !mayManageMeeting(viewer, {
          departmentKey: department.key,
          siteCode: site?.code ?? null,
          createdById: viewer.staff.id,
          chairId: chair.id,
        })
      ) {
        refuse(
          viewer.grants.get('meeting.create') === 'SITE' ? 'siteCode' : 'departmentKey',
          'is outside what you may schedule meetings for',
          UserErrorCode.NOT_PERMITTED,
        );
      }
      const m = tx.create(Meeting, {
        id: randomUUID(),
        kind: input.kind,
        status: MeetingStatus.PLANNED,
        title,
        agenda,
        department,
        site,
        scheduledAt: input.scheduledAt,
        chair,
        createdBy: tx.getReference(Staff, viewer.staff.id),
        createdAt: now,
        updatedAt: now,
      });
      const attendees = invited.map((s) =>
        tx.create(MeetingAttendee, { id: randomUUID(), meeting: m, staff: s, attended: null }),
      );
      this.record(audit, 'meeting.schedule', m, null, attendees, { invited: invited.map((s) => s.id) });
      return m;
    });
  }

  recordMinutes(input: RecordMeetingMinutesInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const m = await this.forStep(tx, input.meetingId, [MeetingStatus.PLANNED, MeetingStatus.HELD], 'record minutes');
      if (input.version != null && input.version !== m.version) {
        refuse('version', 'the meeting was changed meanwhile: reload it and try again', UserErrorCode.CONFLICT);
      }
      const existing = await tx.find(MeetingAttendee, { meeting: m.id });
      const before = snapshot(m, existing);
      const v = new Validator();
      const now = this.now();
      if (input.heldAt.getTime() > now.getTime())
        v.add('heldAt', 'cannot be in the future', UserErrorCode.OUT_OF_RANGE);
      else if (now.getTime() - input.heldAt.getTime() > YEAR_MS) {
        v.add('heldAt', 'must be within the past year', UserErrorCode.OUT_OF_RANGE);
      }
      const absenteesNote = v.text('absenteesNote', input.absenteesNote, { max: MEETING_LIMITS.absentees }) || null;
      const review = v.text('review', input.review, { max: MEETING_LIMITS.review }) || null;
      const requirements = v.text('requirements', input.requirements, { max: MEETING_LIMITS.requirements }) || null;
      const minutes = v.text('minutes', input.minutes, { max: MEETING_LIMITS.minutes, required: true });
      const chair = input.chairId ? await this.activeStaff(tx, input.chairId, 'chairId', v) : null;
      if (input.attendeeIds.length === 0) v.add('attendeeIds', 'must name who attended', UserErrorCode.REQUIRED);
      const present = await this.activeStaffList(tx, input.attendeeIds, 'attendeeIds', v, existing);
      v.check();

      // Whoever was asked and is not listed was absent; whoever came unasked is added.
      const here = new Set(present.map((s) => s.id));
      for (const a of existing) a.attended = here.has(a.staff.unwrap().id);
      const known = new Set(existing.map((a) => a.staff.unwrap().id));
      for (const s of present) {
        if (!known.has(s.id))
          existing.push(tx.create(MeetingAttendee, { id: randomUUID(), meeting: m, staff: s, attended: true }));
      }
      const first = m.status === MeetingStatus.PLANNED;
      m.status = MeetingStatus.HELD;
      m.heldAt = input.heldAt;
      if (chair) m.chair = tx.getReference(Staff, chair.id, { wrapped: true });
      m.absenteesNote = absenteesNote;
      m.review = review;
      m.requirements = requirements;
      m.minutes = minutes;
      m.updatedAt = now;
      this.record(audit, first ? 'meeting.record_minutes' : 'meeting.amend_minutes', m, before, existing);
      return m;
    });
  }

  report(input: ReportMeetingInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const m = await this.forStep(tx, input.meetingId, [MeetingStatus.HELD], 'be reported');
      const v = new Validator();
      if (!REPORTED_KINDS.includes(m.kind)) {
        v.add('meetingId', 'only shift meetings are reported to the superior', UserErrorCode.INVALID);
      }
      const note = v.text('note', input.note, { max: MEETING_LIMITS.reason }) || null;
      v.check();
      const chair = await tx.findOneOrFail(Staff, { id: m.chair.unwrap().id });
      const superior = await superiorOf(tx, chair);
      if (!superior) refuse('meetingId', 'its chair has nobody above them to report to', UserErrorCode.NOT_FOUND);
      const before = snapshot(m);
      const now = this.now();
      m.status = MeetingStatus.REPORTED;
      m.reportedAt = now;
      m.reportedTo = tx.getReference(Staff, superior.id, { wrapped: true });
      m.reportNote = note;
      m.updatedAt = now;
      const viewer = this.viewer;
      notify(tx, this.ctx, {
        recipientId: superior.id,
        type: 'MEETING_REPORTED',
        zh: `${viewer.staff.name} 向您汇报${KIND_ZH[m.kind]}「${m.title}」`,
        en: `${viewer.staff.name} reported the ${KIND_EN[m.kind]} “${m.title}” to you`,
      });
      this.record(audit, 'meeting.report', m, before);
      return m;
    });
  }

  cancel(input: CancelMeetingInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const m = await this.forStep(tx, input.meetingId, [MeetingStatus.PLANNED], 'be cancelled');
      const v = new Validator();
      const reason = v.text('reason', input.reason, { max: MEETING_LIMITS.reason, required: true });
      v.check();
      const before = snapshot(m);
      const now = this.now();
      m.status = MeetingStatus.CANCELLED;
      m.cancelReason = reason;
      m.cancelledAt = now;
      m.updatedAt = now;
      this.record(audit, 'meeting.cancel', m, before);
      return m;
    });
  }

  /**
   * An action item: a TASK case opened through the case engine in this mutation's transaction,
   * under the meeting's authority (whoever may manage the meeting gives it; no `task.create`).
   */
  async addActionItem(input: AddMeetingActionItemInput) {
    const viewer = this.viewer;
    // Read before the transaction (SQLite has one connection): the meeting's site goes on the task.
    const parsed = fromGlobalId(input.meetingId);
    const seen =
      parsed?.typename === 'Meeting'
        ? await this.ctx.em.findOne(Meeting, { $and: [{ id: parsed.key }, meetingReadFilter(viewer)] })
        : null;
    const openInput = Object.assign(new OpenCaseInput(), {
      kind: CaseKind.TASK,
      channel: CaseChannel.MEETING,
      title: input.title,
      // A title alone is enough for an action item; with no title either, the title's own error answers.
      description: input.description?.trim() || input.title?.trim() || '-',
      assigneeId: input.assigneeId,
      dueAt: input.dueAt,
      siteCode: seen?.site?.unwrap().code ?? null,
    });
    const cases = new CaseService(this.ctx);
    const prepared = await cases.prepareOpen(openInput, { authorisedByCaller: true });
    return runMutation(this.ctx, async (tx, audit) => {
      const m = await this.forStep(
        tx,
        input.meetingId,
        [MeetingStatus.HELD, MeetingStatus.REPORTED],
        'be given action items',
      );
      const ordinal = (await tx.count(MeetingActionItem, { meeting: m.id })) + 1;
      if (ordinal > MEETING_LIMITS.actionItems) {
        refuse('meetingId', `has ${MEETING_LIMITS.actionItems} action items already`, UserErrorCode.OUT_OF_RANGE);
      }
      const c = await cases.openWithin(tx, openInput, prepared, null);
      c.details = { mode: TaskMode.WRITTEN, meetingId: m.id } satisfies TaskData as unknown as Record<string, unknown>;
      tx.create(MeetingActionItem, { id: randomUUID(), meeting: m, case: c, ordinal, createdAt: this.now() });
      audit.record({
        action: 'meeting.add_action_item',
        targetType: 'Meeting',
        targetKey: m.id,
        departmentKey: m.department.unwrap().key,
        before: null,
        after: {
          ordinal,
          task: c.reference,
          title: c.title,
          assignee: c.assignee?.unwrap().id ?? null,
          dueAt: c.resolutionDueAt.toISOString(),
        },
      });
      return { meeting: m, task: c };
    });
  }

  // ---- helpers ---------------------------------------------------------------------------

  /**
   * The meeting a step is about, as the viewer sees it, in a status the step may start from;
   * whoever may see it but not manage it is refused.
   */
  private async forStep(
    tx: EntityManager,
    meetingId: string,
    from: readonly MeetingStatus[],
    what: string,
  ): Promise<Meeting> {
    const parsed = fromGlobalId(meetingId);
    const m =
      parsed?.typename === 'Meeting'
        ? await tx.findOne(Meeting, { $and: [{ id: parsed.key }, meetingReadFilter(this.viewer)] })
        : null;
    if (!m) refuse('meetingId', 'No such meeting', UserErrorCode.NOT_FOUND);
    if (!mayManage(this.viewer, m)) throw forbidden();
    if (!from.includes(m.status)) {
      refuse('meetingId', `cannot ${what} while ${m.status.toLowerCase()}`, UserErrorCode.INVALID_TRANSITION);
    }
    return m;
  }

  private async activeStaff(tx: EntityManager, id: string, field: string, v: Validator): Promise<Staff | null> {
    const [found] = await this.activeStaffList(tx, [id], field, v);
    return found ?? null;
  }

  /** Active members of staff by global id, each once; any that is not one is a userError on the field. */
  private async activeStaffList(
    tx: EntityManager,
    ids: readonly string[],
    field: string,
    v: Validator,
    alreadyAsked: readonly MeetingAttendee[] = [],
  ): Promise<Staff[]> {
    if (ids.length > MEETING_LIMITS.attendees) {
      v.add(field, `must name at most ${MEETING_LIMITS.attendees} people`, UserErrorCode.OUT_OF_RANGE);
      return [];
    }
    const keys: string[] = [];
    for (const id of ids) {
      const parsed = fromGlobalId(id);
      if (parsed?.typename !== 'Staff') {
        v.add(field, 'names someone who is not a member of staff', UserErrorCode.NOT_FOUND);
        return [];
      }
      if (!keys.includes(parsed.key)) keys.push(parsed.key);
    }
    if (keys.length === 0) return [];
    // Someone asked before may have left since: their attendance can still be recorded.
    const asked = new Set(alreadyAsked.map((a) => a.staff.unwrap().id));
    const found = await tx.find(Staff, {
      id: { $in: keys },
      $or: [{ status: StaffStatus.ACTIVE }, { id: { $in: [...asked] } }],
    });
    if (found.length !== keys.length)
      v.add(field, 'names someone who is not an active member of staff', UserErrorCode.NOT_FOUND);
    const byId = new Map(found.map((s) => [s.id, s]));
    return keys.map((k) => byId.get(k)).filter((s): s is Staff => !!s);
  }

  private record(
    audit: AuditLog,
    action: string,
    m: Meeting,
    before: Record<string, unknown> | null,
    attendees?: readonly MeetingAttendee[],
    extra: Record<string, unknown> = {},
  ) {
    audit.record({
      action,
      targetType: 'Meeting',
      targetKey: m.id,
      departmentKey: m.department.unwrap().key,
      before,
      after: { ...snapshot(m, attendees), ...extra },
    });
  }
}
