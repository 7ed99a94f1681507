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
import { PageArgsType } from '../staff/staff.resolver.js';
import { Customer } from './customer.entity.js';
import { LookupMatch } from './customer.enums.js';
import {
  AddCustomerContactInput,
  CreateCustomerInput,
  CustomerFilter,
  MoveInInput,
  MoveOutInput,
  UpdateCustomerInput,
  VoidCustomerInput,
} from './customer.inputs.js';
import { CustomerService } from './customer.service.js';
import { CustomerContact } from './customer-contact.entity.js';
import { Occupancy } from './occupancy.entity.js';
import { Unit } from './unit.entity.js';
import { BuildingResolver, UnitResolver } from './unit.resolver.js';

registerNodeType({
  typename: 'Customer',
  entity: Customer,
  keyOf: (c) => c.id,
  load: (ctx, keys) => new CustomerService(ctx).byIds(keys),
});
registerNodeType({
  typename: 'CustomerContact',
  entity: CustomerContact,
  keyOf: (c) => c.id,
  load: (ctx, keys) => new CustomerService(ctx).contactsByIds(keys),
});
registerNodeType({
  typename: 'Occupancy',
  entity: Occupancy,
  keyOf: (o) => o.id,
  load: (ctx, keys) => new CustomerService(ctx).occupanciesByIds(keys),
});

export const CustomerConnection = Connection(Customer, 'Customer');

@ObjectType('CustomerLookupHit', {
  description: 'One hit of `customerLookup`: a unit or a customer, and what matched.',
})
class CustomerLookupHit {
  @Field(() => LookupMatch, { description: 'What matched: the unit code, a phone, another contact or the name.' })
  match: LookupMatch;

  @Field(() => Boolean, { description: 'The whole of it matched, not just part.' })
  exact: boolean;

  @Field(() => String, { description: 'What matched, as recorded (the unit code, the phone number, the name).' })
  matchedValue: string;

  @Field(() => Unit, { nullable: true, description: 'The unit, for a unit-code hit.' })
  unit: Unit | null;

  @Field(() => Customer, { nullable: true, description: 'The customer, for any other hit.' })
  customer: Customer | null;
}

@ObjectType('CustomerPayload', { description: 'The result of a change to a customer file.' })
class CustomerPayload {
  @Field(() => Customer, { nullable: true, description: 'The file as changed; null when refused.' })
  customer: Customer | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

@ObjectType('CustomerContactPayload', { description: 'The result of adding a contact.' })
class CustomerContactPayload extends CustomerPayload {
  @Field(() => CustomerContact, { nullable: true, description: 'The contact added; null when refused.' })
  contact: CustomerContact | null;
}

@ObjectType('OccupancyPayload', { description: 'The result of a move in or out.' })
class OccupancyPayload {
  @Field(() => Occupancy, { nullable: true, description: 'The occupancy as changed; null when refused.' })
  occupancy: Occupancy | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

const payload = (outcome: { result: Customer | null; userErrors: UserError[] }): CustomerPayload => ({
  customer: outcome.result,
  userErrors: outcome.userErrors,
});
const occupancyPayload = (outcome: { result: Occupancy | null; userErrors: UserError[] }): OccupancyPayload => ({
  occupancy: outcome.result,
  userErrors: outcome.userErrors,
});

@Resolver(() => Customer)
export class CustomerResolver {
  @Authorized('customer_file.read')
  @Query(() => CustomerConnection, { description: 'Customer files you may see, by name.' })
  customers(
    @Arg('filter', () => CustomerFilter, { nullable: true }) filter: CustomerFilter | null,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<Customer>> {
    return new CustomerService(ctx).list(filter, page);
  }

  @Authorized('customer_file.read')
  @Query(() => Customer, { nullable: true, description: 'One customer file; null if not found or not visible to you.' })
  customer(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Customer | null> {
    return new CustomerService(ctx).byId(id);
  }

  @Authorized('customer_file.read')
  @Query(() => [CustomerLookupHit], {
    description:
      'The intake desk’s search box: a unit code, a phone number (or part of one), another contact or a name. ' +
      'Up to 20 units and customers (voided files aside), exact unit codes and phone numbers first.',
  })
  customerLookup(
    @Arg('query', () => String, { description: 'What the caller said, at most 100 characters.' }) query: string,
    @Ctx() ctx: Context,
  ): Promise<CustomerLookupHit[]> {
    return new CustomerService(ctx).lookup(query);
  }

  @Authorized('customer_file.create')
  @Mutation(() => CustomerPayload, {
    description: 'Open a customer file, with their contacts and, if they have one, their unit.',
  })
  async createCustomer(@Arg('input', () => CreateCustomerInput) input: CreateCustomerInput, @Ctx() ctx: Context) {
    return payload(await new CustomerService(ctx).create(input));
  }

  @Authorized('customer_file.handle')
  @Mutation(() => CustomerPayload, { description: 'Change a customer’s name, role, ID digits or note.' })
  async updateCustomer(@Arg('input', () => UpdateCustomerInput) input: UpdateCustomerInput, @Ctx() ctx: Context) {
    return payload(await new CustomerService(ctx).update(input));
  }

  @Authorized('customer_file.handle')
  @Mutation(() => CustomerContactPayload, { description: 'Add a phone number or other contact to a customer file.' })
  async addCustomerContact(
    @Arg('input', () => AddCustomerContactInput) input: AddCustomerContactInput,
    @Ctx() ctx: Context,
  ): Promise<CustomerContactPayload> {
    const outcome = await new CustomerService(ctx).addContact(input);
    return {
      customer: outcome.result?.customer ?? null,
      contact: outcome.result?.contact ?? null,
      userErrors: outcome.userErrors,
    };
  }

  @Authorized('customer_file.handle')
  @Mutation(() => OccupancyPayload, { description: 'Record that a customer moved into (or took over) a unit.' })
  async moveIn(@Arg('input', () => MoveInInput) input: MoveInInput, @Ctx() ctx: Context) {
    return occupancyPayload(await new CustomerService(ctx).moveIn(input));
  }

  @Authorized('customer_file.handle')
  @Mutation(() => OccupancyPayload, { description: 'Record that a customer moved out of (or gave up) a unit.' })
  async moveOut(@Arg('input', () => MoveOutInput) input: MoveOutInput, @Ctx() ctx: Context) {
    return occupancyPayload(await new CustomerService(ctx).moveOut(input));
  }

  @Authorized('customer_file.handle')
  @Mutation(() => CustomerPayload, {
    description: 'Void a customer file made by mistake or twice; it stays on record with the reason.',
  })
  async voidCustomer(@Arg('input', () => VoidCustomerInput) input: VoidCustomerInput, @Ctx() ctx: Context) {
    return payload(await new CustomerService(ctx).void(input));
  }

  @FieldResolver(() => Boolean, { description: 'True once the file is voided.' })
  voided(@Root() c: Customer): boolean {
    return c.voidedAt !== null;
  }

  @FieldResolver(() => [CustomerContact], { description: 'Ways to reach them: the primary first.' })
  contacts(@Root() c: Customer, @Ctx() ctx: Context): Promise<CustomerContact[]> {
    return new CustomerService(ctx).contacts(c);
  }

  @FieldResolver(() => [Occupancy], {
    description: 'Where they live or work, and where they did: current first, then the most recent.',
  })
  occupancies(@Root() c: Customer, @Ctx() ctx: Context): Promise<Occupancy[]> {
    return new CustomerService(ctx).occupancies(c);
  }
}

@Resolver(() => Occupancy)
export class OccupancyResolver {
  @FieldResolver(() => Unit, { description: 'The unit.' })
  unit(@Root() o: Occupancy): Promise<Unit> {
    return o.unit.load() as Promise<Unit>;
  }

  @FieldResolver(() => Customer, { description: 'The customer.' })
  customer(@Root() o: Occupancy): Promise<Customer> {
    return o.customer.load() as Promise<Customer>;
  }

  @FieldResolver(() => Boolean, { description: 'True while they are there (no move-out recorded).' })
  current(@Root() o: Occupancy): boolean {
    return o.toDate === null;
  }
}

export const customerResolvers = [BuildingResolver, UnitResolver, CustomerResolver, OccupancyResolver] as const;
