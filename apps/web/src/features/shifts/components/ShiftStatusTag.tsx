import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ShiftStatus } from '../../../gql/graphql.js';

const COLOR: Record<ShiftStatus, string> = {
  PLANNED: 'default',
  BRIEFING: 'gold',
  ON_DUTY: 'green',
  HANDING_OVER: 'blue',
  CLOSED: 'default',
};

export function ShiftStatusTag({ status, testId }: { status: ShiftStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag
      color={COLOR[status]}
      bordered={false}
      data-status={status}
      data-testid={testId}
      style={{ marginInlineEnd: 0 }}
    >
      {t(`shifts.status.${status}`)}
    </Tag>
  );
}
