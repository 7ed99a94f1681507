import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
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
import { Area } from '../places/area.entity.js';
import { Site } from '../sites/site.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { PageArgsType } from '../staff/staff.resolver.js';
import { FireEquipment } from './fire-equipment.entity.js';
import { FireEquipmentService } from './fire-equipment.service.js';
import {
  FireEquipmentFilter,
  RecordFireEquipmentCheckInput,
  RegisterFireEquipmentInput,
  RetireFireEquipmentInput,
  UpdateFireEquipmentInput,
} from './fire-safety.inputs.js';

registerNodeType({
  typename: 'FireEquipment',
  entity: FireEquipment,
  keyOf: (e) => e.id,
  load: (ctx, keys) => new FireEquipmentService(ctx).byIds(keys),
});

export const FireEquipmentConnection = Connection(FireEquipment, 'FireEquipment');

@ObjectType('FireEquipmentPayload', { description: 'The result of a change to the equipment register.' })
class FireEquipmentPayload {
  @Field(() => FireEquipment, { nullable: true, description: 'The entry as changed; null when refused.' })
  equipment: FireEquipment | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

const payload = (o: { result: FireEquipment | null; userErrors: UserError[] }): FireEquipmentPayload => ({
  equipment: o.result,
  userErrors: o.userErrors,
});

@Resolver(() => FireEquipment)
export class FireEquipmentResolver {
  @Authorized('fire_safety.read')
  @Query(() => FireEquipmentConnection, {
    description:
      'The register of fire equipment and key facilities and where they are (R31, SL-3), by identifier; in service unless asked.',
  })
  fireEquipment(
    @Arg('filter', () => FireEquipmentFilter, {
      nullable: true,
      description: 'Which entries (site, area, type, status, overdue, words).',
    })
    filter: FireEquipmentFilter | null,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<FireEquipment>> {
    return new FireEquipmentService(ctx).list(filter, page);
  }

  @Authorized('fire_safety.create')
  @Mutation(() => FireEquipmentPayload, { description: 'Register fire equipment or a key facility at a site.' })
  async registerFireEquipment(
    @Arg('input', () => RegisterFireEquipmentInput) input: RegisterFireEquipmentInput,
    @Ctx() ctx: Context,
  ) {
    return payload(await new FireEquipmentService(ctx).register(input));
  }

  @Authorized('fire_safety.handle')
  @Mutation(() => FireEquipmentPayload, { description: 'Change an entry in service (where it is, its label…).' })
  async updateFireEquipment(
    @Arg('input', () => UpdateFireEquipmentInput) input: UpdateFireEquipmentInput,
    @Ctx() ctx: Context,
  ) {
    return payload(await new FireEquipmentService(ctx).update(input));
  }

  @Authorized('fire_safety.handle')
  @Mutation(() => FireEquipmentPayload, {
    description: 'Record a check of an entry: OK or faulty, and when the next check is due.',
  })
  async recordFireEquipmentCheck(
    @Arg('input', () => RecordFireEquipmentCheckInput) input: RecordFireEquipmentCheckInput,
    @Ctx() ctx: Context,
  ) {
    return payload(await new FireEquipmentService(ctx).recordCheck(input));
  }

  @Authorized('fire_safety.handle')
  @Mutation(() => FireEquipmentPayload, {
    description: 'Take an entry out of service, with the reason (never deleted).',
  })
  async retireFireEquipment(
    @Arg('input', () => RetireFireEquipmentInput) input: RetireFireEquipmentInput,
    @Ctx() ctx: Context,
  ) {
    return payload(await new FireEquipmentService(ctx).retire(input));
  }

  @FieldResolver(() => Site, { description: 'The site.' })
  site(@Root() e: FireEquipment): Promise<Site> {
    return e.site.load() as Promise<Site>;
  }

  @FieldResolver(() => Area, { nullable: true, description: 'The area it is in.' })
  area(@Root() e: FireEquipment): Promise<Area | null> | null {
    return e.area?.load() ?? null;
  }

  @FieldResolver(() => Staff, { description: 'Who registered it.' })
  createdBy(@Root() e: FireEquipment): Promise<Staff> {
    return e.createdBy.load() as Promise<Staff>;
  }

  @FieldResolver(() => Boolean, { description: 'In service and past its next check date (the site’s calendar).' })
  async overdue(@Root() e: FireEquipment, @Ctx() ctx: Context): Promise<boolean> {
    await e.site.load();
    return new FireEquipmentService(ctx).isOverdue(e);
  }

  @FieldResolver(() => Boolean, { description: 'You may change it, record a check or retire it.' })
  viewerMayHandle(@Root() e: FireEquipment, @Ctx() ctx: Context): boolean {
    return new FireEquipmentService(ctx).mayHandle(e);
  }
}
