import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Grid, Result, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { useLocale } from '../../app/locale-context.js';
import { QueryState } from '../../components/QueryState.js';
import { RecordHistory } from '../../features/audit/components/RecordHistory.js';
import { useSession } from '../../features/auth/session-context.js';
import { CaseHistoryCard } from '../../features/cases/components/CaseHistoryCard.js';
import { ContactList } from '../../features/customers/components/ContactList.js';
import { CustomerActions, MoveOutModal } from '../../features/customers/components/CustomerActions.js';
import { CustomerRoleTag, VoidedTag } from '../../features/customers/components/CustomerRoleTag.js';
import { OccupancyList, type OccupancyRow } from '../../features/customers/components/OccupancyList.js';
import { customerFileQuery } from '../../features/customers/customers.operations.js';
import { formatDateTime } from '../../lib/format.js';

/**
 * /customers/:id: one customer file: who they are, how to reach them, where they live and lived.
 * Each part is a card of its own, so what else the file gathers (their cases) joins as another.
 */
export function CustomerDetailPage() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { id = '' } = useParams();
  const screens = Grid.useBreakpoint();
  const compact = !screens.md;
  const { can } = useSession();
  const [{ data, fetching, error }, refetch] = useQuery({ query: customerFileQuery, variables: { id } });
  const customer = data?.customer;
  const [leaving, setLeaving] = useState<OccupancyRow | null>(null);
  const mayHandle = can('customer_file.handle') && !!customer && !customer.voided;

  useEffect(() => {
    document.title = `${customer?.name ?? t('customers.title')} · Steward`;
  }, [t, customer?.name]);

  return (
    <div style={{ maxWidth: 1000, margin: '0 auto' }}>
      <Link to="/customers">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
          {t('customers.backToList')}
        </Button>
      </Link>
      <QueryState
        fetching={fetching}
        error={error}
        hasData={!!data}
        retry={() => refetch({ requestPolicy: 'network-only' })}
      >
        {customer ? (
          <Flex vertical gap={16}>
            <Card data-testid="customer-detail" styles={{ body: { padding: compact ? 16 : 24 } }}>
              <Flex align="center" gap={10} wrap style={{ marginBottom: 4 }}>
                <Typography.Title level={2} style={{ margin: 0 }} data-testid="customer-name">
                  {customer.name}
                </Typography.Title>
                <CustomerRoleTag role={customer.kind} />
                {customer.voided && <VoidedTag />}
              </Flex>
              {customer.voided && (
                <Alert
                  type="warning"
                  showIcon
                  style={{ margin: '12px 0' }}
                  title={`${t('customers.fields.voidReason')}${t('common.colon')}${customer.voidReason ?? ''}`}
                  description={formatDateTime(customer.voidedAt, locale)}
                />
              )}
              {mayHandle && (
                <div style={{ margin: '12px 0 16px' }}>
                  <CustomerActions customer={customer} compact={compact} />
                </div>
              )}
              <Descriptions
                column={compact ? 1 : 2}
                size="small"
                style={{ marginTop: 8 }}
                items={[
                  {
                    key: 'idCardLast4',
                    label: t('customers.fields.idCardLast4'),
                    children: customer.idCardLast4 ?? <Typography.Text type="secondary">—</Typography.Text>,
                  },
                  {
                    key: 'updatedAt',
                    label: t('customers.fields.updatedAt'),
                    children: formatDateTime(customer.updatedAt, locale),
                  },
                  ...(customer.note
                    ? [{ key: 'note', label: t('customers.fields.note'), span: 2, children: customer.note }]
                    : []),
                ]}
              />
            </Card>
            <Card title={t('customers.contactsTitle')} styles={{ body: { padding: compact ? 12 : 20 } }}>
              <ContactList contacts={customer.contacts} />
            </Card>
            <Card
              title={t('customers.historyTitle')}
              styles={{ body: { padding: compact ? 12 : 0 } }}
              data-testid="customer-occupancies"
            >
              <OccupancyList
                rows={customer.occupancies}
                show="unit"
                compact={compact}
                empty={t('customers.noHistory')}
                onMoveOut={mayHandle ? setLeaving : undefined}
                testId="occupancy-list"
              />
            </Card>
            <CaseHistoryCard customerId={customer.id} />
            {can('audit.read') && <RecordHistory targetId={customer.id} compact={compact} />}
            <MoveOutModal
              open={leaving !== null}
              onClose={() => setLeaving(null)}
              occupancy={leaving}
              customerName={customer.name}
              unitCode={leaving?.unit?.code ?? ''}
            />
          </Flex>
        ) : (
          <Result status="404" title="404" subTitle={t('customers.notFound')} />
        )}
      </QueryState>
    </div>
  );
}
