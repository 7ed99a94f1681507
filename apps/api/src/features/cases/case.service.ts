import { randomUUID } from 'node:crypto';
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { LIMITS, UserErrorCode } from '@steward/schema';
import { findLean } from '../../db/lean.js';
import { containsText } from '../../db/text-match.js';
import { loadAllBy } from '../../graphql/batch.js';
import { type ConnectionShape, checkRange, type PageArgs, paginate } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { badInput } from '../../graphql/errors.js';
import { runMutation } from '../../graphql/mutation.js';
import { fromGlobalId } from '../../graphql/node.js';
import { refuse } from '../../graphql/user-error.js';
import { Validator } from '../../graphql/validate.js';
import type { AuditLog } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import { Customer } from '../customers/customer.entity.js';
import { CustomerService } from '../customers/customer.service.js';
import { Unit } from '../customers/unit.entity.js';
import { UnitService } from '../customers/unit.service.js';
import { notify } from '../notifications/notify.js';
import { forbidden, unauthenticated } from '../permissions/auth-checker.js';
import { Department } from '../rulebook/department.entity.js';
import { Position } from '../rulebook/position.entity.js';
import { Site } from '../sites/site.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { StaffStatus } from '../staff/staff.enums.js';
import { caseReadFilter, FROM, grantReaches, isHolder, participates } from './case.access.js';
import { CASE_LIMITS, Case } from './case.entity.js';
import { CaseEventType, type CaseKind, CaseStatus, Priority, Severity } from './case.enums.js';
import type {
  AssignCaseInput,
  CaseFilter,
  CaseReasonInput,
  CaseStepInput,
  CaseTimelineFilter,
  CloseCaseInput,
  CommentOnCaseInput,
  EscalateCaseInput,
  OpenCaseInput,
  ReferCaseInput,
  ResolveCaseInput,
} from './case.inputs.js';
import { caseKind } from './case.kinds.js';
import { CaseEvent } from './case-event.entity.js';
import { nextReference } from './case-sequence.entity.js';
import { defaultSla } from './sla.defaults.js';
import { SlaPolicy } from './sla-policy.entity.js';

/** The kind-specific detail inputs of `openCase`: each applies to one kind only. */
const DETAIL_INPUTS = [
  'rental',
  'task',
  'incident',
  'rectification',
] as const satisfies readonly (keyof OpenCaseInput)[];
const YEAR_MS = 365 * 24 * 3600_000;

/** What a kind's details step changes (`updateDetails`). */
export interface DetailsChange {
  note: string | null;
  details: object;
  /** The step shows the work under way: an open or assigned case (acknowledged) goes in progress. */
  inProgress?: boolean;
  /** A new result deadline (a rectification notice given more time). */
  dueAt?: Date | null;
  /** Which of the kind's steps it was (`REINSPECTED_FIXED` …): the timeline words it by this. */
  step?: string;
}

/** What `prepareOpen` found readable for the viewer before the transaction. */
export interface OpenPrepared {
  unitId: string | null;
  customerId: string | null;
}

export const ACTIVE_STATUSES = [CaseStatus.OPEN, CaseStatus.ASSIGNED, CaseStatus.IN_PROGRESS] as const;

/** What the audit trail shows of a case. */
function snapshot(c: Case): Record<string, unknown> {
  return {
    status: c.status,
    severity: c.severity,
    priority: c.priority,
    department: c.department.unwrap().key,
    assignee: c.assignee?.unwrap().id ?? null,
    holder: c.holder?.unwrap().id ?? null,
    holderDepartment: c.holderDepartment?.unwrap().key ?? null,
    awaitingAcknowledgement: c.awaitingAcknowledgement,
    escalatedTo: c.escalatedTo?.unwrap().id ?? null,
    result: c.result,
    satisfaction: c.satisfaction,
    feedback: c.feedback,
    voidReason: c.voidReason,
  };
}

const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

function staffKey(id: string | null | undefined, field: string, v: Validator): string | null {
  if (!id) return null;
  const parsed = fromGlobalId(id);
  if (parsed?.typename !== 'Staff') {
    v.add(field, 'is not a member of staff', UserErrorCode.NOT_FOUND);
    return null;
  }
  return parsed.key;
}

/**
 * A case's references that its resolvers read with `leanRef` (case.resolver.ts): those a query
 * asks for are joined into the case's own statement (findLean `join`), so a page of cases with
 * their assignees and departments is one statement and no batch of loads per row.
 */
const JOINABLE = [
  'department',
  'holderDepartment',
  'onBehalfOf',
  'assignee',
  'holder',
  'escalatedTo',
  'receivedBy',
  'reporterStaff',
] as const;

function joinable(asked: ReadonlySet<string>): string[] {
  return JOINABLE.filter((name) => asked.has(name));
}

/** The case engine: opening, every lifecycle step, deadlines, referral, escalation, the timeline. */
export class CaseService {
  constructor(private readonly ctx: Context) {}

  private get viewer(): Viewer {
    if (!this.ctx.viewer) throw unauthenticated();
    return this.ctx.viewer;
  }

  private now(): Date {
    return this.ctx.clock();
  }

  // ---- reading ---------------------------------------------------------------------------

  /** `asked`: the fields the query asks of each case (its references among them are joined). */
  async list(
    filter: CaseFilter | null | undefined,
    page: PageArgs,
    asked: ReadonlySet<string> = new Set(),
  ): Promise<ConnectionShape<Case>> {
    const where: FilterQuery<Case>[] = [caseReadFilter(this.viewer)];
    const f = filter ?? {};
    if (f.kinds?.length) where.push({ kind: { $in: f.kinds } });
    if (f.statuses?.length) where.push({ status: { $in: f.statuses } });
    // A department's queue: what it owns, and what it holds for another (a referred task). Two
    // branches, each served by its own index, rather than an OR that SQLite answers row by row.
    const queue = f.departmentKey?.slice(0, 64);
    const branches: FilterQuery<Case>[] | undefined = queue
      ? [{ department: queue }, { holderDepartment: queue, department: { $in: this.otherDepartments(queue) as never } }]
      : undefined;
    if (f.assigneeId) {
      const key = fromGlobalId(f.assigneeId)?.key ?? '';
      where.push({ $or: [{ assignee: key }, { holder: key }] });
    }
    if (f.unitId) where.push({ unit: fromGlobalId(f.unitId)?.key ?? '' });
    if (f.customerId) where.push({ reporterCustomer: fromGlobalId(f.customerId)?.key ?? '' });
    if (f.siteCode) where.push({ site: f.siteCode.slice(0, 32) });
    const area = f.area?.trim();
    if (area) {
      if (area.length > CASE_LIMITS.area) throw badInput('area', `must be at most ${CASE_LIMITS.area} characters`);
      where.push({ area: containsText(this.ctx.em, area) });
    }
    if (f.overdue) where.push({ status: { $in: [...ACTIVE_STATUSES] }, resolutionDueAt: { $lt: this.now() } });
    if (f.awaitingAcknowledgement) where.push({ awaitingAcknowledgement: true });
    if (f.mine) {
      const me = this.viewer.staff.id;
      where.push({
        $or: [{ reporterStaff: me }, { receivedBy: me }, { assignee: me }, { holder: me }, { escalatedTo: me }],
      });
    }
    checkRange(f.from, f.to);
    if (f.from) where.push({ createdAt: { $gte: f.from } });
    if (f.to) where.push({ createdAt: { $lt: f.to } });
    const search = f.search?.trim();
    if (search) {
      if (search.length > LIMITS.maxSearchLength)
        throw badInput('search', `must be at most ${LIMITS.maxSearchLength} characters`);
      // Plain conditions, not raw() fragments: the same filter runs twice (the page and its count),
      // and a raw fragment is spent once used.
      const like = containsText(this.ctx.em, search);
      where.push({ $or: [{ reference: like }, { title: like }, { description: like }] });
    }
    return paginate(
      this.ctx.em,
      Case,
      { $and: where },
      [
        ['createdAt', 'desc'],
        ['id', 'desc'],
      ],
      page,
      (c) => [c.createdAt.toISOString(), c.id],
      ([at, id]) => [new Date(String(at)), id],
      { branches, lean: true, join: joinable(asked) },
    );
  }

  /**
   * Every department but this one, as a subquery: "owned by another" as an IN the held-cases
   * index can seek (case.entity.ts), where `!=` would scan every case the department holds.
   */
  private otherDepartments(key: string) {
    return (this.ctx.em as SqlEntityManager)
      .createQueryBuilder(Department, 'd')
      .select('d.key')
      .where({ key: { $ne: key } })
      .getKnexQuery();
  }

  byIds(ids: readonly string[]): Promise<Case[]> {
    if (!this.ctx.viewer) return Promise.resolve([]);
    return this.ctx.em.find(Case, { $and: [{ id: { $in: [...ids] } }, caseReadFilter(this.ctx.viewer)] });
  }

  /**
   * One case to read (lean: never to change). Those of its departments and people that are
   * `asked` for come in the same statement, joined, not one more statement each.
   */
  async byId(id: string, asked: ReadonlySet<string> = new Set()): Promise<Case | null> {
    const parsed = fromGlobalId(id);
    if (parsed?.typename !== 'Case' || !this.ctx.viewer) return null;
    const [found] = await findLean(
      this.ctx.em,
      Case,
      { $and: [{ id: parsed.key }, caseReadFilter(this.ctx.viewer)] },
      { join: joinable(asked), limit: 1 },
    );
    return found ?? null;
  }

  /** A case's timeline as a connection, oldest first (keyset on its sequence number). */
  events(c: Case, filter: CaseTimelineFilter | null | undefined, page: PageArgs): Promise<ConnectionShape<CaseEvent>> {
    const f = filter ?? {};
    const where: FilterQuery<CaseEvent>[] = [{ case: c.id }];
    if (f.types?.length) where.push({ type: { $in: f.types } });
    if (f.actorId) where.push({ actor: fromGlobalId(f.actorId)?.key ?? '-' });
    checkRange(f.from, f.to);
    if (f.from) where.push({ at: { $gte: f.from } });
    if (f.to) where.push({ at: { $lt: f.to } });
    return paginate(
      this.ctx.em,
      CaseEvent,
      { $and: where },
      [
        ['seq', 'asc'],
        ['id', 'asc'],
      ],
      page,
      (e) => [e.seq, e.id],
      ([seq, id]) => [typeof seq === 'number' ? seq : Number.NaN, id],
    );
  }

  /** A case's whole timeline; the timelines of a list's cases are read in one query. */
  timeline(c: Case): Promise<CaseEvent[]> {
    return loadAllBy(
      this.ctx,
      'Case.timeline',
      { entity: CaseEvent, by: 'case', keyOf: (e) => e.case.id, orderBy: { case: 'asc', seq: 'asc' }, lean: true },
      c.id,
    );
  }

  // ---- opening ---------------------------------------------------------------------------

  /**
   * Everything opening needs that reads through the request's own connection: the permission,
   * and the unit and customer file as the viewer may see them. Runs before the transaction
   * (SQLite has one connection); a feature opening a case inside its own mutation calls this
   * first, then `openWithin`.
   */
  async prepareOpen(input: OpenCaseInput, opts: { authorisedByCaller?: boolean } = {}): Promise<OpenPrepared> {
    const viewer = this.viewer;
    const definition = caseKind(input.kind);
    const assigneeKey = input.assigneeId ? (fromGlobalId(input.assigneeId)?.key ?? null) : null;
    const mayCreate = viewer.grants.has(`${definition.resource}.create` as never);
    // A feature opening cases under its own authority (a meeting's action items become tasks by
    // the meeting's record-keeper) has checked its own permission and says so.
    if (!opts.authorisedByCaller && !mayCreate && !definition.mayOpen?.(viewer, input, assigneeKey)) throw forbidden();
    const unit = input.unitId ? await new UnitService(this.ctx).unitById(input.unitId) : null;
    const customer = input.reporterCustomerId
      ? await new CustomerService(this.ctx).byId(input.reporterCustomerId)
      : null;
    return { unitId: unit?.id ?? null, customerId: customer?.id ?? null };
  }

  async open(input: OpenCaseInput) {
    const prepared = await this.prepareOpen(input);
    return runMutation(this.ctx, (tx, audit) => this.openWithin(tx, input, prepared, audit));
  }

  /**
   * Opens a case in the caller's transaction. `audit` null: the calling mutation records the one
   * audit event for the whole change (a meeting's action item becoming a task).
   */
  async openWithin(tx: EntityManager, input: OpenCaseInput, prepared: OpenPrepared, audit: AuditLog | null) {
    const viewer = this.viewer;
    const definition = caseKind(input.kind);
    const v = new Validator();
    const title = v.text('title', input.title, { max: CASE_LIMITS.title, required: true });
    const description = v.text('description', input.description, { max: CASE_LIMITS.description, required: true });
    const reporterName = v.text('reporterName', input.reporterName, { max: 50 }) || null;
    const reporterPhone = v.text('reporterPhone', input.reporterPhone, { max: 30 }) || null;
    const area = v.text('area', input.area, { max: CASE_LIMITS.area }) || null;
    const now = this.now();

    let customer: Customer | null = null;
    if (input.reporterCustomerId) {
      customer = prepared.customerId ? await tx.findOne(Customer, { id: prepared.customerId }) : null;
      if (!customer) v.add('reporterCustomerId', 'names no customer', UserErrorCode.NOT_FOUND);
    }
    let unit: Unit | null = null;
    if (input.unitId) {
      unit = prepared.unitId ? await tx.findOne(Unit, { id: prepared.unitId }) : null;
      if (!unit) v.add('unitId', 'names no unit', UserErrorCode.NOT_FOUND);
    }
    let site: Site | null = null;
    if (unit) site = await tx.findOneOrFail(Site, { code: unit.site.unwrap().code });
    else if (input.siteCode) {
      site = input.siteCode.length <= 32 ? await tx.findOne(Site, { code: input.siteCode }) : null;
      if (!site) v.add('siteCode', 'names no site', UserErrorCode.NOT_FOUND);
    }
    // A task's reporter is whoever gives it: the person recording it unless a name is given.
    const reportedByMe = input.reportedByMe ?? (definition.assignedAtOpen && !customer && !reporterName);
    if (!customer && !reporterName && !reportedByMe) {
      v.add('reporterCustomerId', 'a case needs a reporter: a customer, a name, or yourself', UserErrorCode.REQUIRED);
    }

    // Kind-specific parts: who it is given to, its due time, its own details.
    let assignee: Staff | null = null;
    if (definition.assignedAtOpen) {
      if (!input.assigneeId) v.add('assigneeId', 'is required', UserErrorCode.REQUIRED);
      else assignee = await this.activeStaff(tx, input.assigneeId, 'assigneeId', v);
      if (assignee && !assignee.department) v.add('assigneeId', 'belongs to no department', UserErrorCode.INVALID);
    } else if (input.assigneeId) {
      v.add('assigneeId', 'is given at opening only for tasks; assign the case once opened', UserErrorCode.INVALID);
    }
    let dueAt: Date | null = null;
    if (definition.dueFromInput) {
      if (!input.dueAt) v.add('dueAt', 'is required', UserErrorCode.REQUIRED);
      else if (input.dueAt <= now || input.dueAt.getTime() - now.getTime() > YEAR_MS) {
        v.add('dueAt', 'must be in the future and within a year', UserErrorCode.OUT_OF_RANGE);
      } else dueAt = input.dueAt;
    } else if (input.dueAt) {
      v.add('dueAt', 'is set by the service levels for this kind', UserErrorCode.INVALID);
    }
    for (const field of DETAIL_INPUTS) {
      if (input[field] && definition.detailsInput !== field)
        v.add(field, `does not apply to ${input.kind} cases`, UserErrorCode.INVALID);
    }
    const details = (await definition.detailsAtOpen?.(input, v, tx, viewer, now)) ?? null;
    v.check();

    const kind = input.kind;
    const priority = input.priority ?? Priority.NORMAL;
    const [responseMinutes, resolutionMinutes] = await this.deadlines(tx, kind, priority);
    const department = await tx.findOneOrFail(Department, {
      key: definition.department ?? assignee?.department?.unwrap().key ?? '',
    });
    const mine = viewer.staff.department?.unwrap().key;
    const given = assignee && assignee.id !== viewer.staff.id;
    const c = tx.create(Case, {
      id: randomUUID(),
      reference: await nextReference(tx, definition.prefix, now, site?.timeZone ?? DEFAULT_TIME_ZONE, 4),
      kind,
      status: assignee ? CaseStatus.ASSIGNED : CaseStatus.OPEN,
      channel: input.channel,
      title,
      description,
      reporterCustomer: customer,
      reporterStaff: reportedByMe ? tx.getReference(Staff, viewer.staff.id) : null,
      reporterName,
      reporterPhone,
      unit,
      site,
      area,
      severity: input.severity ?? Severity.GENERAL,
      priority,
      beyondAuthority: input.beyondAuthority ?? false,
      department,
      // Taken by someone of another department (the night shift leader, SL-2): it still lands in
      // the owning department's queue, and the case says for whom it was taken. A task given
      // across departments is simply theirs.
      onBehalfOf: definition.department && mine && mine !== department.key ? department : null,
      assignee,
      holder: assignee,
      holderDepartment: assignee?.department ?? null,
      awaitingAcknowledgement: !!given,
      receivedBy: tx.getReference(Staff, viewer.staff.id),
      responseDueAt: new Date(now.getTime() + responseMinutes * 60_000),
      resolutionDueAt: dueAt ?? new Date(now.getTime() + resolutionMinutes * 60_000),
      details: details as Record<string, unknown> | null,
      createdAt: now,
      updatedAt: now,
    });
    this.appendEvent(tx, c, CaseEventType.OPENED, 1, null, {
      status: c.status,
      ...(assignee ? { assignee: assignee.id, assigneeName: assignee.name } : {}),
    });
    let seq = 1;
    await definition.afterOpen?.(c, tx, this.ctx, (type, data, note = null) => {
      seq += 1;
      this.appendEvent(tx, c, type, seq, note, data);
    });
    if (assignee && given) {
      notify(tx, this.ctx, {
        recipientId: assignee.id,
        type: 'CASE_ASSIGNED',
        caseRef: c,
        zh: `${viewer.staff.name} 交给您 ${c.reference}「${c.title}」，请确认接收`,
        en: `${viewer.staff.name} gave you ${c.reference} “${c.title}”: please acknowledge`,
      });
    }
    if (audit) this.record(audit, 'case.open', c, null);
    return c;
  }

  /**
   * Changes a kind's own details as a step on the timeline (a rental viewing, its outcome), by
   * whoever may handle the case or takes part in it as its kind says (the kind's `apply` decides
   * what each may do), while it is still active. A step may also show the work under way
   * (`inProgress`: a rectification notice acknowledged) or move the result deadline (`dueAt`).
   */
  updateDetails(
    caseId: string,
    kind: CaseKind | readonly CaseKind[],
    apply: (c: Case, v: Validator, tx: EntityManager) => Promise<DetailsChange>,
  ) {
    return this.step(caseId, CaseEventType.DETAILS_UPDATED, async (c, v, tx) => {
      if (!participates(this.viewer, c)) this.mayHandle(c);
      const kinds: readonly CaseKind[] = typeof kind === 'string' ? [kind] : kind;
      if (!kinds.includes(c.kind)) refuse('caseId', `is not a ${kinds.join(' or ')} case`, UserErrorCode.INVALID);
      const { note, details, inProgress, dueAt, step } = await apply(c, v, tx);
      c.details = details as Record<string, unknown>;
      const data: Record<string, unknown> = step ? { step } : {};
      if (inProgress && c.status !== CaseStatus.IN_PROGRESS && !c.awaitingAcknowledgement) {
        c.status = CaseStatus.IN_PROGRESS;
        this.markResponded(c);
      }
      if (dueAt) {
        c.resolutionDueAt = dueAt;
        data.dueAt = dueAt.toISOString();
      }
      return { note, data };
    });
  }

  /**
   * A kind's own step on the timeline (an incident's escalation acknowledged): found and checked
   * like every step, one transaction, one audit event. `apply` decides who may take it.
   */
  kindStep(
    caseId: string,
    type: CaseEventType.ESCALATION_ACKNOWLEDGED,
    apply: (
      c: Case,
      v: Validator,
      tx: EntityManager,
    ) => Promise<{ note?: string | null; data?: Record<string, unknown> }>,
  ) {
    return this.step(caseId, type, apply);
  }

  private async deadlines(tx: EntityManager, kind: Case['kind'], priority: Priority): Promise<[number, number]> {
    const policy = await tx.findOne(SlaPolicy, { kind, priority });
    return policy ? [policy.responseMinutes, policy.resolutionMinutes] : defaultSla(kind, priority);
  }

  // ---- steps -----------------------------------------------------------------------------

  /**
   * One lifecycle step in one transaction: find the case (as the viewer sees it), check the
   * transition is legal, apply it, add the timeline entry and the audit event, and announce it
   * once committed.
   */
  private step(
    caseId: string,
    type: Exclude<CaseEventType, CaseEventType.OPENED>,
    apply: (
      c: Case,
      v: Validator,
      tx: EntityManager,
    ) => Promise<{ note?: string | null; data?: Record<string, unknown> }>,
  ) {
    return runMutation(this.ctx, async (tx, audit) => {
      const parsed = fromGlobalId(caseId);
      const c =
        parsed?.typename === 'Case'
          ? await tx.findOne(Case, { $and: [{ id: parsed.key }, caseReadFilter(this.viewer)] })
          : null;
      if (!c) refuse('caseId', 'No such case', UserErrorCode.NOT_FOUND);
      if (!FROM[type].includes(c.status)) {
        refuse(
          'caseId',
          `cannot be ${type.toLowerCase()} while ${c.status.toLowerCase()}`,
          UserErrorCode.INVALID_TRANSITION,
        );
      }
      const before = snapshot(c);
      const v = new Validator();
      const { note = null, data = {} } = await apply(c, v, tx);
      v.check();
      c.updatedAt = this.now();
      const seq = (await tx.count(CaseEvent, { case: c.id })) + 1;
      this.appendEvent(tx, c, type, seq, note, { ...data, from: before.status, to: c.status });
      this.record(audit, `case.${type.toLowerCase()}`, c, before);
      return c;
    });
  }

  private appendEvent(
    tx: EntityManager,
    c: Case,
    type: CaseEventType,
    seq: number,
    note: string | null,
    data: Record<string, unknown>,
  ): CaseEvent {
    const viewer = this.viewer;
    const event = tx.create(CaseEvent, {
      id: randomUUID(),
      case: c,
      seq,
      type,
      actor: tx.getReference(Staff, viewer.staff.id),
      actorName: viewer.staff.name,
      at: this.now(),
      note,
      data,
    });
    this.ctx.afterCommit.push(() => this.ctx.pubsub.publish('CASE_EVENT', { caseId: c.id, eventId: event.id }));
    return event;
  }

  private record(audit: AuditLog, action: string, c: Case, before: Record<string, unknown> | null) {
    audit.record({
      action,
      targetType: 'Case',
      targetKey: c.id,
      departmentKey: c.department.unwrap().key,
      before,
      after: snapshot(c),
    });
  }

  /** Handle-level steps: by whoever holds the case, or with `<resource>.handle` reaching it. */
  private mayHandle(c: Case): void {
    if (!isHolder(this.viewer, c) && !grantReaches(this.viewer, c, 'handle')) throw forbidden();
  }

  /** Approve-level steps (close, reopen, void): `<resource>.approve` reaching the case. */
  private mayApprove(c: Case): void {
    if (!grantReaches(this.viewer, c, 'approve')) throw forbidden();
  }

  private note(v: Validator, note: string | null | undefined, required = false): string | null {
    return v.text('note', note, { max: CASE_LIMITS.note, required }) || null;
  }

  /** A major or beyond-authority case waits for its escalation before it may progress (C7). */
  private requireEscalation(c: Case, v: Validator): void {
    if ((c.severity === Severity.MAJOR || c.beyondAuthority) && !c.escalatedAt) {
      v.add(
        'caseId',
        'must be escalated to a superior first (major or beyond authority)',
        UserErrorCode.ESCALATION_REQUIRED,
      );
    }
  }

  private async activeStaff(tx: EntityManager, id: string, field: string, v: Validator): Promise<Staff | null> {
    const key = staffKey(id, field, v);
    if (!key) return null;
    const staff = await tx.findOne(Staff, { id: key, status: StaffStatus.ACTIVE });
    if (!staff) v.add(field, 'names no active member of staff', UserErrorCode.NOT_FOUND);
    return staff;
  }

  private markResponded(c: Case): void {
    c.respondedAt ??= this.now();
  }

  assign(input: AssignCaseInput) {
    return this.step(input.caseId, CaseEventType.ASSIGNED, async (c, v, tx) => {
      if (!grantReaches(this.viewer, c, 'handle')) throw forbidden();
      const note = this.note(v, input.note);
      const assignee = await this.activeStaff(tx, input.assigneeId, 'assigneeId', v);
      if (!v.ok || !assignee) return {};
      c.assignee = tx.getReference(Staff, assignee.id, { wrapped: true });
      c.holder = c.assignee;
      c.holderDepartment = assignee.department;
      c.awaitingAcknowledgement = assignee.id !== this.viewer.staff.id;
      if (c.status === CaseStatus.OPEN) c.status = CaseStatus.ASSIGNED;
      this.markResponded(c);
      if (assignee.id !== this.viewer.staff.id) {
        notify(tx, this.ctx, {
          recipientId: assignee.id,
          type: 'CASE_ASSIGNED',
          caseRef: c,
          zh: `${this.viewer.staff.name} 把 ${c.reference}「${c.title}」交给了您`,
          en: `${this.viewer.staff.name} assigned ${c.reference} “${c.title}” to you`,
        });
      }
      return { note, data: { assignee: assignee.id, assigneeName: assignee.name } };
    });
  }

  refer(input: ReferCaseInput) {
    return this.step(input.caseId, CaseEventType.REFERRED, async (c, v, tx) => {
      this.mayHandle(c);
      const note = this.note(v, input.note);
      const department =
        input.departmentKey.length <= 64 ? await tx.findOne(Department, { key: input.departmentKey }) : null;
      if (!department) v.add('departmentKey', 'names no department', UserErrorCode.NOT_FOUND);
      const person = await this.activeStaff(tx, input.assigneeId, 'assigneeId', v);
      if (department && person && person.department?.unwrap().key !== department.key) {
        v.add('assigneeId', 'is not in that department', UserErrorCode.INVALID);
      }
      if (!v.ok || !person || !department) return {};
      // Referral names a department AND a person (CS-5, X4); the person must acknowledge it.
      c.holder = tx.getReference(Staff, person.id, { wrapped: true });
      c.holderDepartment = tx.getReference(Department, department.key, { wrapped: true });
      c.assignee = c.holder;
      c.awaitingAcknowledgement = true;
      c.status = CaseStatus.ASSIGNED;
      notify(tx, this.ctx, {
        recipientId: person.id,
        type: 'CASE_REFERRED',
        caseRef: c,
        zh: `${this.viewer.staff.name} 转告您 ${c.reference}「${c.title}」，请确认接收`,
        en: `${this.viewer.staff.name} referred ${c.reference} “${c.title}” to you: please acknowledge`,
      });
      return { note, data: { department: department.key, assignee: person.id, assigneeName: person.name } };
    });
  }

  acknowledge(input: CaseStepInput) {
    return this.step(input.caseId, CaseEventType.ACKNOWLEDGED, async (c, v) => {
      if (!isHolder(this.viewer, c)) throw forbidden();
      if (!c.awaitingAcknowledgement)
        v.add('caseId', 'is not waiting for acknowledgement', UserErrorCode.INVALID_TRANSITION);
      const note = this.note(v, input.note);
      c.awaitingAcknowledgement = false;
      this.markResponded(c);
      return { note };
    });
  }

  escalate(input: EscalateCaseInput) {
    return this.step(input.caseId, CaseEventType.ESCALATED, async (c, v, tx) => {
      this.mayHandle(c);
      const note = this.note(v, input.note, true);
      const { escalateTo } = caseKind(c.kind);
      const superior = escalateTo ? await escalateTo(c, tx, this.ctx, note) : await superiorOf(tx, this.viewer.staff);
      if (!superior) v.add('caseId', 'has nobody above you to escalate to', UserErrorCode.NOT_FOUND);
      if (!v.ok || !superior) return {};
      c.escalatedTo = tx.getReference(Staff, superior.id, { wrapped: true });
      c.escalatedAt = this.now();
      this.markResponded(c);
      notify(tx, this.ctx, {
        recipientId: superior.id,
        type: 'CASE_ESCALATED',
        caseRef: c,
        zh: `${this.viewer.staff.name} 向您上报 ${c.reference}「${c.title}」`,
        en: `${this.viewer.staff.name} escalated ${c.reference} “${c.title}” to you`,
      });
      return { note, data: { escalatedTo: superior.id, escalatedToName: superior.name } };
    });
  }

  start(input: CaseStepInput) {
    return this.step(input.caseId, CaseEventType.STARTED, async (c, v) => {
      this.mayHandle(c);
      const note = this.note(v, input.note);
      if (c.awaitingAcknowledgement)
        v.add('caseId', 'must be acknowledged first', UserErrorCode.ACKNOWLEDGEMENT_REQUIRED);
      this.requireEscalation(c, v);
      c.status = CaseStatus.IN_PROGRESS;
      this.markResponded(c);
      return { note };
    });
  }

  resolve(input: ResolveCaseInput) {
    return this.step(input.caseId, CaseEventType.RESOLVED, async (c, v) => {
      this.mayHandle(c);
      const result = v.text('result', input.result, { max: CASE_LIMITS.result, required: true });
      this.requireEscalation(c, v);
      caseKind(c.kind).beforeResolve?.(c, v);
      c.status = CaseStatus.RESOLVED;
      c.result = result;
      c.resolvedAt = this.now();
      return { note: result };
    });
  }

  close(input: CloseCaseInput) {
    return this.step(input.caseId, CaseEventType.CLOSED, async (c, v) => {
      this.mayApprove(c);
      const feedback = v.text('feedback', input.feedback, { max: CASE_LIMITS.remark }) || null;
      const satisfaction = input.satisfaction ?? null;
      if (satisfaction !== null && (!Number.isInteger(satisfaction) || satisfaction < 1 || satisfaction > 5)) {
        v.add('satisfaction', 'must be from 1 to 5', UserErrorCode.OUT_OF_RANGE);
      }
      caseKind(c.kind).beforeClose?.(c, v);
      c.status = CaseStatus.CLOSED;
      c.closedAt = this.now();
      c.satisfaction = satisfaction;
      c.feedback = feedback;
      return { note: feedback, data: { satisfaction } };
    });
  }

  reopen(input: CaseReasonInput) {
    return this.step(input.caseId, CaseEventType.REOPENED, async (c, v) => {
      this.mayApprove(c);
      const reason = v.text('reason', input.reason, { max: CASE_LIMITS.remark, required: true });
      c.status = c.holder ? CaseStatus.IN_PROGRESS : CaseStatus.OPEN;
      c.resolvedAt = null;
      c.closedAt = null;
      return { note: reason };
    });
  }

  void(input: CaseReasonInput) {
    return this.step(input.caseId, CaseEventType.VOIDED, async (c, v) => {
      this.mayApprove(c);
      const reason = v.text('reason', input.reason, { max: CASE_LIMITS.remark, required: true });
      c.status = CaseStatus.VOIDED;
      c.voidReason = reason;
      return { note: reason };
    });
  }

  comment(input: CommentOnCaseInput) {
    return this.step(input.caseId, CaseEventType.COMMENTED, async (c, v) => {
      if (!participates(this.viewer, c)) this.mayHandle(c);
      return { note: this.note(v, input.note, true) };
    });
  }
}

/**
 * Whom a matter goes up to: an active holder of the post above the person's own in the
 * reporting chain, preferring one who shares a site, then further up if the post is empty.
 */
export async function superiorOf(tx: EntityManager, staff: Staff): Promise<Staff | null> {
  const me = await tx.findOneOrFail(Staff, { id: staff.id }, { populate: ['position', 'sites'] });
  const sites = new Set(me.sites.getItems().map((s) => s.code));
  let position = me.position.getEntity();
  for (let hops = 0; position.reportsTo && hops < 6; hops++) {
    // Through the transaction, never `reportsTo.load()`: a reference carried over from the
    // request's identity map would load through the request's own connection, which waits on
    // SQLite's one connection for ever while this transaction holds it.
    const above = await tx.findOne(Position, { key: position.reportsTo.unwrap().key });
    if (!above) return null;
    const holders = await tx.find(
      Staff,
      { position: above.key, status: StaffStatus.ACTIVE, id: { $ne: me.id } },
      { populate: ['sites'], orderBy: { employeeNo: 'asc' } },
    );
    const best = holders.find((s) => s.sites.getItems().some((x) => sites.has(x.code))) ?? holders[0];
    if (best) return best;
    position = above;
  }
  return null;
}
