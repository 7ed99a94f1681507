import { PhoneOutlined } from '@ant-design/icons';
import { Card, Empty, Flex, Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { StaffSummaryFragment } from '../../../gql/graphql.js';
import { StaffStatusTag } from './StaffStatusTag.js';

interface Props {
  staff: readonly StaffSummaryFragment[];
  loading: boolean;
  compact: boolean;
}

/** The directory's rows: a table at a desk, cards on a phone. */
export function StaffList({ staff, loading, compact }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();

  if (compact) {
    if (!loading && staff.length === 0) return <Empty description={t('staff.noStaff')} />;
    return (
      <Flex vertical gap={8} data-testid="staff-list">
        {staff.map((s) => (
          <Link key={s.id} to={`/staff/${encodeURIComponent(s.id)}`} data-testid="staff-row" data-username={s.username}>
            <Card size="small" hoverable styles={{ body: { padding: '10px 12px' } }}>
              <Flex justify="space-between" align="flex-start" gap={8}>
                <div style={{ minWidth: 0 }}>
                  <Typography.Text strong style={{ fontSize: 16 }}>
                    {s.name}
                  </Typography.Text>
                  <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 13 }}>
                    {s.employeeNo}
                  </Typography.Text>
                  <Typography.Paragraph type="secondary" ellipsis style={{ margin: '2px 0 0', fontSize: 13 }}>
                    {s.position.name}
                    {s.department && s.department.name !== s.position.name ? ` · ${s.department.name}` : ''}
                  </Typography.Paragraph>
                  {s.phone && (
                    <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                      <PhoneOutlined /> {s.phone}
                    </Typography.Text>
                  )}
                </div>
                <StaffStatusTag status={s.status} />
              </Flex>
            </Card>
          </Link>
        ))}
      </Flex>
    );
  }

  const columns: TableColumnsType<StaffSummaryFragment> = [
    { key: 'employeeNo', title: t('staff.fields.employeeNo'), dataIndex: 'employeeNo', width: 100 },
    {
      key: 'name',
      title: t('staff.fields.name'),
      render: (_v, s) => (
        <Link to={`/staff/${encodeURIComponent(s.id)}`} onClick={(e) => e.stopPropagation()}>
          {s.name}
        </Link>
      ),
    },
    { key: 'position', title: t('staff.fields.position'), render: (_v, s) => s.position.name },
    { key: 'department', title: t('staff.fields.department'), render: (_v, s) => s.department?.name ?? '—' },
    {
      key: 'sites',
      title: t('staff.fields.sites'),
      responsive: ['xl'],
      render: (_v, s) => s.sites.map((x) => x.name).join('、') || '—',
    },
    { key: 'phone', title: t('staff.fields.phone'), dataIndex: 'phone', responsive: ['lg'], render: (v) => v ?? '—' },
    {
      key: 'status',
      title: t('staff.fields.status'),
      width: 96,
      render: (_v, s) => <StaffStatusTag status={s.status} />,
    },
  ];

  return (
    <Table<StaffSummaryFragment>
      data-testid="staff-list"
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={staff as StaffSummaryFragment[]}
      loading={loading}
      pagination={false}
      locale={{ emptyText: <Empty description={t('staff.noStaff')} /> }}
      onRow={(s) => ({
        'data-testid': 'staff-row',
        'data-username': s.username,
        style: { cursor: 'pointer' },
        onClick: () => navigate(`/staff/${encodeURIComponent(s.id)}`),
      })}
    />
  );
}
