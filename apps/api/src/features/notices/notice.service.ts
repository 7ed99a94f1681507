import { randomUUID } from 'node:crypto';
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { LIMITS, UserErrorCode } from '@steward/schema';
import { batchLoad, groupBy, loadOneBy } from '../../graphql/batch.js';
import { type ConnectionShape, checkRange, type PageArgs, paginate } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { badInput } from '../../graphql/errors.js';
import { runMutation } from '../../graphql/mutation.js';
import { fromGlobalId } from '../../graphql/node.js';
import { refuse } from '../../graphql/user-error.js';
import { Validator } from '../../graphql/validate.js';
import type { AuditLog } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import { nextReference } from '../cases/case-sequence.entity.js';
import { Building } from '../customers/building.entity.js';
import { Unit } from '../customers/unit.entity.js';
import { UnitService } from '../customers/unit.service.js';
import { notify } from '../notifications/notify.js';
import { forbidden, unauthenticated } from '../permissions/auth-checker.js';
import { PositionGrant } from '../permissions/position-grant.entity.js';
import { Department } from '../rulebook/department.entity.js';
import { Site } from '../sites/site.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { StaffStatus } from '../staff/staff.enums.js';
import { mayEdit, mayIssue, mayWithdraw, noticeReadFilter } from './notice.access.js';
import { NOTICE_LIMITS, Notice } from './notice.entity.js';
import { NoticeAudience, NoticeEffectiveStatus, type NoticeKind, NoticeStatus } from './notice.enums.js';
import type {
  DraftNoticeInput,
  NoticeFilter,
  NoticeStepInput,
  UpdateNoticeInput,
  WithdrawNoticeInput,
} from './notice.inputs.js';
import { asksToAcknowledge, isLive } from './notice.rules.js';
import { NoticeAcknowledgement } from './notice-acknowledgement.entity.js';

/** Reference prefix: 通知 (TZ), counted per day like cases' (`TZ-20261126-003`). */
const PREFIX = 'TZ';
const DEFAULT_TIME_ZONE = 'Asia/Shanghai';
/** Dates outside this window are typing mistakes, not notices. */
const EARLIEST = new Date('2000-01-01T00:00:00Z');
const LATEST = new Date('2100-01-01T00:00:00Z');

const KIND_ZH: Record<NoticeKind, string> = { NOTICE: '通知', ANNOUNCEMENT: '告示', DOCUMENT: '文件' };
const KIND_EN: Record<NoticeKind, string> = { NOTICE: 'notice', ANNOUNCEMENT: 'announcement', DOCUMENT: 'document' };

/** What the audit trail shows of a notice. */
function snapshot(n: Notice): Record<string, unknown> {
  return {
    status: n.status,
    kind: n.kind,
    title: n.title,
    body: n.body,
    audience: n.audience,
    site: n.site?.unwrap().code ?? null,
    building: n.building?.unwrap().id ?? null,
    unit: n.unit?.unwrap().id ?? null,
    postedAt: n.postedAt,
    publishAt: n.publishAt?.toISOString() ?? null,
    expiresAt: n.expiresAt?.toISOString() ?? null,
    requiresAcknowledgement: n.requiresAcknowledgement,
    acknowledgementDepartments: n.acknowledgementDepartmentKeys,
    issuedBy: n.issuedBy?.unwrap().id ?? null,
    withdrawReason: n.withdrawReason,
  };
}

/** A member of staff as the audience rules see them. */
export interface Reader {
  staff: Staff;
  departmentKey: string | null;
}

/** The audience of a notice right now and who of it has acknowledged. */
export interface Progress {
  audience: Reader[];
  acknowledged: Set<string>;
}

// Per request (one EntityManager fork each): a list of twenty notices asks these once, not twenty times.
const readersMemo = new WeakMap<EntityManager, Promise<Reader[]>>();
const myAcknowledgementsMemo = new WeakMap<EntityManager, Promise<Set<string>>>();
const progressMemo = new WeakMap<EntityManager, Map<string, Promise<Progress>>>();

/**
 * Everyone who can be asked to acknowledge a notice: active staff whose position lets them read
 * notices (so nobody is asked to confirm what they cannot open).
 */
async function loadReaders(em: EntityManager): Promise<Reader[]> {
  const grants = await em.find(PositionGrant, { permission: 'notice.read', scope: { $ne: null } });
  const positions = grants.map((g) => g.position.unwrap().key);
  if (positions.length === 0) return [];
  const staff = await em.find(
    Staff,
    { status: StaffStatus.ACTIVE, position: { $in: positions } },
    { orderBy: { employeeNo: 'asc' } },
  );
  return staff.map((s) => ({ staff: s, departmentKey: s.department?.unwrap().key ?? null }));
}

function readers(em: EntityManager): Promise<Reader[]> {
  let found = readersMemo.get(em);
  if (!found) {
    found = loadReaders(em);
    readersMemo.set(em, found);
  }
  return found;
}

/** Who must acknowledge the notice (none when it does not ask for it). */
export async function audienceOf(em: EntityManager, n: Notice): Promise<Reader[]> {
  if (!n.requiresAcknowledgement) return [];
  const author = n.author.unwrap().id;
  const issuer = n.issuedBy?.unwrap().id ?? null;
  return (await readers(em)).filter((r) =>
    asksToAcknowledge(n, { id: r.staff.id, departmentKey: r.departmentKey }, author, issuer),
  );
}

/**
 * Notices, announcements and other documents (R9): drafting, issuing, withdrawing, and each
 * member of staff's acknowledgement.
 */
export class NoticeService {
  constructor(private readonly ctx: Context) {}

  private get viewer(): Viewer {
    if (!this.ctx.viewer) throw unauthenticated();
    return this.ctx.viewer;
  }

  private now(): Date {
    return this.ctx.clock();
  }

  // ---- reading ---------------------------------------------------------------------------

  async list(filter: NoticeFilter | null | undefined, page: PageArgs): Promise<ConnectionShape<Notice>> {
    const viewer = this.viewer;
    const now = this.now();
    const where: FilterQuery<Notice>[] = [noticeReadFilter(viewer)];
    const f = filter ?? {};
    if (f.status?.length) where.push({ $or: f.status.map((s) => byEffectiveStatus(s, now)) });
    if (f.kind) where.push({ kind: f.kind });
    if (f.departmentKey) where.push({ department: f.departmentKey.slice(0, 64) });
    checkRange(f.from, f.to);
    if (f.from) where.push({ issuedAt: { $gte: f.from } });
    if (f.to) where.push({ issuedAt: { $lt: f.to } });
    if (f.siteCode != null) {
      if (f.siteCode.length > 32) throw badInput('siteCode', 'must be at most 32 characters');
      where.push({ $or: [{ audience: NoticeAudience.ALL_SITES }, { site: f.siteCode }] });
    }
    if (f.activeAt) {
      const at = f.activeAt;
      where.push({
        issuedAt: { $ne: null },
        publishAt: { $lte: at },
        $and: [
          { $or: [{ expiresAt: null }, { expiresAt: { $gt: at } }] },
          { $or: [{ status: NoticeStatus.ISSUED }, { status: NoticeStatus.WITHDRAWN, withdrawnAt: { $gt: at } }] },
        ],
      });
    }
    const search = f.search?.trim();
    if (search) {
      if (search.length > LIMITS.maxSearchLength)
        throw badInput('search', `must be at most ${LIMITS.maxSearchLength} characters`);
      // SQLite's LIKE ignores ASCII case (as the staff search relies on).
      const like = `%${search.replace(/[%_]/g, '_')}%`;
      where.push({ $or: [{ reference: { $like: like } }, { title: { $like: like } }, { body: { $like: like } }] });
    }
    if (f.needsMyAcknowledgement != null) {
      const pending = await this.pendingForMe(this.ctx.em);
      where.push({ id: f.needsMyAcknowledgement ? { $in: pending } : { $nin: pending } });
    }
    return paginate(
      this.ctx.em,
      Notice,
      { $and: where },
      [
        ['createdAt', 'desc'],
        ['id', 'desc'],
      ],
      page,
      (n) => [n.createdAt.toISOString(), n.id],
      ([at, id]) => [new Date(String(at)), id],
    );
  }

  byIds(ids: readonly string[]): Promise<Notice[]> {
    if (!this.ctx.viewer) return Promise.resolve([]);
    return this.ctx.em.find(Notice, { $and: [{ id: { $in: [...ids] } }, noticeReadFilter(this.ctx.viewer)] });
  }

  async byId(id: string): Promise<Notice | null> {
    const parsed = fromGlobalId(id);
    return parsed?.typename === 'Notice' ? ((await this.byIds([parsed.key]))[0] ?? null) : null;
  }

  /** How many notices the viewer must still acknowledge. */
  async pendingCount(): Promise<number> {
    return (await this.pendingForMe(this.ctx.em)).length;
  }

  /**
   * The notices the viewer must still acknowledge: issued, not expired, asking for it, addressed
   * to their department (or everyone), not written or issued by them, and not acknowledged yet.
   * Departments are a JSON list, so the last test runs here, over the (few) live notices.
   */
  private async pendingForMe(em: EntityManager): Promise<string[]> {
    const viewer = this.viewer;
    if (!viewer.grants.has('notice.read')) return [];
    const now = this.now();
    const live = await em.find(Notice, {
      $and: [
        noticeReadFilter(viewer),
        { status: NoticeStatus.ISSUED, requiresAcknowledgement: true },
        { $or: [{ expiresAt: null }, { expiresAt: { $gt: now } }] },
      ],
    });
    const done = await this.myAcknowledgements(em);
    const me = { id: viewer.staff.id, departmentKey: viewer.staff.department?.unwrap().key ?? null };
    return live
      .filter((n) => !done.has(n.id))
      .filter((n) => asksToAcknowledge(n, me, n.author.unwrap().id, n.issuedBy?.unwrap().id ?? null))
      .map((n) => n.id);
  }

  /** Ids of the notices the viewer has acknowledged. */
  private myAcknowledgements(em: EntityManager): Promise<Set<string>> {
    let found = myAcknowledgementsMemo.get(em);
    if (!found) {
      found = em
        .find(NoticeAcknowledgement, { staff: this.viewer.staff.id }, { fields: ['notice'] })
        .then((rows) => new Set(rows.map((r) => r.notice.unwrap().id)));
      myAcknowledgementsMemo.set(em, found);
    }
    return found;
  }

  async acknowledgedByMe(n: Notice): Promise<boolean> {
    return (await this.myAcknowledgements(this.ctx.em)).has(n.id);
  }

  /** Asked to acknowledge it, and not done yet, while it can still be acknowledged. */
  async mustAcknowledge(n: Notice): Promise<boolean> {
    const viewer = this.viewer;
    if (!viewer.grants.has('notice.read') || n.status !== NoticeStatus.ISSUED || !isLive(n, this.now())) return false;
    const me = { id: viewer.staff.id, departmentKey: viewer.staff.department?.unwrap().key ?? null };
    if (!asksToAcknowledge(n, me, n.author.unwrap().id, n.issuedBy?.unwrap().id ?? null)) return false;
    return !(await this.acknowledgedByMe(n));
  }

  /** The departments whose staff must acknowledge it, in the order named; a list's are read in one query. */
  async acknowledgementDepartments(n: Notice): Promise<Department[]> {
    const found = await Promise.all(
      n.acknowledgementDepartmentKeys.map((key) =>
        loadOneBy(this.ctx, 'Department.byKey', { entity: Department, by: 'key', keyOf: (d) => d.key }, key),
      ),
    );
    return found.filter((d): d is Department => !!d);
  }

  /** Who must acknowledge it now, and which of them have; a list's acknowledgements are read in one query. */
  progress(n: Notice): Promise<Progress> {
    const em = this.ctx.em;
    let byNotice = progressMemo.get(em);
    if (!byNotice) {
      byNotice = new Map();
      progressMemo.set(em, byNotice);
    }
    let found = byNotice.get(n.id);
    if (!found) {
      const acknowledgers = batchLoad(
        this.ctx,
        'Notice.acknowledgedBy',
        async (ids) => {
          const rows = await em.find(NoticeAcknowledgement, { notice: { $in: ids } }, { fields: ['notice', 'staff'] });
          const byNotice = new Map<string, Set<string>>();
          for (const [notice, list] of groupBy(rows, (r) => r.notice.id)) {
            byNotice.set(notice, new Set(list.map((r) => r.staff.unwrap().id)));
          }
          return byNotice;
        },
        n.id,
        new Set<string>(),
      );
      found = Promise.all([audienceOf(em, n), acknowledgers]).then(([audience, acknowledged]) => ({
        audience,
        acknowledged,
      }));
      byNotice.set(n.id, found);
    }
    return found;
  }

  /** Everyone who acknowledged it (including any who have since left), earliest first. */
  acknowledgements(n: Notice, page: PageArgs): Promise<ConnectionShape<NoticeAcknowledgement>> {
    return paginate(
      this.ctx.em,
      NoticeAcknowledgement,
      { notice: n.id },
      [
        ['at', 'asc'],
        ['id', 'asc'],
      ],
      page,
      (a) => [a.at.toISOString(), a.id],
      ([at, id]) => [new Date(String(at)), id],
    );
  }

  // ---- changing --------------------------------------------------------------------------

  draft(input: DraftNoticeInput) {
    const viewer = this.viewer;
    if (!viewer.grants.has('notice.create')) throw forbidden();
    return this.withTargets(input, (targets) =>
      runMutation(this.ctx, async (tx, audit) => {
        const v = new Validator();
        const fields = await this.readDraft(tx, input, targets, v);
        v.check();
        const now = this.now();
        const department = viewer.staff.department?.unwrap().key ?? null;
        const timeZone = fields.site?.timeZone ?? DEFAULT_TIME_ZONE;
        const n = tx.create(Notice, {
          id: randomUUID(),
          reference: await nextReference(tx, PREFIX, now, timeZone, 3),
          ...fields,
          department: department ? tx.getReference(Department, department) : null,
          author: tx.getReference(Staff, viewer.staff.id),
          createdAt: now,
          updatedAt: now,
        });
        this.record(audit, 'notice.draft', n, null);
        return n;
      }),
    );
  }

  update(input: UpdateNoticeInput) {
    return this.withTargets(input, (targets) =>
      this.step(input.noticeId, 'notice.update', async (n, tx, v) => {
        if (!mayEdit(this.viewer, n)) throw forbidden();
        if (n.status !== NoticeStatus.DRAFT)
          v.add('noticeId', 'can only be changed while a draft', UserErrorCode.INVALID_TRANSITION);
        const fields = await this.readDraft(tx, input, targets, v);
        v.check();
        tx.assign(n, fields);
      }),
    );
  }

  issue(input: NoticeStepInput) {
    return this.step(input.noticeId, 'notice.issue', async (n, tx, v) => {
      if (!mayIssue(this.viewer, n)) throw forbidden();
      if (n.status !== NoticeStatus.DRAFT) {
        refuse('noticeId', `is already ${n.status.toLowerCase()}`, UserErrorCode.INVALID_TRANSITION);
      }
      const now = this.now();
      // An issued notice has an issue date and an audience (R9): the audience was checked when
      // drafted; a notice whose expiry has passed meanwhile cannot go up.
      if (n.expiresAt && n.expiresAt <= now) v.add('expiresAt', 'has already passed', UserErrorCode.OUT_OF_RANGE);
      v.check();
      n.status = NoticeStatus.ISSUED;
      n.issuedAt = now;
      n.publishAt ??= now;
      n.issuedBy = tx.getReference(Staff, this.viewer.staff.id, { wrapped: true });
      this.tellOnIssue(tx, n, await audienceOf(tx, n));
    });
  }

  withdraw(input: WithdrawNoticeInput) {
    return this.step(input.noticeId, 'notice.withdraw', async (n, tx, v) => {
      if (!mayWithdraw(this.viewer, n)) throw forbidden();
      if (n.status === NoticeStatus.WITHDRAWN)
        refuse('noticeId', 'is already withdrawn', UserErrorCode.INVALID_TRANSITION);
      const reason = v.text('reason', input.reason, { max: NOTICE_LIMITS.reason, required: true });
      v.check();
      n.status = NoticeStatus.WITHDRAWN;
      n.withdrawnAt = this.now();
      n.withdrawnBy = tx.getReference(Staff, this.viewer.staff.id, { wrapped: true });
      n.withdrawReason = reason;
    });
  }

  acknowledge(input: NoticeStepInput) {
    const viewer = this.viewer;
    return runMutation(this.ctx, async (tx, audit) => {
      const n = await this.find(tx, input.noticeId);
      const now = this.now();
      if (n.status !== NoticeStatus.ISSUED) {
        refuse(
          'noticeId',
          n.status === NoticeStatus.DRAFT ? 'is not issued yet' : 'is withdrawn',
          UserErrorCode.INVALID_TRANSITION,
        );
      }
      if (!isLive(n, now)) refuse('noticeId', 'has expired', UserErrorCode.INVALID_TRANSITION);
      if (!n.requiresAcknowledgement) refuse('noticeId', 'does not ask to be acknowledged', UserErrorCode.INVALID);
      const me = { id: viewer.staff.id, departmentKey: viewer.staff.department?.unwrap().key ?? null };
      // Only those it is addressed to: the named departments (or everyone), not its author or issuer.
      if (!asksToAcknowledge(n, me, n.author.unwrap().id, n.issuedBy?.unwrap().id ?? null)) throw forbidden();
      if (await tx.findOne(NoticeAcknowledgement, { notice: n.id, staff: viewer.staff.id })) {
        refuse('noticeId', 'is already acknowledged by you', UserErrorCode.ALREADY_DONE);
      }
      const ack = tx.create(NoticeAcknowledgement, {
        id: randomUUID(),
        notice: n,
        staff: tx.getReference(Staff, viewer.staff.id),
        staffName: viewer.staff.name,
        department: me.departmentKey ? tx.getReference(Department, me.departmentKey) : null,
        at: now,
      });
      audit.record({
        action: 'notice.acknowledge',
        targetType: 'Notice',
        targetKey: n.id,
        departmentKey: n.department?.unwrap().key ?? null,
        before: null,
        after: { acknowledgedBy: viewer.staff.id, acknowledgedByName: viewer.staff.name, at: ack.at.toISOString() },
      });
      return n;
    });
  }

  // ---- helpers ---------------------------------------------------------------------------

  /** The notice as the viewer may see it, or a NOT_FOUND refusal. */
  private async find(tx: EntityManager, noticeId: string): Promise<Notice> {
    const parsed = fromGlobalId(noticeId);
    const n =
      parsed?.typename === 'Notice'
        ? await tx.findOne(Notice, { $and: [{ id: parsed.key }, noticeReadFilter(this.viewer)] })
        : null;
    if (!n) refuse('noticeId', 'No such notice', UserErrorCode.NOT_FOUND);
    return n;
  }

  /** One change to a notice in one transaction, with its audit event. */
  private step(noticeId: string, action: string, apply: (n: Notice, tx: EntityManager, v: Validator) => Promise<void>) {
    return runMutation(this.ctx, async (tx, audit) => {
      const n = await this.find(tx, noticeId);
      const before = snapshot(n);
      await apply(n, tx, new Validator());
      n.updatedAt = this.now();
      this.record(audit, action, n, before);
      return n;
    });
  }

  private record(audit: AuditLog, action: string, n: Notice, before: Record<string, unknown> | null) {
    audit.record({
      action,
      targetType: 'Notice',
      targetKey: n.id,
      departmentKey: n.department?.unwrap().key ?? null,
      before,
      after: snapshot(n),
    });
  }

  /**
   * A building or unit named by a draft, as the viewer may see it (looked up before the
   * transaction: SQLite has one connection, and the customer-file services read through the
   * request's own): out of reach reads as not there.
   */
  private async withTargets<T>(
    input: DraftNoticeInput,
    work: (targets: { building: Building | null; unit: Unit | null }) => Promise<T>,
  ): Promise<T> {
    const units = new UnitService(this.ctx);
    const buildingKey =
      input.audience === NoticeAudience.BUILDING && input.buildingId ? fromGlobalId(input.buildingId) : null;
    const building =
      buildingKey?.typename === 'Building' ? ((await units.buildingsByIds([buildingKey.key]))[0] ?? null) : null;
    const unit = input.audience === NoticeAudience.UNIT && input.unitId ? await units.unitById(input.unitId) : null;
    return work({ building, unit });
  }

  /** Checks a draft's fields, naming each one at fault; returns them as stored. */
  private async readDraft(
    tx: EntityManager,
    input: DraftNoticeInput,
    targets: { building: Building | null; unit: Unit | null },
    v: Validator,
  ) {
    const title = v.text('title', input.title, { max: NOTICE_LIMITS.title, required: true });
    const body = v.text('body', input.body, { max: NOTICE_LIMITS.body, required: true });
    const postedAt = v.text('postedAt', input.postedAt, { max: NOTICE_LIMITS.postedAt }) || null;

    let site: Site | null = null;
    let building: Building | null = null;
    let unit: Unit | null = null;
    switch (input.audience) {
      case NoticeAudience.SITE: {
        const code = input.siteCode?.trim() ?? '';
        if (!code) v.add('siteCode', 'is required for a site audience', UserErrorCode.REQUIRED);
        else {
          site = code.length <= 32 ? await tx.findOne(Site, { code }) : null;
          if (!site) v.add('siteCode', 'names no site', UserErrorCode.NOT_FOUND);
        }
        break;
      }
      case NoticeAudience.BUILDING:
        if (!input.buildingId) v.add('buildingId', 'is required for a building audience', UserErrorCode.REQUIRED);
        else {
          building = targets.building ? await tx.findOne(Building, { id: targets.building.id }) : null;
          if (!building) v.add('buildingId', 'names no building', UserErrorCode.NOT_FOUND);
          else site = await tx.findOneOrFail(Site, { code: building.site.unwrap().code });
        }
        break;
      case NoticeAudience.UNIT:
        if (!input.unitId) v.add('unitId', 'is required for a unit audience', UserErrorCode.REQUIRED);
        else {
          unit = targets.unit ? await tx.findOne(Unit, { id: targets.unit.id }) : null;
          if (!unit) v.add('unitId', 'names no unit', UserErrorCode.NOT_FOUND);
          else {
            building = await tx.findOneOrFail(Building, { id: unit.building.unwrap().id });
            site = await tx.findOneOrFail(Site, { code: unit.site.unwrap().code });
          }
        }
        break;
      case NoticeAudience.ALL_SITES:
        break;
    }

    const now = this.now();
    const publishAt = this.date(v, 'publishAt', input.publishAt);
    const expiresAt = this.date(v, 'expiresAt', input.expiresAt);
    if (expiresAt && publishAt && expiresAt <= publishAt) {
      v.add('expiresAt', 'must be after publishAt', UserErrorCode.OUT_OF_RANGE);
    } else if (expiresAt && expiresAt <= now) {
      v.add('expiresAt', 'must be in the future', UserErrorCode.OUT_OF_RANGE);
    }

    const requiresAcknowledgement = input.requiresAcknowledgement ?? false;
    let keys = requiresAcknowledgement
      ? [...new Set((input.acknowledgementDepartmentKeys ?? []).map((k) => k.trim()))]
      : [];
    if (keys.length > NOTICE_LIMITS.departments) {
      v.add(
        'acknowledgementDepartmentKeys',
        `must name at most ${NOTICE_LIMITS.departments} departments`,
        UserErrorCode.OUT_OF_RANGE,
      );
      keys = [];
    } else if (keys.length) {
      const found = await tx.find(Department, { key: { $in: keys.filter((k) => k.length <= 64) } });
      const known = new Set(found.map((d) => d.key));
      const unknown = keys.filter((k) => !known.has(k));
      if (unknown.length) {
        v.add(
          'acknowledgementDepartmentKeys',
          `names no department: ${unknown.join(', ').slice(0, 200)}`,
          UserErrorCode.NOT_FOUND,
        );
      }
    }

    return {
      kind: input.kind,
      title,
      body,
      audience: input.audience,
      site,
      building,
      unit,
      postedAt,
      publishAt,
      expiresAt,
      requiresAcknowledgement,
      acknowledgementDepartmentKeys: keys,
    };
  }

  private date(v: Validator, field: string, value: Date | null | undefined): Date | null {
    if (!value) return null;
    if (Number.isNaN(value.getTime()) || value < EARLIEST || value >= LATEST) {
      v.add(field, 'must be between 2000 and 2099', UserErrorCode.OUT_OF_RANGE);
      return null;
    }
    return value;
  }

  /** Once it is issued: everyone who must acknowledge it is told, and so is its author. */
  private tellOnIssue(tx: EntityManager, n: Notice, audience: Reader[]) {
    const issuer = this.viewer.staff;
    const scheduled = n.publishAt && n.publishAt > this.now();
    for (const reader of audience) {
      notify(tx, this.ctx, {
        recipientId: reader.staff.id,
        type: 'NOTICE_TO_ACKNOWLEDGE',
        noticeRef: n,
        zh: `${issuer.name} 发布了${KIND_ZH[n.kind]}「${n.title}」${scheduled ? '（定时发布）' : ''}，请阅读并确认`,
        en: `${issuer.name} issued the ${KIND_EN[n.kind]} “${n.title}”${scheduled ? ' (scheduled)' : ''}: please read and acknowledge it`,
      });
    }
    const author = n.author.unwrap().id;
    if (author !== issuer.id) {
      notify(tx, this.ctx, {
        recipientId: author,
        type: 'NOTICE_ISSUED',
        noticeRef: n,
        zh: `${issuer.name} 已发布您起草的${KIND_ZH[n.kind]} ${n.reference}「${n.title}」`,
        en: `${issuer.name} issued your ${KIND_EN[n.kind]} ${n.reference} “${n.title}”`,
      });
    }
  }
}

/** The rows whose status right now is `status` (see notice.rules.ts: the same rules, as a query). */
function byEffectiveStatus(status: NoticeEffectiveStatus, now: Date): FilterQuery<Notice> {
  const unexpired = { $or: [{ expiresAt: null }, { expiresAt: { $gt: now } }] };
  switch (status) {
    case NoticeEffectiveStatus.DRAFT:
      return { status: NoticeStatus.DRAFT };
    case NoticeEffectiveStatus.WITHDRAWN:
      return { status: NoticeStatus.WITHDRAWN };
    case NoticeEffectiveStatus.EXPIRED:
      return { status: NoticeStatus.ISSUED, expiresAt: { $lte: now } };
    case NoticeEffectiveStatus.SCHEDULED:
      return { $and: [{ status: NoticeStatus.ISSUED, publishAt: { $gt: now } }, unexpired] };
    case NoticeEffectiveStatus.ISSUED:
      return { $and: [{ status: NoticeStatus.ISSUED, publishAt: { $lte: now } }, unexpired] };
  }
}
