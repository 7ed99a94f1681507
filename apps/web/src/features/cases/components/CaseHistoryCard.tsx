import { Card, Empty, Flex, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useLocale } from '../../../app/locale-context.js';
import { formatDateTime } from '../../../lib/format.js';
import { useSession } from '../../auth/session-context.js';
import { caseQueueQuery } from '../case.operations.js';
import { CASE_ENTRY_PERMISSIONS } from '../case-abilities.js';
import { CaseBadges } from './CaseBadges.js';
import { CaseStatusTag } from './CaseStatusTag.js';

const SHOWN = 10;

/**
 * The matters on record for a customer or a unit (as far as the viewer may see cases), newest
 * first: what was asked before, and what is still open, while they are on the phone.
 */
export function CaseHistoryCard({ customerId, unitId }: { customerId?: string; unitId?: string }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { can } = useSession();
  const allowed = CASE_ENTRY_PERMISSIONS.some((p) => can(p));
  const [{ data, fetching }] = useQuery({
    query: caseQueueQuery,
    variables: { filter: { customerId: customerId ?? null, unitId: unitId ?? null }, first: SHOWN },
    pause: !allowed,
    requestPolicy: 'cache-and-network',
  });
  if (!allowed) return null;
  const cases = data?.cases.nodes ?? [];
  const total = data?.cases.totalCount ?? 0;
  return (
    <Card
      title={t('cases.history.title', { count: total })}
      data-testid="case-history"
      extra={
        total > SHOWN && (
          <Typography.Text type="secondary">{t('cases.history.newest', { count: SHOWN })}</Typography.Text>
        )
      }
    >
      {!fetching && cases.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cases.history.none')} />
      ) : (
        <List
          loading={fetching && !data}
          dataSource={cases}
          renderItem={(c) => (
            <List.Item style={{ paddingInline: 0 }} data-testid="case-history-row" data-reference={c.reference}>
              <Flex vertical gap={2} style={{ minWidth: 0, width: '100%' }}>
                <Flex gap={8} align="center" wrap>
                  <Link to={`/cases/${encodeURIComponent(c.id)}`}>
                    <Typography.Text strong>{c.title}</Typography.Text>
                  </Link>
                  <CaseStatusTag status={c.status} />
                  <CaseBadges c={c} />
                </Flex>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {c.reference} · {t(`cases.kind.${c.kind}`)} · {formatDateTime(c.createdAt, locale)}
                </Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
