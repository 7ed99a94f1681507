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
import { Connection, type ConnectionShape } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { registerNodeType } from '../../graphql/node.js';
import { UserError } from '../../graphql/user-error.js';
import { Site } from '../sites/site.entity.js';
import { PageArgsType } from '../staff/staff.resolver.js';
import { Building } from './building.entity.js';
import { CreateBuildingInput, CreateUnitInput, UnitFilter } from './customer.inputs.js';
import { Occupancy } from './occupancy.entity.js';
import { Unit } from './unit.entity.js';
import { UnitService } from './unit.service.js';

registerNodeType({
  typename: 'Building',
  entity: Building,
  keyOf: (b) => b.id,
  load: (ctx, keys) => new UnitService(ctx).buildingsByIds(keys),
});
registerNodeType({
  typename: 'Unit',
  entity: Unit,
  keyOf: (u) => u.id,
  load: (ctx, keys) => new UnitService(ctx).unitsByIds(keys),
});

export const UnitConnection = Connection(Unit, 'Unit');

@ObjectType('BuildingPayload', { description: 'The result of adding a building.' })
class BuildingPayload {
  @Field(() => Building, { nullable: true, description: 'The building as saved; null when refused.' })
  building: Building | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

@ObjectType('UnitPayload', { description: 'The result of adding a unit.' })
class UnitPayload {
  @Field(() => Unit, { nullable: true, description: 'The unit as saved; null when refused.' })
  unit: Unit | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

@Resolver(() => Building)
export class BuildingResolver {
  @Authorized('customer_file.read')
  @Query(() => [Building], { description: 'Buildings you may see, by site and code.' })
  buildings(
    @Arg('siteCode', () => String, { nullable: true, description: 'Only this site’s.' }) siteCode: string | null,
    @Ctx() ctx: Context,
  ): Promise<Building[]> {
    return new UnitService(ctx).buildings(siteCode);
  }

  @Authorized('customer_file.create')
  @Mutation(() => BuildingPayload, { description: 'Add a building to a site.' })
  async createBuilding(@Arg('input', () => CreateBuildingInput) input: CreateBuildingInput, @Ctx() ctx: Context) {
    const outcome = await new UnitService(ctx).createBuilding(input);
    return { building: outcome.result, userErrors: outcome.userErrors };
  }

  @FieldResolver(() => Site, { description: 'The site it belongs to.' })
  site(@Root() b: Building): Promise<Site> {
    return b.site.load() as Promise<Site>;
  }
}

@Resolver(() => Unit)
export class UnitResolver {
  @Authorized('customer_file.read')
  @Query(() => UnitConnection, { description: 'Units you may see, by site and code.' })
  units(
    @Arg('filter', () => UnitFilter, { nullable: true }) filter: UnitFilter | null,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<Unit>> {
    return new UnitService(ctx).units(filter, page);
  }

  @Authorized('customer_file.read')
  @Query(() => Unit, { nullable: true, description: 'One unit; null if not found or not visible to you.' })
  unit(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Unit | null> {
    return new UnitService(ctx).unitById(id);
  }

  @Authorized('customer_file.create')
  @Mutation(() => UnitPayload, { description: 'Add a unit to a building.' })
  async createUnit(@Arg('input', () => CreateUnitInput) input: CreateUnitInput, @Ctx() ctx: Context) {
    const outcome = await new UnitService(ctx).createUnit(input);
    return { unit: outcome.result, userErrors: outcome.userErrors };
  }

  @FieldResolver(() => Building, { description: 'The building it is in.' })
  building(@Root() u: Unit): Promise<Building> {
    return u.building.load() as Promise<Building>;
  }

  @FieldResolver(() => Site, { description: 'The site it is at.' })
  site(@Root() u: Unit): Promise<Site> {
    return u.site.load() as Promise<Site>;
  }

  @FieldResolver(() => [Occupancy], {
    description: 'Everyone who lived or worked there: those there now first, then the most recent.',
  })
  occupancies(@Root() u: Unit, @Ctx() ctx: Context): Promise<Occupancy[]> {
    return new UnitService(ctx).occupancies(u);
  }

  @FieldResolver(() => [Occupancy], {
    description: 'Who is there now (voided files aside): owners first, then tenants, then occupants.',
  })
  currentOccupants(@Root() u: Unit, @Ctx() ctx: Context): Promise<Occupancy[]> {
    return new UnitService(ctx).currentOccupants(u);
  }
}
