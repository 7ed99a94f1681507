import { Field, ID, InputType } from 'type-graphql';
import { NoticeAudience, NoticeEffectiveStatus, NoticeKind } from './notice.enums.js';

@InputType('DraftNoticeInput', {
  description: 'A notice as drafted: what it says, whom it is for, when it applies, who must acknowledge it.',
})
export class DraftNoticeInput {
  @Field(() => NoticeKind, { description: 'Notice, announcement or other document.' })
  kind: NoticeKind;

  @Field(() => String, { description: 'The heading, at most 100 characters.' })
  title: string;

  @Field(() => String, { description: 'The full text, at most 5000 characters.' })
  body: string;

  @Field(() => NoticeAudience, { description: 'Which customers it is for.' })
  audience: NoticeAudience;

  @Field(() => String, { nullable: true, description: 'The site, for a SITE audience (ignored otherwise).' })
  siteCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'The building, for a BUILDING audience (ignored otherwise).' })
  buildingId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The unit, for a UNIT audience (ignored otherwise).' })
  unitId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Where it will be posted or how it will be sent, at most 200 characters.',
  })
  postedAt?: string | null;

  @Field(() => Date, { nullable: true, description: 'When it goes up; empty: when it is issued.' })
  publishAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it stops applying: after `publishAt` (or after now).' })
  expiresAt?: Date | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Staff it concerns must each confirm they have read it (default false).',
  })
  requiresAcknowledgement?: boolean | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'Keys of the departments whose staff must acknowledge it (at most 20); empty: every member of staff. ' +
      'Ignored unless `requiresAcknowledgement`.',
  })
  acknowledgementDepartmentKeys?: string[] | null;
}

@InputType('UpdateNoticeInput', {
  description: 'A draft rewritten: the whole draft as it should now be (a field left out is cleared).',
})
export class UpdateNoticeInput extends DraftNoticeInput {
  @Field(() => ID, { description: 'The draft.' })
  noticeId: string;
}

@InputType('NoticeStepInput', { description: 'A step on a notice: issuing it, or acknowledging it.' })
export class NoticeStepInput {
  @Field(() => ID, { description: 'The notice.' })
  noticeId: string;
}

@InputType('WithdrawNoticeInput', { description: 'Take a notice down (or give up a draft), with the reason.' })
export class WithdrawNoticeInput {
  @Field(() => ID, { description: 'The notice.' })
  noticeId: string;

  @Field(() => String, { description: 'Why, at most 500 characters.' })
  reason: string;
}

@InputType('NoticeFilter', { description: 'Which notices to list; every condition given must hold.' })
export class NoticeFilter {
  @Field(() => [NoticeEffectiveStatus], {
    nullable: true,
    description: 'Only notices whose status right now is one of these (one value or a list).',
  })
  status?: NoticeEffectiveStatus[] | null;

  @Field(() => NoticeKind, { nullable: true, description: 'Only this kind.' })
  kind?: NoticeKind | null;

  @Field(() => String, { nullable: true, description: 'Only notices for this site (those for every site included).' })
  siteCode?: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Only notices in force at this moment: issued, published by then, not yet expired or withdrawn.',
  })
  activeAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Words in the reference, title or text (at most 100).' })
  search?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only those you must still acknowledge (true), or only those you need not (false).',
  })
  needsMyAcknowledgement?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Only this department’s (its key).' })
  departmentKey?: string | null;

  @Field(() => Date, { nullable: true, description: 'Issued at or after.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Issued before (not before `from`).' })
  to?: Date | null;
}
