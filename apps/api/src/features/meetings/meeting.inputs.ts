import { Field, ID, InputType, Int } from 'type-graphql';
import { MeetingKind, MeetingStatus } from './meeting.enums.js';

@InputType('ScheduleMeetingInput', { description: 'A meeting to be held.' })
export class ScheduleMeetingInput {
  @Field(() => MeetingKind, { description: 'What kind of meeting.' })
  kind: MeetingKind;

  @Field(() => String, { description: 'What it is about, at most 100 characters.' })
  title: string;

  @Field(() => Date, { description: 'When it is to be held (within a year either way).' })
  scheduledAt: Date;

  @Field(() => String, { nullable: true, description: 'What is to be discussed, at most 1000 characters.' })
  agenda?: string | null;

  @Field(() => String, { nullable: true, description: 'The department whose meeting it is; default yours.' })
  departmentKey?: string | null;

  @Field(() => String, { nullable: true, description: 'The site; default yours when your reach is one site.' })
  siteCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'Who chairs it; default you.' })
  chairId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Who is asked to attend (at most 100).' })
  attendeeIds?: string[] | null;
}

@InputType('RecordMeetingMinutesInput', {
  description: 'What happened at a meeting: when, who came, the review, the requirements and the minutes.',
})
export class RecordMeetingMinutesInput {
  @Field(() => ID, { description: 'The meeting.' })
  meetingId: string;

  @Field(() => Date, { description: 'When it was held: not in the future.' })
  heldAt: Date;

  @Field(() => [ID], {
    description: 'Who attended (at least one, at most 100); anyone asked and not listed is recorded absent.',
  })
  attendeeIds: string[];

  @Field(() => ID, { nullable: true, description: 'Who chaired it, if not the one planned.' })
  chairId?: string | null;

  @Field(() => String, { nullable: true, description: 'Who was absent and why, at most 500 characters.' })
  absenteesNote?: string | null;

  @Field(() => String, { nullable: true, description: 'The review of the work (讲评), at most 2000 characters.' })
  review?: string | null;

  @Field(() => String, { nullable: true, description: 'The requirements set (提出要求), at most 2000 characters.' })
  requirements?: string | null;

  @Field(() => String, { description: 'The minutes, at most 5000 characters.' })
  minutes: string;

  @Field(() => Int, { nullable: true, description: 'The version you edited, to refuse a lost update.' })
  version?: number | null;
}

@InputType('ReportMeetingInput', { description: 'Report a held shift meeting to the chair’s superior (SL-13).' })
export class ReportMeetingInput {
  @Field(() => ID, { description: 'The meeting.' })
  meetingId: string;

  @Field(() => String, { nullable: true, description: 'A word for the superior besides the minutes (at most 500).' })
  note?: string | null;
}

@InputType('CancelMeetingInput', { description: 'Call off a planned meeting, with the reason.' })
export class CancelMeetingInput {
  @Field(() => ID, { description: 'The meeting.' })
  meetingId: string;

  @Field(() => String, { description: 'Why, at most 500 characters.' })
  reason: string;
}

@InputType('AddMeetingActionItemInput', {
  description: 'A task given at a held meeting: it becomes a TASK case given to the person, due when said.',
})
export class AddMeetingActionItemInput {
  @Field(() => ID, { description: 'The meeting.' })
  meetingId: string;

  @Field(() => String, { description: 'What is to be done, in one line (at most 100).' })
  title: string;

  @Field(() => String, { nullable: true, description: 'In full (at most 2000); default the title.' })
  description?: string | null;

  @Field(() => ID, { description: 'Who it is given to.' })
  assigneeId: string;

  @Field(() => Date, { description: 'When it is due: in the future, within a year.' })
  dueAt: Date;
}

@InputType('MeetingFilter', { description: 'Which meetings to list.' })
export class MeetingFilter {
  @Field(() => MeetingKind, { nullable: true, description: 'Only this kind.' })
  kind?: MeetingKind | null;

  @Field(() => MeetingStatus, { nullable: true, description: 'Only this status.' })
  status?: MeetingStatus | null;

  @Field(() => String, { nullable: true, description: 'Only this department’s.' })
  departmentKey?: string | null;

  @Field(() => Date, { nullable: true, description: 'Scheduled at or after.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Scheduled before.' })
  to?: Date | null;

  @Field(() => String, { nullable: true, description: 'Words in the title, review, requirements or minutes.' })
  search?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this site’s (its code).' })
  siteCode?: string | null;
}
