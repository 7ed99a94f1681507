import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseStatus } from '../../../gql/graphql.js';

const COLOR: Record<CaseStatus, string> = {
  OPEN: 'blue',
  ASSIGNED: 'geekblue',
  IN_PROGRESS: 'processing',
  RESOLVED: 'green',
  CLOSED: 'default',
  VOIDED: 'default',
};

export function CaseStatusTag({ status, testId }: { status: CaseStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag
      color={COLOR[status]}
      bordered={false}
      data-status={status}
      data-testid={testId}
      style={{ marginInlineEnd: 0, textDecoration: status === 'VOIDED' ? 'line-through' : undefined }}
    >
      {t(`cases.status.${status}`)}
    </Tag>
  );
}
