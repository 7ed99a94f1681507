import { Field, ID, InputType, Int } from 'type-graphql';
import { GoodsPassStatus, VehicleCategory, VehicleType } from './gate.enums.js';

@InputType('GoodsPassItemInput', { description: 'One line of goods: what, and how many.' })
export class GoodsPassItemInput {
  @Field(() => String, { description: 'What, at most 100 characters.' })
  description: string;

  @Field(() => Int, { description: 'How many, 1–9999.' })
  quantity: number;
}

@InputType('RequestGoodsPassInput', {
  description:
    'A new goods-out pass: for a unit or customer on file, or for a department; what, who carries it, which days.',
})
export class RequestGoodsPassInput {
  @Field(() => String, { nullable: true, description: 'The site; required unless a unit is given (which decides it).' })
  siteCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'The unit the goods come from (a unit you may read).' })
  unitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The customer whose goods they are (a file you may read).' })
  customerId?: string | null;

  @Field(() => String, { nullable: true, description: 'Or a department of ours, e.g. `facilities`.' })
  departmentKey?: string | null;

  @Field(() => [GoodsPassItemInput], { description: 'What may go out: 1–20 lines.' })
  items: GoodsPassItemInput[];

  @Field(() => String, { description: 'Who carries it out (at most 50).' })
  carrierName: string;

  @Field(() => String, { nullable: true, description: 'Their phone (at most 30).' })
  carrierPhone?: string | null;

  @Field(() => String, { nullable: true, description: 'The vehicle’s plate, if any (a Chinese plate).' })
  plate?: string | null;

  @Field(() => String, {
    description: 'First day, `YYYY-MM-DD` in the site’s calendar: today or later (at most 30 days ahead).',
  })
  validFrom: string;

  @Field(() => String, {
    nullable: true,
    description: 'Last day, `YYYY-MM-DD`: from the first day to 6 days after it; default the first day.',
  })
  validUntil?: string | null;

  @Field(() => String, { nullable: true, description: 'Why the goods go out, at most 500.' })
  note?: string | null;
}

@InputType('GoodsPassStepInput', { description: 'A step on a pass that needs nothing more than the pass.' })
export class GoodsPassStepInput {
  @Field(() => ID, { description: 'The pass.' })
  passId: string;
}

@InputType('CheckOutGoodsPassInput', {
  description: 'At the gate: the goods match the pass and go out now (once only, within its days).',
})
export class CheckOutGoodsPassInput {
  @Field(() => ID, { description: 'The pass.' })
  passId: string;

  @Field(() => ID, { nullable: true, description: 'The gate (an area of the pass’s site).' })
  gateId?: string | null;

  @Field(() => String, { nullable: true, description: 'A note, at most 300.' })
  note?: string | null;
}

@InputType('RefuseGoodsPassInput', { description: 'At the gate: the goods do not match the pass and are stopped.' })
export class RefuseGoodsPassInput {
  @Field(() => ID, { description: 'The pass.' })
  passId: string;

  @Field(() => ID, { nullable: true, description: 'The gate (an area of the pass’s site).' })
  gateId?: string | null;

  @Field(() => String, { description: 'What did not match, at most 500.' })
  reason: string;
}

@InputType('CancelGoodsPassInput', { description: 'Withdraws a pass before it is used, with the reason.' })
export class CancelGoodsPassInput {
  @Field(() => ID, { description: 'The pass.' })
  passId: string;

  @Field(() => String, { description: 'Why, at most 500.' })
  reason: string;
}

@InputType('GoodsPassFilter', { description: 'Narrows `goodsPasses`; all given conditions must hold.' })
export class GoodsPassFilter {
  @Field(() => String, { nullable: true, description: 'At this site.' })
  siteCode?: string | null;

  @Field(() => [GoodsPassStatus], { nullable: true, description: 'In any of these statuses (EXPIRED as read).' })
  statuses?: GoodsPassStatus[] | null;

  @Field(() => String, { nullable: true, description: 'Valid on this day, `YYYY-MM-DD`.' })
  validOn?: string | null;

  @Field(() => Date, { nullable: true, description: 'Written at or after.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Written before.' })
  to?: Date | null;

  @Field(() => String, { nullable: true, description: 'Carried on this plate.' })
  plate?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Words in the number, whose goods or the carrier (at most 100).',
  })
  search?: string | null;
}

@InputType('RecordVehicleEntryInput', { description: 'A vehicle comes in at a gate.' })
export class RecordVehicleEntryInput {
  @Field(() => String, { description: 'The site.' })
  siteCode: string;

  @Field(() => String, { description: 'The plate as read (沪A12345; spaces and dots are ignored).' })
  plate: string;

  @Field(() => VehicleType, { description: 'What kind of vehicle.' })
  vehicleType: VehicleType;

  @Field(() => VehicleCategory, { description: 'Whose.' })
  category: VehicleCategory;

  @Field(() => ID, { description: 'The gate it came in at (an area of the site).' })
  gateId: string;

  @Field(() => Date, { nullable: true, description: 'When; default now. At most 12 hours back, never ahead.' })
  at?: Date | null;

  @Field(() => String, { nullable: true, description: 'Where it parks (at most 30).' })
  parkingPlace?: string | null;

  @Field(() => String, { nullable: true, description: 'A note (at most 300).' })
  note?: string | null;
}

@InputType('RecordVehicleExitInput', { description: 'A vehicle leaves: recorded against the open entry of its plate.' })
export class RecordVehicleExitInput {
  @Field(() => String, { description: 'The site.' })
  siteCode: string;

  @Field(() => String, { description: 'The plate as read.' })
  plate: string;

  @Field(() => ID, { nullable: true, description: 'The gate it left by (an area of the site).' })
  gateId?: string | null;

  @Field(() => Date, { nullable: true, description: 'When; default now. Not before it came in, never ahead.' })
  at?: Date | null;

  @Field(() => String, { nullable: true, description: 'A note (at most 300).' })
  note?: string | null;
}

@InputType('VoidVehicleMovementInput', { description: 'Voids a vehicle entry made by mistake, with the reason.' })
export class VoidVehicleMovementInput {
  @Field(() => ID, { description: 'The vehicle movement.' })
  movementId: string;

  @Field(() => String, { description: 'Why, at most 500.' })
  reason: string;
}

@InputType('VoidGateVisitorInput', { description: 'Voids a visitor entry made by mistake, with the reason.' })
export class VoidGateVisitorInput {
  @Field(() => ID, { description: 'The visitor’s entry.' })
  visitorId: string;

  @Field(() => String, { description: 'Why, at most 500.' })
  reason: string;
}

@InputType('VehicleMovementFilter', { description: 'Narrows `vehicleMovements`; all given conditions must hold.' })
export class VehicleMovementFilter {
  @Field(() => String, { nullable: true, description: 'At this site.' })
  siteCode?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: still inside; false: left.' })
  inside?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only overstays — not a resident’s, inside longer than `overstayHours` (P12, default 24).',
  })
  overstaying?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'The overstay threshold in hours (P12; default 24, at most 720).' })
  overstayHours?: number | null;

  @Field(() => VehicleCategory, { nullable: true, description: 'Only this category.' })
  category?: VehicleCategory | null;

  @Field(() => String, { nullable: true, description: 'This plate, or a part of it (at least 2 characters).' })
  plate?: string | null;

  @Field(() => Date, { nullable: true, description: 'Came in at or after.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Came in before.' })
  to?: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'Include voided entries (default: not).' })
  includeVoided?: boolean | null;
}

@InputType('RecordVisitorEntryInput', { description: 'A visitor comes in at the gate.' })
export class RecordVisitorEntryInput {
  @Field(() => String, { description: 'The site.' })
  siteCode: string;

  @Field(() => String, { description: 'Their name (at most 50).' })
  name: string;

  @Field(() => String, {
    nullable: true,
    description: 'The last 4 characters of the ID they showed (digits, or a final X). Never the whole number.',
  })
  idLast4?: string | null;

  @Field(() => String, { nullable: true, description: 'Their phone (at most 30).' })
  phone?: string | null;

  @Field(() => Int, { nullable: true, description: 'How many came together (1–50, default 1).' })
  headcount?: number | null;

  @Field(() => String, { description: 'Whom they visit: a unit, a company, a person (at most 50).' })
  visiting: string;

  @Field(() => String, { description: 'Why they came (at most 200).' })
  purpose: string;

  @Field(() => String, { nullable: true, description: 'Their vehicle’s plate, if any.' })
  plate?: string | null;

  @Field(() => ID, { nullable: true, description: 'The gate (an area of the site).' })
  gateId?: string | null;

  @Field(() => Date, { nullable: true, description: 'When; default now. At most 12 hours back, never ahead.' })
  at?: Date | null;

  @Field(() => String, { nullable: true, description: 'A note (at most 300).' })
  note?: string | null;
}

@InputType('RecordVisitorExitInput', { description: 'A visitor leaves.' })
export class RecordVisitorExitInput {
  @Field(() => ID, { description: 'The visitor’s entry.' })
  visitorId: string;

  @Field(() => Date, { nullable: true, description: 'When; default now. Not before they came in, never ahead.' })
  at?: Date | null;
}

@InputType('GateVisitorFilter', { description: 'Narrows `gateVisitors`; all given conditions must hold.' })
export class GateVisitorFilter {
  @Field(() => String, { nullable: true, description: 'At this site.' })
  siteCode?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: still inside; false: left.' })
  inside?: boolean | null;

  @Field(() => Date, { nullable: true, description: 'Came in at or after.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Came in before.' })
  to?: Date | null;

  @Field(() => String, { nullable: true, description: 'Words in the name or whom they visit (at most 100).' })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Include voided entries (default: not).' })
  includeVoided?: boolean | null;
}
