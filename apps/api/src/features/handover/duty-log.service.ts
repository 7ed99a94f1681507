import { randomUUID } from 'node:crypto';
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { UserErrorCode } from '@steward/schema';
import { batchLoad, groupBy, loadOneBy } from '../../graphql/batch.js';
import { type ConnectionShape, checkRange, type PageArgs, paginate } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { badInput } from '../../graphql/errors.js';
import { runMutation } from '../../graphql/mutation.js';
import { toGlobalId } from '../../graphql/node.js';
import { refuse } from '../../graphql/user-error.js';
import { Validator } from '../../graphql/validate.js';
import type { Viewer } from '../auth/viewer.js';
import { caseReadFilter } from '../cases/case.access.js';
import { Case } from '../cases/case.entity.js';
import { forbidden, unauthenticated } from '../permissions/auth-checker.js';
import { Department } from '../rulebook/department.entity.js';
import { SHIFT_DEPARTMENT } from '../shifts/roster-setup.service.js';
import { shiftReadFilter } from '../shifts/shift.access.js';
import { Shift, ShiftMember } from '../shifts/shift.entity.js';
import { ShiftStatus } from '../shifts/shift.enums.js';
import { keyOf, onShiftClose, publishShiftEvent, SHIFT_WINDOW } from '../shifts/shift.service.js';
import { ShiftEventType } from '../shifts/shift.topics.js';
import { zonedDate, zonedInstant } from '../shifts/zoned-time.js';
import { Site } from '../sites/site.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { departmentOf, dutyLogReadFilter, mayReviewDutyLog, mayWriteDailyLog } from './duty-log.access.js';
import { DUTY_LOG_LIMITS, DutyLog, DutyLogEntry } from './duty-log.entity.js';
import type { AddDutyLogEntryInput, DutyLogFilter, ReviewDutyLogInput } from './duty-log.inputs.js';
import { DutyLogStatus } from './handover.enums.js';

/** A few seconds of clock difference between a phone and the server is not "the future". */
const CLOCK_SLACK_MS = 60_000;
/** The statuses in which a shift's log takes entries. */
const WRITABLE_SHIFT = [ShiftStatus.BRIEFING, ShiftStatus.ON_DUTY, ShiftStatus.HANDING_OVER];

export const shiftLogKey = (shiftId: string) => `shift:${shiftId}`;
export const dailyLogKey = (department: string, site: string, date: string) => `day:${department}:${site}:${date}`;

/** Today's local date at every site (sites are few). */
async function todayBySite(em: EntityManager, now: Date): Promise<Map<string, string>> {
  const sites = await em.find(Site, {}, { orderBy: { code: 'asc' } });
  return new Map(sites.map((s) => [s.code, zonedDate(now, s.timeZone)]));
}

/**
 * A log's status as it stands: a department's daily log is closed once its day is over at its
 * site, without anyone having to close it; a shift's log closes with the shift.
 */
export function effectiveStatus(log: DutyLog, today: string | undefined): DutyLogStatus {
  if (log.status === DutyLogStatus.OPEN && !log.shift && today && log.date < today) return DutyLogStatus.CLOSED;
  return log.status;
}

/** The conditions for logs in a status, as `effectiveStatus` defines it. */
function statusCondition(status: DutyLogStatus, today: Map<string, string>): FilterQuery<DutyLog> {
  const pastDay = [...today].map(([site, date]) => ({ site, date: { $lt: date } }));
  const sameDay = [...today].map(([site, date]) => ({ site, date: { $gte: date } }));
  switch (status) {
    case DutyLogStatus.REVIEWED:
      return { status: DutyLogStatus.REVIEWED };
    case DutyLogStatus.CLOSED:
      return {
        $or: [
          { status: DutyLogStatus.CLOSED },
          ...(pastDay.length ? [{ status: DutyLogStatus.OPEN, shift: null, $or: pastDay }] : []),
        ],
      };
    case DutyLogStatus.OPEN:
      return {
        status: DutyLogStatus.OPEN,
        $or: [{ shift: { $ne: null } }, ...(sameDay.length ? [{ shift: null, $or: sameDay }] : [])],
      };
  }
}

function logSnapshot(log: DutyLog): Record<string, unknown> {
  return {
    department: log.department.unwrap().key,
    site: log.site.unwrap().code,
    date: log.date,
    shift: log.shift?.unwrap().id ?? null,
    status: log.status,
    reviewedBy: log.reviewedBy?.unwrap().id ?? null,
    reviewNote: log.reviewNote,
  };
}

/**
 * A shift's log closes with the shift (R38: open → closed at shift end), and a shift that wrote
 * nothing still gets one, empty, so the director reviews every shift.
 */
onShiftClose(async (tx, shift, ctx) => {
  const now = ctx.clock();
  const log =
    (await tx.findOne(DutyLog, { key: shiftLogKey(shift.id) })) ??
    tx.create(DutyLog, {
      id: randomUUID(),
      key: shiftLogKey(shift.id),
      department: shift.department,
      site: shift.site,
      date: shift.date,
      shift,
      createdAt: now,
      updatedAt: now,
    });
  if (log.status === DutyLogStatus.OPEN) {
    log.status = DutyLogStatus.CLOSED;
    log.closedAt = now;
    log.updatedAt = now;
  }
});

/** Duty logs (值班记录, R38): writing entries during a shift or a day, and the director's review (DIR-10). */
export class DutyLogService {
  constructor(private readonly ctx: Context) {}

  private get viewer(): Viewer {
    if (!this.ctx.viewer) throw unauthenticated();
    return this.ctx.viewer;
  }

  private now(): Date {
    return this.ctx.clock();
  }

  // ---- reading ---------------------------------------------------------------------------

  byIds(keys: readonly string[]): Promise<DutyLog[]> {
    if (!this.ctx.viewer) return Promise.resolve([]);
    return this.ctx.em.find(DutyLog, { $and: [{ id: { $in: [...keys] } }, dutyLogReadFilter(this.viewer)] });
  }

  async byId(id: string): Promise<DutyLog | null> {
    const key = keyOf(id, 'DutyLog');
    return key ? ((await this.byIds([key]))[0] ?? null) : null;
  }

  /** A shift's duty log, if the viewer may see it; a list's shifts read theirs in one query. */
  ofShift(shift: Shift): Promise<DutyLog | null> {
    const viewer = this.ctx.viewer;
    if (!viewer) return Promise.resolve(null);
    return loadOneBy(
      this.ctx,
      'Shift.dutyLog',
      { entity: DutyLog, by: 'key', keyOf: (l) => l.key, where: dutyLogReadFilter(viewer) },
      shiftLogKey(shift.id),
    );
  }

  /** The viewer's department's log of today at a site, if anything is written in it yet. */
  async todays(siteCode: string): Promise<DutyLog | null> {
    const department = departmentOf(this.viewer);
    const site = await this.ctx.em.findOne(Site, { code: siteCode.slice(0, 32) });
    if (!department || !site) return null;
    const key = dailyLogKey(department, site.code, zonedDate(this.now(), site.timeZone));
    return this.ctx.em.findOne(DutyLog, { $and: [{ key }, dutyLogReadFilter(this.viewer)] });
  }

  async list(filter: DutyLogFilter | null | undefined, page: PageArgs): Promise<ConnectionShape<DutyLog>> {
    const f = filter ?? {};
    const where: FilterQuery<DutyLog>[] = [dutyLogReadFilter(this.viewer)];
    const v = new Validator();
    const from = v.date('from', f.from);
    const to = v.date('to', f.to);
    if (!v.ok) throw badInput(v.errors[0]?.field?.[1] ?? 'from', 'must be a date as YYYY-MM-DD');
    checkRange(from, to);
    if (from) where.push({ date: { $gte: from } });
    if (to) where.push({ date: { $lte: to } });
    if (f.departmentKey) where.push({ department: f.departmentKey.slice(0, 64) });
    if (f.siteCode) where.push({ site: f.siteCode.slice(0, 32) });
    if (f.awaitingReview || f.statuses?.length) {
      const today = await todayBySite(this.ctx.em, this.now());
      if (f.awaitingReview) where.push(statusCondition(DutyLogStatus.CLOSED, today));
      if (f.statuses?.length) where.push({ $or: f.statuses.map((s) => statusCondition(s, today)) });
    }
    return paginate(
      this.ctx.em,
      DutyLog,
      { $and: where },
      [
        ['date', 'desc'],
        ['id', 'desc'],
      ],
      page,
      (l) => [l.date, l.id],
    );
  }

  /** A log's entries (at most DUTY_LOG_LIMITS.entries); a list's logs are read in one query. */
  entries(log: DutyLog): Promise<DutyLogEntry[]> {
    const em = this.ctx.em;
    return batchLoad(
      this.ctx,
      'DutyLog.entries',
      async (ids) => {
        const rows = await em.find(
          DutyLogEntry,
          { log: { $in: ids } },
          { orderBy: { log: 'asc', at: 'asc', recordedAt: 'asc', id: 'asc' } },
        );
        const groups = groupBy(rows, (e) => e.log.id);
        for (const [key, list] of groups) groups.set(key, list.slice(0, DUTY_LOG_LIMITS.entries));
        return groups;
      },
      log.id,
      [],
    );
  }

  /** How many entries a log has; a list's logs are counted in one grouped query. */
  countEntries(log: DutyLog): Promise<number> {
    const em = this.ctx.em as SqlEntityManager;
    return batchLoad(
      this.ctx,
      'DutyLog.entryCount',
      async (ids) => {
        const meta = em.getMetadata().get(DutyLogEntry.name);
        const column = meta.properties.log?.fieldNames[0] ?? 'log_id';
        const query = em
          .getKnex()(meta.tableName)
          .select({ log: column })
          .count({ n: '*' })
          .whereIn(column, ids)
          .groupBy(column);
        const rows = (await em.getConnection().execute(query)) as { log: string; n: number | string }[];
        return new Map(rows.map((r) => [String(r.log), Number(r.n)]));
      },
      log.id,
      0,
    );
  }

  async status(log: DutyLog): Promise<DutyLogStatus> {
    const site = (await log.site.load()) as Site;
    return effectiveStatus(log, zonedDate(this.now(), site.timeZone));
  }

  async mayReview(log: DutyLog): Promise<boolean> {
    return !!this.ctx.viewer && mayReviewDutyLog(this.viewer, log) && (await this.status(log)) === DutyLogStatus.CLOSED;
  }

  /** Whether the viewer may write in this log now: on its shift while it runs, or their department's today. */
  async mayWrite(log: DutyLog): Promise<boolean> {
    if (!this.ctx.viewer?.grants.has('duty_log.create') || (await this.status(log)) !== DutyLogStatus.OPEN)
      return false;
    if (!log.shift) {
      return mayWriteDailyLog(this.viewer, {
        departmentKey: log.department.unwrap().key,
        siteCode: log.site.unwrap().code,
      });
    }
    const shift = (await log.shift.load()) as Shift;
    return WRITABLE_SHIFT.includes(shift.status) && (await this.isOnShift(this.ctx.em, shift));
  }

  private async isOnShift(em: EntityManager, shift: Shift): Promise<boolean> {
    const me = this.viewer.staff.id;
    if (shift.leader.unwrap().id === me) return true;
    return (await em.count(ShiftMember, { shift: shift.id, staff: me, removedAt: null })) > 0;
  }

  // ---- writing ---------------------------------------------------------------------------

  addEntry(input: AddDutyLogEntryInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const viewer = this.viewer;
      const now = this.now();
      const v = new Validator();
      const text = v.text('text', input.text, { max: DUTY_LOG_LIMITS.text, required: true });
      if (input.shiftId && input.siteCode) {
        refuse('siteCode', 'name a shift or a site, not both', UserErrorCode.INVALID);
      }
      if (!input.shiftId && !input.siteCode) {
        refuse(
          'shiftId',
          'is required: name the shift (or, for a department’s daily log, the site)',
          UserErrorCode.REQUIRED,
        );
      }

      let shift: Shift | null = null;
      let log: DutyLog | null;
      let earliest: Date;
      let departmentKey: string;
      if (input.shiftId) {
        const key = keyOf(input.shiftId, 'Shift');
        shift = key ? await tx.findOne(Shift, { $and: [{ id: key }, shiftReadFilter(viewer)] }) : null;
        if (!shift) refuse('shiftId', 'No such shift', UserErrorCode.NOT_FOUND);
        // An officer writes in the log of their own shift only (R38: the on-duty staff write it).
        if (!(await this.isOnShift(tx, shift))) throw forbidden();
        if (!WRITABLE_SHIFT.includes(shift.status)) {
          refuse(
            'shiftId',
            shift.status === ShiftStatus.CLOSED ? 'is closed: its log is closed' : 'has not started yet',
            UserErrorCode.INVALID_TRANSITION,
          );
        }
        departmentKey = shift.department.unwrap().key;
        earliest = new Date(shift.startsAt.getTime() - SHIFT_WINDOW.startEarlyMinutes * 60_000);
        log = await tx.findOne(DutyLog, { key: shiftLogKey(shift.id) });
        log ??= tx.create(DutyLog, {
          id: randomUUID(),
          key: shiftLogKey(shift.id),
          department: shift.department,
          site: shift.site,
          date: shift.date,
          shift,
          createdAt: now,
          updatedAt: now,
        });
      } else {
        const department = departmentOf(viewer);
        if (!department)
          refuse('siteCode', 'cannot take a daily log: you belong to no department', UserErrorCode.INVALID);
        if (department === SHIFT_DEPARTMENT) {
          refuse('siteCode', 'order maintenance keeps its duty log per shift: name the shift', UserErrorCode.INVALID);
        }
        const site = await tx.findOne(Site, { code: String(input.siteCode).slice(0, 32) });
        if (!site) refuse('siteCode', 'names no site', UserErrorCode.NOT_FOUND);
        if (!mayWriteDailyLog(viewer, { departmentKey: department, siteCode: site.code })) {
          refuse('siteCode', 'is not one of your sites', UserErrorCode.NOT_PERMITTED);
        }
        const today = zonedDate(now, site.timeZone);
        departmentKey = department;
        earliest = zonedInstant(today, '00:00', site.timeZone);
        const key = dailyLogKey(department, site.code, today);
        log = await tx.findOne(DutyLog, { key });
        log ??= tx.create(DutyLog, {
          id: randomUUID(),
          key,
          department: tx.getReference(Department, department),
          site,
          date: today,
          createdAt: now,
          updatedAt: now,
        });
      }
      if (log.status !== DutyLogStatus.OPEN)
        refuse(input.shiftId ? 'shiftId' : 'siteCode', 'its log is closed', UserErrorCode.INVALID_TRANSITION);

      const at = input.at ?? now;
      if (Number.isNaN(at.getTime()) || at.getTime() > now.getTime() + CLOCK_SLACK_MS) {
        v.add('at', 'cannot be in the future', UserErrorCode.OUT_OF_RANGE);
      } else if (at < earliest) {
        v.add('at', shift ? 'must be within the shift' : 'must be today', UserErrorCode.OUT_OF_RANGE);
      }
      let linked: Case | null = null;
      if (input.caseId) {
        const key = keyOf(input.caseId, 'Case');
        linked = key ? await tx.findOne(Case, { $and: [{ id: key }, caseReadFilter(viewer)] }) : null;
        if (!linked) v.add('caseId', 'names no case you can see', UserErrorCode.NOT_FOUND);
      }
      if ((await tx.count(DutyLogEntry, { log: log.id })) >= DUTY_LOG_LIMITS.entries) {
        v.add(
          'text',
          `cannot be added: the log has ${DUTY_LOG_LIMITS.entries} entries already`,
          UserErrorCode.OUT_OF_RANGE,
        );
      }
      v.check();

      const entry = tx.create(DutyLogEntry, {
        id: randomUUID(),
        log,
        at: new Date(Math.min(at.getTime(), now.getTime())),
        recordedAt: now,
        author: tx.getReference(Staff, viewer.staff.id),
        text,
        case: linked,
      });
      log.updatedAt = now;
      audit.record({
        action: 'duty_log.add_entry',
        targetType: 'DutyLogEntry',
        targetKey: entry.id,
        departmentKey,
        before: null,
        after: {
          log: log.id,
          shift: shift?.id ?? null,
          site: log.site.unwrap().code,
          date: log.date,
          at: entry.at.toISOString(),
          text,
          case: linked?.reference ?? null,
        },
      });
      if (shift) publishShiftEvent(this.ctx, shift.id, ShiftEventType.DUTY_LOG, toGlobalId('DutyLogEntry', entry.id));
      return { entry, log };
    });
  }

  review(input: ReviewDutyLogInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const key = keyOf(input.dutyLogId, 'DutyLog');
      const log = key
        ? await tx.findOne(DutyLog, { $and: [{ id: key }, dutyLogReadFilter(this.viewer)] }, { populate: ['site'] })
        : null;
      if (!log) refuse('dutyLogId', 'No such duty log', UserErrorCode.NOT_FOUND);
      if (!mayReviewDutyLog(this.viewer, log)) throw forbidden();
      const now = this.now();
      const status = effectiveStatus(log, zonedDate(now, log.site.unwrap().timeZone));
      if (status === DutyLogStatus.OPEN) {
        refuse(
          'dutyLogId',
          'is still open: review it once its shift (or its day) is over',
          UserErrorCode.INVALID_TRANSITION,
        );
      }
      if (status === DutyLogStatus.REVIEWED) refuse('dutyLogId', 'is reviewed already', UserErrorCode.ALREADY_DONE);
      const v = new Validator();
      const note = v.text('note', input.note, { max: DUTY_LOG_LIMITS.reviewNote }) || null;
      v.check();
      const before = logSnapshot(log);
      log.closedAt ??= now;
      log.status = DutyLogStatus.REVIEWED;
      log.reviewedAt = now;
      log.reviewedBy = tx.getReference(Staff, this.viewer.staff.id, { wrapped: true });
      log.reviewNote = note;
      log.updatedAt = now;
      audit.record({
        action: 'duty_log.review',
        targetType: 'DutyLog',
        targetKey: log.id,
        departmentKey: log.department.unwrap().key,
        before,
        after: logSnapshot(log),
      });
      if (log.shift)
        publishShiftEvent(this.ctx, log.shift.unwrap().id, ShiftEventType.DUTY_LOG, toGlobalId('DutyLog', log.id));
      return log;
    });
  }
}
