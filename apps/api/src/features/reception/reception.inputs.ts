import { Field, ID, InputType, Int } from 'type-graphql';
import { VisitPurpose, VisitStatus } from './reception.enums.js';

@InputType('RecordReceptionVisitInput', {
  description: 'A walk-in: the customer on file (or a name), why they came, and the outcome if answered at once.',
})
export class RecordReceptionVisitInput {
  @Field(() => ID, { nullable: true, description: 'The customer, when on file.' })
  customerId?: string | null;

  @Field(() => String, { nullable: true, description: 'The visitor’s name when not on file (at most 50).' })
  visitorName?: string | null;

  @Field(() => String, { nullable: true, description: 'A number to reach them on (at most 30).' })
  visitorPhone?: string | null;

  @Field(() => ID, { nullable: true, description: 'The unit concerned; decides the site.' })
  unitId?: string | null;

  @Field(() => String, { nullable: true, description: 'The site, required when no unit is given.' })
  siteCode?: string | null;

  @Field(() => VisitPurpose, { description: 'Why they came.' })
  purpose: VisitPurpose;

  @Field(() => String, { description: 'What they said or asked, at most 500 characters.' })
  summary: string;

  @Field(() => String, { nullable: true, description: 'What they were told, if answered on the spot (at most 1000).' })
  outcome?: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When they came; default now. At most 7 days back, never in the future.',
  })
  visitedAt?: Date | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Answered on the spot: close it at once (needs the outcome).',
  })
  close?: boolean | null;
}

@InputType('UpdateReceptionVisitInput', {
  description: 'Corrects or completes an open visit; fields left out stay as they are.',
})
export class UpdateReceptionVisitInput {
  @Field(() => ID, { description: 'The visit.' })
  visitId: string;

  @Field(() => Int, { nullable: true, description: 'The version you edited; a newer one refuses the change.' })
  version?: number | null;

  @Field(() => VisitPurpose, { nullable: true, description: 'Why they came.' })
  purpose?: VisitPurpose | null;

  @Field(() => String, { nullable: true, description: 'What they said or asked (at most 500).' })
  summary?: string | null;

  @Field(() => String, { nullable: true, description: 'What they were told (at most 1000); empty clears it.' })
  outcome?: string | null;

  @Field(() => String, { nullable: true, description: 'The visitor’s name (at most 50); empty clears it.' })
  visitorName?: string | null;

  @Field(() => String, { nullable: true, description: 'Their phone (at most 30); empty clears it.' })
  visitorPhone?: string | null;

  @Field(() => Date, { nullable: true, description: 'When they came (at most 7 days back, never ahead).' })
  visitedAt?: Date | null;
}

@InputType('LinkReceptionVisitToCaseInput', { description: 'Records the case opened from a visit.' })
export class LinkReceptionVisitToCaseInput {
  @Field(() => ID, { description: 'The visit.' })
  visitId: string;

  @Field(() => ID, { description: 'The case opened from it (one you may see, not linked to another visit).' })
  caseId: string;
}

@InputType('CloseReceptionVisitInput', {
  description: 'Closes a visit: it needs an outcome (given here or before) or a linked case.',
})
export class CloseReceptionVisitInput {
  @Field(() => ID, { description: 'The visit.' })
  visitId: string;

  @Field(() => Int, { nullable: true, description: 'The version you saw; a newer one refuses the change.' })
  version?: number | null;

  @Field(() => String, { nullable: true, description: 'The outcome, at most 1000 characters (replaces any earlier).' })
  outcome?: string | null;
}

@InputType('VoidReceptionVisitInput', { description: 'Voids a visit entered by mistake, with the reason.' })
export class VoidReceptionVisitInput {
  @Field(() => ID, { description: 'The visit.' })
  visitId: string;

  @Field(() => String, { description: 'Why, at most 500 characters.' })
  reason: string;
}

@InputType('ReceptionVisitFilter', { description: 'Narrows `receptionVisits`; all given conditions must hold.' })
export class ReceptionVisitFilter {
  @Field(() => String, { nullable: true, description: 'At this site.' })
  siteCode?: string | null;

  @Field(() => VisitStatus, { nullable: true, description: 'In this status.' })
  status?: VisitStatus | null;

  @Field(() => VisitPurpose, { nullable: true, description: 'For this purpose.' })
  purpose?: VisitPurpose | null;

  @Field(() => Date, { nullable: true, description: 'Visited at or after.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Visited before.' })
  to?: Date | null;

  @Field(() => ID, { nullable: true, description: 'Received by this member of staff.' })
  receivedById?: string | null;

  @Field(() => ID, { nullable: true, description: 'By this customer.' })
  customerId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Words in the summary, outcome, visitor’s name or phone, or the customer’s name (at most 100).',
  })
  search?: string | null;
}
