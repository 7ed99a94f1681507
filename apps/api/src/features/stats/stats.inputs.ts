import { Field, InputType } from 'type-graphql';
import { CaseKind, CaseStatus } from '../cases/case.enums.js';

@InputType('CaseStatsFilter', { description: 'Which cases `caseStats` counts; all given conditions must hold.' })
export class CaseStatsFilter {
  @Field(() => Date, {
    nullable: true,
    description:
      'Opened at or after (default: 365 days before `openedTo`). The range is at most 3 years when grouped by DAY, 10 years otherwise.',
  })
  openedFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Opened before (default: now).' })
  openedTo?: Date | null;

  @Field(() => String, { nullable: true, description: 'At this site (its code).' })
  siteCode?: string | null;

  @Field(() => String, { nullable: true, description: 'In this department’s queue (owning department key).' })
  departmentKey?: string | null;

  @Field(() => [CaseKind], { nullable: true, description: 'Any of these kinds.' })
  kinds?: CaseKind[] | null;

  @Field(() => [CaseStatus], {
    nullable: true,
    description: 'Any of these statuses (default: every status but VOIDED — voided cases were recorded in error).',
  })
  statuses?: CaseStatus[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Exact percentiles however many cases the range holds (every case is read: slower over large ranges). By default, ' +
      'beyond 20,000 cases the percentiles come from histograms kept per day (in the same 25 %-wide bucket as the exact value); ' +
      '`percentilesExact` says which. Counts are always exact.',
  })
  exact?: boolean | null;
}

@InputType('StatsDateRange', { description: 'A range of local shift dates, and optionally one site or department.' })
export class StatsDateRange {
  @Field(() => String, {
    nullable: true,
    description: 'First local date, `YYYY-MM-DD` (default: 27 days before `to`).',
  })
  from?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Last local date, `YYYY-MM-DD`, inclusive (default: today). At most 3 years when grouped by DAY, 10 years otherwise.',
  })
  to?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this site (its code).' })
  siteCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this department (its key).' })
  departmentKey?: string | null;
}
