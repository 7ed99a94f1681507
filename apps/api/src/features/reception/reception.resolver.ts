import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { loadOne } from '../../graphql/batch.js';
import { Connection, type ConnectionShape } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { registerNodeType } from '../../graphql/node.js';
import { UserError } from '../../graphql/user-error.js';
import { Case } from '../cases/case.entity.js';
import { CaseService } from '../cases/case.service.js';
import { Customer } from '../customers/customer.entity.js';
import { CustomerService } from '../customers/customer.service.js';
import { Unit } from '../customers/unit.entity.js';
import { UnitService } from '../customers/unit.service.js';
import { Site } from '../sites/site.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { PageArgsType } from '../staff/staff.resolver.js';
import {
  CloseReceptionVisitInput,
  LinkReceptionVisitToCaseInput,
  ReceptionVisitFilter,
  RecordReceptionVisitInput,
  UpdateReceptionVisitInput,
  VoidReceptionVisitInput,
} from './reception.inputs.js';
import { ReceptionService } from './reception.service.js';
import { ReceptionVisit } from './reception-visit.entity.js';

registerNodeType({
  typename: 'ReceptionVisit',
  entity: ReceptionVisit,
  keyOf: (v) => v.id,
  load: (ctx, keys) => new ReceptionService(ctx).byIds(keys),
});

export const ReceptionVisitConnection = Connection(ReceptionVisit, 'ReceptionVisit');

@ObjectType('ReceptionVisitPayload', { description: 'The result of entering or changing a visit.' })
class ReceptionVisitPayload {
  @Field(() => ReceptionVisit, { nullable: true, description: 'The visit as it is now; null when refused.' })
  visit: ReceptionVisit | null;

  @Field(() => [UserError], { description: 'Why it was refused; empty on success.' })
  userErrors: UserError[];
}

const payload = (o: { result: ReceptionVisit | null; userErrors: UserError[] }): ReceptionVisitPayload => ({
  visit: o.result,
  userErrors: o.userErrors,
});

/** Working on a visit: `reception.handle`, or whoever received it (the service checks which). */
const HANDLE = ['reception.handle', 'reception.create'];

@Resolver(() => ReceptionVisit)
export class ReceptionVisitResolver {
  @Authorized('reception.read')
  @Query(() => ReceptionVisitConnection, { description: 'The reception log as far as you may see it, latest first.' })
  receptionVisits(
    @Arg('filter', () => ReceptionVisitFilter, { nullable: true, description: 'Which visits; all of them by default.' })
    filter: ReceptionVisitFilter | null,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<ReceptionVisit>> {
    return new ReceptionService(ctx).list(filter, page);
  }

  @Authorized('reception.read')
  @Query(() => ReceptionVisit, { nullable: true, description: 'One visit; null if not found or not visible to you.' })
  receptionVisit(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ReceptionVisit | null> {
    return new ReceptionService(ctx).byId(id);
  }

  @Authorized('reception.create')
  @Mutation(() => ReceptionVisitPayload, {
    description: 'Enter a walk-in at the desk; closed at once when answered on the spot.',
  })
  async recordReceptionVisit(
    @Arg('input', () => RecordReceptionVisitInput) input: RecordReceptionVisitInput,
    @Ctx() ctx: Context,
  ) {
    return payload(await new ReceptionService(ctx).recordVisit(input));
  }

  @Authorized(HANDLE)
  @Mutation(() => ReceptionVisitPayload, { description: 'Correct or complete an open visit (outcome, summary…).' })
  async updateReceptionVisit(
    @Arg('input', () => UpdateReceptionVisitInput) input: UpdateReceptionVisitInput,
    @Ctx() ctx: Context,
  ) {
    return payload(await new ReceptionService(ctx).update(input));
  }

  @Authorized(HANDLE)
  @Mutation(() => ReceptionVisitPayload, { description: 'Record the case opened from an open visit.' })
  async linkReceptionVisitToCase(
    @Arg('input', () => LinkReceptionVisitToCaseInput) input: LinkReceptionVisitToCaseInput,
    @Ctx() ctx: Context,
  ) {
    return payload(await new ReceptionService(ctx).linkCase(input));
  }

  @Authorized(HANDLE)
  @Mutation(() => ReceptionVisitPayload, {
    description: 'Close a visit: it must have an outcome or a linked case (事事有结果).',
  })
  async closeReceptionVisit(
    @Arg('input', () => CloseReceptionVisitInput) input: CloseReceptionVisitInput,
    @Ctx() ctx: Context,
  ) {
    return payload(await new ReceptionService(ctx).close(input));
  }

  @Authorized(HANDLE)
  @Mutation(() => ReceptionVisitPayload, {
    description: 'Void a visit entered by mistake, with the reason (nothing is deleted).',
  })
  async voidReceptionVisit(
    @Arg('input', () => VoidReceptionVisitInput) input: VoidReceptionVisitInput,
    @Ctx() ctx: Context,
  ) {
    return payload(await new ReceptionService(ctx).void(input));
  }

  // ---- fields --------------------------------------------------------------------------

  @FieldResolver(() => Site, { description: 'The site whose desk it was.' })
  site(@Root() v: ReceptionVisit): Promise<Site> {
    return v.site.load() as Promise<Site>;
  }

  @FieldResolver(() => Customer, {
    nullable: true,
    description: 'The customer on file, if you may see their file.',
  })
  async customer(@Root() v: ReceptionVisit, @Ctx() ctx: Context): Promise<Customer | null> {
    if (!v.customer) return null;
    return await loadOne(ctx, 'Customer', (ids) => new CustomerService(ctx).byIds(ids), v.customer.unwrap().id);
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'The unit concerned, if you may see it.' })
  async unit(@Root() v: ReceptionVisit, @Ctx() ctx: Context): Promise<Unit | null> {
    if (!v.unit) return null;
    return await loadOne(ctx, 'Unit', (ids) => new UnitService(ctx).unitsByIds(ids), v.unit.unwrap().id);
  }

  @FieldResolver(() => Staff, { description: 'Who received the visitor.' })
  receivedBy(@Root() v: ReceptionVisit): Promise<Staff> {
    return v.receivedBy.load() as Promise<Staff>;
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who closed it.' })
  closedBy(@Root() v: ReceptionVisit): Promise<Staff | null> | null {
    return v.closedBy?.load() ?? null;
  }

  @FieldResolver(() => Case, {
    nullable: true,
    description: 'The case opened from this visit, if you may see it.',
  })
  async case(@Root() v: ReceptionVisit, @Ctx() ctx: Context): Promise<Case | null> {
    if (!v.case) return null;
    return await loadOne(ctx, 'Case', (ids) => new CaseService(ctx).byIds(ids), v.case.unwrap().id);
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether you may work on it now: write the outcome, link its case, close or void it.',
  })
  canHandle(@Root() v: ReceptionVisit, @Ctx() ctx: Context): boolean {
    return new ReceptionService(ctx).canHandle(v);
  }
}

@Resolver(() => Customer)
export class CustomerReceptionResolver {
  @FieldResolver(() => ReceptionVisitConnection, {
    description: 'Their visits to the service desk, latest first (empty without `reception.read`).',
  })
  receptionVisits(
    @Root() c: Customer,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<ReceptionVisit>> {
    return new ReceptionService(ctx).list(null, page, c.id);
  }
}

export const receptionResolvers = [ReceptionVisitResolver, CustomerReceptionResolver] as const;
