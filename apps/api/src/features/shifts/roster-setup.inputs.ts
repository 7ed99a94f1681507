import { Field, ID, InputType, Int } from 'type-graphql';

@InputType('CreateShiftPatternInput', { description: 'A kind of shift at a site.' })
export class CreateShiftPatternInput {
  @Field(() => String, { description: 'The site (its code).' })
  siteCode: string;

  @Field(() => String, { description: 'Short code, unique at the site: letters, digits, `_` or `-`, at most 16.' })
  code: string;

  @Field(() => String, { description: 'Chinese name, at most 50 characters.' })
  nameZh: string;

  @Field(() => String, { description: 'English name, at most 100 characters.' })
  nameEn: string;

  @Field(() => String, { description: 'Local start, `HH:MM`.' })
  startTime: string;

  @Field(() => String, { description: 'Local end, `HH:MM`; at or before the start means the next day.' })
  endTime: string;

  @Field(() => Int, { nullable: true, description: 'Minutes of grace before a check-in is late (0–240, default 5).' })
  lateGraceMinutes?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Minutes of grace before the end for checking out (0–240, default 5).',
  })
  earlyLeaveGraceMinutes?: number | null;
}

@InputType('UpdateShiftPatternInput', {
  description: 'Changes to a shift pattern; shifts already rostered keep their hours.',
})
export class UpdateShiftPatternInput {
  @Field(() => ID, { description: 'The pattern.' })
  patternId: string;

  @Field(() => String, { nullable: true, description: 'Chinese name.' })
  nameZh?: string | null;

  @Field(() => String, { nullable: true, description: 'English name.' })
  nameEn?: string | null;

  @Field(() => String, { nullable: true, description: 'Local start, `HH:MM`.' })
  startTime?: string | null;

  @Field(() => String, { nullable: true, description: 'Local end, `HH:MM`.' })
  endTime?: string | null;

  @Field(() => Int, { nullable: true, description: 'Late grace in minutes (0–240).' })
  lateGraceMinutes?: number | null;

  @Field(() => Int, { nullable: true, description: 'Early-leave grace in minutes (0–240).' })
  earlyLeaveGraceMinutes?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether new rosters may use it.' })
  active?: boolean | null;
}

@InputType('CreateTeamInput', { description: 'A shift team at a site.' })
export class CreateTeamInput {
  @Field(() => String, { description: 'The site (its code).' })
  siteCode: string;

  @Field(() => String, { description: 'Its name, at most 50 characters.' })
  name: string;

  @Field(() => ID, { description: 'Its shift leader: a member of staff at the site.' })
  leaderId: string;

  @Field(() => [ID], { description: 'Its officers (at most 60), members of staff at the site.' })
  memberIds: string[];
}

@InputType('UpdateTeamInput', { description: 'Changes to a team; shifts already rostered keep their people.' })
export class UpdateTeamInput {
  @Field(() => ID, { description: 'The team.' })
  teamId: string;

  @Field(() => String, { nullable: true, description: 'Its name.' })
  name?: string | null;

  @Field(() => ID, { nullable: true, description: 'Its new leader.' })
  leaderId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Its officers, replacing the list.' })
  memberIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether it is still rostered.' })
  active?: boolean | null;
}
