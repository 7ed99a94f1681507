import { randomUUID } from 'node:crypto';
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { UserErrorCode } from '@steward/schema';
import { batchLoad } from '../../graphql/batch.js';
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
import { CaseKind, CaseStatus } from '../cases/case.enums.js';
import { forbidden, unauthenticated } from '../permissions/auth-checker.js';
import { grantsOf } from '../permissions/grants.js';
import { Area } from '../places/area.entity.js';
import { Department } from '../rulebook/department.entity.js';
import { Site } from '../sites/site.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { StaffStatus } from '../staff/staff.enums.js';
import {
  inspectionGrantReaches,
  inspectionReadFilter,
  mayCancelInspection,
  mayPerformInspection,
  mayPlanInspection,
  regularitySites,
} from './inspection.access.js';
import { INSPECTION_LIMITS, Inspection, InspectionChecklist, InspectionItem } from './inspection.entity.js';
import { InspectionItemResult, InspectionStatus, InspectionType, RectificationOrigin } from './inspection.enums.js';
import type {
  CancelInspectionInput,
  CompleteInspectionInput,
  CreateInspectionChecklistInput,
  InspectionFilter,
  PlanInspectionInput,
  RecordInspectionResultsInput,
  UpdateInspectionChecklistInput,
} from './inspection.inputs.js';
import { DEFAULT_CHECKLISTS, REGULARITY } from './inspection.rules.js';

const DAY = 24 * 3600_000;
const YEAR = 365 * DAY;
const MINUTE = 60_000;

/** A step the viewer may take on an inspection now (`Inspection.viewerSteps`). */
export type InspectionStepName = 'RECORD' | 'COMPLETE' | 'CANCEL' | 'ISSUE_NOTICE';

export interface RegularityRow {
  site: Site;
  type: InspectionType;
  intervalDays: number;
  last: Inspection | null;
  dueBy: Date | null;
  overdue: boolean;
  nextPlanned: Inspection | null;
}

export function keyOf(id: string | null | undefined, typename: string): string | null {
  if (!id) return null;
  const parsed = fromGlobalId(id);
  return parsed?.typename === typename ? parsed.key : null;
}

function snapshot(i: Inspection, items?: readonly InspectionItem[]): Record<string, unknown> {
  return {
    type: i.type,
    site: i.site.unwrap().code,
    status: i.status,
    scheduledFor: i.scheduledFor.toISOString(),
    performedAt: i.performedAt?.toISOString() ?? null,
    completedAt: i.completedAt?.toISOString() ?? null,
    inspectors: i.inspectors.isInitialized() ? i.inspectors.getItems().map((s) => s.id) : undefined,
    areas: i.areas.isInitialized() ? i.areas.getItems().map((a) => a.id) : undefined,
    checklist: i.checklist.unwrap().id,
    checklistRevision: i.checklistRevision,
    scope: i.scope,
    summary: i.summary,
    cancelReason: i.cancelReason,
    ...(items ? { results: Object.fromEntries(items.map((it) => [it.seq, it.result ? `${it.result}` : null])) } : {}),
  };
}

function checklistSnapshot(c: InspectionChecklist): Record<string, unknown> {
  return { type: c.type, name: c.name, items: c.items, revision: c.revision, active: c.active };
}

/** The live (not voided) rectification notices issued from these inspections' items. */
function liveNoticesOf(inspectionIds: readonly string[]): FilterQuery<Case> {
  return {
    kind: CaseKind.RECTIFICATION,
    status: { $ne: CaseStatus.VOIDED },
    details: { origin: RectificationOrigin.INSPECTION, inspectionId: { $in: [...inspectionIds] } },
  } as FilterQuery<Case>;
}

/** Notices by inspection, then by item key (of two for an item, the later in the list). */
function noticesByInspection(notices: readonly Case[]): Map<string, Map<string, Case>> {
  const out = new Map<string, Map<string, Case>>();
  for (const c of notices) {
    const d = c.details as { inspectionId?: string; sourceId?: string };
    const byItem = out.get(String(d.inspectionId)) ?? new Map<string, Case>();
    byItem.set(String(d.sourceId), c);
    out.set(String(d.inspectionId), byItem);
  }
  return out;
}

/** Creates the default checklists on a database that has none (first start). */
export async function ensureInspectionChecklists(em: EntityManager): Promise<number> {
  if ((await em.count(InspectionChecklist, {})) > 0) return 0;
  const now = new Date();
  for (const c of DEFAULT_CHECKLISTS) {
    em.create(InspectionChecklist, { id: randomUUID(), ...c, items: [...c.items], createdAt: now, updatedAt: now });
  }
  await em.flush();
  return DEFAULT_CHECKLISTS.length;
}

/** Safety inspections (R19, OM-5): checklists, planning, performing, completing, regularity (C11). */
export class InspectionService {
  constructor(private readonly ctx: Context) {}

  private get viewer(): Viewer {
    if (!this.ctx.viewer) throw unauthenticated();
    return this.ctx.viewer;
  }

  private now(): Date {
    return this.ctx.clock();
  }

  // ---- reading ---------------------------------------------------------------------------

  list(filter: InspectionFilter | null | undefined, page: PageArgs): Promise<ConnectionShape<Inspection>> {
    const f = filter ?? {};
    const where: FilterQuery<Inspection>[] = [inspectionReadFilter(this.viewer)];
    if (f.siteCode) where.push({ site: f.siteCode.slice(0, 32) });
    if (f.departmentKey) where.push({ department: f.departmentKey.slice(0, 64) });
    if (f.type) where.push({ type: f.type });
    if (f.statuses?.length) where.push({ status: { $in: f.statuses } });
    checkRange(f.from, f.to);
    if (f.from) where.push({ scheduledFor: { $gte: f.from } });
    if (f.to) where.push({ scheduledFor: { $lt: f.to } });
    if (f.mine) where.push({ inspectors: { $some: { id: this.viewer.staff.id } } });
    return paginate(
      this.ctx.em,
      Inspection,
      { $and: where },
      [
        ['scheduledFor', 'desc'],
        ['id', 'desc'],
      ],
      page,
      (i) => [i.scheduledFor.toISOString(), i.id],
      ([at, id]) => [new Date(String(at)), id],
    );
  }

  byIds(keys: readonly string[]): Promise<Inspection[]> {
    if (!this.ctx.viewer) return Promise.resolve([]);
    return this.ctx.em.find(Inspection, { $and: [{ id: { $in: [...keys] } }, inspectionReadFilter(this.ctx.viewer)] });
  }

  async byId(id: string): Promise<Inspection | null> {
    const key = keyOf(id, 'Inspection');
    return key ? ((await this.byIds([key]))[0] ?? null) : null;
  }

  itemsByIds(keys: readonly string[]): Promise<InspectionItem[]> {
    if (!this.ctx.viewer) return Promise.resolve([]);
    return this.ctx.em.find(InspectionItem, {
      id: { $in: [...keys] },
      inspection: inspectionReadFilter(this.ctx.viewer),
    } as FilterQuery<InspectionItem>);
  }

  checklists(type: InspectionType | null | undefined, includeRetired: boolean): Promise<InspectionChecklist[]> {
    const where: FilterQuery<InspectionChecklist> = {};
    if (type) where.type = type;
    if (!includeRetired) where.active = true;
    return this.ctx.em.find(InspectionChecklist, where, { orderBy: { type: 'asc', name: 'asc', id: 'asc' } });
  }

  checklistsByIds(keys: readonly string[]): Promise<InspectionChecklist[]> {
    if (!this.ctx.viewer?.grants.has('inspection.read')) return Promise.resolve([]);
    return this.ctx.em.find(InspectionChecklist, { id: { $in: [...keys] } });
  }

  async inspectorIds(i: Inspection): Promise<string[]> {
    return (await i.inspectors.load()).getItems().map((s) => s.id);
  }

  /** What the viewer may do to an inspection now; the SPA offers exactly these. */
  async stepsFor(i: Inspection): Promise<InspectionStepName[]> {
    const viewer = this.ctx.viewer;
    if (!viewer) return [];
    const inspectors = await this.inspectorIds(i);
    const open = i.status === InspectionStatus.PLANNED || i.status === InspectionStatus.IN_PROGRESS;
    const perform = mayPerformInspection(viewer, i, inspectors);
    const steps: [InspectionStepName, boolean][] = [
      ['RECORD', open && perform],
      ['COMPLETE', i.status === InspectionStatus.IN_PROGRESS && perform],
      ['CANCEL', open && mayCancelInspection(viewer, i, inspectors)],
      [
        'ISSUE_NOTICE',
        (i.status === InspectionStatus.IN_PROGRESS || i.status === InspectionStatus.COMPLETED) &&
          inspectionGrantReaches(viewer, 'inspection.create', i, inspectors),
      ],
    ];
    return steps.filter(([, ok]) => ok).map(([s]) => s);
  }

  /**
   * The live (not voided) notices issued from an inspection's items, by item key, as the viewer
   * may see them; a list's inspections are read in one query.
   */
  noticesByItem(i: Inspection): Promise<Map<string, Case>> {
    const viewer = this.ctx.viewer;
    if (!viewer) return Promise.resolve(new Map());
    const em = this.ctx.em;
    return batchLoad(
      this.ctx,
      'Inspection.notices',
      async (ids) => {
        const notices = await em.find(
          Case,
          { $and: [liveNoticesOf(ids), caseReadFilter(viewer)] },
          {
            orderBy: { createdAt: 'asc', id: 'asc' },
          },
        );
        return noticesByInspection(notices);
      },
      i.id,
      new Map<string, Case>(),
    );
  }

  /**
   * Failed items with no live notice (OM-5: every hazard gets one), whoever may see the notices;
   * a list's inspections are read in one query.
   */
  async unnoticedFailures(i: Inspection): Promise<number> {
    const failed = (await i.items.load()).getItems().filter((it) => it.result === InspectionItemResult.FAIL);
    if (!failed.length) return 0;
    const em = this.ctx.em;
    const noticed = await batchLoad(
      this.ctx,
      'Inspection.noticedItems',
      async (ids) => noticesByInspection(await em.find(Case, liveNoticesOf(ids))),
      i.id,
      new Map<string, Case>(),
    );
    return failed.filter((it) => !noticed.has(it.id)).length;
  }

  /**
   * Regularity (C11, P9): per site the viewer follows and per type, the last completed inspection
   * and whether the type is overdue — none completed within `intervalDays` (default 30: monthly).
   */
  async regularity(siteCode: string | null | undefined, intervalDays: number | null | undefined) {
    const viewer = this.viewer;
    const interval = intervalDays ?? REGULARITY.defaultIntervalDays;
    if (!Number.isInteger(interval) || interval < 1 || interval > REGULARITY.maxIntervalDays) {
      throw badInput('intervalDays', `must be from 1 to ${REGULARITY.maxIntervalDays}`);
    }
    const reach = regularitySites(viewer);
    const where: FilterQuery<Site>[] = [];
    if (reach) where.push({ code: { $in: reach } });
    if (siteCode) where.push({ code: siteCode.slice(0, 32) });
    const sites = await this.ctx.em.find(Site, where.length ? { $and: where } : {}, { orderBy: { code: 'asc' } });
    const now = this.now();
    const rows: RegularityRow[] = [];
    const readable = inspectionReadFilter(viewer);
    for (const site of sites) {
      for (const type of Object.values(InspectionType)) {
        const last = await this.ctx.em.findOne(
          Inspection,
          { $and: [{ site: site.code, type, status: InspectionStatus.COMPLETED }, readable] },
          { orderBy: { performedAt: 'desc', id: 'desc' } },
        );
        const nextPlanned = await this.ctx.em.findOne(
          Inspection,
          { $and: [{ site: site.code, type, status: InspectionStatus.PLANNED }, readable] },
          { orderBy: { scheduledFor: 'asc', id: 'asc' } },
        );
        const lastAt = last?.performedAt ?? last?.completedAt ?? null;
        const dueBy = lastAt ? new Date(lastAt.getTime() + interval * DAY) : null;
        rows.push({
          site,
          type,
          intervalDays: interval,
          last,
          dueBy,
          overdue: !dueBy || dueBy < now,
          nextPlanned,
        });
      }
    }
    return rows;
  }

  // ---- checklists (the director's) ---------------------------------------------------------

  private checklistItems(v: Validator, items: readonly string[]): string[] {
    const cleaned = items.map((t) => t.trim()).filter(Boolean);
    if (cleaned.length === 0) v.add('items', 'must list at least one item', UserErrorCode.REQUIRED);
    if (cleaned.length > INSPECTION_LIMITS.items) {
      v.add('items', `must list at most ${INSPECTION_LIMITS.items} items`, UserErrorCode.OUT_OF_RANGE);
    }
    if (cleaned.some((t) => t.length > INSPECTION_LIMITS.itemText)) {
      v.add('items', `each item must be at most ${INSPECTION_LIMITS.itemText} characters`, UserErrorCode.TOO_LONG);
    }
    if (new Set(cleaned).size !== cleaned.length) v.add('items', 'lists an item twice', UserErrorCode.INVALID);
    return cleaned;
  }

  private recordChecklist(
    audit: AuditLog,
    action: string,
    c: InspectionChecklist,
    before: Record<string, unknown> | null,
  ) {
    audit.record({
      action,
      targetType: 'InspectionChecklist',
      targetKey: c.id,
      departmentKey: this.viewer.staff.department?.unwrap().key ?? null,
      before,
      after: checklistSnapshot(c),
    });
  }

  createChecklist(input: CreateInspectionChecklistInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const v = new Validator();
      const name = v.text('name', input.name, { max: INSPECTION_LIMITS.checklistName, required: true });
      const items = this.checklistItems(v, input.items);
      v.check();
      const now = this.now();
      const c = tx.create(InspectionChecklist, {
        id: randomUUID(),
        type: input.type,
        name,
        items,
        createdAt: now,
        updatedAt: now,
      });
      this.recordChecklist(audit, 'inspection_checklist.create', c, null);
      return c;
    });
  }

  updateChecklist(input: UpdateInspectionChecklistInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const key = keyOf(input.checklistId, 'InspectionChecklist');
      const c = key ? await tx.findOne(InspectionChecklist, { id: key }) : null;
      if (!c) refuse('checklistId', 'names no checklist', UserErrorCode.NOT_FOUND);
      const before = checklistSnapshot(c);
      const v = new Validator();
      if (input.name !== undefined && input.name !== null) {
        c.name = v.text('name', input.name, { max: INSPECTION_LIMITS.checklistName, required: true });
      }
      if (input.items) {
        const items = this.checklistItems(v, input.items);
        if (JSON.stringify(items) !== JSON.stringify(c.items)) {
          c.items = items;
          c.revision += 1;
        }
      }
      if (input.active !== undefined && input.active !== null) c.active = input.active;
      v.check();
      c.updatedAt = this.now();
      this.recordChecklist(audit, 'inspection_checklist.update', c, before);
      return c;
    });
  }

  // ---- planning and performing -----------------------------------------------------------

  private record(
    audit: AuditLog,
    action: string,
    i: Inspection,
    before: Record<string, unknown> | null,
    items?: InspectionItem[],
  ) {
    audit.record({
      action,
      targetType: 'Inspection',
      targetKey: i.id,
      departmentKey: i.department.unwrap().key,
      before,
      after: snapshot(i, items),
    });
  }

  plan(input: PlanInspectionInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const viewer = this.viewer;
      const v = new Validator();
      const now = this.now();
      const department = viewer.staff.department?.unwrap().key;
      if (!department) refuse(null, 'you belong to no department to plan inspections for', UserErrorCode.NOT_PERMITTED);
      const site = input.siteCode.length <= 32 ? await tx.findOne(Site, { code: input.siteCode }) : null;
      if (!site) refuse('siteCode', 'names no site', UserErrorCode.NOT_FOUND);
      if (Math.abs(input.scheduledFor.getTime() - now.getTime()) > YEAR) {
        v.add('scheduledFor', 'must be within a year of today', UserErrorCode.OUT_OF_RANGE);
      }
      const scope = v.text('scope', input.scope, { max: INSPECTION_LIMITS.scope }) || null;

      const inspectorKeys = [...new Set(input.inspectorIds.map((id) => keyOf(id, 'Staff') ?? '-'))];
      let inspectors: Staff[] = [];
      if (inspectorKeys.length === 0) v.add('inspectorIds', 'must name at least one inspector', UserErrorCode.REQUIRED);
      else if (inspectorKeys.length > INSPECTION_LIMITS.inspectors) {
        v.add('inspectorIds', `must name at most ${INSPECTION_LIMITS.inspectors}`, UserErrorCode.OUT_OF_RANGE);
      } else {
        inspectors = await tx.find(
          Staff,
          { id: { $in: inspectorKeys }, status: StaffStatus.ACTIVE },
          { populate: ['sites'], orderBy: { employeeNo: 'asc' } },
        );
        if (inspectors.length !== inspectorKeys.length) {
          v.add('inspectorIds', 'names someone who is not active staff', UserErrorCode.NOT_FOUND);
        } else if (inspectors.some((s) => !s.sites.getItems().some((x) => x.code === site.code))) {
          v.add('inspectorIds', 'names someone who does not work at the site', UserErrorCode.INVALID);
        } else if (!(await this.allMayInspect(tx, inspectors))) {
          v.add('inspectorIds', 'names someone whose post does not inspect (R19)', UserErrorCode.NOT_PERMITTED);
        }
      }
      if (!mayPlanInspection(viewer, { departmentKey: department, siteCode: site.code }, inspectorKeys)) {
        throw forbidden();
      }
      const areas = await this.areasAt(tx, v, site.code, input.areaIds ?? [], 'areaIds');

      let checklist: InspectionChecklist | null = null;
      if (input.checklistId) {
        const key = keyOf(input.checklistId, 'InspectionChecklist');
        checklist = key ? await tx.findOne(InspectionChecklist, { id: key }) : null;
        if (!checklist) v.add('checklistId', 'names no checklist', UserErrorCode.NOT_FOUND);
        else if (!checklist.active) v.add('checklistId', 'is retired', UserErrorCode.INVALID);
        else if (checklist.type !== input.type) v.add('checklistId', `is not for ${input.type}`, UserErrorCode.INVALID);
      } else {
        checklist = await tx.findOne(
          InspectionChecklist,
          { type: input.type, active: true },
          { orderBy: { updatedAt: 'desc', id: 'asc' } },
        );
        if (!checklist)
          v.add('checklistId', `is required: no active checklist for ${input.type}`, UserErrorCode.REQUIRED);
      }
      v.check();
      if (!checklist) throw new Error('unreachable');

      const inspection = tx.create(Inspection, {
        id: randomUUID(),
        type: input.type,
        site,
        department: tx.getReference(Department, department),
        scheduledFor: input.scheduledFor,
        scope,
        checklist,
        checklistName: checklist.name,
        checklistRevision: checklist.revision,
        plannedBy: tx.getReference(Staff, viewer.staff.id),
        createdAt: now,
        updatedAt: now,
      });
      inspection.inspectors.set(inspectors);
      inspection.areas.set(areas);
      for (const [n, text] of checklist.items.entries()) {
        tx.create(InspectionItem, { id: randomUUID(), inspection, seq: n + 1, text });
      }
      this.record(audit, 'inspection.plan', inspection, null);
      return inspection;
    });
  }

  /**
   * Who may be named an inspector at a site: active staff working there whose post plans or
   * handles inspections; only at sites where the viewer may plan.
   */
  async inspectorChoices(siteCode: string): Promise<Staff[]> {
    const viewer = this.viewer;
    const department = viewer.staff.department?.unwrap().key;
    if (!department || siteCode.length > 32) return [];
    if (!mayPlanInspection(viewer, { departmentKey: department, siteCode }, [viewer.staff.id])) return [];
    const people = await this.ctx.em.find(
      Staff,
      { status: StaffStatus.ACTIVE, sites: { code: siteCode } },
      { orderBy: { employeeNo: 'asc' } },
    );
    const chosen: Staff[] = [];
    const byPosition = new Map<string, boolean>();
    for (const s of people) {
      const key = s.position.unwrap().key;
      if (!byPosition.has(key)) {
        const grants = await grantsOf(this.ctx.em, key);
        byPosition.set(key, grants.has('inspection.create') || grants.has('inspection.handle'));
      }
      if (byPosition.get(key)) chosen.push(s);
    }
    return chosen;
  }

  /** Inspectors are order maintenance's: posts that plan or handle inspections (R19). */
  private async allMayInspect(tx: EntityManager, inspectors: readonly Staff[]): Promise<boolean> {
    for (const key of new Set(inspectors.map((s) => s.position.unwrap().key))) {
      const grants = await grantsOf(tx, key);
      if (!grants.has('inspection.create') && !grants.has('inspection.handle')) return false;
    }
    return true;
  }

  private async areasAt(
    tx: EntityManager,
    v: Validator,
    siteCode: string,
    ids: readonly string[],
    field: string,
  ): Promise<Area[]> {
    if (ids.length > INSPECTION_LIMITS.areas) {
      v.add(field, `must name at most ${INSPECTION_LIMITS.areas} areas`, UserErrorCode.OUT_OF_RANGE);
      return [];
    }
    const keys = [...new Set(ids.map((id) => keyOf(id, 'Area') ?? '-'))];
    if (!keys.length) return [];
    const areas = await tx.find(Area, { id: { $in: keys } }, { orderBy: { nameZh: 'asc' } });
    if (areas.length !== keys.length) v.add(field, 'names an area that does not exist', UserErrorCode.NOT_FOUND);
    else if (areas.some((a) => a.site.unwrap().code !== siteCode)) {
      v.add(field, 'names an area of another site', UserErrorCode.INVALID);
    }
    return areas;
  }

  /** The inspection as the viewer sees it (in the transaction), with its inspectors; refused if unseen. */
  private async visible(tx: EntityManager, id: string): Promise<{ i: Inspection; inspectors: string[] }> {
    const key = keyOf(id, 'Inspection');
    const i = key
      ? await tx.findOne(
          Inspection,
          { $and: [{ id: key }, inspectionReadFilter(this.viewer)] },
          { populate: ['inspectors', 'areas'] },
        )
      : null;
    if (!i) refuse('inspectionId', 'names no inspection', UserErrorCode.NOT_FOUND);
    return { i, inspectors: i.inspectors.getItems().map((s) => s.id) };
  }

  recordResults(input: RecordInspectionResultsInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const { i, inspectors } = await this.visible(tx, input.inspectionId);
      if (!mayPerformInspection(this.viewer, i, inspectors)) throw forbidden();
      if (i.status !== InspectionStatus.PLANNED && i.status !== InspectionStatus.IN_PROGRESS) {
        refuse('inspectionId', `cannot take results while ${i.status.toLowerCase()}`, UserErrorCode.INVALID_TRANSITION);
      }
      const before = snapshot(i);
      const now = this.now();
      const v = new Validator();
      if (input.results.length === 0) v.add('results', 'must give at least one result', UserErrorCode.REQUIRED);
      if (input.results.length > INSPECTION_LIMITS.items) {
        v.add('results', `must give at most ${INSPECTION_LIMITS.items} results`, UserErrorCode.OUT_OF_RANGE);
      }
      const items = await tx.find(InspectionItem, { inspection: i.id }, { orderBy: { seq: 'asc' } });
      const byKey = new Map(items.map((it) => [it.id, it]));
      const siteCode = i.site.unwrap().code;
      const areaKeys = input.results.map((r) => r.areaId).filter((a): a is string => !!a);
      const areas = new Map((await this.areasAt(tx, v, siteCode, areaKeys, 'results')).map((a) => [a.id, a]));
      const seen = new Set<string>();
      for (const [n, r] of input.results.entries()) {
        const item = byKey.get(keyOf(r.itemId, 'InspectionItem') ?? '-');
        const at = `results[${n}]`;
        if (!item) {
          v.add('results', `${at} names no item of this inspection`, UserErrorCode.NOT_FOUND);
          continue;
        }
        if (seen.has(item.id)) {
          v.add('results', `${at} repeats an item`, UserErrorCode.INVALID);
          continue;
        }
        seen.add(item.id);
        const note = v.text('results', r.note, { max: INSPECTION_LIMITS.itemNote }) || null;
        if (r.result === InspectionItemResult.FAIL && !note) {
          v.add('results', `${at}: a failure needs a note saying what was found`, UserErrorCode.REQUIRED);
        }
        const area = r.areaId ? areas.get(keyOf(r.areaId, 'Area') ?? '-') : undefined;
        item.result = r.result;
        item.note = note;
        item.area = area ? tx.getReference(Area, area.id, { wrapped: true }) : null;
        item.recordedAt = now;
        item.recordedBy = tx.getReference(Staff, this.viewer.staff.id, { wrapped: true });
      }
      if (input.performedAt) {
        if (input.performedAt.getTime() > now.getTime() + MINUTE) {
          v.add('performedAt', 'cannot be in the future', UserErrorCode.OUT_OF_RANGE);
        } else if (now.getTime() - input.performedAt.getTime() > YEAR) {
          v.add('performedAt', 'must be within the last year', UserErrorCode.OUT_OF_RANGE);
        }
      }
      v.check();
      i.performedAt = input.performedAt ?? i.performedAt ?? now;
      i.status = InspectionStatus.IN_PROGRESS;
      i.updatedAt = now;
      this.record(audit, 'inspection.record_results', i, before, items);
      return i;
    });
  }

  complete(input: CompleteInspectionInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const { i, inspectors } = await this.visible(tx, input.inspectionId);
      if (!mayPerformInspection(this.viewer, i, inspectors)) throw forbidden();
      if (i.status !== InspectionStatus.IN_PROGRESS) {
        refuse(
          'inspectionId',
          i.status === InspectionStatus.PLANNED
            ? 'has no results yet: record them first'
            : `cannot be completed while ${i.status.toLowerCase()}`,
          UserErrorCode.INVALID_TRANSITION,
        );
      }
      const before = snapshot(i);
      const v = new Validator();
      const summary = v.text('summary', input.summary, { max: INSPECTION_LIMITS.summary }) || null;
      const items = await tx.find(InspectionItem, { inspection: i.id }, { orderBy: { seq: 'asc' } });
      const pending = items.filter((it) => !it.result).length;
      if (pending) v.add('inspectionId', `has ${pending} item(s) without a result`, UserErrorCode.REQUIRED);
      v.check();
      const now = this.now();
      i.status = InspectionStatus.COMPLETED;
      i.completedAt = now;
      i.summary = summary;
      i.updatedAt = now;
      this.record(audit, 'inspection.complete', i, before, items);
      return i;
    });
  }

  cancel(input: CancelInspectionInput) {
    return runMutation(this.ctx, async (tx, audit) => {
      const { i, inspectors } = await this.visible(tx, input.inspectionId);
      if (!mayCancelInspection(this.viewer, i, inspectors)) throw forbidden();
      if (i.status !== InspectionStatus.PLANNED && i.status !== InspectionStatus.IN_PROGRESS) {
        refuse('inspectionId', `cannot be cancelled while ${i.status.toLowerCase()}`, UserErrorCode.INVALID_TRANSITION);
      }
      const v = new Validator();
      const reason = v.text('reason', input.reason, { max: INSPECTION_LIMITS.reason, required: true });
      v.check();
      const before = snapshot(i);
      const now = this.now();
      i.status = InspectionStatus.CANCELLED;
      i.cancelledAt = now;
      i.cancelReason = reason;
      i.updatedAt = now;
      this.record(audit, 'inspection.cancel', i, before);
      return i;
    });
  }
}
