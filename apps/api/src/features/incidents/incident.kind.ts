import type { EntityManager } from '@mikro-orm/core';
import { UserErrorCode } from '@steward/schema';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { fromGlobalId } from '../../graphql/node.js';
import type { Validator } from '../../graphql/validate.js';
import type { Viewer } from '../auth/viewer.js';
import type { Case } from '../cases/case.entity.js';
import { CaseKind } from '../cases/case.enums.js';
import type { OpenCaseInput } from '../cases/case.inputs.js';
import type { CaseKindDefinition } from '../cases/case.kinds.js';
import { Area } from '../places/area.entity.js';
import { Site } from '../sites/site.entity.js';
import { escalateAtOpen, escalateByHand } from './escalation.service.js';
import { incidentPolicy } from './incident-policy.service.js';

/** The incident kinds of OM-6 and DIR-4 (突发事件 · 事故 · 案件, R16): one definition, six kinds. */
export const INCIDENT_KINDS = [
  CaseKind.PUBLIC_ORDER,
  CaseKind.FIRE,
  CaseKind.VEHICLE_ACCIDENT,
  CaseKind.CRIMINAL,
  CaseKind.EQUIPMENT_FAILURE,
  CaseKind.OTHER_INCIDENT,
] as const;

export function isIncident(kind: CaseKind): boolean {
  return (INCIDENT_KINDS as readonly CaseKind[]).includes(kind);
}

/** Reference prefixes: pinyin initials, as the control room says them. */
const PREFIX: Record<(typeof INCIDENT_KINDS)[number], string> = {
  [CaseKind.PUBLIC_ORDER]: 'ZA',
  [CaseKind.FIRE]: 'HJ',
  [CaseKind.VEHICLE_ACCIDENT]: 'JT',
  [CaseKind.CRIMINAL]: 'XS',
  [CaseKind.EQUIPMENT_FAILURE]: 'SB',
  [CaseKind.OTHER_INCIDENT]: 'SJ',
};

export enum Authority {
  POLICE = 'POLICE',
  FIRE_BRIGADE = 'FIRE_BRIGADE',
  AMBULANCE = 'AMBULANCE',
  TRAFFIC_POLICE = 'TRAFFIC_POLICE',
  OTHER = 'OTHER',
}
registerEnumType(Authority, {
  name: 'Authority',
  description: 'An outside authority told of an incident (OM-7, DIR-3).',
  valuesConfig: {
    POLICE: { description: 'Police, 110.' },
    FIRE_BRIGADE: { description: 'Fire brigade, 119.' },
    AMBULANCE: { description: 'Ambulance, 120.' },
    TRAFFIC_POLICE: { description: 'Traffic police, 122.' },
    OTHER: { description: 'Another body (gas, power, water…).' },
  },
});

export const INCIDENT_LIMITS = {
  involved: 500,
  vehicles: 200,
  actions: 2000,
  losses: 1000,
  reference: 50,
  authorities: 6,
  /** How far back an occurrence may be reported (days). */
  pastDays: 30,
} as const;

interface AuthorityNoticeData {
  authority: Authority;
  notifiedAt: string;
  reference: string | null;
}

export interface IncidentData {
  occurredAt: string;
  areaId: string | null;
  involvedPeople: string | null;
  vehicles: string | null;
  actionsTaken: string | null;
  losses: string | null;
  authorities: AuthorityNoticeData[];
  /** The deadline in force when it was reported (P7, or P8 for a fire), minutes. */
  reportDeadlineMinutes: number;
  reportDelayMinutes: number;
}

@ObjectType('AuthorityNotice', { description: 'An outside authority told of the incident, and its reference.' })
export class AuthorityNotice {
  @Field(() => Authority, { description: 'Who.' })
  authority: Authority;

  @Field(() => Date, { description: 'When they were told.' })
  notifiedAt: Date;

  @Field(() => String, { nullable: true, description: 'Their reference number (接警编号, case number).' })
  reference: string | null;
}

@ObjectType('IncidentDetails', { description: 'An incident’s own details (R16).' })
export class IncidentDetails {
  @Field(() => Date, { description: 'When it happened (the case’s `createdAt` is when it was reported).' })
  occurredAt: Date;

  areaId: string | null;

  @Field(() => String, { nullable: true, description: 'People involved: names, injuries.' })
  involvedPeople: string | null;

  @Field(() => String, { nullable: true, description: 'Vehicles involved: plates.' })
  vehicles: string | null;

  @Field(() => String, { nullable: true, description: 'Actions taken (command, extinguishing, rescue, evacuation…).' })
  actionsTaken: string | null;

  @Field(() => String, { nullable: true, description: 'Losses and damage.' })
  losses: string | null;

  @Field(() => [AuthorityNotice], { description: 'Authorities told, in order.' })
  authorities: AuthorityNotice[];

  @Field(() => Int, { description: 'The reporting deadline in force when reported (P7, or P8 for a fire), minutes.' })
  reportDeadlineMinutes: number;

  @Field(() => Int, { description: 'Minutes from occurrence to report.' })
  reportDelayMinutes: number;

  @Field(() => Boolean, { description: 'Reported later than its deadline (C8, C9).' })
  reportedLate: boolean;
}

@InputType('AuthorityNoticeInput', { description: 'An outside authority told of the incident.' })
export class AuthorityNoticeInput {
  @Field(() => Authority)
  authority: Authority;

  @Field(() => Date, { description: 'When they were told (not in the future).' })
  notifiedAt: Date;

  @Field(() => String, { nullable: true, description: 'Their reference number, at most 50 characters.' })
  reference?: string | null;
}

@InputType('IncidentDetailsInput', { description: 'An incident’s details at reporting.' })
export class IncidentDetailsInput {
  @Field(() => Date, { description: 'When it happened: not in the future, at most 30 days ago.' })
  occurredAt: Date;

  @Field(() => ID, { nullable: true, description: 'The area where it happened (fills the case’s place and site).' })
  areaId?: string | null;

  @Field(() => String, { nullable: true, description: 'People involved, at most 500 characters.' })
  involvedPeople?: string | null;

  @Field(() => String, { nullable: true, description: 'Vehicles involved (plates), at most 200 characters.' })
  vehicles?: string | null;

  @Field(() => String, { nullable: true, description: 'Actions taken so far, at most 2000 characters.' })
  actionsTaken?: string | null;

  @Field(() => String, { nullable: true, description: 'Losses and damage, at most 1000 characters.' })
  losses?: string | null;

  @Field(() => [AuthorityNoticeInput], { nullable: true, description: 'Authorities told (at most 6).' })
  authorities?: AuthorityNoticeInput[] | null;
}

@InputType('UpdateIncidentInput', {
  description: 'Add to an incident as it is handled; omitted fields keep their value, null clears.',
})
export class UpdateIncidentInput {
  @Field(() => ID, { description: 'The incident (a case).' })
  caseId: string;

  @Field(() => String, { nullable: true })
  involvedPeople?: string | null;

  @Field(() => String, { nullable: true })
  vehicles?: string | null;

  @Field(() => String, { nullable: true })
  actionsTaken?: string | null;

  @Field(() => String, { nullable: true })
  losses?: string | null;

  @Field(() => [AuthorityNoticeInput], { nullable: true, description: 'The full list of authorities told.' })
  authorities?: AuthorityNoticeInput[] | null;
}

export function incidentData(c: Case): IncidentData {
  return c.details as unknown as IncidentData;
}

function authorities(
  v: Validator,
  list: readonly AuthorityNoticeInput[],
  now: Date,
  prefix: string,
): AuthorityNoticeData[] {
  if (list.length > INCIDENT_LIMITS.authorities) {
    v.add(`${prefix}authorities`, `at most ${INCIDENT_LIMITS.authorities}`, UserErrorCode.OUT_OF_RANGE);
    return [];
  }
  return list.map((a, i) => {
    if (a.notifiedAt > now)
      v.add(`${prefix}authorities.${i}.notifiedAt`, 'is in the future', UserErrorCode.OUT_OF_RANGE);
    const reference =
      v.text(`${prefix}authorities.${i}.reference`, a.reference, { max: INCIDENT_LIMITS.reference }) || null;
    return { authority: a.authority, notifiedAt: a.notifiedAt.toISOString(), reference };
  });
}

/**
 * Applies the free-text parts of an opening or update onto the stored details; `prefix` names
 * the fields where they sit in the input (`incident.` when reporting).
 */
export function applyIncidentText(
  v: Validator,
  data: IncidentData,
  input: IncidentDetailsInput | UpdateIncidentInput,
  now: Date,
  prefix = '',
): IncidentData {
  const next = { ...data };
  const text = (field: 'involvedPeople' | 'vehicles' | 'actionsTaken' | 'losses', max: number) => {
    if (input[field] !== undefined) next[field] = v.text(`${prefix}${field}`, input[field], { max }) || null;
  };
  text('involvedPeople', INCIDENT_LIMITS.involved);
  text('vehicles', INCIDENT_LIMITS.vehicles);
  text('actionsTaken', INCIDENT_LIMITS.actions);
  text('losses', INCIDENT_LIMITS.losses);
  if (input.authorities !== undefined) next.authorities = authorities(v, input.authorities ?? [], now, prefix);
  return next;
}

async function detailsAtOpen(
  input: OpenCaseInput,
  v: Validator,
  tx: EntityManager,
  _viewer: Viewer,
  at: Date,
): Promise<IncidentData | null> {
  const given = input.incident;
  if (!given) {
    v.add('incident', 'is required: when it happened, at least', UserErrorCode.REQUIRED);
    return null;
  }
  if (given.occurredAt > at) v.add('incident.occurredAt', 'is in the future', UserErrorCode.OUT_OF_RANGE);
  else if (at.getTime() - given.occurredAt.getTime() > INCIDENT_LIMITS.pastDays * 86_400_000)
    v.add('incident.occurredAt', `is more than ${INCIDENT_LIMITS.pastDays} days ago`, UserErrorCode.OUT_OF_RANGE);
  let areaId: string | null = null;
  if (given.areaId) {
    const parsed = fromGlobalId(given.areaId);
    const area = parsed?.typename === 'Area' ? await tx.findOne(Area, { id: parsed.key }) : null;
    if (!area) v.add('incident.areaId', 'names no area', UserErrorCode.NOT_FOUND);
    else if (input.siteCode && area.site.unwrap().code !== input.siteCode)
      v.add('incident.areaId', 'is not at the site given', UserErrorCode.INVALID);
    areaId = area?.id ?? null;
  }
  const policy = await incidentPolicy(tx);
  const deadline = input.kind === CaseKind.FIRE ? policy.fireReportMinutes : policy.reportMinutes;
  const base: IncidentData = {
    occurredAt: given.occurredAt.toISOString(),
    areaId,
    involvedPeople: null,
    vehicles: null,
    actionsTaken: null,
    losses: null,
    authorities: [],
    reportDeadlineMinutes: deadline,
    reportDelayMinutes: Math.max(0, Math.round((at.getTime() - given.occurredAt.getTime()) / 60_000)),
  };
  return applyIncidentText(v, base, given, at, 'incident.');
}

export function incidentView(c: Case): IncidentDetails {
  const d = incidentData(c);
  return Object.assign(new IncidentDetails(), {
    occurredAt: new Date(d.occurredAt),
    areaId: d.areaId,
    involvedPeople: d.involvedPeople,
    vehicles: d.vehicles,
    actionsTaken: d.actionsTaken,
    losses: d.losses,
    authorities: (d.authorities ?? []).map((a) =>
      Object.assign(new AuthorityNotice(), { ...a, notifiedAt: new Date(a.notifiedAt) }),
    ),
    reportDeadlineMinutes: d.reportDeadlineMinutes,
    reportDelayMinutes: d.reportDelayMinutes,
    reportedLate: d.reportDelayMinutes > d.reportDeadlineMinutes,
  });
}

/** The area named in the details gives the case its place and site, when the report gave none. */
async function placeFromArea(c: Case, tx: EntityManager): Promise<void> {
  const { areaId } = incidentData(c);
  if (!areaId) return;
  const area = await tx.findOne(Area, { id: areaId }, { populate: ['site'] });
  if (!area) return;
  c.area ??= area.nameZh;
  c.site ??= tx.getReference(Site, area.site.unwrap().code, { wrapped: true });
}

export const incidentKinds: CaseKindDefinition[] = INCIDENT_KINDS.map((kind) => ({
  kind,
  prefix: PREFIX[kind],
  resource: 'incident',
  department: 'order_maintenance',
  detailsInput: 'incident',
  detailsEditable: true,
  detailsAtOpen,
  detailsView: incidentView,
  onBoard: true,
  afterOpen: async (c, tx, ctx, timeline) => {
    await placeFromArea(c, tx);
    await escalateAtOpen(c, tx, ctx, timeline);
  },
  escalateTo: escalateByHand,
}));
