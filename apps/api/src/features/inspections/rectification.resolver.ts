import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { loadOne } from '../../graphql/batch.js';
import type { Context } from '../../graphql/context.js';
import { caseReadFilter } from '../cases/case.access.js';
import { Case } from '../cases/case.entity.js';
import { CasePayload, casePayload } from '../cases/case.payload.js';
import {
  AcknowledgeRectificationNoticeInput,
  RecordRectificationFollowUpInput,
  RecordReinspectionInput,
  RectificationDetails,
} from '../cases/kinds/rectification.kind.js';
import { Customer } from '../customers/customer.entity.js';
import { CustomerService } from '../customers/customer.service.js';
import { Area } from '../places/area.entity.js';
import { Department } from '../rulebook/department.entity.js';
import { ExternalInspection } from './external-inspection.entity.js';
import { ExternalInspectionService } from './external-inspection.service.js';
import { Inspection, InspectionItem } from './inspection.entity.js';
import { RectificationOrigin } from './inspection.enums.js';
import { InspectionService } from './inspection.service.js';
import { actorOf, RectificationService } from './rectification.service.js';

/**
 * What a rectification notice's details link to, as the viewer may see each, and the notice's own
 * steps (acknowledgement, follow-up, re-inspection) through the case engine's details step.
 */
@Resolver(() => RectificationDetails)
export class RectificationDetailsResolver {
  @FieldResolver(() => Inspection, { nullable: true, description: 'The inspection it came from, if you may see it.' })
  async inspection(@Root() d: RectificationDetails, @Ctx() ctx: Context): Promise<Inspection | null> {
    return d.inspectionId
      ? await loadOne(ctx, 'Inspection', (ids) => new InspectionService(ctx).byIds(ids), d.inspectionId)
      : null;
  }

  @FieldResolver(() => InspectionItem, {
    nullable: true,
    description: 'The failed checklist item it came from, if you may see it.',
  })
  async inspectionItem(@Root() d: RectificationDetails, @Ctx() ctx: Context): Promise<InspectionItem | null> {
    if (d.origin !== RectificationOrigin.INSPECTION || !d.sourceId) return null;
    return await loadOne(ctx, 'InspectionItem', (ids) => new InspectionService(ctx).itemsByIds(ids), d.sourceId);
  }

  @FieldResolver(() => ExternalInspection, {
    nullable: true,
    description: 'The external inspection that required it, if you may see it.',
  })
  async externalInspection(@Root() d: RectificationDetails, @Ctx() ctx: Context): Promise<ExternalInspection | null> {
    if (d.origin !== RectificationOrigin.EXTERNAL_INSPECTION || !d.sourceId) return null;
    return await loadOne(ctx, 'ExternalInspection', (ids) => new ExternalInspectionService(ctx).byIds(ids), d.sourceId);
  }

  @FieldResolver(() => Case, { nullable: true, description: 'The incident or case it came from, if you may see it.' })
  async sourceCase(@Root() d: RectificationDetails, @Ctx() ctx: Context): Promise<Case | null> {
    if (d.origin !== RectificationOrigin.INCIDENT || !d.sourceId || !ctx.viewer) return null;
    return ctx.em.findOne(Case, { $and: [{ id: d.sourceId }, caseReadFilter(ctx.viewer)] });
  }

  @FieldResolver(() => Area, { nullable: true, description: 'Where the hazard is.' })
  async area(@Root() d: RectificationDetails, @Ctx() ctx: Context): Promise<Area | null> {
    return d.areaId ? ctx.em.getReference(Area, d.areaId, { wrapped: true }).load() : null;
  }

  @FieldResolver(() => Department, { nullable: true, description: 'The department it is addressed to.' })
  async addresseeDepartment(@Root() d: RectificationDetails, @Ctx() ctx: Context): Promise<Department | null> {
    return d.addresseeDepartment
      ? ctx.em.getReference(Department, d.addresseeDepartment, { wrapped: true }).load()
      : null;
  }

  @FieldResolver(() => Customer, {
    nullable: true,
    description: 'The customer it is addressed to, when on file and you may see the file.',
  })
  addresseeCustomer(@Root() d: RectificationDetails, @Ctx() ctx: Context): Promise<Customer | null> | null {
    return d.addresseeCustomerId
      ? new CustomerService(ctx).byId(Buffer.from(`Customer:${d.addresseeCustomerId}`).toString('base64url'))
      : null;
  }

  @FieldResolver(() => Boolean, {
    description:
      'You may record its acknowledgement now: for yourself (addressee department), or for whoever signed (order maintenance).',
  })
  viewerMayAcknowledge(@Root() d: RectificationDetails, @Ctx() ctx: Context): boolean {
    if (!ctx.viewer || d.acknowledgedAt || !isActive(d.case)) return false;
    const actor = actorOf(ctx.viewer, d.case);
    return actor.addressee || actor.handles;
  }

  @FieldResolver(() => Boolean, {
    description: 'You may follow it up and re-inspect it now (order maintenance handling it).',
  })
  viewerMayVerify(@Root() d: RectificationDetails, @Ctx() ctx: Context): boolean {
    return !!ctx.viewer && isActive(d.case) && actorOf(ctx.viewer, d.case).handles;
  }

  @Mutation(() => CasePayload, {
    description: 'Record that the addressee acknowledged a rectification notice (签收): it is then being rectified.',
  })
  async acknowledgeRectificationNotice(
    @Arg('input', () => AcknowledgeRectificationNoticeInput) input: AcknowledgeRectificationNoticeInput,
    @Ctx() ctx: Context,
  ) {
    return casePayload(await new RectificationService(ctx).acknowledge(input));
  }

  @Mutation(() => CasePayload, {
    description: 'Record a follow-up visit, or help given to the addressee (协助处理), on a rectification notice.',
  })
  async recordRectificationFollowUp(
    @Arg('input', () => RecordRectificationFollowUpInput) input: RecordRectificationFollowUpInput,
    @Ctx() ctx: Context,
  ) {
    return casePayload(await new RectificationService(ctx).followUp(input));
  }

  @Mutation(() => CasePayload, {
    description:
      'Record a re-inspection (复查) of a rectification notice: FIXED lets it be resolved and closed; NOT_FIXED keeps it open, with a new deadline if given.',
  })
  async recordReinspection(
    @Arg('input', () => RecordReinspectionInput) input: RecordReinspectionInput,
    @Ctx() ctx: Context,
  ) {
    return casePayload(await new RectificationService(ctx).reinspect(input));
  }
}

function isActive(c: Case): boolean {
  return c.status === 'OPEN' || c.status === 'ASSIGNED' || c.status === 'IN_PROGRESS';
}

export const rectificationResolvers = [RectificationDetailsResolver] as const;
