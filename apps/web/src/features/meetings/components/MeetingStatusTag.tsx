import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MeetingStatus } from '../../../gql/graphql.js';

const COLOR: Record<MeetingStatus, string> = {
  PLANNED: 'blue',
  HELD: 'green',
  REPORTED: 'cyan',
  CANCELLED: 'default',
};

export function MeetingStatusTag({ status, testId }: { status: MeetingStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag
      color={COLOR[status]}
      bordered={false}
      data-status={status}
      data-testid={testId}
      style={{ marginInlineEnd: 0, textDecoration: status === 'CANCELLED' ? 'line-through' : undefined }}
    >
      {t(`meetings.status.${status}`)}
    </Tag>
  );
}
