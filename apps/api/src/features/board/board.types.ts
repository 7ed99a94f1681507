import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Case } from '../cases/case.entity.js';
import { PatrolCoverage } from '../patrols/patrol.resolver.js';

/** What happened, as far as a wall screen needs to know. */
export enum BoardEventType {
  CASE_OPENED = 'CASE_OPENED',
  CASE_CHANGED = 'CASE_CHANGED',
  COVERAGE = 'COVERAGE',
  RESYNC = 'RESYNC',
}
registerEnumType(BoardEventType, {
  name: 'BoardEventType',
  description: 'What a live board event says.',
  valuesConfig: {
    CASE_OPENED: { description: 'A case for the board was opened.' },
    CASE_CHANGED: { description: 'A case on (or leaving) the board changed: a step, an escalation, a result …' },
    COVERAGE: { description: 'Patrol coverage of a shift changed (a scan, the shift started, was handed over …).' },
    RESYNC: { description: 'Events were dropped because you fell behind: reload the `board` snapshot.' },
  },
});

@ObjectType('BoardEvent', {
  description:
    'A small live event for the incident board: merge it into the `board` snapshot or refetch that. ' +
    'Only what the subscriber may read is sent.',
})
export class BoardEvent {
  @Field(() => BoardEventType, { description: 'What happened.' })
  type: BoardEventType;

  @Field(() => ID, { nullable: true, description: 'The case, for case events.' })
  caseId: string | null;

  @Field(() => ID, { nullable: true, description: 'The shift, for coverage events.' })
  shiftId: string | null;

  @Field(() => Date, { description: 'When it happened (for `RESYNC`: when the server noticed).' })
  at: Date;

  @Field(() => Boolean, { description: 'About a MAJOR case: a new one deserves an alarm.' })
  major: boolean;
}

@ObjectType('BoardSnapshot', {
  description: 'What the live incident board shows now: open incidents and major cases, and patrol coverage.',
})
export class BoardSnapshot {
  @Field(() => Date, { description: 'When the server took this snapshot.' })
  generatedAt: Date;

  @Field(() => String, { nullable: true, description: 'The site it is limited to; null: every site you reach.' })
  siteCode: string | null;

  @Field(() => [Case], {
    description:
      'Open cases for the board (incident kinds, and any MAJOR case) you may read: MAJOR first, then the ' +
      'longest open first; at most `caseLimit`.',
  })
  cases: Case[];

  @Field(() => Int, { description: 'How many such cases are open (may exceed the ones listed).' })
  openCount: number;

  @Field(() => Int, { description: 'The most cases a snapshot lists.' })
  caseLimit: number;

  @Field(() => [PatrolCoverage], {
    description: 'The current shift’s patrol coverage by area, per site whose patrols you may follow.',
  })
  coverage: PatrolCoverage[];
}
