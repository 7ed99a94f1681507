import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  registerEnumType,
} from 'type-graphql';
import { Connection, type ConnectionShape } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { registerNodeType } from '../../graphql/node.js';
import { UserError } from '../../graphql/user-error.js';
import { Case } from '../cases/case.entity.js';
import { CaseStatus } from '../cases/case.enums.js';
import { Area } from '../places/area.entity.js';
import { Department } from '../rulebook/department.entity.js';
import { Site } from '../sites/site.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { PageArgsType } from '../staff/staff.resolver.js';
import { ExternalInspection } from './external-inspection.entity.js';
import { ExternalInspectionService } from './external-inspection.service.js';
import { Inspection, InspectionChecklist, InspectionItem } from './inspection.entity.js';
import { InspectionItemResult, InspectionType } from './inspection.enums.js';
import {
  CancelInspectionInput,
  CompleteInspectionInput,
  CreateInspectionChecklistInput,
  ExternalInspectionFilter,
  InspectionFilter,
  PlanInspectionInput,
  RecordExternalInspectionInput,
  RecordInspectionResultsInput,
  UpdateExternalInspectionInput,
  UpdateInspectionChecklistInput,
  VoidExternalInspectionInput,
} from './inspection.inputs.js';
import { REGULARITY } from './inspection.rules.js';
import { InspectionService, type InspectionStepName, type RegularityRow } from './inspection.service.js';

registerNodeType({
  typename: 'Inspection',
  entity: Inspection,
  keyOf: (i) => i.id,
  load: (ctx, keys) => new InspectionService(ctx).byIds(keys),
});
registerNodeType({
  typename: 'InspectionItem',
  entity: InspectionItem,
  keyOf: (i) => i.id,
  load: (ctx, keys) => new InspectionService(ctx).itemsByIds(keys),
});
registerNodeType({
  typename: 'InspectionChecklist',
  entity: InspectionChecklist,
  keyOf: (c) => c.id,
  load: (ctx, keys) => new InspectionService(ctx).checklistsByIds(keys),
});
registerNodeType({
  typename: 'ExternalInspection',
  entity: ExternalInspection,
  keyOf: (e) => e.id,
  load: (ctx, keys) => new ExternalInspectionService(ctx).byIds(keys),
});

export enum InspectionStep {
  RECORD = 'RECORD',
  COMPLETE = 'COMPLETE',
  CANCEL = 'CANCEL',
  ISSUE_NOTICE = 'ISSUE_NOTICE',
}
registerEnumType(InspectionStep, {
  name: 'InspectionStep',
  description: 'A step on an inspection, as offered to the viewer.',
  valuesConfig: {
    RECORD: { description: 'Record item results (its inspectors, or `inspection.handle`).' },
    COMPLETE: { description: 'Complete it once every item has a result.' },
    CANCEL: { description: 'Call it off (whoever planned it, or `inspection.handle`).' },
    ISSUE_NOTICE: { description: 'Issue a rectification notice for a failed item (`inspection.create`).' },
  },
});

export const InspectionConnection = Connection(Inspection, 'Inspection');
export const ExternalInspectionConnection = Connection(ExternalInspection, 'ExternalInspection');

@ObjectType('InspectionPayload', { description: 'The result of a change to an inspection.' })
class InspectionPayload {
  @Field(() => Inspection, { nullable: true, description: 'The inspection as changed; null when refused.' })
  inspection: Inspection | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

@ObjectType('InspectionChecklistPayload', { description: 'The result of a change to a checklist.' })
class InspectionChecklistPayload {
  @Field(() => InspectionChecklist, { nullable: true, description: 'The checklist as changed; null when refused.' })
  checklist: InspectionChecklist | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

@ObjectType('ExternalInspectionPayload', { description: 'The result of a change to an external inspection.' })
class ExternalInspectionPayload {
  @Field(() => ExternalInspection, { nullable: true, description: 'The record as changed; null when refused.' })
  externalInspection: ExternalInspection | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

@ObjectType('InspectionRegularity', {
  description:
    'How regularly one type of safety inspection is made at one site (C11, P9): its last completed inspection, and whether another is overdue.',
})
class InspectionRegularity {
  @Field(() => Site, { description: 'The site.' })
  site: Site;

  @Field(() => InspectionType, { description: 'The type of inspection.' })
  type: InspectionType;

  @Field(() => Int, { description: 'The interval judged against, in days (default 30: monthly).' })
  intervalDays: number;

  @Field(() => Inspection, { nullable: true, description: 'The last completed inspection; null if none.' })
  lastInspection: Inspection | null;

  @Field(() => Date, { nullable: true, description: 'When the last completed inspection was performed.' })
  lastPerformedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the next one is due: the last one plus the interval.' })
  dueBy: Date | null;

  @Field(() => Boolean, { description: 'None was completed within the interval (or ever): an inspection is overdue.' })
  overdue: boolean;

  @Field(() => Inspection, { nullable: true, description: 'The next planned inspection of this type here, if any.' })
  nextPlanned: Inspection | null;
}

const regularityOf = (r: RegularityRow): InspectionRegularity =>
  Object.assign(new InspectionRegularity(), {
    site: r.site,
    type: r.type,
    intervalDays: r.intervalDays,
    lastInspection: r.last,
    lastPerformedAt: r.last?.performedAt ?? r.last?.completedAt ?? null,
    dueBy: r.dueBy,
    overdue: r.overdue,
    nextPlanned: r.nextPlanned,
  });

/** Per request, an inspection's live notices by item: one query for a page of items. */
const noticeMaps = new WeakMap<Context, Map<string, Promise<Map<string, Case>>>>();
function noticesByItem(ctx: Context, inspection: Inspection): Promise<Map<string, Case>> {
  const perRequest = noticeMaps.get(ctx) ?? new Map<string, Promise<Map<string, Case>>>();
  noticeMaps.set(ctx, perRequest);
  let found = perRequest.get(inspection.id);
  if (!found) {
    found = new InspectionService(ctx).noticesByItem(inspection);
    perRequest.set(inspection.id, found);
  }
  return found;
}

async function countOf(i: Inspection, result: InspectionItemResult | null): Promise<number> {
  return (await i.items.load()).getItems().filter((it) => it.result === result).length;
}

@Resolver(() => Inspection)
export class InspectionResolver {
  @Authorized('inspection.read')
  @Query(() => InspectionConnection, {
    description: 'Safety inspections you may see (R19), latest scheduled first.',
  })
  inspections(
    @Arg('filter', () => InspectionFilter, { nullable: true }) filter: InspectionFilter | null,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<Inspection>> {
    return new InspectionService(ctx).list(filter, page);
  }

  @Authorized('inspection.read')
  @Query(() => Inspection, { nullable: true, description: 'One inspection; null if not found or not visible to you.' })
  inspection(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Inspection | null> {
    return new InspectionService(ctx).byId(id);
  }

  @Authorized('inspection.read')
  @Query(() => [InspectionChecklist], { description: 'Inspection checklists, by type then name.' })
  inspectionChecklists(
    @Arg('type', () => InspectionType, { nullable: true, description: 'Only for this type.' })
    type: InspectionType | null,
    @Arg('includeRetired', () => Boolean, { defaultValue: false, description: 'Retired ones too.' })
    includeRetired: boolean,
    @Ctx() ctx: Context,
  ): Promise<InspectionChecklist[]> {
    return new InspectionService(ctx).checklists(type, includeRetired);
  }

  @Authorized('inspection.read')
  @Query(() => [InspectionRegularity], {
    description:
      'Per site you follow and per type: the last completed inspection and whether one is overdue (C11). The interval defaults to 30 days (monthly, P9).',
  })
  async inspectionRegularity(
    @Arg('siteCode', () => String, { nullable: true, description: 'Only this site.' }) siteCode: string | null,
    @Arg('intervalDays', () => Int, {
      defaultValue: REGULARITY.defaultIntervalDays,
      description: `Days within which each type must have been inspected (1 to ${REGULARITY.maxIntervalDays}; default 30, monthly).`,
    })
    intervalDays: number,
    @Ctx() ctx: Context,
  ): Promise<InspectionRegularity[]> {
    return (await new InspectionService(ctx).regularity(siteCode, intervalDays)).map(regularityOf);
  }

  @Authorized('inspection.create')
  @Query(() => [Staff], {
    description:
      'Who may be named an inspector at a site where you plan inspections: active staff there whose post plans or handles inspections.',
  })
  inspectorChoices(@Arg('siteCode', () => String) siteCode: string, @Ctx() ctx: Context): Promise<Staff[]> {
    return new InspectionService(ctx).inspectorChoices(siteCode);
  }

  @Authorized('inspection.approve')
  @Mutation(() => InspectionChecklistPayload, { description: 'Add a checklist for one type of inspection.' })
  async createInspectionChecklist(
    @Arg('input', () => CreateInspectionChecklistInput) input: CreateInspectionChecklistInput,
    @Ctx() ctx: Context,
  ) {
    const o = await new InspectionService(ctx).createChecklist(input);
    return { checklist: o.result, userErrors: o.userErrors };
  }

  @Authorized('inspection.approve')
  @Mutation(() => InspectionChecklistPayload, {
    description: 'Change or retire a checklist; inspections already planned keep the items they copied.',
  })
  async updateInspectionChecklist(
    @Arg('input', () => UpdateInspectionChecklistInput) input: UpdateInspectionChecklistInput,
    @Ctx() ctx: Context,
  ) {
    const o = await new InspectionService(ctx).updateChecklist(input);
    return { checklist: o.result, userErrors: o.userErrors };
  }

  @Authorized('inspection.create')
  @Mutation(() => InspectionPayload, {
    description: 'Plan a safety inspection: its checklist’s items are copied into it.',
  })
  async planInspection(@Arg('input', () => PlanInspectionInput) input: PlanInspectionInput, @Ctx() ctx: Context) {
    const o = await new InspectionService(ctx).plan(input);
    return { inspection: o.result, userErrors: o.userErrors };
  }

  @Authorized('inspection.create', 'inspection.handle')
  @Mutation(() => InspectionPayload, {
    description: 'Record item results (pass, fail with a note, not applicable): the first results begin it.',
  })
  async recordInspectionResults(
    @Arg('input', () => RecordInspectionResultsInput) input: RecordInspectionResultsInput,
    @Ctx() ctx: Context,
  ) {
    const o = await new InspectionService(ctx).recordResults(input);
    return { inspection: o.result, userErrors: o.userErrors };
  }

  @Authorized('inspection.create', 'inspection.handle')
  @Mutation(() => InspectionPayload, { description: 'Complete an inspection whose every item has a result.' })
  async completeInspection(
    @Arg('input', () => CompleteInspectionInput) input: CompleteInspectionInput,
    @Ctx() ctx: Context,
  ) {
    const o = await new InspectionService(ctx).complete(input);
    return { inspection: o.result, userErrors: o.userErrors };
  }

  @Authorized('inspection.create', 'inspection.handle')
  @Mutation(() => InspectionPayload, { description: 'Call off an inspection not yet completed, with the reason.' })
  async cancelInspection(@Arg('input', () => CancelInspectionInput) input: CancelInspectionInput, @Ctx() ctx: Context) {
    const o = await new InspectionService(ctx).cancel(input);
    return { inspection: o.result, userErrors: o.userErrors };
  }

  // ---- fields -------------------------------------------------------------------------------

  @FieldResolver(() => Site, { description: 'The site inspected.' })
  site(@Root() i: Inspection): Promise<Site> {
    return i.site.load() as Promise<Site>;
  }

  @FieldResolver(() => Department, { description: 'The department whose inspection it is.' })
  department(@Root() i: Inspection): Promise<Department> {
    return i.department.load() as Promise<Department>;
  }

  @FieldResolver(() => [Staff], { description: 'The inspectors.' })
  async inspectors(@Root() i: Inspection): Promise<Staff[]> {
    return (await i.inspectors.load()).getItems();
  }

  @FieldResolver(() => [Area], { description: 'The areas it covers (its scope).' })
  async areas(@Root() i: Inspection): Promise<Area[]> {
    return (await i.areas.load()).getItems();
  }

  @FieldResolver(() => InspectionChecklist, { description: 'The checklist its items were copied from.' })
  checklist(@Root() i: Inspection): Promise<InspectionChecklist> {
    return i.checklist.load() as Promise<InspectionChecklist>;
  }

  @FieldResolver(() => [InspectionItem], { description: 'Its checklist items and their results, in order.' })
  async items(@Root() i: Inspection): Promise<InspectionItem[]> {
    return [...(await i.items.load()).getItems()].sort((a, b) => a.seq - b.seq);
  }

  @FieldResolver(() => Staff, { description: 'Who planned it.' })
  plannedBy(@Root() i: Inspection): Promise<Staff> {
    return i.plannedBy.load() as Promise<Staff>;
  }

  @FieldResolver(() => Int, { description: 'Items passed.' })
  passCount(@Root() i: Inspection): Promise<number> {
    return countOf(i, InspectionItemResult.PASS);
  }

  @FieldResolver(() => Int, { description: 'Items failed: problems and hidden hazards found.' })
  failCount(@Root() i: Inspection): Promise<number> {
    return countOf(i, InspectionItemResult.FAIL);
  }

  @FieldResolver(() => Int, { description: 'Items that did not apply.' })
  notApplicableCount(@Root() i: Inspection): Promise<number> {
    return countOf(i, InspectionItemResult.N_A);
  }

  @FieldResolver(() => Int, { description: 'Items without a result yet.' })
  pendingCount(@Root() i: Inspection): Promise<number> {
    return countOf(i, null);
  }

  @FieldResolver(() => Int, {
    description: 'Failed items without a rectification notice (OM-5: every hazard gets one).',
  })
  unnoticedFailures(@Root() i: Inspection, @Ctx() ctx: Context): Promise<number> {
    return new InspectionService(ctx).unnoticedFailures(i);
  }

  @FieldResolver(() => [Case], { description: 'The rectification notices issued from its items that you may see.' })
  async notices(@Root() i: Inspection, @Ctx() ctx: Context): Promise<Case[]> {
    return [...(await noticesByItem(ctx, i)).values()];
  }

  @FieldResolver(() => [InspectionStep], {
    description: 'What you may do to it now: the steps the server would accept from you (input aside).',
  })
  async viewerSteps(@Root() i: Inspection, @Ctx() ctx: Context): Promise<InspectionStepName[]> {
    return new InspectionService(ctx).stepsFor(i);
  }
}

@Resolver(() => InspectionItem)
export class InspectionItemResolver {
  @FieldResolver(() => Inspection, { description: 'The inspection.' })
  inspection(@Root() it: InspectionItem): Promise<Inspection> {
    return it.inspection.load() as Promise<Inspection>;
  }

  @FieldResolver(() => Area, { nullable: true, description: 'Where a failure is.' })
  area(@Root() it: InspectionItem): Promise<Area | null> | null {
    return it.area?.load() ?? null;
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who recorded its result.' })
  recordedBy(@Root() it: InspectionItem): Promise<Staff | null> | null {
    return it.recordedBy?.load() ?? null;
  }

  @FieldResolver(() => Case, {
    nullable: true,
    description: 'The rectification notice issued for it (not voided), if you may see it.',
  })
  async notice(@Root() it: InspectionItem, @Ctx() ctx: Context): Promise<Case | null> {
    const inspection = (await it.inspection.load()) as Inspection;
    return (await noticesByItem(ctx, inspection)).get(it.id) ?? null;
  }
}

@Resolver(() => ExternalInspection)
export class ExternalInspectionResolver {
  @Authorized('external_inspection.read')
  @Query(() => ExternalInspectionConnection, {
    description: 'Inspections by outside bodies received at the sites (R21), latest first.',
  })
  externalInspections(
    @Arg('filter', () => ExternalInspectionFilter, { nullable: true }) filter: ExternalInspectionFilter | null,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<ExternalInspection>> {
    return new ExternalInspectionService(ctx).list(filter, page);
  }

  @Authorized('external_inspection.read')
  @Query(() => ExternalInspection, {
    nullable: true,
    description: 'One external inspection; null if not found or not visible to you.',
  })
  externalInspection(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ExternalInspection | null> {
    return new ExternalInspectionService(ctx).byId(id);
  }

  @Authorized('external_inspection.create')
  @Mutation(() => ExternalInspectionPayload, {
    description: 'Record an inspection by an outside body received at a site (DIR-10).',
  })
  async recordExternalInspection(
    @Arg('input', () => RecordExternalInspectionInput) input: RecordExternalInspectionInput,
    @Ctx() ctx: Context,
  ) {
    const o = await new ExternalInspectionService(ctx).receive(input);
    return { externalInspection: o.result, userErrors: o.userErrors };
  }

  @Authorized('external_inspection.handle')
  @Mutation(() => ExternalInspectionPayload, { description: 'Complete or correct an external inspection’s record.' })
  async updateExternalInspection(
    @Arg('input', () => UpdateExternalInspectionInput) input: UpdateExternalInspectionInput,
    @Ctx() ctx: Context,
  ) {
    const o = await new ExternalInspectionService(ctx).update(input);
    return { externalInspection: o.result, userErrors: o.userErrors };
  }

  @Authorized('external_inspection.handle')
  @Mutation(() => ExternalInspectionPayload, {
    description: 'Void an external inspection recorded in error (nothing is deleted).',
  })
  async voidExternalInspection(
    @Arg('input', () => VoidExternalInspectionInput) input: VoidExternalInspectionInput,
    @Ctx() ctx: Context,
  ) {
    const o = await new ExternalInspectionService(ctx).void(input);
    return { externalInspection: o.result, userErrors: o.userErrors };
  }

  @FieldResolver(() => Site, { description: 'The site inspected.' })
  site(@Root() e: ExternalInspection): Promise<Site> {
    return e.site.load() as Promise<Site>;
  }

  @FieldResolver(() => Staff, { description: 'Who received the inspectors.' })
  receivedBy(@Root() e: ExternalInspection): Promise<Staff> {
    return e.receivedBy.load() as Promise<Staff>;
  }

  @FieldResolver(() => Staff, { description: 'Who recorded it.' })
  recordedBy(@Root() e: ExternalInspection): Promise<Staff> {
    return e.recordedBy.load() as Promise<Staff>;
  }

  @FieldResolver(() => [Case], {
    description: 'The rectification notices issued for its required actions that you may see (R21 → R20).',
  })
  notices(@Root() e: ExternalInspection, @Ctx() ctx: Context): Promise<Case[]> {
    return new ExternalInspectionService(ctx).notices(e);
  }

  @FieldResolver(() => Int, { description: 'Of those notices, how many are still open (R21: every action closed).' })
  async openNoticeCount(@Root() e: ExternalInspection, @Ctx() ctx: Context): Promise<number> {
    const notices = await new ExternalInspectionService(ctx).notices(e);
    return notices.filter((c) => c.status !== CaseStatus.CLOSED).length;
  }

  @FieldResolver(() => Boolean, { description: 'You may change or void it now.' })
  viewerMayEdit(@Root() e: ExternalInspection, @Ctx() ctx: Context): boolean {
    return new ExternalInspectionService(ctx).mayEdit(e);
  }
}

export const inspectionResolvers = [InspectionResolver, InspectionItemResolver, ExternalInspectionResolver] as const;
