import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Info,
  InputType,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import { leanRef, loadOne } from '../../graphql/batch.js';
import { Connection, type ConnectionShape } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { registerNodeType } from '../../graphql/node.js';
import { selectedFields, selectedNodeFields } from '../../graphql/selection.js';
import { MISSED, type Missed } from '../../realtime/bounded-feed.js';
import { eventsMissed, live } from '../../realtime/live.js';
import { sharedForEvent, viewerKey } from '../../realtime/shared.js';
import { Customer } from '../customers/customer.entity.js';
import { Unit } from '../customers/unit.entity.js';
import { requireViewer } from '../permissions/auth-checker.js';
import { Department } from '../rulebook/department.entity.js';
import { Site } from '../sites/site.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { PageArgsType } from '../staff/staff.resolver.js';
import { StaffService } from '../staff/staff.service.js';
import { caseReadFilter, stepsFor } from './case.access.js';
import { Case } from './case.entity.js';
import { CaseKind, CaseStep } from './case.enums.js';
import {
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
import { CasePayload, casePayload } from './case.payload.js';
import { ACTIVE_STATUSES, CaseService } from './case.service.js';
import type { CaseEventMessage } from './case.topics.js';
import { CaseEvent } from './case-event.entity.js';
import { CaseDetails, kindDetailsResolvers } from './kinds/kind-details.resolver.js';

registerNodeType({
  typename: 'Case',
  entity: Case,
  keyOf: (c) => c.id,
  load: (ctx, keys) => new CaseService(ctx).byIds(keys),
});
registerNodeType({
  typename: 'CaseEvent',
  entity: CaseEvent,
  keyOf: (e) => e.id,
  load: async (ctx, keys) => {
    if (!ctx.viewer) return [];
    return ctx.em.find(CaseEvent, { id: { $in: [...keys] }, case: caseReadFilter(ctx.viewer) } as never);
  },
});

export const CaseConnection = Connection(Case, 'Case');
export const CaseEventConnection = Connection(CaseEvent, 'CaseEvent');

@InputType('CaseEventsFilter', { description: 'Which case events to receive.' })
class CaseEventsFilter {
  @Field(() => ID, { nullable: true, description: 'Only this case.' })
  caseId?: string | null;

  @Field(() => [CaseKind], { nullable: true, description: 'Only these kinds.' })
  kinds?: CaseKind[] | null;
}

/** Loads a published event as this subscriber: null when they may not see its case. */
async function visibleEvent(ctx: Context, message: CaseEventMessage): Promise<CaseEvent | null> {
  if (!ctx.viewer) return null;
  // A fresh fork per event: never serve one subscriber's identity map to the next event. One
  // statement, the event with its case joined and the viewer's read scope on the case: an event
  // comes as a mutation answers, and each statement waits its turn on SQLite's one connection.
  return ctx.em
    .fork()
    .findOne(
      CaseEvent,
      { id: message.eventId, case: { $and: [{ id: message.caseId }, caseReadFilter(ctx.viewer)] } } as never,
      { populate: ['case'] as never },
    );
}

@Resolver(() => Case)
export class CaseResolver {
  @Query(() => CaseConnection, { description: 'Cases you may see, newest first.' })
  cases(
    @Arg('filter', () => CaseFilter, { nullable: true }) filter: CaseFilter | null,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionShape<Case>> {
    return new CaseService(ctx).list(filter, page, selectedNodeFields(info));
  }

  @Query(() => Case, { nullable: true, description: 'One case; null if not found or not visible to you.' })
  case(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Case | null> {
    return new CaseService(ctx).byId(id, selectedFields(info));
  }

  @Mutation(() => CasePayload, { description: 'Record a new matter; its deadlines are set from the service levels.' })
  async openCase(@Arg('input', () => OpenCaseInput) input: OpenCaseInput, @Ctx() ctx: Context) {
    return casePayload(await new CaseService(ctx).open(input));
  }

  @Mutation(() => CasePayload, { description: 'Give a case to a member of staff.' })
  async assignCase(@Arg('input', () => AssignCaseInput) input: AssignCaseInput, @Ctx() ctx: Context) {
    return casePayload(await new CaseService(ctx).assign(input));
  }

  @Mutation(() => CasePayload, {
    description: 'Forward a case (转告) to a department and a person, who must acknowledge it.',
  })
  async referCase(@Arg('input', () => ReferCaseInput) input: ReferCaseInput, @Ctx() ctx: Context) {
    return casePayload(await new CaseService(ctx).refer(input));
  }

  @Mutation(() => CasePayload, { description: 'Acknowledge a case referred or assigned to you.' })
  async acknowledgeCase(@Arg('input', () => CaseStepInput) input: CaseStepInput, @Ctx() ctx: Context) {
    return casePayload(await new CaseService(ctx).acknowledge(input));
  }

  @Mutation(() => CasePayload, { description: 'Report a case up the reporting chain (beyond authority, or major).' })
  async escalateCase(@Arg('input', () => EscalateCaseInput) input: EscalateCaseInput, @Ctx() ctx: Context) {
    return casePayload(await new CaseService(ctx).escalate(input));
  }

  @Mutation(() => CasePayload, { description: 'Start work on an assigned case.' })
  async startCase(@Arg('input', () => CaseStepInput) input: CaseStepInput, @Ctx() ctx: Context) {
    return casePayload(await new CaseService(ctx).start(input));
  }

  @Mutation(() => CasePayload, { description: 'Write the result: a case cannot be resolved without one.' })
  async resolveCase(@Arg('input', () => ResolveCaseInput) input: ResolveCaseInput, @Ctx() ctx: Context) {
    return casePayload(await new CaseService(ctx).resolve(input));
  }

  @Mutation(() => CasePayload, { description: 'Close a resolved case, with the customer’s feedback (回访).' })
  async closeCase(@Arg('input', () => CloseCaseInput) input: CloseCaseInput, @Ctx() ctx: Context) {
    return casePayload(await new CaseService(ctx).close(input));
  }

  @Mutation(() => CasePayload, { description: 'Reopen a resolved or closed case, with the reason.' })
  async reopenCase(@Arg('input', () => CaseReasonInput) input: CaseReasonInput, @Ctx() ctx: Context) {
    return casePayload(await new CaseService(ctx).reopen(input));
  }

  @Mutation(() => CasePayload, { description: 'Void a case recorded in error, with the reason (nothing is deleted).' })
  async voidCase(@Arg('input', () => CaseReasonInput) input: CaseReasonInput, @Ctx() ctx: Context) {
    return casePayload(await new CaseService(ctx).void(input));
  }

  @Mutation(() => CasePayload, { description: 'Add a comment to a case’s timeline.' })
  async commentOnCase(@Arg('input', () => CommentOnCaseInput) input: CommentOnCaseInput, @Ctx() ctx: Context) {
    return casePayload(await new CaseService(ctx).comment(input));
  }

  @Subscription(() => CaseEvent, {
    description:
      'Every new timeline entry of the cases you may see (as they happen). If you fall too far behind, the ' +
      'events waiting for you are dropped and you receive one error result with code `EVENTS_MISSED` ' +
      'instead (the subscription goes on): reload what you show.',
    subscribe: async ({ args, context, info }) => {
      const ctx = context as Context;
      // Global middlewares guard each event's resolver, not the subscribing itself: refuse now
      // whom they would refuse (anonymous sockets, `read` tokens), not silently at every event.
      await requireViewer({ root: undefined, args, context: ctx, info }, async () => undefined);
      const f = (args as { filter?: CaseEventsFilter | null }).filter;
      const caseKey = f?.caseId ? Buffer.from(f.caseId, 'base64url').toString('utf8').split(':')[1] : null;
      return live(
        ctx.pubsub.feed(['CASE_EVENT']),
        async ({ message }) => {
          if (caseKey && message.caseId !== caseKey) return null;
          // Whether a viewer may see it is the same question for all their open pages: asked once.
          const who = viewerKey(ctx);
          const event = await (who
            ? sharedForEvent(message, `visible\n${who}`, () => visibleEvent(ctx, message))
            : visibleEvent(ctx, message));
          if (!event) return null;
          if (f?.kinds?.length) {
            const c = await event.case.load();
            if (!c || !f.kinds.includes(c.kind)) return null;
          }
          // The event as the check loaded it (with its case): the resolver reads nothing again,
          // and it is the same object for every subscriber alike, who share its execution.
          return event;
        },
        ctx.log,
      );
    },
  })
  caseEvents(
    @Root() event: CaseEvent | Missed,
    @Arg('filter', () => CaseEventsFilter, { nullable: true }) _filter?: CaseEventsFilter | null,
  ): CaseEvent {
    if (event === MISSED) throw eventsMissed();
    return event;
  }

  // ---- fields --------------------------------------------------------------------------

  @FieldResolver(() => [CaseEvent], {
    description: 'Everything that happened, oldest first (the whole timeline, for the case page; `events` pages it).',
  })
  timeline(@Root() c: Case, @Ctx() ctx: Context): Promise<CaseEvent[]> {
    return new CaseService(ctx).timeline(c);
  }

  @FieldResolver(() => CaseEventConnection, { description: 'Its timeline page by page, oldest first, filtered.' })
  events(
    @Root() c: Case,
    @Arg('filter', () => CaseTimelineFilter, { nullable: true }) filter: CaseTimelineFilter | null,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<CaseEvent>> {
    return new CaseService(ctx).events(c, filter, page);
  }

  @FieldResolver(() => [CaseStep], {
    description: 'What you may do to it now: the steps the server would accept from you (input aside).',
  })
  viewerSteps(@Root() c: Case, @Ctx() ctx: Context): CaseStep[] {
    return ctx.viewer ? stepsFor(ctx.viewer, c) : [];
  }

  @FieldResolver(() => Boolean, { description: 'Past its result deadline and not yet resolved.' })
  overdue(@Root() c: Case, @Ctx() ctx: Context): boolean {
    return (ACTIVE_STATUSES as readonly string[]).includes(c.status) && c.resolutionDueAt < ctx.clock();
  }

  @FieldResolver(() => Boolean, { description: 'Nobody responded by the response deadline.' })
  responseOverdue(@Root() c: Case, @Ctx() ctx: Context): boolean {
    return !c.respondedAt && (ACTIVE_STATUSES as readonly string[]).includes(c.status) && c.responseDueAt < ctx.clock();
  }

  @FieldResolver(() => Boolean, {
    description: 'Major or beyond authority, and not yet escalated: it cannot progress.',
  })
  needsEscalation(@Root() c: Case): boolean {
    return (c.severity === 'MAJOR' || c.beyondAuthority) && !c.escalatedAt;
  }

  @FieldResolver(() => Department, { description: 'The department whose queue it is in.' })
  department(@Root() c: Case, @Ctx() ctx: Context): Promise<Department | null> | Department | null {
    return leanRef(ctx, Department, c, 'department');
  }

  @FieldResolver(() => Department, { nullable: true, description: 'The department holding it now (after a referral).' })
  holderDepartment(@Root() c: Case, @Ctx() ctx: Context): Promise<Department | null> | Department | null {
    return leanRef(ctx, Department, c, 'holderDepartment');
  }

  @FieldResolver(() => Department, { nullable: true, description: 'Taken on behalf of this department (SL-2).' })
  onBehalfOf(@Root() c: Case, @Ctx() ctx: Context): Promise<Department | null> | Department | null {
    return leanRef(ctx, Department, c, 'onBehalfOf');
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Assigned to.' })
  assignee(@Root() c: Case, @Ctx() ctx: Context): Promise<Staff | null> | Staff | null {
    return leanRef(ctx, Staff, c, 'assignee');
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who holds it now.' })
  holder(@Root() c: Case, @Ctx() ctx: Context): Promise<Staff | null> | Staff | null {
    return leanRef(ctx, Staff, c, 'holder');
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'The superior it was escalated to.' })
  escalatedTo(@Root() c: Case, @Ctx() ctx: Context): Promise<Staff | null> | Staff | null {
    return leanRef(ctx, Staff, c, 'escalatedTo');
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who recorded it.' })
  receivedBy(@Root() c: Case, @Ctx() ctx: Context): Promise<Staff | null> | Staff | null {
    return leanRef(ctx, Staff, c, 'receivedBy');
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'The member of staff who reported it, if one did.' })
  reporterStaff(@Root() c: Case, @Ctx() ctx: Context): Promise<Staff | null> | Staff | null {
    return leanRef(ctx, Staff, c, 'reporterStaff');
  }

  @FieldResolver(() => Customer, { nullable: true, description: 'The customer who reported it, if on file.' })
  reporterCustomer(@Root() c: Case): Promise<Customer | null> | null {
    return c.reporterCustomer?.load() ?? null;
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'The unit concerned.' })
  unit(@Root() c: Case): Promise<Unit | null> | null {
    return c.unit?.load() ?? null;
  }

  @FieldResolver(() => Site, { nullable: true, description: 'The site.' })
  site(@Root() c: Case): Promise<Site | null> | null {
    return c.site?.load() ?? null;
  }

  @FieldResolver(() => CaseDetails, {
    nullable: true,
    description: 'Kind-specific details (rental, task…), if the kind has any.',
  })
  details(@Root() c: Case): object | null {
    return caseKind(c.kind).detailsView?.(c) ?? null;
  }
}

@Resolver(() => CaseEvent)
export class CaseEventResolver {
  @FieldResolver(() => Case, { description: 'The case.' })
  case(@Root() e: CaseEvent): Promise<Case> {
    return e.case.load() as Promise<Case>;
  }

  @FieldResolver(() => Staff, {
    nullable: true,
    description: 'Who did it, if you may see them (the name is always in `actorName`).',
  })
  async actor(@Root() e: CaseEvent, @Ctx() ctx: Context): Promise<Staff | null> {
    return loadOne(ctx, 'Staff', (ids) => new StaffService(ctx).byIds(ids), e.actor.unwrap().id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The status before the step.' })
  fromStatus(@Root() e: CaseEvent): string | null {
    return typeof e.data?.from === 'string' ? e.data.from : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The status after the step.' })
  toStatus(@Root() e: CaseEvent): string | null {
    return typeof e.data?.to === 'string' ? e.data.to : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Whom it was assigned, referred or escalated to (their name).',
  })
  targetName(@Root() e: CaseEvent): string | null {
    const name = e.data?.assigneeName ?? e.data?.escalatedToName;
    return typeof name === 'string' ? name : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'For DETAILS_UPDATED: which of its kind’s own steps it was (e.g. `REINSPECTED_FIXED` on a rectification notice), if the kind names it.',
  })
  detailsStep(@Root() e: CaseEvent): string | null {
    return typeof e.data?.step === 'string' ? e.data.step : null;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Satisfaction recorded on closing, 1–5.' })
  satisfaction(@Root() e: CaseEvent): number | null {
    return typeof e.data?.satisfaction === 'number' ? e.data.satisfaction : null;
  }
}

export const caseResolvers = [CaseResolver, CaseEventResolver, ...kindDetailsResolvers] as const;
