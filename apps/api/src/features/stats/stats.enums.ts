import { registerEnumType } from 'type-graphql';

export enum CaseStatsDimension {
  KIND = 'KIND',
  STATUS = 'STATUS',
  DEPARTMENT = 'DEPARTMENT',
  AREA = 'AREA',
  CHANNEL = 'CHANNEL',
  SEVERITY = 'SEVERITY',
  SITE = 'SITE',
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}
registerEnumType(CaseStatsDimension, {
  name: 'CaseStatsDimension',
  description:
    'What `caseStats` groups cases by. DAY, WEEK (from Monday) and MONTH are calendar periods of the opening time in the site’s time zone.',
});

export enum PatrolStatsDimension {
  SITE = 'SITE',
  AREA = 'AREA',
  SHIFT = 'SHIFT',
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}
registerEnumType(PatrolStatsDimension, {
  name: 'PatrolStatsDimension',
  description:
    'What `patrolCoverageStats` groups by. DAY, WEEK (from Monday) and MONTH are periods of the shift’s local date.',
});

export enum AttendanceStatsDimension {
  SITE = 'SITE',
  DEPARTMENT = 'DEPARTMENT',
  TEAM = 'TEAM',
  PERSON = 'PERSON',
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}
registerEnumType(AttendanceStatsDimension, {
  name: 'AttendanceStatsDimension',
  description:
    'What `attendanceStats` groups by. DAY, WEEK (from Monday) and MONTH are periods of the shift’s local date.',
});

export const TIME_DIMENSIONS = ['DAY', 'WEEK', 'MONTH'] as const;
export const MAX_DIMENSIONS = 3;
