import { Field, ID, InputType, Int } from 'type-graphql';
import { CashDirection, HandoverDecision, HandoverStatus } from './handover.enums.js';

@InputType('HandoverItemInput', { description: 'An unfinished matter written in words (SL-2).' })
export class HandoverItemInput {
  @Field(() => String, { description: 'What it is (at most 500 characters).' })
  description: string;

  @Field(() => String, { nullable: true, description: 'What the incoming shift must do (at most 500 characters).' })
  actionNeeded?: string | null;
}

@InputType('HandoverMatterNoteInput', { description: 'What the incoming shift must do about an open record.' })
export class HandoverMatterNoteInput {
  @Field(() => ID, { description: 'The open record (as `Shift.handoverPrefill.openMatters` lists it).' })
  recordId: string;

  @Field(() => String, { nullable: true, description: 'The action needed (at most 500 characters).' })
  actionNeeded?: string | null;
}

@InputType('MaterialCountInput', { description: 'A shared material, counted (R39).' })
export class MaterialCountInput {
  @Field(() => ID, { description: 'The material.' })
  materialId: string;

  @Field(() => String, {
    nullable: true,
    description:
      'How many were found: a whole number, at least 0. Text, so that a mistyped count is answered with a userError naming it.',
  })
  counted?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the count differs from the expected quantity (required when it does).',
  })
  explanation?: string | null;
}

@InputType('HandoverDraftInput', {
  description:
    'The whole handover as the outgoing leader has it: saving keeps it as a draft; submitting also requires every count, and an explanation for every difference.',
})
export class HandoverDraftInput {
  @Field(() => ID, { description: 'The outgoing shift.' })
  shiftId: string;

  @Field(() => [HandoverItemInput], {
    nullable: true,
    description: 'Unfinished matters written in words (at most 30).',
  })
  items?: HandoverItemInput[] | null;

  @Field(() => [HandoverMatterNoteInput], {
    nullable: true,
    description: 'The action needed on open records the draft lists.',
  })
  matterNotes?: HandoverMatterNoteInput[] | null;

  @Field(() => [MaterialCountInput], { nullable: true, description: 'The shared materials counted.' })
  materialCounts?: MaterialCountInput[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'The petty cash counted, in yuan with at most two decimals (e.g. `1250.50`).',
  })
  cashCounted?: string | null;

  @Field(() => String, { nullable: true, description: 'Why the cash differs from the ledger (required when it does).' })
  cashExplanation?: string | null;

  @Field(() => String, { nullable: true, description: 'Anything else to hand on (at most 1000 characters).' })
  note?: string | null;
}

@InputType('AcceptHandoverInput', {
  description: 'The incoming leader accepts a handover (or the director, for them).',
})
export class AcceptHandoverInput {
  @Field(() => ID, { description: 'The handover.' })
  handoverId: string;

  @Field(() => String, {
    nullable: true,
    description: 'A note (at most 500 characters); required when the director accepts on the incoming side’s behalf.',
  })
  note?: string | null;
}

@InputType('DisputeHandoverInput', { description: 'The incoming leader disputes a handover: the director decides.' })
export class DisputeHandoverInput {
  @Field(() => ID, { description: 'The handover.' })
  handoverId: string;

  @Field(() => String, { description: 'What is wrong with it (at most 500 characters).' })
  reason: string;
}

@InputType('ResolveHandoverDisputeInput', { description: 'The director settles a disputed handover.' })
export class ResolveHandoverDisputeInput {
  @Field(() => ID, { description: 'The handover.' })
  handoverId: string;

  @Field(() => HandoverDecision, {
    description: 'Accept it for the incoming side, or return it to the outgoing leader.',
  })
  decision: HandoverDecision;

  @Field(() => String, { description: 'Why (at most 500 characters).' })
  note: string;
}

@InputType('HandoverFilter', { description: 'Which handovers to list; every condition must hold.' })
export class HandoverFilter {
  @Field(() => [HandoverStatus], { nullable: true, description: 'Only these statuses.' })
  statuses?: HandoverStatus[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Only those the director should see: disputed (now or before), with a count difference, or submitted late.',
  })
  needsAttention?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Only this site’s (its code).' })
  siteCode?: string | null;

  @Field(() => String, { nullable: true, description: 'From this local date, `YYYY-MM-DD` (inclusive).' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'To this local date, `YYYY-MM-DD` (inclusive).' })
  to?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this department’s (its key).' })
  departmentKey?: string | null;
}

@InputType('CreateShiftMaterialInput', { description: 'A shared material a site’s shifts count at handover (R39).' })
export class CreateShiftMaterialInput {
  @Field(() => String, { description: 'The site (its code).' })
  siteCode: string;

  @Field(() => String, { description: 'What it is, e.g. 对讲机 (at most 50 characters).' })
  name: string;

  @Field(() => String, { description: 'What it is counted in, e.g. 台 (at most 10 characters).' })
  unit: string;

  @Field(() => Int, { description: 'How many every handover should find (0 to 10000).' })
  expectedQuantity: number;

  @Field(() => String, { nullable: true, description: 'Where it is kept (at most 200 characters).' })
  note?: string | null;
}

@InputType('UpdateShiftMaterialInput', {
  description: 'Changes to a shared material; omitted fields stay as they are.',
})
export class UpdateShiftMaterialInput {
  @Field(() => ID, { description: 'The material.' })
  materialId: string;

  @Field(() => String, { nullable: true, description: 'A new name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'A new unit.' })
  unit?: string | null;

  @Field(() => Int, { nullable: true, description: 'A new expected quantity (after a purchase or a write-off).' })
  expectedQuantity?: number | null;

  @Field(() => String, { nullable: true, description: 'A new note (empty to clear it).' })
  note?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether it is still counted.' })
  active?: boolean | null;
}

@InputType('RecordCashMovementInput', { description: 'Money into or out of the shift petty cash (R40).' })
export class RecordCashMovementInput {
  @Field(() => ID, { description: 'The running shift it happened on (you must lead it).' })
  shiftId: string;

  @Field(() => CashDirection, { description: 'In (a top-up) or out (a payment).' })
  direction: CashDirection;

  @Field(() => String, { description: 'How much, in yuan with at most two decimals (e.g. `35.50`), more than 0.' })
  amount: string;

  @Field(() => String, { description: 'What it was for (at most 200 characters).' })
  purpose: string;

  @Field(() => String, { nullable: true, description: 'The receipt’s number: required for a payment.' })
  receiptNo?: string | null;
}
