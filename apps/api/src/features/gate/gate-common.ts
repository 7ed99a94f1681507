import type { EntityManager } from '@mikro-orm/core';
import { UserErrorCode } from '@steward/schema';
import type { Context } from '../../graphql/context.js';
import { fromGlobalId } from '../../graphql/node.js';
import type { Validator } from '../../graphql/validate.js';
import { ContactKind } from '../customers/customer.enums.js';
import { contactProblem } from '../customers/customer.rules.js';
import { Area } from '../places/area.entity.js';
import { AreaKind } from '../places/place.enums.js';
import { Site } from '../sites/site.entity.js';
import { GATE_RULES, normalizePlate, plateProblem } from './gate.rules.js';
import { GATE_LIMITS } from './goods-pass.entity.js';

export const SITE_CODE_MAX = 32;
/** A phone or PC clock a little ahead of ours may send "now" as a moment ahead: forgive a minute. */
const CLOCK_SKEW_MS = 60_000;
const HOUR_MS = 3_600_000;

/** Where vehicles and people pass: a site's gates and its car park entrances. */
const GATE_KINDS: readonly AreaKind[] = [AreaKind.GATE, AreaKind.CAR_PARK];

/** The site a record is at, or a userError on `siteCode`. */
export async function siteOf(
  tx: EntityManager,
  v: Validator,
  siteCode: string | null | undefined,
): Promise<Site | null> {
  const code = siteCode?.trim() ?? '';
  if (!code) {
    v.add('siteCode', 'is required', UserErrorCode.REQUIRED);
    return null;
  }
  const site = code.length <= SITE_CODE_MAX ? await tx.findOne(Site, { code }) : null;
  if (!site) v.add('siteCode', 'names no site', UserErrorCode.NOT_FOUND);
  return site;
}

/** A gate of the site (an area in use of kind GATE or CAR_PARK), or a userError on `field`. */
export async function gateOf(
  tx: EntityManager,
  v: Validator,
  field: string,
  gateId: string | null | undefined,
  site: Site | null,
  required: boolean,
): Promise<Area | null> {
  if (!gateId) {
    if (required) v.add(field, 'is required', UserErrorCode.REQUIRED);
    return null;
  }
  const parsed = fromGlobalId(gateId);
  const area = parsed?.typename === 'Area' ? await tx.findOne(Area, { id: parsed.key }) : null;
  if (!area) {
    v.add(field, 'names no area', UserErrorCode.NOT_FOUND);
    return null;
  }
  if (site && area.site.unwrap().code !== site.code) v.add(field, 'is not at this site', UserErrorCode.INVALID);
  else if (!area.active) v.add(field, 'is out of use', UserErrorCode.INVALID);
  else if (!GATE_KINDS.includes(area.kind)) v.add(field, 'is not a gate or car park', UserErrorCode.INVALID);
  return area;
}

/** A plate, normalised and checked; `null` when none was given and none is required. */
export function plateOf(
  v: Validator,
  field: string,
  value: string | null | undefined,
  required: boolean,
): string | null {
  const typed = v.text(field, value, { max: 20, required });
  if (!typed || typed.length > 20) return null;
  const plate = normalizePlate(typed);
  const problem = plate.length > GATE_LIMITS.plate ? 'is too long for a plate' : plateProblem(plate);
  if (problem) v.add(field, problem, UserErrorCode.INVALID);
  return plate;
}

export function phoneOf(v: Validator, field: string, value: string | null | undefined): string | null {
  const phone = v.text(field, value, { max: GATE_LIMITS.phone });
  const problem = phone && phone.length <= GATE_LIMITS.phone && contactProblem(ContactKind.PHONE, phone);
  if (problem) v.add(field, problem, UserErrorCode.INVALID);
  return phone || null;
}

/**
 * When something happened at the gate: now by default; otherwise not ahead of now, at most
 * `backdateHours` back, and not before `notBefore` (an exit is not before its entry).
 */
export function momentOf(
  ctx: Context,
  v: Validator,
  field: string,
  value: Date | null | undefined,
  notBefore?: Date,
): Date {
  const now = ctx.clock();
  if (value == null) {
    return notBefore && notBefore.getTime() > now.getTime() ? notBefore : now;
  }
  if (Number.isNaN(value.getTime())) v.add(field, 'must be a date and time', UserErrorCode.INVALID);
  else if (value.getTime() > now.getTime() + CLOCK_SKEW_MS)
    v.add(field, 'cannot be in the future', UserErrorCode.OUT_OF_RANGE);
  else if (value.getTime() < now.getTime() - GATE_RULES.backdateHours * HOUR_MS) {
    v.add(field, `may be at most ${GATE_RULES.backdateHours} hours ago`, UserErrorCode.OUT_OF_RANGE);
  } else if (notBefore && value.getTime() < notBefore.getTime()) {
    v.add(field, 'cannot be before it came in', UserErrorCode.OUT_OF_RANGE);
  }
  return value;
}
