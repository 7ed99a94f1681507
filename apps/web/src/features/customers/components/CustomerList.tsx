import { PhoneOutlined } from '@ant-design/icons';
import { Card, Empty, Flex, Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { CustomerSummaryFragment } from '../../../gql/graphql.js';
import { customerPath } from '../unit-label.js';
import { ContactValue, primaryPhone } from './ContactList.js';
import { CustomerRoleTag, VoidedTag } from './CustomerRoleTag.js';

interface Props {
  customers: readonly CustomerSummaryFragment[];
  loading: boolean;
  compact: boolean;
}

const livesAt = (c: CustomerSummaryFragment) =>
  c.occupancies.filter((o) => o.current).map((o) => `${o.unit.code} ${o.unit.site.name}`);

/** Customer files to browse: a table at a desk, cards on a phone. */
export function CustomerList({ customers, loading, compact }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const none = <Typography.Text type="secondary">—</Typography.Text>;

  if (compact) {
    if (!loading && customers.length === 0) return <Empty description={t('customers.noCustomers')} />;
    return (
      <Flex vertical gap={8} data-testid="customer-list">
        {customers.map((c) => {
          const phone = primaryPhone(c.contacts);
          const units = livesAt(c);
          return (
            <Link key={c.id} to={customerPath(c.id)} data-testid="customer-row" style={{ color: 'inherit' }}>
              <Card size="small" hoverable styles={{ body: { padding: '10px 12px' } }}>
                <Flex justify="space-between" align="flex-start" gap={8}>
                  <div style={{ minWidth: 0 }}>
                    <Typography.Text strong style={{ fontSize: 16 }}>
                      {c.name}
                    </Typography.Text>
                    <Typography.Paragraph type="secondary" ellipsis style={{ margin: '2px 0 0', fontSize: 13 }}>
                      {units.length ? units.join(t('customers.listSep')) : t('customers.noCurrent')}
                    </Typography.Paragraph>
                    {phone && (
                      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                        <PhoneOutlined /> {phone.value}
                      </Typography.Text>
                    )}
                  </div>
                  <Flex vertical gap={4} align="flex-end">
                    <CustomerRoleTag role={c.kind} />
                    {c.voided && <VoidedTag />}
                  </Flex>
                </Flex>
              </Card>
            </Link>
          );
        })}
      </Flex>
    );
  }

  const columns: TableColumnsType<CustomerSummaryFragment> = [
    {
      key: 'name',
      title: t('customers.fields.name'),
      render: (_v, c) => (
        <Flex gap={8} align="center">
          <Link to={customerPath(c.id)} onClick={(e) => e.stopPropagation()}>
            {c.name}
          </Link>
          {c.voided && <VoidedTag />}
        </Flex>
      ),
    },
    { key: 'kind', title: t('customers.fields.kind'), width: 96, render: (_v, c) => <CustomerRoleTag role={c.kind} /> },
    {
      key: 'phone',
      title: t('customers.contactKinds.PHONE'),
      render: (_v, c) => {
        const phone = primaryPhone(c.contacts);
        return phone ? <ContactValue contact={phone} /> : none;
      },
    },
    {
      key: 'units',
      title: t('customers.fields.currentUnits'),
      render: (_v, c) => livesAt(c).join(t('customers.listSep')) || none,
    },
  ];

  return (
    <Table<CustomerSummaryFragment>
      data-testid="customer-list"
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={customers as CustomerSummaryFragment[]}
      loading={loading}
      pagination={false}
      locale={{ emptyText: <Empty description={t('customers.noCustomers')} /> }}
      onRow={(c) => ({
        'data-testid': 'customer-row',
        style: { cursor: 'pointer' },
        onClick: () => navigate(customerPath(c.id)),
      })}
    />
  );
}
