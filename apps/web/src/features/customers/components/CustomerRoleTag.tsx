import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CustomerRole } from '../../../gql/graphql.js';

const COLOR: Record<CustomerRole, string> = { OWNER: 'blue', TENANT: 'green', OCCUPANT: 'purple' };

/** Owner, tenant or occupant, in colour. */
export function CustomerRoleTag({ role }: { role: CustomerRole }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLOR[role]} bordered={false} data-role={role} style={{ marginInlineEnd: 0 }}>
      {t(`customers.roles.${role}`)}
    </Tag>
  );
}

/** A voided file, marked where it appears. */
export function VoidedTag() {
  const { t } = useTranslation();
  return (
    <Tag color="default" data-testid="voided-tag" style={{ marginInlineEnd: 0 }}>
      {t('customers.voided')}
    </Tag>
  );
}
