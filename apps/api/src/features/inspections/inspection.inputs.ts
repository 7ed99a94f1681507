import { Field, ID, InputType } from 'type-graphql';
import { InspectingBodyType, InspectionItemResult, InspectionStatus, InspectionType } from './inspection.enums.js';

@InputType('CreateInspectionChecklistInput', { description: 'A new checklist for one type of inspection.' })
export class CreateInspectionChecklistInput {
  @Field(() => InspectionType, { description: 'Which inspections it is for.' })
  type: InspectionType;

  @Field(() => String, { description: 'Its name (at most 50).' })
  name: string;

  @Field(() => [String], { description: 'The items to check, in order (1 to 60, each at most 200).' })
  items: string[];
}

@InputType('UpdateInspectionChecklistInput', {
  description:
    'Change a checklist; omitted fields keep their value. New items raise its revision (planned inspections keep their copy).',
})
export class UpdateInspectionChecklistInput {
  @Field(() => ID, { description: 'The checklist.' })
  checklistId: string;

  @Field(() => String, { nullable: true, description: 'A new name (at most 50).' })
  name?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'The items, replacing the old ones (1 to 60, each at most 200).',
  })
  items?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Offered for new inspections, or retired.' })
  active?: boolean | null;
}

@InputType('PlanInspectionInput', { description: 'A safety inspection to make: what, where, when, by whom.' })
export class PlanInspectionInput {
  @Field(() => InspectionType, { description: 'Fire, security or vehicles.' })
  type: InspectionType;

  @Field(() => String, { description: 'The site.' })
  siteCode: string;

  @Field(() => Date, { description: 'When it is to be made (within a year either way).' })
  scheduledFor: Date;

  @Field(() => [ID], { description: 'The inspectors (1 to 10): active staff working at the site.' })
  inspectorIds: string[];

  @Field(() => [ID], { nullable: true, description: 'The areas it covers (at most 30), all of the site.' })
  areaIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'The scope in words, beyond the areas (at most 500).' })
  scope?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The checklist to copy; default the type’s active checklist changed most recently.',
  })
  checklistId?: string | null;
}

@InputType('InspectionItemResultInput', { description: 'The result of one checklist item.' })
export class InspectionItemResultInput {
  @Field(() => ID, { description: 'The item.' })
  itemId: string;

  @Field(() => InspectionItemResult, { description: 'Pass, fail or not applicable.' })
  result: InspectionItemResult;

  @Field(() => String, { nullable: true, description: 'What was seen: required for a failure (at most 500).' })
  note?: string | null;

  @Field(() => ID, { nullable: true, description: 'Where a failure is: an area of the site.' })
  areaId?: string | null;
}

@InputType('RecordInspectionResultsInput', {
  description:
    'Results of some or all items (recording again replaces an item’s result); the first begins the inspection.',
})
export class RecordInspectionResultsInput {
  @Field(() => ID, { description: 'The inspection.' })
  inspectionId: string;

  @Field(() => [InspectionItemResultInput], { description: 'The results (1 to 60).' })
  results: InspectionItemResultInput[];

  @Field(() => Date, {
    nullable: true,
    description: 'When it was performed; default: when its first results are recorded (not in the future).',
  })
  performedAt?: Date | null;
}

@InputType('CompleteInspectionInput', { description: 'Finish an inspection: every item must have a result.' })
export class CompleteInspectionInput {
  @Field(() => ID, { description: 'The inspection.' })
  inspectionId: string;

  @Field(() => String, { nullable: true, description: 'What was found overall (at most 2000).' })
  summary?: string | null;
}

@InputType('CancelInspectionInput', { description: 'Call off an inspection not yet completed, with the reason.' })
export class CancelInspectionInput {
  @Field(() => ID, { description: 'The inspection.' })
  inspectionId: string;

  @Field(() => String, { description: 'Why (at most 500).' })
  reason: string;
}

@InputType('InspectionFilter', { description: 'Narrows `inspections`; every given condition must hold.' })
export class InspectionFilter {
  @Field(() => String, { nullable: true, description: 'At this site.' })
  siteCode?: string | null;

  @Field(() => InspectionType, { nullable: true, description: 'Of this type.' })
  type?: InspectionType | null;

  @Field(() => [InspectionStatus], { nullable: true, description: 'In any of these statuses.' })
  statuses?: InspectionStatus[] | null;

  @Field(() => Date, { nullable: true, description: 'Scheduled at or after.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Scheduled before.' })
  to?: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'Only those you inspect.' })
  mine?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Only this department’s (its key).' })
  departmentKey?: string | null;
}

@InputType('RecordExternalInspectionInput', { description: 'An inspection by an outside body, received at a site.' })
export class RecordExternalInspectionInput {
  @Field(() => String, { description: 'The site inspected.' })
  siteCode: string;

  @Field(() => InspectingBodyType, { description: 'What kind of body.' })
  bodyType: InspectingBodyType;

  @Field(() => String, { description: 'The body’s name (at most 100).' })
  bodyName: string;

  @Field(() => Date, { description: 'When it took place (not in the future).' })
  inspectedAt: Date;

  @Field(() => String, { nullable: true, description: 'What they inspected (at most 500).' })
  scope?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Who received them: someone who holds the authority to (DIR-10); default you.',
  })
  receivedById?: string | null;

  @Field(() => String, { nullable: true, description: 'What they found and asked for (at most 2000).' })
  findings?: string | null;

  @Field(() => String, { nullable: true, description: 'Documents provided to them (at most 1000).' })
  documentsProvided?: string | null;
}

@InputType('UpdateExternalInspectionInput', {
  description: 'Complete or correct an external inspection’s record; omitted fields keep their value, null clears.',
})
export class UpdateExternalInspectionInput {
  @Field(() => ID, { description: 'The external inspection.' })
  externalInspectionId: string;

  @Field(() => InspectingBodyType, { nullable: true, description: 'What kind of body.' })
  bodyType?: InspectingBodyType | null;

  @Field(() => String, { nullable: true, description: 'The body’s name (at most 100).' })
  bodyName?: string | null;

  @Field(() => Date, { nullable: true, description: 'When it took place (not in the future).' })
  inspectedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'What they inspected (at most 500).' })
  scope?: string | null;

  @Field(() => String, { nullable: true, description: 'What they found and asked for (at most 2000).' })
  findings?: string | null;

  @Field(() => String, { nullable: true, description: 'Documents provided to them (at most 1000).' })
  documentsProvided?: string | null;
}

@InputType('VoidExternalInspectionInput', { description: 'Void an external inspection recorded in error.' })
export class VoidExternalInspectionInput {
  @Field(() => ID, { description: 'The external inspection.' })
  externalInspectionId: string;

  @Field(() => String, { description: 'Why (at most 500).' })
  reason: string;
}

@InputType('ExternalInspectionFilter', {
  description: 'Narrows `externalInspections`; every given condition must hold.',
})
export class ExternalInspectionFilter {
  @Field(() => String, { nullable: true, description: 'At this site.' })
  siteCode?: string | null;

  @Field(() => InspectingBodyType, { nullable: true, description: 'By this kind of body.' })
  bodyType?: InspectingBodyType | null;

  @Field(() => Date, { nullable: true, description: 'Inspected at or after.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Inspected before.' })
  to?: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'Include voided records (default no).' })
  includeVoided?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Only this department’s (its key).' })
  departmentKey?: string | null;
}
