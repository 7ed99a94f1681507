import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApiTokenFieldsFragment } from '../../../gql/graphql.js';

/** Active, revoked or expired. */
export function TokenStatusTag({ token }: { token: ApiTokenFieldsFragment }) {
  const { t } = useTranslation();
  const state = token.active ? 'active' : token.revokedAt ? 'revoked' : 'expired';
  const color = { active: 'green', revoked: 'red', expired: 'default' }[state];
  return (
    <Tag color={color} bordered={false} data-state={state} style={{ marginInlineEnd: 0 }}>
      {t(`tokens.state.${state}`)}
    </Tag>
  );
}
