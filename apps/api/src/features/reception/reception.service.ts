import { randomUUID } from 'node:crypto';
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { LIMITS, UserErrorCode } from '@steward/schema';
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
import { CaseStatus } from '../cases/case.enums.js';
import { Customer } from '../customers/customer.entity.js';
import { ContactKind } from '../customers/customer.enums.js';
import { contactProblem, containsPattern } from '../customers/customer.rules.js';
import { CustomerService } from '../customers/customer.service.js';
import { Unit } from '../customers/unit.entity.js';
import { UnitService } from '../customers/unit.service.js';
import { forbidden, unauthenticated } from '../permissions/auth-checker.js';
import { Site } from '../sites/site.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { mayHandle, mayRecordAt, RECEPTION_DEPARTMENT, receptionScope } from './reception.access.js';
import { VisitStatus } from './reception.enums.js';
import type {
  CloseReceptionVisitInput,
  LinkReceptionVisitToCaseInput,
  ReceptionVisitFilter,
  RecordReceptionVisitInput,
  UpdateReceptionVisitInput,
  VoidReceptionVisitInput,
} from './reception.inputs.js';
import { RECEPTION_LIMITS, ReceptionVisit } from './reception-visit.entity.js';

/** Matches no row: what a viewer without `reception.read` sees. */
const NOTHING = { id: { $in: [] } };

const DAY_MS = 86_400_000;
/** A clock a little ahead of ours (a phone, a PC) may send "now" as a moment ahead: forgive a minute. */
const CLOCK_SKEW_MS = 60_000;
const SITE_CODE_MAX = 32;

/** What the audit trail shows of a visit. */
function snapshot(v: ReceptionVisit): Record<string, unknown> {
  return {
    status: v.status,
    site: v.site.unwrap().code,
    visitedAt: v.visitedAt.toISOString(),
    customer: v.customer?.unwrap().id ?? null,
    visitorName: v.visitorName,
    visitorPhone: v.visitorPhone,
    unit: v.unit?.unwrap().id ?? null,
    purpose: v.purpose,
    summary: v.summary,
    outcome: v.outcome,
    case: v.case?.unwrap().id ?? null,
    voidReason: v.voidReason,
  };
}

/** Statuses each step may start from; anything else is refused with INVALID_TRANSITION. */
const FROM = {
  update: [VisitStatus.OPEN],
  link_case: [VisitStatus.OPEN],
  close: [VisitStatus.OPEN],
  void: [VisitStatus.OPEN, VisitStatus.CLOSED],
} as const satisfies Record<string, readonly VisitStatus[]>;
type Step = keyof typeof FROM;
const DONE: Record<Step, string> = {
  update: 'changed',
  link_case: 'linked to a case',
  close: 'closed',
  void: 'voided',
};

/** The walk-in reception log (来访接待记录, R2, CS-4): entering visits, their outcome, the case opened. */
export class ReceptionService {
  constructor(private readonly ctx: Context) {}

  private get viewer(): Viewer {
    if (!this.ctx.viewer) throw unauthenticated();
    return this.ctx.viewer;
  }

  private now(): Date {
    return this.ctx.clock();
  }

  // ---- reading ---------------------------------------------------------------------------

  /** Visits the viewer may see, the latest visit first. `customerKey` narrows to one customer's. */
  async list(
    filter: ReceptionVisitFilter | null | undefined,
    page: PageArgs,
    customerKey?: string,
  ): Promise<ConnectionShape<ReceptionVisit>> {
    const scope = this.ctx.viewer ? receptionScope(this.ctx.viewer) : null;
    const where: FilterQuery<ReceptionVisit>[] = [scope ?? NOTHING];
    const f = filter ?? {};
    if (customerKey !== undefined) where.push({ customer: customerKey });
    if (f.siteCode != null) {
      if (f.siteCode.length > SITE_CODE_MAX) throw badInput('siteCode', `must be at most ${SITE_CODE_MAX} characters`);
      where.push({ site: f.siteCode });
    }
    if (f.status) where.push({ status: f.status });
    if (f.purpose) where.push({ purpose: f.purpose });
    checkRange(f.from, f.to);
    if (f.from) where.push({ visitedAt: { $gte: f.from } });
    if (f.to) where.push({ visitedAt: { $lt: f.to } });
    if (f.receivedById) {
      const parsed = fromGlobalId(f.receivedById);
      where.push({ receivedBy: parsed?.typename === 'Staff' ? parsed.key : '' });
    }
    if (f.customerId) {
      const parsed = fromGlobalId(f.customerId);
      where.push({ customer: parsed?.typename === 'Customer' ? parsed.key : '' });
    }
    const search = f.search?.trim();
    if (search) {
      if (search.length > LIMITS.maxSearchLength)
        throw badInput('search', `must be at most ${LIMITS.maxSearchLength} characters`);
      const like = containsPattern(search.toLowerCase());
      where.push({
        $or: [
          { summaryLower: { $like: like } },
          { outcomeLower: { $like: like } },
          { visitorNameLower: { $like: like } },
          { visitorPhone: { $like: containsPattern(search) } },
          { customer: { nameLower: { $like: like } } },
          { case: { reference: { $like: containsPattern(search.toUpperCase()) } } },
        ],
      });
    }
    return paginate(
      this.ctx.em,
      ReceptionVisit,
      { $and: where },
      [
        ['visitedAt', 'desc'],
        ['id', 'desc'],
      ],
      page,
      (v) => [v.visitedAt.toISOString(), v.id],
      ([at, id]) => [new Date(String(at)), id],
    );
  }

  /** For `node(id)` and `receptionVisit(id)`: only what the viewer may see. */
  byIds(ids: readonly string[]): Promise<ReceptionVisit[]> {
    const scope = this.ctx.viewer ? receptionScope(this.ctx.viewer) : null;
    if (!scope) return Promise.resolve([]);
    return this.ctx.em.find(ReceptionVisit, { $and: [{ id: { $in: [...ids] } }, scope] });
  }

  async byId(id: string): Promise<ReceptionVisit | null> {
    const parsed = fromGlobalId(id);
    return parsed?.typename === 'ReceptionVisit' ? ((await this.byIds([parsed.key]))[0] ?? null) : null;
  }

  canHandle(visit: ReceptionVisit): boolean {
    return !!this.ctx.viewer && visit.status !== VisitStatus.VOIDED && mayHandle(this.ctx.viewer, visit);
  }

  // ---- rules shared by the steps -----------------------------------------------------------

  /** When the visit happened: not ahead of now, and at most 7 days before it was entered. */
  private visitedAt(v: Validator, value: Date, enteredAt: Date): Date {
    if (Number.isNaN(value.getTime())) {
      v.add('visitedAt', 'must be a date and time', UserErrorCode.INVALID);
    } else if (value.getTime() > this.now().getTime() + CLOCK_SKEW_MS) {
      v.add('visitedAt', 'cannot be in the future', UserErrorCode.OUT_OF_RANGE);
    } else if (value.getTime() < enteredAt.getTime() - RECEPTION_LIMITS.backdateDays * DAY_MS) {
      v.add(
        'visitedAt',
        `may be at most ${RECEPTION_LIMITS.backdateDays} days before it is entered`,
        UserErrorCode.OUT_OF_RANGE,
      );
    }
    return value;
  }

  private phone(v: Validator, value: string | null | undefined): string | null {
    const phone = v.text('visitorPhone', value, { max: RECEPTION_LIMITS.visitorPhone });
    const problem = phone && phone.length <= RECEPTION_LIMITS.visitorPhone && contactProblem(ContactKind.PHONE, phone);
    if (problem) v.add('visitorPhone', problem, UserErrorCode.INVALID);
    return phone || null;
  }

  private audit(audit: AuditLog, action: string, visit: ReceptionVisit, before: Record<string, unknown> | null) {
    audit.record({
      action,
      targetType: 'ReceptionVisit',
      targetKey: visit.id,
      departmentKey: RECEPTION_DEPARTMENT,
      before,
      after: snapshot(visit),
    });
  }

  // ---- recording ---------------------------------------------------------------------------

  async recordVisit(input: RecordReceptionVisitInput) {
    const viewer = this.viewer;
    if (!viewer.grants.has('reception.create')) throw forbidden();
    // Only a customer file or unit the viewer may read can be named (read before the transaction:
    // SQLite has one connection, and these services read through the request's).
    const visibleCustomer = input.customerId ? await new CustomerService(this.ctx).byId(input.customerId) : null;
    const visibleUnit = input.unitId ? await new UnitService(this.ctx).unitById(input.unitId) : null;
    return runMutation(this.ctx, async (tx, audit) => {
      const v = new Validator();
      const now = this.now();
      const summary = v.text('summary', input.summary, { max: RECEPTION_LIMITS.summary, required: true });
      const outcome = v.text('outcome', input.outcome, { max: RECEPTION_LIMITS.outcome }) || null;
      const visitorName = v.text('visitorName', input.visitorName, { max: RECEPTION_LIMITS.visitorName }) || null;
      const visitorPhone = this.phone(v, input.visitorPhone);
      const visitedAt = input.visitedAt ? this.visitedAt(v, input.visitedAt, now) : now;

      let customer: Customer | null = null;
      if (input.customerId) {
        customer = visibleCustomer ? await tx.findOne(Customer, { id: visibleCustomer.id }) : null;
        if (!customer) v.add('customerId', 'names no customer', UserErrorCode.NOT_FOUND);
        else if (customer.voidedAt) v.add('customerId', 'is a voided file', UserErrorCode.INVALID_TRANSITION);
      } else if (!visitorName) {
        v.add('visitorName', 'a visit needs a visitor: a customer on file or a name', UserErrorCode.REQUIRED);
      }

      let unit: Unit | null = null;
      if (input.unitId) {
        unit = visibleUnit ? await tx.findOne(Unit, { id: visibleUnit.id }) : null;
        if (!unit) v.add('unitId', 'names no unit', UserErrorCode.NOT_FOUND);
      }
      let site: Site | null = null;
      const siteCode = input.siteCode?.trim() || null;
      if (unit) {
        site = await tx.findOneOrFail(Site, { code: unit.site.unwrap().code });
        if (siteCode && siteCode !== site.code) v.add('siteCode', 'is not the unit’s site', UserErrorCode.INVALID);
      } else if (siteCode) {
        site = siteCode.length <= SITE_CODE_MAX ? await tx.findOne(Site, { code: siteCode }) : null;
        if (!site) v.add('siteCode', 'names no site', UserErrorCode.NOT_FOUND);
      } else if (!input.unitId) {
        v.add('siteCode', 'is required when no unit is given', UserErrorCode.REQUIRED);
      }
      if (site && !mayRecordAt(viewer, site.code)) {
        v.add('siteCode', 'is not one of your sites', UserErrorCode.NOT_PERMITTED);
      }
      if (input.close && !outcome) {
        v.add('outcome', 'a visit is closed with an outcome (or a linked case)', UserErrorCode.REQUIRED);
      }
      v.check();

      const me = tx.getReference(Staff, viewer.staff.id);
      const visit = tx.create(ReceptionVisit, {
        id: randomUUID(),
        site: site as Site,
        visitedAt,
        customer,
        visitorName,
        visitorPhone,
        unit,
        purpose: input.purpose,
        summary,
        outcome,
        receivedBy: me,
        status: input.close ? VisitStatus.CLOSED : VisitStatus.OPEN,
        closedAt: input.close ? now : null,
        closedBy: input.close ? me : null,
        createdAt: now,
        updatedAt: now,
      });
      this.audit(audit, 'reception.record', visit, null);
      return visit;
    });
  }

  // ---- steps on a visit --------------------------------------------------------------------

  /**
   * One step in one transaction: find the visit as the viewer sees it, check they may work on it
   * and that the step is legal now (and that they saw the latest version), apply, audit.
   */
  private step(
    visitId: string,
    step: Step,
    version: number | null | undefined,
    apply: (visit: ReceptionVisit, v: Validator, tx: EntityManager) => Promise<void>,
  ) {
    return runMutation(this.ctx, async (tx, audit) => {
      const viewer = this.viewer;
      const parsed = fromGlobalId(visitId);
      const scope = receptionScope(viewer);
      const visit =
        parsed?.typename === 'ReceptionVisit' && scope
          ? await tx.findOne(ReceptionVisit, { $and: [{ id: parsed.key }, scope] })
          : null;
      if (!visit) refuse('visitId', 'No such visit', UserErrorCode.NOT_FOUND);
      if (!mayHandle(viewer, visit)) throw forbidden();
      if (!(FROM[step] as readonly VisitStatus[]).includes(visit.status)) {
        refuse(
          'visitId',
          `cannot be ${DONE[step]} while ${visit.status.toLowerCase()}`,
          UserErrorCode.INVALID_TRANSITION,
        );
      }
      if (version != null && version !== visit.version) {
        refuse('version', 'the visit has changed since you opened it', UserErrorCode.CONFLICT);
      }
      const before = snapshot(visit);
      const v = new Validator();
      await apply(visit, v, tx);
      v.check();
      visit.updatedAt = this.now();
      this.audit(audit, `reception.${step}`, visit, before);
      return visit;
    });
  }

  update(input: UpdateReceptionVisitInput) {
    return this.step(input.visitId, 'update', input.version, async (visit, v) => {
      if (input.purpose != null) visit.purpose = input.purpose;
      if (input.summary != null) {
        visit.summary = v.text('summary', input.summary, { max: RECEPTION_LIMITS.summary, required: true });
      }
      if (input.outcome != null) {
        visit.outcome = v.text('outcome', input.outcome, { max: RECEPTION_LIMITS.outcome }) || null;
      }
      if (input.visitorName != null) {
        visit.visitorName = v.text('visitorName', input.visitorName, { max: RECEPTION_LIMITS.visitorName }) || null;
        if (!visit.visitorName && !visit.customer) {
          v.add('visitorName', 'a visit needs a visitor: a customer on file or a name', UserErrorCode.REQUIRED);
        }
      }
      if (input.visitorPhone != null) visit.visitorPhone = this.phone(v, input.visitorPhone);
      if (input.visitedAt != null) visit.visitedAt = this.visitedAt(v, input.visitedAt, visit.createdAt);
    });
  }

  linkCase(input: LinkReceptionVisitToCaseInput) {
    return this.step(input.visitId, 'link_case', null, async (visit, v, tx) => {
      if (visit.case) {
        refuse('visitId', 'already has a case: a visit opens at most one', UserErrorCode.CONFLICT);
      }
      const parsed = fromGlobalId(input.caseId);
      const found =
        parsed?.typename === 'Case'
          ? await tx.findOne(Case, { $and: [{ id: parsed.key }, caseReadFilter(this.viewer)] })
          : null;
      if (!found) return v.add('caseId', 'No such case', UserErrorCode.NOT_FOUND);
      if (found.status === CaseStatus.VOIDED) {
        return v.add('caseId', 'is voided', UserErrorCode.INVALID_TRANSITION);
      }
      const other = await tx.findOne(ReceptionVisit, { case: found.id });
      if (other) return v.add('caseId', 'was opened from another visit', UserErrorCode.CONFLICT);
      visit.case = tx.getReference(Case, found.id, { wrapped: true });
    });
  }

  close(input: CloseReceptionVisitInput) {
    return this.step(input.visitId, 'close', input.version, async (visit, v, tx) => {
      if (input.outcome != null) {
        const outcome = v.text('outcome', input.outcome, { max: RECEPTION_LIMITS.outcome });
        if (outcome) visit.outcome = outcome;
      }
      // X1 (事事有结果): no visit is closed without an outcome or the case it became.
      if (!visit.outcome && !visit.case) {
        v.add('outcome', 'a visit is closed with an outcome or a linked case', UserErrorCode.REQUIRED);
      }
      visit.status = VisitStatus.CLOSED;
      visit.closedAt = this.now();
      visit.closedBy = tx.getReference(Staff, this.viewer.staff.id, { wrapped: true });
    });
  }

  void(input: VoidReceptionVisitInput) {
    return this.step(input.visitId, 'void', null, async (visit, v) => {
      const reason = v.text('reason', input.reason, { max: RECEPTION_LIMITS.reason, required: true });
      visit.status = VisitStatus.VOIDED;
      visit.voidedAt = this.now();
      visit.voidReason = reason;
    });
  }
}
