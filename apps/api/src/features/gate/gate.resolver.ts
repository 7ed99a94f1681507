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
} from 'type-graphql';
import { loadOne } from '../../graphql/batch.js';
import { Connection, type ConnectionShape } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { registerNodeType } from '../../graphql/node.js';
import { UserError } from '../../graphql/user-error.js';
import { Customer } from '../customers/customer.entity.js';
import { CustomerService } from '../customers/customer.service.js';
import { Unit } from '../customers/unit.entity.js';
import { UnitService } from '../customers/unit.service.js';
import { Area } from '../places/area.entity.js';
import { Department } from '../rulebook/department.entity.js';
import { Site } from '../sites/site.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { PageArgsType } from '../staff/staff.resolver.js';
import { mayVoidGateLog, worksGateAt } from './gate.access.js';
import { GoodsPassStatus } from './gate.enums.js';
import {
  CancelGoodsPassInput,
  CheckOutGoodsPassInput,
  GateVisitorFilter,
  GoodsPassFilter,
  GoodsPassStepInput,
  RecordVehicleEntryInput,
  RecordVehicleExitInput,
  RecordVisitorEntryInput,
  RecordVisitorExitInput,
  RefuseGoodsPassInput,
  RequestGoodsPassInput,
  VehicleMovementFilter,
  VoidGateVisitorInput,
  VoidVehicleMovementInput,
} from './gate.inputs.js';
import { GateLogService } from './gate-log.service.js';
import { GateVisitor } from './gate-visitor.entity.js';
import { GoodsPass } from './goods-pass.entity.js';
import { GoodsPassService } from './goods-pass.service.js';
import { VehicleMovement } from './vehicle-movement.entity.js';

registerNodeType({
  typename: 'GoodsPass',
  entity: GoodsPass,
  keyOf: (p) => p.id,
  load: (ctx, keys) => new GoodsPassService(ctx).byIds(keys),
});
registerNodeType({
  typename: 'VehicleMovement',
  entity: VehicleMovement,
  keyOf: (m) => m.id,
  load: (ctx, keys) => new GateLogService(ctx).vehiclesByIds(keys),
});
registerNodeType({
  typename: 'GateVisitor',
  entity: GateVisitor,
  keyOf: (g) => g.id,
  load: (ctx, keys) => new GateLogService(ctx).visitorsByIds(keys),
});

export const GoodsPassConnection = Connection(GoodsPass, 'GoodsPass');
export const VehicleMovementConnection = Connection(VehicleMovement, 'VehicleMovement');
export const GateVisitorConnection = Connection(GateVisitor, 'GateVisitor');

@ObjectType('GoodsPassPayload', { description: 'The result of writing a pass or taking a step on it.' })
class GoodsPassPayload {
  @Field(() => GoodsPass, { nullable: true, description: 'The pass as it is now; null when refused.' })
  pass: GoodsPass | null;

  @Field(() => [UserError], { description: 'Why it was refused; empty on success.' })
  userErrors: UserError[];
}

@ObjectType('VehicleMovementPayload', { description: 'The result of recording a vehicle in or out.' })
class VehicleMovementPayload {
  @Field(() => VehicleMovement, { nullable: true, description: 'The movement as it is now; null when refused.' })
  movement: VehicleMovement | null;

  @Field(() => [UserError], { description: 'Why it was refused; empty on success.' })
  userErrors: UserError[];
}

@ObjectType('GateVisitorPayload', { description: 'The result of recording a visitor in or out.' })
class GateVisitorPayload {
  @Field(() => GateVisitor, { nullable: true, description: 'The visitor’s entry as it is now; null when refused.' })
  visitor: GateVisitor | null;

  @Field(() => [UserError], { description: 'Why it was refused; empty on success.' })
  userErrors: UserError[];
}

@ObjectType('GoodsPassAbilities', { description: 'What you may do with a pass now (for the buttons to show).' })
class GoodsPassAbilities {
  @Field(() => Boolean, { description: 'Approve it (customer service).' })
  approve: boolean;

  @Field(() => Boolean, { description: 'Cancel it.' })
  cancel: boolean;

  @Field(() => Boolean, { description: 'Let the goods out at the gate (today within its days).' })
  checkOut: boolean;

  @Field(() => Boolean, { description: 'Stop the goods at the gate.' })
  refuse: boolean;
}

const OVERSTAY_ARG = {
  nullable: true,
  description: 'Overstay threshold in hours (P12); default 24.',
} as const;

@Resolver(() => GoodsPass)
export class GoodsPassResolver {
  @Authorized('goods_vehicle.read')
  @Query(() => GoodsPassConnection, {
    description: 'Goods-out passes you may see (and every pass at a gate you work), the latest written first.',
  })
  goodsPasses(
    @Arg('filter', () => GoodsPassFilter, { nullable: true, description: 'Which passes; all by default.' })
    filter: GoodsPassFilter | null,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<GoodsPass>> {
    return new GoodsPassService(ctx).list(filter, page);
  }

  @Authorized('goods_vehicle.read')
  @Query(() => GoodsPass, { nullable: true, description: 'One pass; null if not found or not visible to you.' })
  goodsPass(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<GoodsPass | null> {
    return new GoodsPassService(ctx).byId(id);
  }

  @Authorized('goods_vehicle.read')
  @Query(() => GoodsPass, {
    nullable: true,
    description: 'The pass with this number, as the gate types it (`FX-20261126-003`, `fx20261126003`, `20261126003`).',
  })
  goodsPassByNumber(@Arg('number', () => String) number: string, @Ctx() ctx: Context): Promise<GoodsPass | null> {
    return new GoodsPassService(ctx).byNumber(number);
  }

  @Authorized('goods_vehicle.create')
  @Mutation(() => GoodsPassPayload, {
    description:
      'Write a goods-out pass (物品放行条) for a unit, customer or department; customer service approves it.',
  })
  async requestGoodsPass(@Arg('input', () => RequestGoodsPassInput) input: RequestGoodsPassInput, @Ctx() ctx: Context) {
    return rename(await new GoodsPassService(ctx).request(input));
  }

  @Authorized('goods_vehicle.approve')
  @Mutation(() => GoodsPassPayload, {
    description: 'Approve a requested pass (customer service): the gate may use it.',
  })
  async approveGoodsPass(@Arg('input', () => GoodsPassStepInput) input: GoodsPassStepInput, @Ctx() ctx: Context) {
    return rename(await new GoodsPassService(ctx).approve(input));
  }

  @Authorized(['goods_vehicle.approve', 'goods_vehicle.create'])
  @Mutation(() => GoodsPassPayload, {
    description: 'Cancel a pass before it is used, with the reason (whoever approves passes, or its writer).',
  })
  async cancelGoodsPass(@Arg('input', () => CancelGoodsPassInput) input: CancelGoodsPassInput, @Ctx() ctx: Context) {
    return rename(await new GoodsPassService(ctx).cancel(input));
  }

  @Authorized('goods_vehicle.create')
  @Mutation(() => GoodsPassPayload, {
    description: 'At the gate: the goods match an approved pass within its days; they go out now (once only).',
  })
  async checkOutGoodsPass(
    @Arg('input', () => CheckOutGoodsPassInput) input: CheckOutGoodsPassInput,
    @Ctx() ctx: Context,
  ) {
    return rename(await new GoodsPassService(ctx).checkOut(input));
  }

  @Authorized('goods_vehicle.create')
  @Mutation(() => GoodsPassPayload, { description: 'At the gate: the goods do not match the pass; they are stopped.' })
  async refuseGoodsPass(@Arg('input', () => RefuseGoodsPassInput) input: RefuseGoodsPassInput, @Ctx() ctx: Context) {
    return rename(await new GoodsPassService(ctx).refuse(input));
  }

  // ---- fields --------------------------------------------------------------------------

  @FieldResolver(() => GoodsPassStatus, { description: 'Where it is; EXPIRED once its last day passed unused.' })
  status(@Root() p: GoodsPass, @Ctx() ctx: Context): Promise<GoodsPassStatus> {
    return new GoodsPassService(ctx).statusOf(p);
  }

  @FieldResolver(() => Site, { description: 'The site whose gate it is for.' })
  site(@Root() p: GoodsPass): Promise<Site> {
    return p.site.load() as Promise<Site>;
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'The unit the goods come from, if you may see it.' })
  async unit(@Root() p: GoodsPass, @Ctx() ctx: Context): Promise<Unit | null> {
    if (!p.unit) return null;
    return await loadOne(ctx, 'Unit', (ids) => new UnitService(ctx).unitsByIds(ids), p.unit.unwrap().id);
  }

  @FieldResolver(() => Customer, { nullable: true, description: 'Whose goods, if you may see their file.' })
  async customer(@Root() p: GoodsPass, @Ctx() ctx: Context): Promise<Customer | null> {
    if (!p.customer) return null;
    return await loadOne(ctx, 'Customer', (ids) => new CustomerService(ctx).byIds(ids), p.customer.unwrap().id);
  }

  @FieldResolver(() => Department, { nullable: true, description: 'The department whose goods they are.' })
  department(@Root() p: GoodsPass): Promise<Department> | null {
    return (p.department?.load() as Promise<Department> | undefined) ?? null;
  }

  @FieldResolver(() => Staff, { description: 'Who wrote it.' })
  requestedBy(@Root() p: GoodsPass): Promise<Staff> {
    return p.requestedBy.load() as Promise<Staff>;
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who approved it.' })
  approvedBy(@Root() p: GoodsPass): Promise<Staff | null> | null {
    return p.approvedBy?.load() ?? null;
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'The officer who checked it at the gate.' })
  checkedBy(@Root() p: GoodsPass): Promise<Staff | null> | null {
    return p.checkedBy?.load() ?? null;
  }

  @FieldResolver(() => Area, { nullable: true, description: 'The gate it was checked at.' })
  gate(@Root() p: GoodsPass): Promise<Area | null> | null {
    return p.gate?.load() ?? null;
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who cancelled it.' })
  cancelledBy(@Root() p: GoodsPass): Promise<Staff | null> | null {
    return p.cancelledBy?.load() ?? null;
  }

  @FieldResolver(() => GoodsPassAbilities, { description: 'What you may do with it now.' })
  can(@Root() p: GoodsPass, @Ctx() ctx: Context): Promise<GoodsPassAbilities> {
    return new GoodsPassService(ctx).abilities(p);
  }
}

/** A service outcome as a pass payload. */
function rename(o: { result: GoodsPass | null; userErrors: UserError[] }): GoodsPassPayload {
  return { pass: o.result, userErrors: o.userErrors };
}

@Resolver(() => VehicleMovement)
export class VehicleMovementResolver {
  @Authorized('goods_vehicle.read')
  @Query(() => VehicleMovementConnection, {
    description: 'Vehicles in and out (R26) you may see — every one at a gate you work — the latest in first.',
  })
  vehicleMovements(
    @Arg('filter', () => VehicleMovementFilter, { nullable: true, description: 'Which movements; all by default.' })
    filter: VehicleMovementFilter | null,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<VehicleMovement>> {
    return new GateLogService(ctx).listVehicles(filter, page);
  }

  @Authorized('goods_vehicle.create')
  @Mutation(() => VehicleMovementPayload, {
    description: 'A vehicle comes in at a gate; a plate already inside is refused.',
  })
  async recordVehicleEntry(
    @Arg('input', () => RecordVehicleEntryInput) input: RecordVehicleEntryInput,
    @Ctx() ctx: Context,
  ) {
    const o = await new GateLogService(ctx).recordVehicleEntry(input);
    return { movement: o.result, userErrors: o.userErrors };
  }

  @Authorized('goods_vehicle.create')
  @Mutation(() => VehicleMovementPayload, {
    description: 'A vehicle leaves: recorded against the open entry of its plate at the site (none: refused).',
  })
  async recordVehicleExit(
    @Arg('input', () => RecordVehicleExitInput) input: RecordVehicleExitInput,
    @Ctx() ctx: Context,
  ) {
    const o = await new GateLogService(ctx).recordVehicleExit(input);
    return { movement: o.result, userErrors: o.userErrors };
  }

  @Authorized('goods_vehicle.create')
  @Mutation(() => VehicleMovementPayload, {
    description: 'Void a vehicle entry made by mistake, with the reason (whoever recorded it).',
  })
  async voidVehicleMovement(
    @Arg('input', () => VoidVehicleMovementInput) input: VoidVehicleMovementInput,
    @Ctx() ctx: Context,
  ) {
    const o = await new GateLogService(ctx).voidVehicle(input);
    return { movement: o.result, userErrors: o.userErrors };
  }

  @FieldResolver(() => Boolean, { description: 'Still inside (not left, not voided).' })
  inside(@Root() m: VehicleMovement): boolean {
    return !m.exitedAt && !m.voidedAt;
  }

  @FieldResolver(() => Boolean, {
    description: 'An overstay (P12): not a resident’s, still inside longer than the threshold (default 24 hours).',
  })
  overstaying(
    @Root() m: VehicleMovement,
    @Ctx() ctx: Context,
    @Arg('hours', () => Int, OVERSTAY_ARG) hours: number | null,
  ): boolean {
    return new GateLogService(ctx).isOverstaying(m, hours);
  }

  @FieldResolver(() => Site, { description: 'The site.' })
  site(@Root() m: VehicleMovement): Promise<Site> {
    return m.site.load() as Promise<Site>;
  }

  @FieldResolver(() => Area, { description: 'The gate it came in at.' })
  entryGate(@Root() m: VehicleMovement): Promise<Area> {
    return m.entryGate.load() as Promise<Area>;
  }

  @FieldResolver(() => Staff, { description: 'The officer who recorded it coming in.' })
  entryOfficer(@Root() m: VehicleMovement): Promise<Staff> {
    return m.entryOfficer.load() as Promise<Staff>;
  }

  @FieldResolver(() => Area, { nullable: true, description: 'The gate it left by.' })
  exitGate(@Root() m: VehicleMovement): Promise<Area | null> | null {
    return m.exitGate?.load() ?? null;
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'The officer who recorded it leaving.' })
  exitOfficer(@Root() m: VehicleMovement): Promise<Staff | null> | null {
    return m.exitOfficer?.load() ?? null;
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who voided it.' })
  voidedBy(@Root() m: VehicleMovement): Promise<Staff | null> | null {
    return m.voidedBy?.load() ?? null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may record it leaving now.' })
  canExit(@Root() m: VehicleMovement, @Ctx() ctx: Context): boolean {
    return !!ctx.viewer && !m.exitedAt && !m.voidedAt && worksGateAt(ctx.viewer, m.site.unwrap().code);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may void it.' })
  canVoid(@Root() m: VehicleMovement, @Ctx() ctx: Context): boolean {
    return !!ctx.viewer && !m.voidedAt && mayVoidGateLog(ctx.viewer, m);
  }
}

@Resolver(() => GateVisitor)
export class GateVisitorResolver {
  @Authorized('goods_vehicle.read')
  @Query(() => GateVisitorConnection, {
    description: 'Visitors registered at the gate you may see — every one at a gate you work — the latest first.',
  })
  gateVisitors(
    @Arg('filter', () => GateVisitorFilter, { nullable: true, description: 'Which visitors; all by default.' })
    filter: GateVisitorFilter | null,
    @Args(() => PageArgsType) page: PageArgsType,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<GateVisitor>> {
    return new GateLogService(ctx).listVisitors(filter, page);
  }

  @Authorized('goods_vehicle.create')
  @Mutation(() => GateVisitorPayload, {
    description: 'Register a visitor at the gate (only the last 4 characters of their ID are kept).',
  })
  async recordVisitorEntry(
    @Arg('input', () => RecordVisitorEntryInput) input: RecordVisitorEntryInput,
    @Ctx() ctx: Context,
  ) {
    const o = await new GateLogService(ctx).recordVisitorEntry(input);
    return { visitor: o.result, userErrors: o.userErrors };
  }

  @Authorized('goods_vehicle.create')
  @Mutation(() => GateVisitorPayload, { description: 'A visitor leaves.' })
  async recordVisitorExit(
    @Arg('input', () => RecordVisitorExitInput) input: RecordVisitorExitInput,
    @Ctx() ctx: Context,
  ) {
    const o = await new GateLogService(ctx).recordVisitorExit(input);
    return { visitor: o.result, userErrors: o.userErrors };
  }

  @Authorized('goods_vehicle.create')
  @Mutation(() => GateVisitorPayload, {
    description: 'Void a visitor entry made by mistake, with the reason (whoever recorded it).',
  })
  async voidGateVisitor(@Arg('input', () => VoidGateVisitorInput) input: VoidGateVisitorInput, @Ctx() ctx: Context) {
    const o = await new GateLogService(ctx).voidVisitor(input);
    return { visitor: o.result, userErrors: o.userErrors };
  }

  @FieldResolver(() => Boolean, { description: 'Still inside (not left, not voided).' })
  inside(@Root() g: GateVisitor): boolean {
    return !g.exitedAt && !g.voidedAt;
  }

  @FieldResolver(() => Site, { description: 'The site.' })
  site(@Root() g: GateVisitor): Promise<Site> {
    return g.site.load() as Promise<Site>;
  }

  @FieldResolver(() => Area, { nullable: true, description: 'The gate.' })
  gate(@Root() g: GateVisitor): Promise<Area | null> | null {
    return g.gate?.load() ?? null;
  }

  @FieldResolver(() => Staff, { description: 'The officer who registered them.' })
  entryOfficer(@Root() g: GateVisitor): Promise<Staff> {
    return g.entryOfficer.load() as Promise<Staff>;
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'The officer who saw them out.' })
  exitOfficer(@Root() g: GateVisitor): Promise<Staff | null> | null {
    return g.exitOfficer?.load() ?? null;
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'Who voided it.' })
  voidedBy(@Root() g: GateVisitor): Promise<Staff | null> | null {
    return g.voidedBy?.load() ?? null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may record them leaving now.' })
  canExit(@Root() g: GateVisitor, @Ctx() ctx: Context): boolean {
    return !!ctx.viewer && !g.exitedAt && !g.voidedAt && worksGateAt(ctx.viewer, g.site.unwrap().code);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may void it.' })
  canVoid(@Root() g: GateVisitor, @Ctx() ctx: Context): boolean {
    return !!ctx.viewer && !g.voidedAt && mayVoidGateLog(ctx.viewer, g);
  }
}

export const gateResolvers = [GoodsPassResolver, VehicleMovementResolver, GateVisitorResolver] as const;
