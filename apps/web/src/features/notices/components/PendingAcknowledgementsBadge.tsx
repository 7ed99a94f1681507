import { Badge } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { myPendingAcknowledgementsQuery } from '../notice.operations.js';

/** Beside “通知公告” in the menu: how many notices the viewer must still acknowledge (nothing when none). */
export function PendingAcknowledgementsBadge() {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: myPendingAcknowledgementsQuery, requestPolicy: 'cache-and-network' });
  const count = data?.myPendingAcknowledgements ?? 0;
  if (count === 0) return null;
  return (
    <Badge
      count={count}
      size="small"
      style={{ backgroundColor: '#fa8c16', marginInlineStart: 8 }}
      title={t('notices.pendingBadge', { count })}
      data-testid="pending-acknowledgements-badge"
    />
  );
}
