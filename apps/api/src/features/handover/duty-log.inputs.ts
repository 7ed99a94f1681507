import { Field, ID, InputType } from 'type-graphql';
import { DutyLogStatus } from './handover.enums.js';

@InputType('AddDutyLogEntryInput', {
  description:
    'An entry for a duty log: a shift’s (name the shift) or, for customer service and the Office, your department’s log of today at a site (name the site).',
})
export class AddDutyLogEntryInput {
  @Field(() => ID, { nullable: true, description: 'The shift whose log it goes in (you must be on it).' })
  shiftId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Instead of a shift: the site whose daily log of your department it goes in.',
  })
  siteCode?: string | null;

  @Field(() => String, { description: 'What happened (at most 1000 characters).' })
  text: string;

  @Field(() => Date, {
    nullable: true,
    description: 'When it happened, if earlier than now (within the shift, or today); default now.',
  })
  at?: Date | null;

  @Field(() => ID, { nullable: true, description: 'A case it is about.' })
  caseId?: string | null;
}

@InputType('ReviewDutyLogInput', { description: 'The director’s review of a closed duty log (DIR-10).' })
export class ReviewDutyLogInput {
  @Field(() => ID, { description: 'The log.' })
  dutyLogId: string;

  @Field(() => String, { nullable: true, description: 'What the director notes (at most 500 characters).' })
  note?: string | null;
}

@InputType('DutyLogFilter', { description: 'Which duty logs to list; every condition must hold.' })
export class DutyLogFilter {
  @Field(() => Boolean, { nullable: true, description: 'Only closed logs not yet reviewed.' })
  awaitingReview?: boolean | null;

  @Field(() => [DutyLogStatus], { nullable: true, description: 'Only these statuses.' })
  statuses?: DutyLogStatus[] | null;

  @Field(() => String, { nullable: true, description: 'Only this department’s (its key).' })
  departmentKey?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this site’s (its code).' })
  siteCode?: string | null;

  @Field(() => String, { nullable: true, description: 'From this local date, `YYYY-MM-DD` (inclusive).' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'To this local date, `YYYY-MM-DD` (inclusive).' })
  to?: string | null;
}
