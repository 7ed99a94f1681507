import { Field, ID, InputType, Int } from 'type-graphql';
import { IncidentDetailsInput } from '../incidents/incident.kind.js';
import { CaseChannel, CaseEventType, CaseKind, CaseStatus, Priority, Severity } from './case.enums.js';
import { RectificationDetailsInput } from './kinds/rectification.kind.js';
import { RentalDetailsInput } from './kinds/rental.kind.js';
import { TaskDetailsInput } from './kinds/task.kind.js';

@InputType('OpenCaseInput', { description: 'A new matter: who reported what, where, how urgent.' })
export class OpenCaseInput {
  @Field(() => CaseKind, { description: 'What it is about.' })
  kind: CaseKind;

  @Field(() => CaseChannel, { description: 'How it reached us.' })
  channel: CaseChannel;

  @Field(() => String, { description: 'One-line summary, at most 100 characters.' })
  title: string;

  @Field(() => String, { description: 'What the reporter said, at most 2000 characters.' })
  description: string;

  @Field(() => ID, { nullable: true, description: 'The reporting customer, when on file.' })
  reporterCustomerId?: string | null;

  @Field(() => String, { nullable: true, description: 'Reporter’s name when not on file (at most 50).' })
  reporterName?: string | null;

  @Field(() => String, { nullable: true, description: 'A number to call back (at most 30).' })
  reporterPhone?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Reported by you, a member of staff (e.g. found on patrol).' })
  reportedByMe?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'The unit concerned.' })
  unitId?: string | null;

  @Field(() => String, { nullable: true, description: 'The site, when no unit is given.' })
  siteCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Where, when not a unit (at most 100).' })
  area?: string | null;

  @Field(() => Severity, { nullable: true, description: 'Default GENERAL.' })
  severity?: Severity | null;

  @Field(() => Priority, { nullable: true, description: 'Default NORMAL.' })
  priority?: Priority | null;

  @Field(() => Boolean, { nullable: true, description: 'Beyond the receiver’s authority: must be escalated.' })
  beyondAuthority?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'TASK only (required): the person it is given to.' })
  assigneeId?: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'TASK only (required): when the result is due, instead of the service levels.',
  })
  dueAt?: Date | null;

  @Field(() => RentalDetailsInput, { nullable: true, description: 'RENTAL only: the rental’s details.' })
  rental?: RentalDetailsInput | null;

  @Field(() => TaskDetailsInput, { nullable: true, description: 'TASK only: how it was given.' })
  task?: TaskDetailsInput | null;

  @Field(() => IncidentDetailsInput, {
    nullable: true,
    description: 'Incident kinds only (required there): when it happened, where, who, what was done.',
  })
  incident?: IncidentDetailsInput | null;
  @Field(() => RectificationDetailsInput, {
    nullable: true,
    description:
      'RECTIFICATION only (required): where the hazard came from, whom the notice is addressed to, what is required.',
  })
  rectification?: RectificationDetailsInput | null;
}

@InputType('CaseStepInput', { description: 'A step on a case with an optional note.' })
export class CaseStepInput {
  @Field(() => ID, { description: 'The case.' })
  caseId: string;

  @Field(() => String, { nullable: true, description: 'A note for the timeline (at most 2000).' })
  note?: string | null;
}

@InputType('AssignCaseInput', { description: 'Give a case to someone in its department.' })
export class AssignCaseInput extends CaseStepInput {
  @Field(() => ID, { description: 'The member of staff.' })
  assigneeId: string;
}

@InputType('ReferCaseInput', { description: 'Forward a case (转告) to a department and a person in it.' })
export class ReferCaseInput extends CaseStepInput {
  @Field(() => String, { description: 'The department.' })
  departmentKey: string;

  @Field(() => ID, { description: 'The person in that department who will acknowledge it.' })
  assigneeId: string;
}

@InputType('EscalateCaseInput', { description: 'Report a case to your superior (beyond authority or major).' })
export class EscalateCaseInput {
  @Field(() => ID, { description: 'The case.' })
  caseId: string;

  @Field(() => String, { description: 'Why, at most 2000 characters.' })
  note: string;
}

@InputType('ResolveCaseInput', { description: 'Write the result of a case.' })
export class ResolveCaseInput {
  @Field(() => ID, { description: 'The case.' })
  caseId: string;

  @Field(() => String, { description: 'The result (事事有结果), at most 2000 characters.' })
  result: string;
}

@InputType('CloseCaseInput', { description: 'Close a resolved case, with the customer’s feedback if any.' })
export class CloseCaseInput {
  @Field(() => ID, { description: 'The case.' })
  caseId: string;

  @Field(() => Int, { nullable: true, description: 'Satisfaction from the return visit, 1–5.' })
  satisfaction?: number | null;

  @Field(() => String, { nullable: true, description: 'The customer’s remark (at most 500).' })
  feedback?: string | null;
}

@InputType('CaseReasonInput', { description: 'A step that needs a reason (reopen, void).' })
export class CaseReasonInput {
  @Field(() => ID, { description: 'The case.' })
  caseId: string;

  @Field(() => String, { description: 'Why, at most 500 characters.' })
  reason: string;
}

@InputType('CommentOnCaseInput', { description: 'Add a comment to a case’s timeline.' })
export class CommentOnCaseInput {
  @Field(() => ID, { description: 'The case.' })
  caseId: string;

  @Field(() => String, { description: 'The comment, at most 2000 characters.' })
  note: string;
}

@InputType('CaseTimelineFilter', { description: 'Narrows a case’s `events`; all given conditions must hold.' })
export class CaseTimelineFilter {
  @Field(() => [CaseEventType], { nullable: true, description: 'Only these kinds of entry.' })
  types?: CaseEventType[] | null;

  @Field(() => ID, { nullable: true, description: 'Only by this person.' })
  actorId?: string | null;

  @Field(() => Date, { nullable: true, description: 'At or after.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Before (not before `from`).' })
  to?: Date | null;
}

@InputType('CaseFilter', { description: 'Narrows `cases`; all given conditions must hold.' })
export class CaseFilter {
  @Field(() => [CaseKind], { nullable: true, description: 'Any of these kinds.' })
  kinds?: CaseKind[] | null;

  @Field(() => [CaseStatus], { nullable: true, description: 'Any of these statuses.' })
  statuses?: CaseStatus[] | null;

  @Field(() => String, { nullable: true, description: 'Owning or holding department.' })
  departmentKey?: string | null;

  @Field(() => ID, { nullable: true, description: 'Assigned to, or held by, this member of staff.' })
  assigneeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'About this unit.' })
  unitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Reported by this customer.' })
  customerId?: string | null;

  @Field(() => String, { nullable: true, description: 'At this site.' })
  siteCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Where, when not a unit: words of the area (at most 100).' })
  area?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only cases past their result deadline and not yet resolved.' })
  overdue?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only referred cases not yet acknowledged.' })
  awaitingAcknowledgement?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only cases you are part of (reported, hold, escalated to you).',
  })
  mine?: boolean | null;

  @Field(() => Date, { nullable: true, description: 'Opened at or after.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Opened before.' })
  to?: Date | null;

  @Field(() => String, { nullable: true, description: 'Words in the reference, title or description (at most 100).' })
  search?: string | null;
}
