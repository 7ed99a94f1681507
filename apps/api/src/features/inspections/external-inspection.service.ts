import { randomUUID } from 'node:crypto';
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { UserErrorCode } from '@steward/schema';
import { batchLoad, groupBy } from '../../graphql/batch.js';
import { type ConnectionShape, checkRange, type PageArgs, paginate } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { runMutation } from '../../graphql/mutation.js';
import { refuse } from '../../graphql/user-error.js';
import { Validator } from '../../graphql/validate.js';
import type { AuditLog } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import { caseReadFilter } from '../cases/case.access.js';
import { Case } from '../cases/case.entity.js';
import { CaseKind, CaseStatus } from '../cases/case.enums.js';
import { forbidden, unauthenticated } from '../permissions/auth-checker.js';
import { grantsOf } from '../permissions/grants.js';
import { Department } from '../rulebook/department.entity.js';
import { Site } from '../sites/site.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { StaffStatus } from '../staff/staff.enums.js';
import { ExternalInspection, EXTERNAL_INSPECTION_LIMITS as LIMITS } from './external-inspection.entity.js';
import { externalGrantReaches, externalReadFilter, mayRecordExternal } from './inspection.access.js';
import { RectificationOrigin } from './inspection.enums.js';
import type {
  ExternalInspectionFilter,
  RecordExternalInspectionInput,
  UpdateExternalInspectionInput,
  VoidExternalInspectionInput,
} from './inspection.inputs.js';
import { keyOf } from './inspection.service.js';

const MINUTE = 60_000;
const YEAR = 365 * 24 * 3600_000;

function snapshot(e: ExternalInspection): Record<string, unknown> {
  return {
    site: e.site.unwrap().code,
    bodyType: e.bodyType,
    bodyName: e.bodyName,
    inspectedAt: e.inspectedAt.toISOString(),
    scope: e.scope,
    receivedBy: e.receivedBy.unwrap().id,
    findings: e.findings,
    documentsProvided: e.documentsProvided,
    voidReason: e.voidReason,
  };
}

/** External inspections received (R21, DIR-10): who came, what they found; their actions become notices. */
export class ExternalInspectionService {
  constructor(private readonly ctx: Context) {}

  private get viewer(): Viewer {
    if (!this.ctx.viewer) throw unauthenticated();
    return this.ctx.viewer;
  }

  private now(): Date {
    return this.ctx.clock();
  }

  list(
    filter: ExternalInspectionFilter | null | undefined,
    page: PageArgs,
  ): Promise<ConnectionShape<ExternalInspection>> {
    const f = filter ?? {};
    const reach = externalReadFilter(this.viewer);
    const where: FilterQuery<ExternalInspection>[] = [reach ?? { id: null }];
    if (f.siteCode) where.push({ site: f.siteCode.slice(0, 32) });
    if (f.departmentKey) where.push({ department: f.departmentKey.slice(0, 64) });
    if (f.bodyType) where.push({ bodyType: f.bodyType });
    checkRange(f.from, f.to);
    if (f.from) where.push({ inspectedAt: { $gte: f.from } });
    if (f.to) where.push({ inspectedAt: { $lt: f.to } });
    if (!f.includeVoided) where.push({ voidedAt: null });
    return paginate(
      this.ctx.em,
      ExternalInspection,
      { $and: where },
      [
        ['inspectedAt', 'desc'],
        ['id', 'desc'],
      ],
      page,
      (e) => [e.inspectedAt.toISOString(), e.id],
      ([at, id]) => [new Date(String(at)), id],
    );
  }

  byIds(keys: readonly string[]): Promise<ExternalInspection[]> {
    const reach = this.ctx.viewer ? externalReadFilter(this.ctx.viewer) : null;
    if (!reach) return Promise.resolve([]);
    return this.ctx.em.find(ExternalInspection, { $and: [{ id: { $in: [...keys] } }, reach] });
  }

  async byId(id: string): Promise<ExternalInspection | null> {
    const key = keyOf(id, 'ExternalInspection');
    return key ? ((await this.byIds([key]))[0] ?? null) : null;
  }

  /**
   * The notices issued for its required actions, as the viewer may see them, oldest first; a
   * list's inspections are read in one query.
   */
  notices(e: ExternalInspection): Promise<Case[]> {
    const viewer = this.ctx.viewer;
    if (!viewer) return Promise.resolve([]);
    const em = this.ctx.em;
    return batchLoad(
      this.ctx,
      'ExternalInspection.notices',
      async (ids) =>
        groupBy(
          await em.find(
            Case,
            {
              $and: [
                {
                  kind: CaseKind.RECTIFICATION,
                  status: { $ne: CaseStatus.VOIDED },
                  details: { origin: RectificationOrigin.EXTERNAL_INSPECTION, sourceId: { $in: ids } },
                } as FilterQuery<Case>,
                caseReadFilter(viewer),
              ],
            },
            { orderBy: { createdAt: 'asc', id: 'asc' } },
          ),
          (c) => String((c.details as { sourceId?: string }).sourceId),
        ),
      e.id,
      [],
    );
  }

  mayEdit(e: ExternalInspection): boolean {
    return !!this.ctx.viewer && !e.voidedAt && externalGrantReaches(this.ctx.viewer, 'external_inspection.handle', e);
  }

  private record(audit: AuditLog, action: string, e: ExternalInspection, before: Record<string, unknown> | null) {
    audit.record({
      action,
      targetType: 'ExternalInspection',
      targetKey: e.id,
      departmentKey: e.department.unwrap().key,
      before,
      after: snapshot(e),
    });
  }

  private inspectedAt(v: Validator, at: Date): void {
    const now = this.now().getTime();
    if (at.getTime() > now + MINUTE) v.add('inspectedAt', 'cannot be in the future', UserErrorCode.OUT_OF_RANGE);
    else if (now - at.getTime() > YEAR)
      v.add('inspectedAt', 'must be within the last year', UserErrorCode.OUT_OF_RANGE);
  }

  /**
   * Who received the inspectors: someone holding the authority to (DIR-10 "有权": a position that
   * may record external inspections), active, working at the site.
   */
  private async receiver(tx: EntityManager, v: Validator, id: string | null | undefined, siteCode: string) {
    const key = id ? keyOf(id, 'Staff') : this.viewer.staff.id;
    const staff = key
      ? await tx.findOne(Staff, { id: key, status: StaffStatus.ACTIVE }, { populate: ['sites'] })
      : null;
    if (!staff) {
      v.add('receivedById', 'names no active member of staff', UserErrorCode.NOT_FOUND);
      return null;
    }
    const grants = await grantsOf(tx, staff.position.unwrap().key);
    if (!grants.has('external_inspection.create')) {
      v.add('receivedById', 'does not hold the authority to receive inspections (DIR-10)', UserErrorCode.NOT_PERMITTED);
    } else if (!staff.sites.getItems().some((s) => s.code === siteCode)) {
      v.add('receivedById', 'does not work at the site', UserErrorCode.INVALID);
    }
    return staff;
  }

  receive(input: RecordExternalInspectionInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const viewer = this.viewer;
      const department = viewer.staff.department?.unwrap().key;
      if (!department) refuse(null, 'you belong to no department', UserErrorCode.NOT_PERMITTED);
      const site = input.siteCode.length <= 32 ? await tx.findOne(Site, { code: input.siteCode }) : null;
      if (!site) refuse('siteCode', 'names no site', UserErrorCode.NOT_FOUND);
      if (!mayRecordExternal(viewer, { departmentKey: department, siteCode: site.code })) throw forbidden();
      const v = new Validator();
      const bodyName = v.text('bodyName', input.bodyName, { max: LIMITS.bodyName, required: true });
      const scope = v.text('scope', input.scope, { max: LIMITS.scope }) || null;
      const findings = v.text('findings', input.findings, { max: LIMITS.findings }) || null;
      const documentsProvided = v.text('documentsProvided', input.documentsProvided, { max: LIMITS.documents }) || null;
      this.inspectedAt(v, input.inspectedAt);
      const receivedBy = await this.receiver(tx, v, input.receivedById, site.code);
      v.check();
      const now = this.now();
      const e = tx.create(ExternalInspection, {
        id: randomUUID(),
        site,
        department: tx.getReference(Department, department),
        bodyType: input.bodyType,
        bodyName,
        inspectedAt: input.inspectedAt,
        scope,
        receivedBy: receivedBy as Staff,
        findings,
        documentsProvided,
        recordedBy: tx.getReference(Staff, viewer.staff.id),
        createdAt: now,
        updatedAt: now,
      });
      this.record(audit, 'external_inspection.record', e, null);
      return e;
    });
  }

  private async editable(tx: EntityManager, id: string): Promise<ExternalInspection> {
    const key = keyOf(id, 'ExternalInspection');
    const reach = externalReadFilter(this.viewer);
    const e = key && reach ? await tx.findOne(ExternalInspection, { $and: [{ id: key }, reach] }) : null;
    if (!e) refuse('externalInspectionId', 'names no external inspection', UserErrorCode.NOT_FOUND);
    if (!externalGrantReaches(this.viewer, 'external_inspection.handle', e)) throw forbidden();
    if (e.voidedAt) refuse('externalInspectionId', 'has been voided', UserErrorCode.INVALID_TRANSITION);
    return e;
  }

  update(input: UpdateExternalInspectionInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const e = await this.editable(tx, input.externalInspectionId);
      const before = snapshot(e);
      const v = new Validator();
      if (input.bodyType) e.bodyType = input.bodyType;
      if (input.bodyName !== undefined && input.bodyName !== null) {
        e.bodyName = v.text('bodyName', input.bodyName, { max: LIMITS.bodyName, required: true });
      }
      if (input.inspectedAt) {
        this.inspectedAt(v, input.inspectedAt);
        e.inspectedAt = input.inspectedAt;
      }
      if (input.scope !== undefined) e.scope = v.text('scope', input.scope, { max: LIMITS.scope }) || null;
      if (input.findings !== undefined)
        e.findings = v.text('findings', input.findings, { max: LIMITS.findings }) || null;
      if (input.documentsProvided !== undefined) {
        e.documentsProvided = v.text('documentsProvided', input.documentsProvided, { max: LIMITS.documents }) || null;
      }
      v.check();
      e.updatedAt = this.now();
      this.record(audit, 'external_inspection.update', e, before);
      return e;
    });
  }

  void(input: VoidExternalInspectionInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const e = await this.editable(tx, input.externalInspectionId);
      const v = new Validator();
      const reason = v.text('reason', input.reason, { max: LIMITS.reason, required: true });
      const open = await tx.count(Case, {
        kind: CaseKind.RECTIFICATION,
        status: { $nin: [CaseStatus.VOIDED, CaseStatus.CLOSED] },
        details: { origin: RectificationOrigin.EXTERNAL_INSPECTION, sourceId: e.id },
      } as FilterQuery<Case>);
      if (open) {
        v.add(
          'externalInspectionId',
          'has open rectification notices: void or close them first',
          UserErrorCode.CONFLICT,
        );
      }
      v.check();
      const before = snapshot(e);
      const now = this.now();
      e.voidedAt = now;
      e.voidReason = reason;
      e.updatedAt = now;
      this.record(audit, 'external_inspection.void', e, before);
      return e;
    });
  }
}
