import { Field, ID, InputType } from 'type-graphql';
import { Priority } from '../cases/case.enums.js';
import { MissedPatrolStatus, PatrolAnomalyKind } from './patrol.enums.js';

@InputType('RecordPatrolScanInput', {
  description: 'A checkpoint scanned on patrol: by its code (the QR card) or picked from the list — one of the two.',
})
export class RecordPatrolScanInput {
  @Field(() => String, { nullable: true, description: 'The code read from the card (dashes and case do not matter).' })
  code?: string | null;

  @Field(() => ID, { nullable: true, description: 'The checkpoint, picked from the list.' })
  checkpointId?: string | null;

  @Field(() => String, { nullable: true, description: 'What was seen there (at most 500).' })
  observation?: string | null;
}

@InputType('CompletePatrolRoundInput', { description: 'End a patrol round.' })
export class CompletePatrolRoundInput {
  @Field(() => ID, { description: 'The round.' })
  roundId: string;
}

@InputType('ReportPatrolAnomalyInput', {
  description:
    'Something wrong found at a checkpoint: opens a case with the place filled in, and records the scan there.',
})
export class ReportPatrolAnomalyInput {
  @Field(() => String, { nullable: true, description: 'The checkpoint’s code (its card), or…' })
  code?: string | null;

  @Field(() => ID, { nullable: true, description: '…the checkpoint, picked from the list.' })
  checkpointId?: string | null;

  @Field(() => PatrolAnomalyKind, { description: 'What kind of case it opens.' })
  kind: PatrolAnomalyKind;

  @Field(() => String, { description: 'One line, at most 100 characters.' })
  title: string;

  @Field(() => String, { description: 'What was found, at most 2000 characters.' })
  description: string;

  @Field(() => Priority, { nullable: true, description: 'Default NORMAL.' })
  priority?: Priority | null;
}

@InputType('ReviewMissedPatrolInput', { description: 'A director’s review of a missed patrol.' })
export class ReviewMissedPatrolInput {
  @Field(() => ID, { description: 'The missed patrol.' })
  missedPatrolId: string;

  @Field(() => String, { description: 'Why it was missed and what was done about it (at most 1000).' })
  note: string;
}

@InputType('PatrolScanFilter', { description: 'Which scans to list; every condition must hold.' })
export class PatrolScanFilter {
  @Field(() => ID, { nullable: true, description: 'Only this shift’s.' })
  shiftId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only at this site.' })
  siteCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only in this area.' })
  areaId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only by this person.' })
  patrollerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only at this checkpoint.' })
  checkpointId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only in this patrol round.' })
  roundId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only on shifts of this department (its key).' })
  departmentKey?: string | null;

  @Field(() => Date, { nullable: true, description: 'Scanned at or after.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Scanned before (not before `from`).' })
  to?: Date | null;
}

@InputType('PatrolRoundFilter', { description: 'Which patrol rounds to list; every condition must hold.' })
export class PatrolRoundFilter {
  @Field(() => ID, { nullable: true, description: 'Only this shift’s.' })
  shiftId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only your own rounds.' })
  mine?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Only by this person.' })
  patrollerId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only at this site.' })
  siteCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Only on shifts of this department (its key).' })
  departmentKey?: string | null;

  @Field(() => Date, { nullable: true, description: 'Started at or after.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Started before (not before `from`).' })
  to?: Date | null;
}

@InputType('MissedPatrolFilter', { description: 'Which missed patrols to list; every condition must hold.' })
export class MissedPatrolFilter {
  @Field(() => MissedPatrolStatus, { nullable: true, description: 'Only open, or only reviewed.' })
  status?: MissedPatrolStatus | null;

  @Field(() => String, { nullable: true, description: 'Only at this site.' })
  siteCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this shift’s.' })
  shiftId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only in this area.' })
  areaId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Recorded at or after.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Recorded before (not before `from`).' })
  to?: Date | null;
}
