import type { EntityManager } from '@mikro-orm/core';
import { UserErrorCode } from '@steward/schema';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { fromGlobalId } from '../../../graphql/node.js';
import type { Validator } from '../../../graphql/validate.js';
import { Customer } from '../../customers/customer.entity.js';
import { Unit } from '../../customers/unit.entity.js';
import type { Case } from '../case.entity.js';
import { CaseKind } from '../case.enums.js';
import type { CaseKindDefinition } from '../case.kinds.js';

/**
 * Rental service (房屋租赁, CS-6, R8). The rulebook gives no details; the fields follow R8's
 * inference: the units offered, the asking rent, viewings, and how it ended — and a let unit's
 * tenant must be on file (R8 check: "the tenant appears in R1").
 */
export const RENTAL_LIMITS = { prospect: 100, note: 500, units: 10, viewings: 50, maxRent: 10_000_000 } as const;

export enum RentalOutcome {
  LET = 'LET',
  NOT_LET = 'NOT_LET',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(RentalOutcome, {
  name: 'RentalOutcome',
  description: 'How a rental case ended.',
  valuesConfig: {
    LET: { description: 'An agreement was signed (成交).' },
    NOT_LET: { description: 'No agreement came of it.' },
    WITHDRAWN: { description: 'The owner or the seeker withdrew.' },
  },
});

/** What `Case.details` keeps for a rental (JSON). */
export interface RentalData {
  askingRent: number | null;
  unitIds: string[];
  prospect: string | null;
  viewings: { at: string; unitId: string | null; prospect: string; note: string | null; byName: string }[];
  outcome: RentalOutcome | null;
  agreedRent: number | null;
  agreedOn: string | null;
  tenantId: string | null;
}

export function rentalData(c: Pick<Case, 'details'>): RentalData {
  const d = (c.details ?? {}) as Partial<RentalData>;
  return {
    askingRent: d.askingRent ?? null,
    unitIds: d.unitIds ?? [],
    prospect: d.prospect ?? null,
    viewings: d.viewings ?? [],
    outcome: d.outcome ?? null,
    agreedRent: d.agreedRent ?? null,
    agreedOn: d.agreedOn ?? null,
    tenantId: d.tenantId ?? null,
  };
}

@ObjectType('RentalViewing', { description: 'A viewing of a unit by a prospective tenant (看房).' })
export class RentalViewing {
  @Field(() => Date, { description: 'When.' })
  at: Date;

  unitId: string | null;

  @Field(() => String, { description: 'Who viewed (name, phone).' })
  prospect: string;

  @Field(() => String, { nullable: true, description: 'How it went.' })
  note: string | null;

  @Field(() => String, { description: 'The member of staff who recorded it.' })
  recordedByName: string;
}

@ObjectType('RentalDetails', { description: 'A rental case’s own details (R8).' })
export class RentalDetails {
  @Field(() => Int, { nullable: true, description: 'Asking rent, yuan per month.' })
  askingRent: number | null;

  unitIds: string[];

  @Field(() => String, { nullable: true, description: 'The prospective tenant (or landlord), as told.' })
  prospect: string | null;

  @Field(() => [RentalViewing], { description: 'Viewings, oldest first.' })
  viewings: RentalViewing[];

  @Field(() => RentalOutcome, { nullable: true, description: 'How it ended; required to resolve.' })
  outcome: RentalOutcome | null;

  @Field(() => Int, { nullable: true, description: 'The agreed rent, yuan per month (when let).' })
  agreedRent: number | null;

  @Field(() => String, { nullable: true, description: 'The date the agreement was signed, YYYY-MM-DD (when let).' })
  agreedOn: string | null;

  tenantId: string | null;
}

@InputType('RentalDetailsInput', { description: 'A rental case’s details at opening.' })
export class RentalDetailsInput {
  @Field(() => Int, { nullable: true, description: 'Asking rent, yuan per month (0 to 10,000,000).' })
  askingRent?: number | null;

  @Field(() => [ID], { nullable: true, description: 'Units offered (at most 10).' })
  unitIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'The prospective tenant or landlord (at most 100).' })
  prospect?: string | null;
}

@InputType('UpdateRentalDetailsInput', {
  description: 'Change a rental case’s details; omitted fields keep their value, null clears.',
})
export class UpdateRentalDetailsInput extends RentalDetailsInput {
  @Field(() => ID, { description: 'The rental case.' })
  caseId: string;

  @Field(() => RentalOutcome, { nullable: true, description: 'How it ended.' })
  outcome?: RentalOutcome | null;

  @Field(() => Int, { nullable: true, description: 'Agreed rent, yuan per month (required when let).' })
  agreedRent?: number | null;

  @Field(() => String, { nullable: true, description: 'Agreement date, YYYY-MM-DD (required when let).' })
  agreedOn?: string | null;

  @Field(() => ID, { nullable: true, description: 'The new tenant’s customer file (required when let).' })
  tenantId?: string | null;
}

@InputType('RecordRentalViewingInput', { description: 'A viewing on a rental case.' })
export class RecordRentalViewingInput {
  @Field(() => ID, { description: 'The rental case.' })
  caseId: string;

  @Field(() => Date, { description: 'When it took place (not in the future).' })
  at: Date;

  @Field(() => ID, { nullable: true, description: 'The unit viewed: one of the units offered.' })
  unitId?: string | null;

  @Field(() => String, { description: 'Who viewed (at most 100).' })
  prospect: string;

  @Field(() => String, { nullable: true, description: 'How it went (at most 500).' })
  note?: string | null;
}

function rent(v: Validator, field: string, value: number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value) || value < 0 || value > RENTAL_LIMITS.maxRent) {
    v.add(field, `must be a whole number of yuan from 0 to ${RENTAL_LIMITS.maxRent}`, UserErrorCode.OUT_OF_RANGE);
    return null;
  }
  return value;
}

async function unitKeys(tx: EntityManager, v: Validator, ids: readonly string[]): Promise<string[]> {
  if (ids.length > RENTAL_LIMITS.units) {
    v.add('unitIds', `must list at most ${RENTAL_LIMITS.units} units`, UserErrorCode.OUT_OF_RANGE);
    return [];
  }
  const keys = [...new Set(ids.map((id) => (fromGlobalId(id)?.typename === 'Unit' ? fromGlobalId(id)?.key : '')))];
  const found = keys.every(Boolean) ? await tx.count(Unit, { id: { $in: keys as string[] } }) : -1;
  if (found !== keys.length) v.add('unitIds', 'names a unit that does not exist', UserErrorCode.NOT_FOUND);
  return keys as string[];
}

/** Applies the given fields of an opening or update input onto the stored details. */
export async function applyRentalInput(
  tx: EntityManager,
  v: Validator,
  data: RentalData,
  input: UpdateRentalDetailsInput | RentalDetailsInput,
): Promise<RentalData> {
  const next = { ...data };
  if (input.askingRent !== undefined) next.askingRent = rent(v, 'askingRent', input.askingRent);
  if (input.unitIds !== undefined) next.unitIds = await unitKeys(tx, v, input.unitIds ?? []);
  if (input.prospect !== undefined) next.prospect = v.text('prospect', input.prospect, { max: 100 }) || null;
  if ('outcome' in input && input.outcome !== undefined) next.outcome = input.outcome;
  if ('agreedRent' in input && input.agreedRent !== undefined)
    next.agreedRent = rent(v, 'agreedRent', input.agreedRent);
  if ('agreedOn' in input && input.agreedOn !== undefined) next.agreedOn = v.date('agreedOn', input.agreedOn);
  if ('tenantId' in input && input.tenantId !== undefined) {
    const parsed = input.tenantId ? fromGlobalId(input.tenantId) : null;
    const tenant = parsed?.typename === 'Customer' ? await tx.findOne(Customer, { id: parsed.key }) : null;
    if (input.tenantId && !tenant) v.add('tenantId', 'names no customer', UserErrorCode.NOT_FOUND);
    next.tenantId = tenant?.id ?? null;
  }
  return next;
}

/** A viewing joins the timeline; the unit viewed must be one of those offered. */
export function addRentalViewing(
  data: RentalData,
  input: RecordRentalViewingInput,
  v: Validator,
  now: Date,
  byName: string,
): { note: string; details: RentalData } {
  const prospect = v.text('prospect', input.prospect, { max: RENTAL_LIMITS.prospect, required: true });
  const note = v.text('note', input.note, { max: RENTAL_LIMITS.note }) || null;
  if (input.at.getTime() > now.getTime() + 60_000) v.add('at', 'cannot be in the future', UserErrorCode.OUT_OF_RANGE);
  if (data.viewings.length >= RENTAL_LIMITS.viewings) {
    v.add('caseId', `has ${RENTAL_LIMITS.viewings} viewings already`, UserErrorCode.OUT_OF_RANGE);
  }
  const parsed = input.unitId ? fromGlobalId(input.unitId) : null;
  const unitId = parsed?.typename === 'Unit' ? parsed.key : null;
  if (input.unitId && (!unitId || !data.unitIds.includes(unitId))) {
    v.add('unitId', 'must be one of the units offered', UserErrorCode.INVALID);
  }
  const viewing = { at: input.at.toISOString(), unitId, prospect, note, byName };
  return {
    note: note ? `${prospect}：${note}` : prospect,
    details: { ...data, viewings: [...data.viewings, viewing] },
  };
}

export const rentalKind: CaseKindDefinition = {
  kind: CaseKind.RENTAL,
  prefix: 'ZL',
  resource: 'rental',
  department: 'customer_service',
  detailsInput: 'rental',
  detailsEditable: true,
  detailsAtOpen: (input, v, tx) => applyRentalInput(tx, v, rentalData({ details: null }), input.rental ?? {}),
  beforeResolve(c, v) {
    const d = rentalData(c);
    // Named `rentalOutcome`: the result's form has no such field, and `outcome` means a visit's elsewhere.
    if (!d.outcome) {
      v.add('rentalOutcome', 'must be recorded before the result (let, not let or withdrawn)', UserErrorCode.REQUIRED);
    }
    if (d.outcome === RentalOutcome.LET) {
      // A let unit's tenant is on file (R8), with the rent and the date agreed.
      if (!d.tenantId) v.add('tenantId', 'a let unit needs its tenant on file', UserErrorCode.REQUIRED);
      if (d.agreedRent === null) v.add('agreedRent', 'is required when let', UserErrorCode.REQUIRED);
      if (!d.agreedOn) v.add('agreedOn', 'is required when let', UserErrorCode.REQUIRED);
    }
  },
  detailsView(c) {
    const d = rentalData(c);
    return Object.assign(new RentalDetails(), {
      ...d,
      viewings: d.viewings.map((w) =>
        Object.assign(new RentalViewing(), { ...w, at: new Date(w.at), recordedByName: w.byName }),
      ),
    });
  },
};
