import { LogoutOutlined, PhoneOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../../../app/locale-context.js';
import type { ContactFieldsFragment, CustomerRole, UnitSummaryFragment } from '../../../gql/graphql.js';
import { formatDate } from '../../../lib/format.js';
import { customerPath, unitPath, unitPlace } from '../unit-label.js';
import { ContactValue, primaryPhone } from './ContactList.js';
import { CustomerRoleTag, VoidedTag } from './CustomerRoleTag.js';

export interface OccupancyRow {
  id: string;
  role: CustomerRole;
  fromDate: string;
  toDate?: string | null;
  current: boolean;
  note?: string | null;
  unit?: UnitSummaryFragment;
  customer?: {
    id: string;
    name: string;
    voided?: boolean;
    contacts?: readonly ContactFieldsFragment[];
  };
}

interface Props {
  rows: readonly OccupancyRow[];
  /** What each row names: the unit (on a customer's page) or the customer (on a unit's). */
  show: 'unit' | 'customer';
  compact: boolean;
  empty: string;
  /** Offered on rows still in force, for those who may record a move-out. */
  onMoveOut?: (row: OccupancyRow) => void;
  testId: string;
}

function Subject({ row, show }: { row: OccupancyRow; show: Props['show'] }) {
  if (show === 'unit' && row.unit)
    return (
      <span>
        <Link to={unitPath(row.unit.id)} data-testid="occupancy-unit">
          <Typography.Text strong style={{ color: 'inherit', fontSize: 16 }}>
            {row.unit.code}
          </Typography.Text>
        </Link>
        <Typography.Text type="secondary"> · {unitPlace(row.unit)}</Typography.Text>
      </span>
    );
  if (show === 'customer' && row.customer)
    return (
      <Flex gap={6} align="center" wrap>
        <Link to={customerPath(row.customer.id)} data-testid="occupancy-customer">
          <Typography.Text strong style={{ color: 'inherit', fontSize: 16 }}>
            {row.customer.name}
          </Typography.Text>
        </Link>
        {row.customer.voided && <VoidedTag />}
      </Flex>
    );
  return null;
}

/** Who lived where, when: current first. */
export function OccupancyList({ rows, show, compact, empty, onMoveOut, testId }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const period = (r: OccupancyRow) =>
    `${formatDate(r.fromDate, locale)} – ${r.toDate ? formatDate(r.toDate, locale) : t('customers.now')}`;
  const status = (r: OccupancyRow) =>
    r.current ? (
      <Tag color="success" bordered={false} style={{ marginInlineEnd: 0 }}>
        {t('customers.current')}
      </Tag>
    ) : (
      <Tag bordered={false} style={{ marginInlineEnd: 0 }}>
        {t('customers.movedOut')}
      </Tag>
    );
  const phoneOf = (r: OccupancyRow) => (r.customer?.contacts ? primaryPhone(r.customer.contacts) : null);
  const moveOut = (r: OccupancyRow) =>
    onMoveOut && r.current ? (
      <Button size="small" icon={<LogoutOutlined />} onClick={() => onMoveOut(r)} data-testid="action-move-out">
        {t('customers.actions.moveOut')}
      </Button>
    ) : null;

  if (rows.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} data-testid={testId} />;

  if (compact) {
    return (
      <Flex vertical gap={8} data-testid={testId}>
        {rows.map((r) => {
          const phone = phoneOf(r);
          return (
            <Card
              key={r.id}
              size="small"
              styles={{ body: { padding: '10px 12px' } }}
              data-testid="occupancy"
              data-current={r.current}
              data-name={r.customer?.name ?? r.unit?.code}
            >
              <Flex justify="space-between" align="flex-start" gap={8}>
                <div style={{ minWidth: 0 }}>
                  <Subject row={r} show={show} />
                  <div style={{ marginTop: 4 }}>
                    <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                      {period(r)}
                    </Typography.Text>
                  </div>
                  {phone && (
                    <div style={{ fontSize: 15, marginTop: 2 }}>
                      <PhoneOutlined /> <ContactValue contact={phone} />
                    </div>
                  )}
                  {r.note && (
                    <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                      {r.note}
                    </Typography.Text>
                  )}
                </div>
                <Flex vertical gap={6} align="flex-end" style={{ flexShrink: 0 }}>
                  <CustomerRoleTag role={r.role} />
                  {status(r)}
                </Flex>
              </Flex>
              {onMoveOut && r.current && <div style={{ marginTop: 8, textAlign: 'end' }}>{moveOut(r)}</div>}
            </Card>
          );
        })}
      </Flex>
    );
  }

  const columns: TableColumnsType<OccupancyRow> = [
    {
      key: 'subject',
      title: t(show === 'unit' ? 'customers.fields.unit' : 'customers.fields.customer'),
      render: (_v, r) => <Subject row={r} show={show} />,
    },
    { key: 'role', title: t('customers.fields.role'), width: 96, render: (_v, r) => <CustomerRoleTag role={r.role} /> },
    ...(show === 'customer'
      ? [
          {
            key: 'phone',
            title: t('customers.contactKinds.PHONE'),
            render: (_v: unknown, r: OccupancyRow) => {
              const phone = phoneOf(r);
              return phone ? <ContactValue contact={phone} /> : <Typography.Text type="secondary">—</Typography.Text>;
            },
          },
        ]
      : []),
    { key: 'period', title: t('customers.fields.period'), render: (_v, r) => period(r) },
    { key: 'status', title: '', width: 90, render: (_v, r) => status(r) },
    {
      key: 'note',
      title: t('customers.fields.note'),
      responsive: ['lg'],
      render: (_v, r) => r.note ?? <Typography.Text type="secondary">—</Typography.Text>,
    },
    ...(onMoveOut
      ? [{ key: 'actions', title: '', width: 120, render: (_v: unknown, r: OccupancyRow) => moveOut(r) }]
      : []),
  ];
  return (
    <Table<OccupancyRow>
      data-testid={testId}
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={rows as OccupancyRow[]}
      pagination={false}
      onRow={(r) =>
        ({
          'data-testid': 'occupancy',
          'data-current': r.current,
          'data-name': r.customer?.name ?? r.unit?.code,
        }) as React.HTMLAttributes<HTMLElement>
      }
    />
  );
}
