import type { EntityManager } from '@mikro-orm/core';
import { UserErrorCode } from '@steward/schema';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { fromGlobalId } from '../../../graphql/node.js';
import type { Validator } from '../../../graphql/validate.js';
import type { Viewer } from '../../auth/viewer.js';
import { customerFileReach, customerScope } from '../../customers/customer.access.js';
import { Customer } from '../../customers/customer.entity.js';
import { ExternalInspection } from '../../inspections/external-inspection.entity.js';
import { externalReadFilter, inspectionReadFilter, mayIssueNoticeAt } from '../../inspections/inspection.access.js';
import { Inspection, InspectionItem } from '../../inspections/inspection.entity.js';
import {
  AddresseeType,
  InspectionItemResult,
  InspectionStatus,
  RectificationFollowUpKind,
  RectificationOrigin,
  ReinspectionResult,
} from '../../inspections/inspection.enums.js';
import { patrolRecordFilter } from '../../patrols/patrol.access.js';
import { PatrolScan } from '../../patrols/patrol.entity.js';
import { forbidden } from '../../permissions/auth-checker.js';
import { Area } from '../../places/area.entity.js';
import { Checkpoint } from '../../places/checkpoint.entity.js';
import { Department } from '../../rulebook/department.entity.js';
import { Case } from '../case.entity.js';
import { CaseKind, CaseStatus } from '../case.enums.js';
import type { OpenCaseInput } from '../case.inputs.js';
import type { CaseKindDefinition } from '../case.kinds.js';
import type { DetailsChange } from '../case.service.js';

/**
 * Rectification notices (整改通知书, R20, OM-5 "发现问题和隐患及时下发整改通知书和协助处理"):
 * a hazard found on an inspection, a patrol, an incident or an external inspection, addressed to
 * a department, a customer or a contractor, with a requirement and a deadline (the case's result
 * deadline: the engine flags it overdue). The addressee acknowledges it; order maintenance follows
 * it up and helps (协助处理); it may be resolved and closed only once the latest re-inspection
 * (复查) found it fixed.
 */
export const RECTIFICATION_LIMITS = {
  requirement: 1000,
  addresseeName: 100,
  sourceLabel: 200,
  note: 500,
  followUps: 50,
  reinspections: 20,
} as const;

/** The department whose notices they are: order maintenance issues them (OM-5). */
export const RECTIFICATION_DEPARTMENT = 'order_maintenance';
/** Customer service sees and helps with notices addressed to customers (R20, inference). */
const CUSTOMER_DESK = 'customer_service';
const YEAR_MS = 365 * 24 * 3600_000;

interface FollowUpData {
  kind: RectificationFollowUpKind;
  at: string;
  note: string;
  byId: string;
  byName: string;
}

interface ReinspectionData {
  at: string;
  result: ReinspectionResult;
  note: string | null;
  byId: string;
  byName: string;
  newDeadline: string | null;
}

/** What `Case.details` keeps for a notice (JSON; flat, so lists can filter on it). */
export interface RectificationData {
  origin: RectificationOrigin;
  /** The source record's key (an inspection item, patrol scan, case or external inspection). */
  sourceId: string | null;
  /** The inspection an item belongs to (origin INSPECTION). */
  inspectionId: string | null;
  /** The source in words, as it was when the notice was issued. */
  sourceLabel: string | null;
  areaId: string | null;
  addresseeType: AddresseeType;
  addresseeDepartment: string | null;
  addresseeCustomerId: string | null;
  addresseeName: string;
  requirement: string;
  acknowledgedAt: string | null;
  acknowledgedById: string | null;
  acknowledgedByName: string | null;
  followUps: FollowUpData[];
  reinspections: ReinspectionData[];
}

export function rectificationData(c: Pick<Case, 'details'>): RectificationData {
  const d = (c.details ?? {}) as Partial<RectificationData>;
  return {
    origin: d.origin ?? RectificationOrigin.OTHER,
    sourceId: d.sourceId ?? null,
    inspectionId: d.inspectionId ?? null,
    sourceLabel: d.sourceLabel ?? null,
    areaId: d.areaId ?? null,
    addresseeType: d.addresseeType ?? AddresseeType.CONTRACTOR,
    addresseeDepartment: d.addresseeDepartment ?? null,
    addresseeCustomerId: d.addresseeCustomerId ?? null,
    addresseeName: d.addresseeName ?? '',
    requirement: d.requirement ?? '',
    acknowledgedAt: d.acknowledgedAt ?? null,
    acknowledgedById: d.acknowledgedById ?? null,
    acknowledgedByName: d.acknowledgedByName ?? null,
    followUps: d.followUps ?? [],
    reinspections: d.reinspections ?? [],
  };
}

/** The latest re-inspection found it fixed: the one condition for its result and closing. */
export function isVerified(d: RectificationData): boolean {
  return d.reinspections.at(-1)?.result === ReinspectionResult.FIXED;
}

// ---- GraphQL types --------------------------------------------------------------------------

@ObjectType('RectificationFollowUp', { description: 'A follow-up visit or help given on a notice (协助处理).' })
export class RectificationFollowUp {
  @Field(() => RectificationFollowUpKind, { description: 'A visit, or help given.' })
  kind: RectificationFollowUpKind;

  @Field(() => Date, { description: 'When.' })
  at: Date;

  @Field(() => String, { description: 'What was seen or done.' })
  note: string;

  @Field(() => String, { description: 'Who recorded it.' })
  recordedByName: string;
}

@ObjectType('Reinspection', { description: 'A re-inspection (复查) of a rectification notice.' })
export class Reinspection {
  @Field(() => Date, { description: 'When it was made.' })
  at: Date;

  @Field(() => ReinspectionResult, { description: 'Fixed or not.' })
  result: ReinspectionResult;

  @Field(() => String, { nullable: true, description: 'What was seen.' })
  note: string | null;

  @Field(() => String, { description: 'Who re-inspected.' })
  recordedByName: string;

  @Field(() => Date, { nullable: true, description: 'The new deadline given when not fixed, if any.' })
  newDeadline: Date | null;
}

@ObjectType('RectificationDetails', {
  description: 'A rectification notice’s own details (R20): origin, addressee, requirement, follow-up, re-inspections.',
})
export class RectificationDetails {
  /** The case, for the fields that depend on the viewer. */
  case: Case;

  @Field(() => RectificationOrigin, { description: 'Where the hazard was found.' })
  origin: RectificationOrigin;

  sourceId: string | null;
  inspectionId: string | null;

  @Field(() => String, { nullable: true, description: 'The source in words (the checklist item, the body …).' })
  sourceLabel: string | null;

  areaId: string | null;

  @Field(() => AddresseeType, { description: 'A department, a customer or a contractor.' })
  addresseeType: AddresseeType;

  addresseeDepartment: string | null;
  addresseeCustomerId: string | null;

  @Field(() => String, { description: 'Whom it is addressed to, in words (the department’s name for a department).' })
  addresseeName: string;

  @Field(() => String, { description: 'What must be done (整改要求).' })
  requirement: string;

  @Field(() => Date, { nullable: true, description: 'When the addressee acknowledged it (签收).' })
  acknowledgedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Who acknowledged it.' })
  acknowledgedByName: string | null;

  @Field(() => [RectificationFollowUp], { description: 'Follow-up visits and help given, oldest first.' })
  followUps: RectificationFollowUp[];

  @Field(() => [Reinspection], { description: 'Re-inspections, oldest first.' })
  reinspections: Reinspection[];

  @Field(() => Boolean, {
    description: 'The latest re-inspection found it fixed: only then may it be resolved and closed.',
  })
  verified: boolean;

  @Field(() => Date, {
    nullable: true,
    description: 'When it was verified fixed (the latest re-inspection, if FIXED).',
  })
  verifiedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Who verified it fixed.' })
  verifiedByName: string | null;
}

@InputType('RectificationDetailsInput', { description: 'A rectification notice’s details at issue.' })
export class RectificationDetailsInput {
  @Field(() => RectificationOrigin, { description: 'Where the hazard was found.' })
  origin: RectificationOrigin;

  @Field(() => ID, {
    nullable: true,
    description:
      'The source record: the failed InspectionItem (INSPECTION, required), the ExternalInspection (EXTERNAL_INSPECTION, required), a PatrolScan (PATROL) or a Case (INCIDENT); none for OTHER.',
  })
  sourceId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Where the hazard is: an area of the site.' })
  areaId?: string | null;

  @Field(() => AddresseeType, { description: 'Whom it is addressed to.' })
  addresseeType: AddresseeType;

  @Field(() => String, { nullable: true, description: 'DEPARTMENT: the department’s key (required).' })
  addresseeDepartmentKey?: string | null;

  @Field(() => ID, { nullable: true, description: 'CUSTOMER: the customer’s file, if on file.' })
  addresseeCustomerId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'CUSTOMER or CONTRACTOR (required): who, in words — e.g. “5-502 住户 张先生”, “恒安消防工程公司” (at most 100).',
  })
  addresseeName?: string | null;

  @Field(() => String, { description: 'What must be done (整改要求), at most 1000 characters.' })
  requirement: string;
}

@InputType('AcknowledgeRectificationNoticeInput', {
  description:
    'The addressee acknowledges a notice (签收): a member of the addressee department for themselves, or order maintenance recording who signed for a customer or contractor.',
})
export class AcknowledgeRectificationNoticeInput {
  @Field(() => ID, { description: 'The notice (a RECTIFICATION case).' })
  caseId: string;

  @Field(() => String, {
    nullable: true,
    description: 'Who signed for it, when recorded on the addressee’s behalf (required then; at most 100).',
  })
  acknowledgedByName?: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was acknowledged; default now (not in the future).' })
  at?: Date | null;
}

@InputType('RecordRectificationFollowUpInput', {
  description: 'A follow-up visit, or help given to the addressee (协助处理), on a notice.',
})
export class RecordRectificationFollowUpInput {
  @Field(() => ID, { description: 'The notice (a RECTIFICATION case).' })
  caseId: string;

  @Field(() => RectificationFollowUpKind, { description: 'A visit, or help given.' })
  kind: RectificationFollowUpKind;

  @Field(() => String, { description: 'What was seen or done (at most 500).' })
  note: string;
}

@InputType('RecordReinspectionInput', {
  description: 'A re-inspection (复查) of a notice: fixed, or not fixed (perhaps with a new deadline).',
})
export class RecordReinspectionInput {
  @Field(() => ID, { description: 'The notice (a RECTIFICATION case).' })
  caseId: string;

  @Field(() => ReinspectionResult, { description: 'Fixed or not.' })
  result: ReinspectionResult;

  @Field(() => String, { nullable: true, description: 'What was seen (required when not fixed; at most 500).' })
  note?: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was made; default now (not in the future).' })
  at?: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'NOT_FIXED only: a new deadline (in the future, within a year); otherwise the old one stands.',
  })
  newDeadline?: Date | null;
}

// ---- issuing --------------------------------------------------------------------------------

function keyOf(v: Validator, field: string, id: string | null | undefined, typename: string): string | null {
  if (!id) return null;
  const parsed = fromGlobalId(id);
  if (parsed?.typename !== typename) {
    v.add(field, `is not a ${typename}`, UserErrorCode.NOT_FOUND);
    return null;
  }
  return parsed.key;
}

interface Source {
  sourceId: string | null;
  inspectionId: string | null;
  label: string | null;
  siteCode: string | null;
}

const NO_SOURCE: Source = { sourceId: null, inspectionId: null, label: null, siteCode: null };

/** The notice's source record, as far as the issuer may see it; its site must be the notice's. */
async function sourceOf(
  tx: EntityManager,
  v: Validator,
  viewer: Viewer,
  origin: RectificationOrigin,
  sourceId: string | null | undefined,
): Promise<Source> {
  const required = origin === RectificationOrigin.INSPECTION || origin === RectificationOrigin.EXTERNAL_INSPECTION;
  if (!sourceId) {
    if (required) v.add('sourceId', `is required for ${origin}`, UserErrorCode.REQUIRED);
    return NO_SOURCE;
  }
  switch (origin) {
    case RectificationOrigin.INSPECTION: {
      const key = keyOf(v, 'sourceId', sourceId, 'InspectionItem');
      const item = key
        ? await tx.findOne(InspectionItem, { id: key, inspection: inspectionReadFilter(viewer) } as never)
        : null;
      if (!item) {
        if (key) v.add('sourceId', 'names no inspection item', UserErrorCode.NOT_FOUND);
        return NO_SOURCE;
      }
      const inspection = await tx.findOneOrFail(Inspection, { id: item.inspection.unwrap().id });
      if (item.result !== InspectionItemResult.FAIL) {
        v.add('sourceId', 'is not a failed item: only a failure gets a notice', UserErrorCode.INVALID);
      }
      if (inspection.status !== InspectionStatus.IN_PROGRESS && inspection.status !== InspectionStatus.COMPLETED) {
        v.add('sourceId', 'belongs to an inspection not performed (or cancelled)', UserErrorCode.INVALID);
      }
      const issued = await tx.count(Case, {
        kind: CaseKind.RECTIFICATION,
        status: { $ne: CaseStatus.VOIDED },
        details: { origin: RectificationOrigin.INSPECTION, sourceId: item.id },
      } as never);
      if (issued) v.add('sourceId', 'already has a rectification notice', UserErrorCode.ALREADY_DONE);
      return {
        sourceId: item.id,
        inspectionId: inspection.id,
        label: item.text,
        siteCode: inspection.site.unwrap().code,
      };
    }
    case RectificationOrigin.EXTERNAL_INSPECTION: {
      const key = keyOf(v, 'sourceId', sourceId, 'ExternalInspection');
      const reach = externalReadFilter(viewer);
      const found = key && reach ? await tx.findOne(ExternalInspection, { $and: [{ id: key }, reach] }) : null;
      if (!found || found.voidedAt) {
        if (key) v.add('sourceId', 'names no external inspection', UserErrorCode.NOT_FOUND);
        return NO_SOURCE;
      }
      return { sourceId: found.id, inspectionId: null, label: found.bodyName, siteCode: found.site.unwrap().code };
    }
    case RectificationOrigin.PATROL: {
      const key = keyOf(v, 'sourceId', sourceId, 'PatrolScan');
      const reach = patrolRecordFilter(viewer);
      const scan = key && reach ? await tx.findOne(PatrolScan, { $and: [{ id: key }, reach as never] }) : null;
      if (!scan) {
        if (key) v.add('sourceId', 'names no patrol scan', UserErrorCode.NOT_FOUND);
        return NO_SOURCE;
      }
      const checkpoint = await tx.findOneOrFail(Checkpoint, { id: scan.checkpoint.unwrap().id });
      return { sourceId: scan.id, inspectionId: null, label: checkpoint.name, siteCode: checkpoint.site.unwrap().code };
    }
    case RectificationOrigin.INCIDENT: {
      const key = keyOf(v, 'sourceId', sourceId, 'Case');
      // Loaded when used: the case access rules know every kind, this one among them.
      const { caseReadFilter } = await import('../case.access.js');
      const found = key ? await tx.findOne(Case, { $and: [{ id: key }, caseReadFilter(viewer)] }) : null;
      if (!found || found.kind === CaseKind.RECTIFICATION) {
        if (key) v.add('sourceId', 'names no incident or case', UserErrorCode.NOT_FOUND);
        return NO_SOURCE;
      }
      return {
        sourceId: found.id,
        inspectionId: null,
        label: `${found.reference} ${found.title}`.slice(0, RECTIFICATION_LIMITS.sourceLabel),
        siteCode: found.site?.unwrap().code ?? null,
      };
    }
    case RectificationOrigin.OTHER:
      v.add('sourceId', 'names no source for OTHER', UserErrorCode.INVALID);
      return NO_SOURCE;
  }
}

/** Validates a notice's details at issue (through `openCase`); what `Case.details` keeps. */
async function detailsAtIssue(
  input: OpenCaseInput,
  v: Validator,
  tx: EntityManager,
  viewer: Viewer,
): Promise<RectificationData | null> {
  const r = input.rectification;
  if (!r) {
    v.add('rectification', 'is required: origin, addressee and requirement', UserErrorCode.REQUIRED);
    return null;
  }
  const requirement = v.text('requirement', r.requirement, { max: RECTIFICATION_LIMITS.requirement, required: true });
  const siteCode = input.siteCode ?? null;
  if (!siteCode && !input.unitId) v.add('siteCode', 'is required: the site of the hazard', UserErrorCode.REQUIRED);
  if (siteCode && !mayIssueNoticeAt(viewer, { departmentKey: RECTIFICATION_DEPARTMENT, siteCode })) {
    v.add('siteCode', 'is not a site where you may issue notices', UserErrorCode.NOT_PERMITTED);
  }
  const source = await sourceOf(tx, v, viewer, r.origin, r.sourceId);
  if (source.siteCode && siteCode && source.siteCode !== siteCode) {
    v.add('siteCode', 'must be the site of the source record', UserErrorCode.INVALID);
  }

  let areaId: string | null = null;
  const areaKey = keyOf(v, 'areaId', r.areaId, 'Area');
  if (areaKey) {
    const area = await tx.findOne(Area, { id: areaKey });
    if (!area) v.add('areaId', 'names no area', UserErrorCode.NOT_FOUND);
    else if (siteCode && area.site.unwrap().code !== siteCode)
      v.add('areaId', 'is not an area of the site', UserErrorCode.INVALID);
    else areaId = area.id;
  }

  let addresseeDepartment: string | null = null;
  let addresseeCustomerId: string | null = null;
  let addresseeName = v.text('addresseeName', r.addresseeName, { max: RECTIFICATION_LIMITS.addresseeName });
  if (r.addresseeType === AddresseeType.DEPARTMENT) {
    const key = r.addresseeDepartmentKey?.trim() ?? '';
    const department = key && key.length <= 64 ? await tx.findOne(Department, { key }) : null;
    if (!key) v.add('addresseeDepartmentKey', 'is required for a department', UserErrorCode.REQUIRED);
    else if (!department) v.add('addresseeDepartmentKey', 'names no department', UserErrorCode.NOT_FOUND);
    else {
      addresseeDepartment = department.key;
      addresseeName = department.nameZh;
    }
  } else {
    if (r.addresseeDepartmentKey) {
      v.add('addresseeDepartmentKey', 'applies to a department addressee only', UserErrorCode.INVALID);
    }
    if (!addresseeName) v.add('addresseeName', 'is required: who it is addressed to', UserErrorCode.REQUIRED);
  }
  if (r.addresseeCustomerId) {
    const key = keyOf(v, 'addresseeCustomerId', r.addresseeCustomerId, 'Customer');
    const scope = customerScope(customerFileReach(viewer, 'customer_file.read'));
    const customer = key && scope ? await tx.findOne(Customer, { $and: [{ id: key }, scope] }) : null;
    if (r.addresseeType !== AddresseeType.CUSTOMER) {
      v.add('addresseeCustomerId', 'applies to a customer addressee only', UserErrorCode.INVALID);
    } else if (!customer) {
      if (key) v.add('addresseeCustomerId', 'names no customer', UserErrorCode.NOT_FOUND);
    } else addresseeCustomerId = customer.id;
  }
  return {
    origin: r.origin,
    sourceId: source.sourceId,
    inspectionId: source.inspectionId,
    sourceLabel: source.label,
    areaId,
    addresseeType: r.addresseeType,
    addresseeDepartment,
    addresseeCustomerId,
    addresseeName,
    requirement,
    acknowledgedAt: null,
    acknowledgedById: null,
    acknowledgedByName: null,
    followUps: [],
    reinspections: [],
  };
}

// ---- who takes part -------------------------------------------------------------------------

/** The addressee department's members (and customer service, for notices to customers). */
function participantFilter(viewer: Viewer): Record<string, unknown> | null {
  const department = viewer.staff.department?.unwrap().key;
  if (!department) return null;
  const mine = { details: { addresseeDepartment: department } };
  if (department !== CUSTOMER_DESK) return mine;
  return { $or: [mine, { details: { addresseeType: AddresseeType.CUSTOMER } }] };
}

function participatesIn(viewer: Viewer, c: Case): boolean {
  const department = viewer.staff.department?.unwrap().key;
  if (!department) return false;
  const d = rectificationData(c);
  return (
    d.addresseeDepartment === department || (department === CUSTOMER_DESK && d.addresseeType === AddresseeType.CUSTOMER)
  );
}

// ---- the steps on a notice ------------------------------------------------------------------

function verification(v: Validator, c: Case, step: 'resolved' | 'closed'): void {
  if (!isVerified(rectificationData(c))) {
    v.add(
      'reinspection',
      `cannot be ${step} until a re-inspection finds it fixed`,
      UserErrorCode.VERIFICATION_REQUIRED,
    );
  }
}

/** When a step says it happened: now by default; never in the future, nor before the notice. */
function momentOf(v: Validator, c: Case, at: Date | null | undefined, now: Date): Date {
  if (!at) return now;
  if (at.getTime() > now.getTime() + 60_000) v.add('at', 'cannot be in the future', UserErrorCode.OUT_OF_RANGE);
  else if (at < c.createdAt) v.add('at', 'cannot be before the notice was issued', UserErrorCode.OUT_OF_RANGE);
  return at;
}

export interface StepActor {
  id: string;
  name: string;
  /** Handles the notice (order maintenance's follow-up), not only takes part as its addressee. */
  handles: boolean;
  /** Takes part as the addressee department. */
  addressee: boolean;
}

/** The addressee acknowledges (签收); the notice is then being rectified. */
export function acknowledgeNotice(
  c: Case,
  input: AcknowledgeRectificationNoticeInput,
  v: Validator,
  now: Date,
  actor: StepActor,
): DetailsChange {
  const d = rectificationData(c);
  if (d.acknowledgedAt) {
    v.add('caseId', 'has already been acknowledged', UserErrorCode.ALREADY_DONE);
    return { note: null, details: d };
  }
  const onBehalf = v.text('acknowledgedByName', input.acknowledgedByName, {
    max: RECTIFICATION_LIMITS.addresseeName,
  });
  // A member of the addressee department signs for it themselves; for a customer or contractor
  // (customer service passing it on, order maintenance serving it) whoever records it names who signed.
  if (!actor.addressee && !actor.handles) throw forbidden();
  const selfSign = actor.addressee && d.addresseeType === AddresseeType.DEPARTMENT && !onBehalf;
  if (!selfSign && !onBehalf) {
    v.add('acknowledgedByName', 'is required: who signed for the addressee', UserErrorCode.REQUIRED);
  }
  const at = momentOf(v, c, input.at, now);
  const byName = selfSign ? actor.name : onBehalf;
  return {
    note: byName,
    step: 'RECTIFICATION_ACKNOWLEDGED',
    inProgress: true,
    details: {
      ...d,
      acknowledgedAt: at.toISOString(),
      acknowledgedById: selfSign ? actor.id : null,
      acknowledgedByName: byName,
    },
  };
}

/** A follow-up visit or help given (协助处理), by order maintenance. */
export function addFollowUp(
  c: Case,
  input: RecordRectificationFollowUpInput,
  v: Validator,
  now: Date,
  actor: StepActor,
): DetailsChange {
  if (!actor.handles) throw forbidden();
  const d = rectificationData(c);
  const note = v.text('note', input.note, { max: RECTIFICATION_LIMITS.note, required: true });
  if (d.followUps.length >= RECTIFICATION_LIMITS.followUps) {
    v.add('caseId', `has ${RECTIFICATION_LIMITS.followUps} follow-ups already`, UserErrorCode.OUT_OF_RANGE);
  }
  const entry: FollowUpData = { kind: input.kind, at: now.toISOString(), note, byId: actor.id, byName: actor.name };
  return {
    note,
    step: `RECTIFICATION_${input.kind}`,
    inProgress: true,
    details: { ...d, followUps: [...d.followUps, entry] },
  };
}

/**
 * A re-inspection (复查), by order maintenance: FIXED lets the notice be resolved and closed;
 * NOT_FIXED keeps it open, with a new deadline if one is given.
 */
export function addReinspection(
  c: Case,
  input: RecordReinspectionInput,
  v: Validator,
  now: Date,
  actor: StepActor,
): DetailsChange {
  if (!actor.handles) throw forbidden();
  const d = rectificationData(c);
  const fixed = input.result === ReinspectionResult.FIXED;
  const note = v.text('note', input.note, { max: RECTIFICATION_LIMITS.note, required: !fixed }) || null;
  const at = momentOf(v, c, input.at, now);
  let newDeadline: Date | null = null;
  if (input.newDeadline) {
    if (fixed) v.add('newDeadline', 'applies only when not fixed', UserErrorCode.INVALID);
    else if (input.newDeadline <= now || input.newDeadline.getTime() - now.getTime() > YEAR_MS) {
      v.add('newDeadline', 'must be in the future and within a year', UserErrorCode.OUT_OF_RANGE);
    } else newDeadline = input.newDeadline;
  }
  if (d.reinspections.length >= RECTIFICATION_LIMITS.reinspections) {
    v.add('caseId', `has ${RECTIFICATION_LIMITS.reinspections} re-inspections already`, UserErrorCode.OUT_OF_RANGE);
  }
  const entry: ReinspectionData = {
    at: at.toISOString(),
    result: input.result,
    note,
    byId: actor.id,
    byName: actor.name,
    newDeadline: newDeadline?.toISOString() ?? null,
  };
  return {
    note,
    step: `REINSPECTED_${input.result}`,
    inProgress: true,
    dueAt: newDeadline,
    details: { ...d, reinspections: [...d.reinspections, entry] },
  };
}

export const rectificationKind: CaseKindDefinition = {
  kind: CaseKind.RECTIFICATION,
  prefix: 'ZG',
  resource: 'inspection',
  department: RECTIFICATION_DEPARTMENT,
  // The issuer sets the deadline (R20: "deadline"): overdue follows from it.
  dueFromInput: true,
  detailsInput: 'rectification',
  detailsEditable: true,
  detailsAtOpen: (input, v, tx, viewer) => detailsAtIssue(input, v, tx, viewer),
  beforeResolve: (c, v) => verification(v, c, 'resolved'),
  beforeClose: (c, v) => verification(v, c, 'closed'),
  participants: (viewer) => participantFilter(viewer) as never,
  participates: participatesIn,
  detailsView(c) {
    const d = rectificationData(c);
    const latest = d.reinspections.at(-1);
    const verified = isVerified(d);
    return Object.assign(new RectificationDetails(), {
      ...d,
      case: c,
      acknowledgedAt: d.acknowledgedAt ? new Date(d.acknowledgedAt) : null,
      followUps: d.followUps.map((f) =>
        Object.assign(new RectificationFollowUp(), { ...f, at: new Date(f.at), recordedByName: f.byName }),
      ),
      reinspections: d.reinspections.map((r) =>
        Object.assign(new Reinspection(), {
          ...r,
          at: new Date(r.at),
          newDeadline: r.newDeadline ? new Date(r.newDeadline) : null,
          recordedByName: r.byName,
        }),
      ),
      verified,
      verifiedAt: verified && latest ? new Date(latest.at) : null,
      verifiedByName: verified && latest ? latest.byName : null,
    });
  },
};
