import { Tag } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AttendanceStatus, DisciplineKind, DisciplineStatus, UserErrorFieldsFragment } from '../../gql/graphql.js';
import { describeUserError } from '../../lib/errors.js';

export const DISCIPLINE_KINDS: DisciplineKind[] = [
  'ABSENT_FROM_POST',
  'GROOMING',
  'LATE',
  'LEFT_EARLY',
  'NO_SHOW',
  'OTHER',
];
export const SHIFT_POSTS = ['GATE', 'PATROL', 'CONTROL_ROOM', 'CAR_PARK', 'LOBBY', 'RESERVE'] as const;
export const GROOMING_ITEMS = ['uniform', 'badge', 'appearance', 'equipment'] as const;
export const ATTENDANCE_STATUSES: AttendanceStatus[] = [
  'EXPECTED',
  'ON_TIME',
  'LATE',
  'LEFT_EARLY',
  'LATE_AND_LEFT_EARLY',
  'ABSENT',
  'ON_LEAVE',
];

const ATTENDANCE_COLOR: Record<AttendanceStatus, string> = {
  EXPECTED: 'default',
  ON_TIME: 'green',
  LATE: 'red',
  LEFT_EARLY: 'orange',
  LATE_AND_LEFT_EARLY: 'red',
  ABSENT: 'red',
  ON_LEAVE: 'blue',
};

const DISCIPLINE_COLOR: Record<DisciplineStatus, string> = {
  OPEN: 'red',
  ESCALATED: 'volcano',
  CORRECTED: 'green',
  VOIDED: 'default',
};

export function AttendanceStatusTag({ status, testId }: { status: AttendanceStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={ATTENDANCE_COLOR[status]} data-status={status} data-testid={testId} style={{ marginInlineEnd: 0 }}>
      {t(`shifts.attendanceStatus.${status}`)}
    </Tag>
  );
}

export function DisciplineStatusTag({ status }: { status: DisciplineStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={DISCIPLINE_COLOR[status]} bordered={false} data-status={status} style={{ marginInlineEnd: 0 }}>
      {t(`attendance.discipline.status.${status}`)}
    </Tag>
  );
}

/**
 * A userError of an attendance step in words: the step's own wording for the code when it has
 * one (a check-in refused "on leave" reads differently from a check-out "not checked in").
 */
export function describeStepError(
  step: 'checkIn' | 'checkOut' | 'meeting',
  error: UserErrorFieldsFragment,
  t: TFunction,
): string {
  return t(`attendance.userErrors.${step}.${error.code}`, { defaultValue: describeUserError(error, t) });
}
