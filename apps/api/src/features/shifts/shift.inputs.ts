import { Field, ID, InputType } from 'type-graphql';
import { ShiftStatus } from './shift.enums.js';

@InputType('ShiftFilter', { description: 'Which shifts to list; every condition must hold.' })
export class ShiftFilter {
  @Field(() => String, { nullable: true, description: 'Only this site (its code).' })
  siteCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this team’s shifts.' })
  teamId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only shifts this person is on (as leader or rostered).' })
  staffId?: string | null;

  @Field(() => String, { nullable: true, description: 'From this local date, `YYYY-MM-DD` (inclusive).' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'To this local date, `YYYY-MM-DD` (inclusive).' })
  to?: string | null;

  @Field(() => [ShiftStatus], { nullable: true, description: 'Only these statuses.' })
  statuses?: ShiftStatus[] | null;

  @Field(() => String, { nullable: true, description: 'Only this department’s (its key).' })
  departmentKey?: string | null;
}

@InputType('RosterRangeInput', { description: 'A stretch of the roster: at most 62 days.' })
export class RosterRangeInput {
  @Field(() => String, { description: 'First local date, `YYYY-MM-DD`.' })
  from: string;

  @Field(() => String, { description: 'Last local date, `YYYY-MM-DD` (inclusive).' })
  to: string;

  @Field(() => String, { nullable: true, description: 'Only this site (its code).' })
  siteCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this team’s shifts.' })
  teamId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only shifts this person is on.' })
  staffId?: string | null;
}

@InputType('GenerateRosterInput', {
  description:
    'Roster a team for a date range from a rotation, e.g. day, day, night, night, off, off. Dates already rostered for the team are kept as they are.',
})
export class GenerateRosterInput {
  @Field(() => ID, { description: 'The team.' })
  teamId: string;

  @Field(() => String, { description: 'First local date, `YYYY-MM-DD`.' })
  from: string;

  @Field(() => String, { description: 'Last local date, `YYYY-MM-DD` (inclusive; at most 92 days after `from`).' })
  to: string;

  @Field(() => [ID], {
    nullable: 'items',
    description: 'The rotation, one entry per day: a shift pattern, or null for a day off (1–28 entries).',
  })
  rotation: (string | null)[];

  @Field(() => String, {
    nullable: true,
    description: 'The date the rotation’s first entry falls on, `YYYY-MM-DD`; default `from`.',
  })
  anchorDate?: string | null;
}

@InputType('ShiftStepInput', { description: 'A step in a shift’s cycle.' })
export class ShiftStepInput {
  @Field(() => ID, { description: 'The shift.' })
  shiftId: string;
}
