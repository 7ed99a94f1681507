import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { ContactKind, CustomerRole, UnitUsage } from './customer.enums.js';

@InputType('UnitFilter', { description: 'Narrows `units`; all given conditions must hold.' })
export class UnitFilter {
  @Field(() => String, { nullable: true, description: 'Code of the site.' })
  siteCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'The building.' })
  buildingId?: string | null;

  @Field(() => UnitUsage, { nullable: true, description: 'What the unit is used for.' })
  usage?: UnitUsage | null;

  @Field(() => String, { nullable: true, description: 'Part of the unit code, e.g. `1201` (at most 100 characters).' })
  search?: string | null;
}

@InputType('CustomerFilter', { description: 'Narrows `customers`; all given conditions must hold.' })
export class CustomerFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Part of the name, a phone number or other contact, or a unit code (at most 100 characters).',
  })
  search?: string | null;

  @Field(() => String, { nullable: true, description: 'Code of a site where they have (or had) a unit.' })
  siteCode?: string | null;

  @Field(() => CustomerRole, { nullable: true, description: 'Their main role.' })
  kind?: CustomerRole | null;

  @Field(() => Boolean, { nullable: true, description: 'Include voided files (default: no).' })
  includeVoided?: boolean | null;
}

@InputType('CreateBuildingInput', { description: 'A new building of a site.' })
export class CreateBuildingInput {
  @Field(() => String, { description: 'Code of the site.' })
  siteCode: string;

  @Field(() => String, { description: 'Short code, unique within the site, at most 16 characters, e.g. `3`.' })
  code: string;

  @Field(() => String, { description: 'Name as people say it, at most 50 characters, e.g. `3栋`.' })
  name: string;
}

@InputType('CreateUnitInput', { description: 'A new unit of a building.' })
export class CreateUnitInput {
  @Field(() => ID, { description: 'The building.' })
  buildingId: string;

  @Field(() => String, {
    description:
      'Unit code, unique within the building, at most 20 letters, digits, `-`, `.`, `_` or `/`: e.g. `3-1201`.',
  })
  code: string;

  @Field(() => Int, { nullable: true, description: 'Floor, from -10 to 300 (negative below ground).' })
  floor?: number | null;

  @Field(() => Float, { nullable: true, description: 'Floor area in square metres, more than 0 and at most 100000.' })
  area?: number | null;

  @Field(() => UnitUsage, { nullable: true, description: 'What it is used for (default: residential).' })
  usage?: UnitUsage | null;

  @Field(() => String, { nullable: true, description: 'A note, at most 500 characters.' })
  note?: string | null;
}

@InputType('CustomerContactInput', { description: 'One way to reach a customer.' })
export class CustomerContactInput {
  @Field(() => ContactKind, { description: 'Phone, e-mail, WeChat or other.' })
  kind: ContactKind;

  @Field(() => String, { description: 'The number, address or ID, at most 100 characters.' })
  value: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Make it the one to try first (the first phone is, unless another is marked).',
  })
  primary?: boolean | null;
}

@InputType('FirstOccupancyInput', { description: 'Where a new customer lives or works, from when.' })
export class FirstOccupancyInput {
  @Field(() => ID, { description: 'The unit.' })
  unitId: string;

  @Field(() => CustomerRole, { nullable: true, description: 'What they are to the unit (default: their main role).' })
  role?: CustomerRole | null;

  @Field(() => String, { description: 'Moved in (or took ownership), `YYYY-MM-DD`, not after today.' })
  fromDate: string;
}

@InputType('CreateCustomerInput', { description: 'A new customer file (CS-3).' })
export class CreateCustomerInput {
  @Field(() => String, { description: 'Full name, at most 50 characters.' })
  name: string;

  @Field(() => CustomerRole, { description: 'Their main role.' })
  kind: CustomerRole;

  @Field(() => String, { nullable: true, description: 'Last 4 characters of their ID card (digits, or X last).' })
  idCardLast4?: string | null;

  @Field(() => String, { nullable: true, description: 'A note, at most 500 characters.' })
  note?: string | null;

  @Field(() => [CustomerContactInput], { nullable: true, description: 'Ways to reach them, at most 10.' })
  contacts?: CustomerContactInput[] | null;

  @Field(() => FirstOccupancyInput, { nullable: true, description: 'Their unit, if they have one already.' })
  occupancy?: FirstOccupancyInput | null;
}

@InputType('UpdateCustomerInput', { description: 'Changes to a customer file; omitted fields stay as they are.' })
export class UpdateCustomerInput {
  @Field(() => ID, { description: 'The customer.' })
  customerId: string;

  @Field(() => String, { nullable: true, description: 'Full name, at most 50 characters.' })
  name?: string | null;

  @Field(() => CustomerRole, { nullable: true, description: 'Their main role.' })
  kind?: CustomerRole | null;

  @Field(() => String, { nullable: true, description: 'Last 4 characters of their ID card (empty clears it).' })
  idCardLast4?: string | null;

  @Field(() => String, { nullable: true, description: 'A note, at most 500 characters (empty clears it).' })
  note?: string | null;
}

@InputType('AddCustomerContactInput', { description: 'Another way to reach a customer.' })
export class AddCustomerContactInput extends CustomerContactInput {
  @Field(() => ID, { description: 'The customer.' })
  customerId: string;
}

@InputType('MoveInInput', { description: 'A customer starts to own, rent or occupy a unit.' })
export class MoveInInput {
  @Field(() => ID, { description: 'The customer.' })
  customerId: string;

  @Field(() => ID, { description: 'The unit.' })
  unitId: string;

  @Field(() => CustomerRole, { description: 'What they are to the unit.' })
  role: CustomerRole;

  @Field(() => String, { description: 'Moved in (or took ownership), `YYYY-MM-DD`, not after today.' })
  fromDate: string;

  @Field(() => String, { nullable: true, description: 'A note, at most 500 characters.' })
  note?: string | null;
}

@InputType('MoveOutInput', { description: 'A customer leaves a unit (or sells it).' })
export class MoveOutInput {
  @Field(() => ID, { description: 'The occupancy that ends.' })
  occupancyId: string;

  @Field(() => String, {
    description: 'Moved out, `YYYY-MM-DD`: not before they moved in, not after today.',
  })
  toDate: string;

  @Field(() => String, { nullable: true, description: 'A note, at most 500 characters (e.g. why they left).' })
  note?: string | null;
}

@InputType('VoidCustomerInput', { description: 'Void a customer file made by mistake or twice.' })
export class VoidCustomerInput {
  @Field(() => ID, { description: 'The customer.' })
  customerId: string;

  @Field(() => String, { description: 'Why, at most 500 characters.' })
  reason: string;
}
