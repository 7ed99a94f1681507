import { Arg, Ctx, createUnionType, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../../graphql/context.js';
import { Customer } from '../../customers/customer.entity.js';
import { Unit } from '../../customers/unit.entity.js';
import { IncidentDetails } from '../../incidents/incident.kind.js';
import { CaseKind } from '../case.enums.js';
import { CasePayload, casePayload } from '../case.payload.js';
import { CaseService } from '../case.service.js';
import { RectificationDetails } from './rectification.kind.js';
import {
  addRentalViewing,
  applyRentalInput,
  RecordRentalViewingInput,
  RentalDetails,
  RentalViewing,
  rentalData,
  UpdateRentalDetailsInput,
} from './rental.kind.js';
import { TaskDetails } from './task.kind.js';

/** `Case.details`: each kind with details of its own adds its object type here. */
export const CaseDetails = createUnionType({
  name: 'CaseDetails',
  description: 'A case’s kind-specific details.',
  types: () => [RentalDetails, TaskDetails, IncidentDetails, RectificationDetails] as const,
  resolveType: (value) => (value as object).constructor as typeof RentalDetails,
});

/** Units and customers named in details resolve through the same loaders as everywhere else. */
function unitsOf(ctx: Context, ids: readonly string[]): Promise<Unit[]> {
  return Promise.all(ids.map((id) => ctx.em.getReference(Unit, id, { wrapped: true }).load())).then((units) =>
    units.filter((u): u is Unit => !!u),
  );
}

@Resolver(() => RentalDetails)
export class RentalDetailsResolver {
  @FieldResolver(() => [Unit], { description: 'The units offered.' })
  unitsOffered(@Root() d: RentalDetails, @Ctx() ctx: Context): Promise<Unit[]> {
    return unitsOf(ctx, d.unitIds);
  }

  @FieldResolver(() => Customer, { nullable: true, description: 'The new tenant’s customer file (when let).' })
  async tenant(@Root() d: RentalDetails, @Ctx() ctx: Context): Promise<Customer | null> {
    return d.tenantId ? ctx.em.getReference(Customer, d.tenantId, { wrapped: true }).load() : null;
  }

  @Mutation(() => CasePayload, {
    description: 'Change a rental case’s details: asking rent, units offered, outcome, agreement, tenant.',
  })
  async updateRentalDetails(
    @Arg('input', () => UpdateRentalDetailsInput) input: UpdateRentalDetailsInput,
    @Ctx() ctx: Context,
  ) {
    const outcome = await new CaseService(ctx).updateDetails(input.caseId, CaseKind.RENTAL, async (c, v, tx) => {
      const details = await applyRentalInput(tx, v, rentalData(c), input);
      return { note: null, details };
    });
    return casePayload(outcome);
  }

  @Mutation(() => CasePayload, { description: 'Record a viewing (看房) on a rental case.' })
  async recordRentalViewing(
    @Arg('input', () => RecordRentalViewingInput) input: RecordRentalViewingInput,
    @Ctx() ctx: Context,
  ) {
    const outcome = await new CaseService(ctx).updateDetails(input.caseId, CaseKind.RENTAL, async (c, v) =>
      addRentalViewing(rentalData(c), input, v, ctx.clock(), ctx.viewer?.staff.name ?? ''),
    );
    return casePayload(outcome);
  }
}

@Resolver(() => RentalViewing)
export class RentalViewingResolver {
  @FieldResolver(() => Unit, { nullable: true, description: 'The unit viewed.' })
  async unit(@Root() w: RentalViewing, @Ctx() ctx: Context): Promise<Unit | null> {
    return w.unitId ? ctx.em.getReference(Unit, w.unitId, { wrapped: true }).load() : null;
  }
}

export const kindDetailsResolvers = [RentalDetailsResolver, RentalViewingResolver] as const;
