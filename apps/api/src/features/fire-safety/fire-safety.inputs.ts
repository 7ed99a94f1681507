import { Field, ID, InputType, Int } from 'type-graphql';
import {
  EmergencyPlanType,
  FireBrigadeEngagement,
  FireBrigadeRole,
  FireDrillRating,
  FireDrillStatus,
  FireEquipmentStatus,
  FireEquipmentType,
} from './fire-safety.enums.js';

// ---- R28 responsibility ------------------------------------------------------------------

@InputType('AssignFireResponsibilityInput', {
  description:
    'Name who answers for fire safety in an area or a key unit (exactly one of the two), from a day on. One in force there that started earlier ends the day before (it is superseded).',
})
export class AssignFireResponsibilityInput {
  @Field(() => ID, { nullable: true, description: 'The area (an active area of the site).' })
  areaId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The key protected unit (an active one).' })
  keyUnitId?: string | null;

  @Field(() => ID, { description: 'The responsible person: active staff working at the site.' })
  responsibleId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The deputy, if any: active staff at the site, not the responsible person.',
  })
  deputyId?: string | null;

  @Field(() => String, { nullable: true, description: 'What the responsibility covers, at most 1000 characters.' })
  duties?: string | null;

  @Field(() => String, { description: 'First day in force, `YYYY-MM-DD`, within a year of today.' })
  effectiveFrom: string;

  @Field(() => String, { nullable: true, description: 'Last day in force, `YYYY-MM-DD`; omit: until further notice.' })
  effectiveTo?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'When the responsibility letter was signed, `YYYY-MM-DD`, not in the future.',
  })
  signedOn?: string | null;
}

@InputType('EndFireResponsibilityInput', { description: 'End an assignment early (it stays on record).' })
export class EndFireResponsibilityInput {
  @Field(() => ID, { description: 'The assignment.' })
  responsibilityId: string;

  @Field(() => String, {
    description: 'Its last day in force, `YYYY-MM-DD`: not before its first, not after its present end.',
  })
  effectiveTo: string;

  @Field(() => String, { description: 'Why, at most 500 characters.' })
  reason: string;
}

// ---- R29 key units and plans ---------------------------------------------------------------

@InputType('CreateKeyUnitInput', { description: 'A new key protected unit (重要防护单位 / 重点部位) of a site.' })
export class CreateKeyUnitInput {
  @Field(() => String, { description: 'The site (its code).' })
  siteCode: string;

  @Field(() => ID, { nullable: true, description: 'The area it is in, if it is one (an active area of the site).' })
  areaId?: string | null;

  @Field(() => String, { description: 'Its name, at most 50 characters, unique among the site’s active key units.' })
  name: string;

  @Field(() => String, { description: 'Where it is, at most 200 characters.' })
  location: string;

  @Field(() => String, { description: 'Why it is key: the risk, at most 1000 characters.' })
  riskDescription: string;
}

@InputType('UpdateKeyUnitInput', { description: 'Changes to a key unit; what is left out stays as it is.' })
export class UpdateKeyUnitInput {
  @Field(() => ID, { description: 'The key unit.' })
  keyUnitId: string;

  @Field(() => ID, { nullable: true, description: 'Move it to another area of its site.' })
  areaId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Say it is in no particular area (not with `areaId`).' })
  clearArea?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Its name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Where it is.' })
  location?: string | null;

  @Field(() => String, { nullable: true, description: 'The risk.' })
  riskDescription?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Still a key unit; deactivating keeps its plans and history.' })
  active?: boolean | null;
}

@InputType('DraftEmergencyPlanInput', {
  description:
    'Draft the next version of a key unit’s fire or public-security plan; one draft per unit and type at a time.',
})
export class DraftEmergencyPlanInput {
  @Field(() => ID, { description: 'The key unit (an active one).' })
  keyUnitId: string;

  @Field(() => EmergencyPlanType, { description: 'Fire or public security.' })
  type: EmergencyPlanType;

  @Field(() => String, { description: 'Its title, at most 100 characters.' })
  title: string;

  @Field(() => String, { description: 'Its text, at most 20000 characters.' })
  content: string;

  @Field(() => String, {
    nullable: true,
    description:
      'When it is to take effect, `YYYY-MM-DD`; approval puts it in force on that day or, if later, the day of approval.',
  })
  effectiveFrom?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'When it is due for review, `YYYY-MM-DD`, after it takes effect.',
  })
  reviewDue?: string | null;
}

@InputType('UpdateEmergencyPlanDraftInput', {
  description: 'Changes to a plan draft; what is left out stays as it is.',
})
export class UpdateEmergencyPlanDraftInput {
  @Field(() => ID, { description: 'The draft.' })
  planId: string;

  @Field(() => String, { nullable: true, description: 'Its title.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Its text.' })
  content?: string | null;

  @Field(() => String, { nullable: true, description: 'When it is to take effect; an empty string clears it.' })
  effectiveFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'When it is due for review; an empty string clears it.' })
  reviewDue?: string | null;
}

@InputType('EmergencyPlanStepInput', { description: 'A step on one plan version.' })
export class EmergencyPlanStepInput {
  @Field(() => ID, { description: 'The plan version.' })
  planId: string;
}

@InputType('WithdrawEmergencyPlanDraftInput', { description: 'Give up a draft before approval (it stays on record).' })
export class WithdrawEmergencyPlanDraftInput {
  @Field(() => ID, { description: 'The draft.' })
  planId: string;

  @Field(() => String, { description: 'Why, at most 500 characters.' })
  reason: string;
}

// ---- R30 drills ------------------------------------------------------------------------------

@InputType('PlanFireDrillInput', { description: 'A fire drill to be held at a site.' })
export class PlanFireDrillInput {
  @Field(() => String, { description: 'The site (its code).' })
  siteCode: string;

  @Field(() => Date, { description: 'When it is to be held (within a year either way).' })
  plannedFor: Date;

  @Field(() => String, { description: 'The scenario, at most 500 characters.' })
  scenario: string;

  @Field(() => ID, { nullable: true, description: 'The emergency plan version to exercise: one in force at the site.' })
  planId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Where it is held (an active area of the site).' })
  areaId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Who organises it: active staff at the site; default you.' })
  organiserId?: string | null;
}

@InputType('FireDrillFollowUpInput', { description: 'A follow-up action given by a drill’s evaluation.' })
export class FireDrillFollowUpInput {
  @Field(() => String, { description: 'What is to be done, at most 500 characters.' })
  description: string;

  @Field(() => ID, { description: 'Who does it: active staff.' })
  ownerId: string;

  @Field(() => String, { nullable: true, description: 'By when, `YYYY-MM-DD`.' })
  dueOn?: string | null;
}

@InputType('RecordFireDrillInput', {
  description:
    'Record a planned drill as held: its timings (alarm ≤ assembled ≤ evacuated ≤ ended, not in the future) and who took part.',
})
export class RecordFireDrillInput {
  @Field(() => ID, { description: 'The planned drill.' })
  drillId: string;

  @Field(() => Date, { description: 'When the alarm was raised.' })
  alarmAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the brigade had assembled.' })
  assembledAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When evacuation was complete.' })
  evacuatedAt?: Date | null;

  @Field(() => Date, { description: 'When it ended: at most 12 hours after the alarm.' })
  endedAt: Date;

  @Field(() => [ID], { description: 'Staff who took part (at most 200, each active).' })
  participantIds: string[];

  @Field(() => Int, { nullable: true, description: 'How many of the fire brigade took part (0–100000).' })
  brigadeCount?: number | null;

  @Field(() => Int, { nullable: true, description: 'How many occupants took part (0–100000).' })
  occupantCount?: number | null;

  @Field(() => String, { nullable: true, description: 'What happened, at most 1000 characters.' })
  note?: string | null;
}

@InputType('EvaluateFireDrillInput', { description: 'Evaluate a held drill and give its follow-up actions.' })
export class EvaluateFireDrillInput {
  @Field(() => ID, { description: 'The held drill.' })
  drillId: string;

  @Field(() => String, { description: 'The evaluation, at most 2000 characters.' })
  evaluation: string;

  @Field(() => FireDrillRating, { description: 'The overall rating.' })
  rating: FireDrillRating;

  @Field(() => [FireDrillFollowUpInput], { description: 'Follow-up actions (at most 30; may be none).' })
  followUps: FireDrillFollowUpInput[];
}

@InputType('SetFireDrillFollowUpDoneInput', { description: 'Mark a drill’s follow-up action done, or open again.' })
export class SetFireDrillFollowUpDoneInput {
  @Field(() => ID, { description: 'The follow-up action.' })
  followUpId: string;

  @Field(() => Boolean, { description: 'Done (true) or open again (false).' })
  done: boolean;

  @Field(() => String, { nullable: true, description: 'What was done, at most 500 characters.' })
  note?: string | null;
}

@InputType('CancelFireDrillInput', { description: 'Call off a planned drill (it stays on record).' })
export class CancelFireDrillInput {
  @Field(() => ID, { description: 'The planned drill.' })
  drillId: string;

  @Field(() => String, { description: 'Why, at most 500 characters.' })
  reason: string;
}

@InputType('FireDrillFilter', { description: 'Which drills to list.' })
export class FireDrillFilter {
  @Field(() => String, { nullable: true, description: 'Only this site.' })
  siteCode?: string | null;

  @Field(() => FireDrillStatus, { nullable: true, description: 'Only this status.' })
  status?: FireDrillStatus | null;

  @Field(() => ID, { nullable: true, description: 'Only drills in this area.' })
  areaId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Planned for at or after.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Planned for before (not before `from`).' })
  to?: Date | null;
}

// ---- R31 equipment ---------------------------------------------------------------------------

@InputType('RegisterFireEquipmentInput', {
  description: 'A new entry of the fire equipment and key facility register.',
})
export class RegisterFireEquipmentInput {
  @Field(() => String, { description: 'The site (its code).' })
  siteCode: string;

  @Field(() => ID, { nullable: true, description: 'The area it is in (an active area of the site).' })
  areaId?: string | null;

  @Field(() => FireEquipmentType, { description: 'What it is.' })
  type: FireEquipmentType;

  @Field(() => String, {
    description: 'Its number or label, at most 32 characters, unique at the site among those in service.',
  })
  identifier: string;

  @Field(() => String, { description: 'Exactly where it is, at most 200 characters.' })
  location: string;

  @Field(() => Int, { nullable: true, description: 'How many (1–9999, default 1).' })
  quantity?: number | null;

  @Field(() => String, { nullable: true, description: 'Model, capacity, how to operate it; at most 500 characters.' })
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'When it was last checked, `YYYY-MM-DD`, not in the future.' })
  lastCheckedOn?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'When its next check is due, `YYYY-MM-DD`, after the last check.',
  })
  nextDueOn?: string | null;
}

@InputType('UpdateFireEquipmentInput', {
  description: 'Changes to a register entry in service; what is left out stays.',
})
export class UpdateFireEquipmentInput {
  @Field(() => ID, { description: 'The entry.' })
  equipmentId: string;

  @Field(() => ID, { nullable: true, description: 'Move it to another area of its site.' })
  areaId?: string | null;

  @Field(() => FireEquipmentType, { nullable: true, description: 'What it is.' })
  type?: FireEquipmentType | null;

  @Field(() => String, { nullable: true, description: 'Its number or label.' })
  identifier?: string | null;

  @Field(() => String, { nullable: true, description: 'Where it is.' })
  location?: string | null;

  @Field(() => Int, { nullable: true, description: 'How many (1–9999).' })
  quantity?: number | null;

  @Field(() => String, { nullable: true, description: 'The note; an empty string clears it.' })
  note?: string | null;
}

@InputType('RecordFireEquipmentCheckInput', {
  description: 'A check of a register entry: what was found, and when the next is due.',
})
export class RecordFireEquipmentCheckInput {
  @Field(() => ID, { description: 'The entry (in service).' })
  equipmentId: string;

  @Field(() => String, {
    description: 'When it was checked, `YYYY-MM-DD`, not in the future nor before its last check.',
  })
  checkedOn: string;

  @Field(() => String, { description: 'When the next check is due, `YYYY-MM-DD`, after `checkedOn`.' })
  nextDueOn: string;

  @Field(() => FireEquipmentStatus, { description: 'What the check found: OK or FAULTY (retiring is its own step).' })
  status: FireEquipmentStatus;

  @Field(() => String, { nullable: true, description: 'What was found or done; required when FAULTY. At most 500.' })
  note?: string | null;
}

@InputType('RetireFireEquipmentInput', { description: 'Take an entry out of service (it stays on record).' })
export class RetireFireEquipmentInput {
  @Field(() => ID, { description: 'The entry.' })
  equipmentId: string;

  @Field(() => String, { description: 'Why, at most 500 characters.' })
  reason: string;
}

@InputType('FireEquipmentFilter', { description: 'Which register entries to list.' })
export class FireEquipmentFilter {
  @Field(() => String, { nullable: true, description: 'Only this site.' })
  siteCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this area.' })
  areaId?: string | null;

  @Field(() => FireEquipmentType, { nullable: true, description: 'Only this type.' })
  type?: FireEquipmentType | null;

  @Field(() => FireEquipmentStatus, { nullable: true, description: 'Only this status (RETIRED lists the retired).' })
  status?: FireEquipmentStatus | null;

  @Field(() => Boolean, { nullable: true, description: 'Only those in service past their next check date.' })
  overdueOnly?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Retired entries too (default: in service only).' })
  includeRetired?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Words in the identifier, location or note (at most 100).' })
  search?: string | null;
}

// ---- R32 brigade -------------------------------------------------------------------------------

@InputType('AddFireBrigadeMemberInput', { description: 'Someone joins a site’s fire brigade or fire personnel.' })
export class AddFireBrigadeMemberInput {
  @Field(() => String, { description: 'The site (its code).' })
  siteCode: string;

  @Field(() => ID, { description: 'The person: active staff working at the site, not already a member there.' })
  staffId: string;

  @Field(() => FireBrigadeRole, { description: 'Captain, deputy captain or member (one active captain per site).' })
  role: FireBrigadeRole;

  @Field(() => FireBrigadeEngagement, { description: 'Full-time or part-time.' })
  engagement: FireBrigadeEngagement;

  @Field(() => String, { description: 'When they joined, `YYYY-MM-DD`, not in the future.' })
  joinedOn: string;

  @Field(() => String, { nullable: true, description: 'Their last fire training, `YYYY-MM-DD`, not in the future.' })
  lastTrainedOn?: string | null;
}

@InputType('UpdateFireBrigadeMemberInput', { description: 'Changes to an active membership; what is left out stays.' })
export class UpdateFireBrigadeMemberInput {
  @Field(() => ID, { description: 'The membership.' })
  memberId: string;

  @Field(() => FireBrigadeRole, { nullable: true, description: 'Their role.' })
  role?: FireBrigadeRole | null;

  @Field(() => FireBrigadeEngagement, { nullable: true, description: 'Full-time or part-time.' })
  engagement?: FireBrigadeEngagement | null;

  @Field(() => String, {
    nullable: true,
    description: 'Their last fire training, `YYYY-MM-DD`: not in the future, not earlier than the one on record.',
  })
  lastTrainedOn?: string | null;
}

@InputType('EndFireBrigadeMembershipInput', { description: 'Someone leaves the brigade (the record stays).' })
export class EndFireBrigadeMembershipInput {
  @Field(() => ID, { description: 'The membership.' })
  memberId: string;

  @Field(() => String, { description: 'When they left, `YYYY-MM-DD`: not before they joined, not in the future.' })
  leftOn: string;

  @Field(() => String, { description: 'Why, at most 500 characters.' })
  reason: string;
}
