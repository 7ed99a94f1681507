import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StaffStatus } from '../../../gql/graphql.js';

const COLOR: Record<StaffStatus, string> = { ACTIVE: 'green', SUSPENDED: 'orange', LEFT: 'default' };

export function StaffStatusTag({ status }: { status: StaffStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLOR[status]} bordered={false} data-status={status} style={{ marginInlineEnd: 0 }}>
      {t(`staff.status.${status}`)}
    </Tag>
  );
}
