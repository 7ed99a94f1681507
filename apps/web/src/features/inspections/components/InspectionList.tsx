import { EnvironmentOutlined, UserOutlined, WarningOutlined } from '@ant-design/icons';
import { Card, Empty, Flex, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useLocale } from '../../../app/locale-context.js';
import type { InspectionSummaryFragment } from '../../../gql/graphql.js';
import { formatDateTime } from '../../../lib/format.js';
import { inspectionPath } from '../inspection-format.js';
import { InspectionStatusTag, InspectionTypeTag } from './InspectionTags.js';

interface Props {
  inspections: readonly InspectionSummaryFragment[];
  loading: boolean;
  compact: boolean;
}

/** When it was performed, or is to be. */
const when = (i: InspectionSummaryFragment) => i.performedAt ?? i.scheduledFor;

/** Its results at a glance: what passed, what failed, and failures still without a notice. */
export function ResultsSummary({ i }: { i: InspectionSummaryFragment }) {
  const { t } = useTranslation();
  if (i.status === 'PLANNED' || i.status === 'CANCELLED') return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Flex gap={6} wrap align="center">
      <span style={{ fontVariantNumeric: 'tabular-nums' }}>
        {t('inspections.resultsSummary', { pass: i.passCount, fail: i.failCount, na: i.notApplicableCount })}
      </span>
      {i.pendingCount > 0 && (
        <Tag bordered={false} style={{ marginInlineEnd: 0 }}>
          {t('inspections.pendingItems', { count: i.pendingCount })}
        </Tag>
      )}
      {i.unnoticedFailures > 0 && (
        <Tag color="warning" bordered={false} icon={<WarningOutlined />} style={{ marginInlineEnd: 0 }}>
          {t('inspections.unnoticed', { count: i.unnoticedFailures })}
        </Tag>
      )}
    </Flex>
  );
}

/** The inspections list: a table at a desk, cards on a phone. */
export function InspectionList({ inspections, loading, compact }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const navigate = useNavigate();

  if (compact) {
    if (!loading && inspections.length === 0) return <Empty description={t('inspections.empty')} />;
    return (
      <Flex vertical gap={8} data-testid="inspection-list">
        {inspections.map((i) => (
          <Link key={i.id} to={inspectionPath(i.id)} data-testid="inspection-row" data-status={i.status}>
            <Card size="small" hoverable>
              <Flex justify="space-between" align="center" gap={8}>
                <Flex gap={6} align="center" style={{ minWidth: 0 }}>
                  <InspectionTypeTag type={i.type} />
                  <Typography.Text strong ellipsis>
                    {i.site.name}
                  </Typography.Text>
                </Flex>
                <InspectionStatusTag status={i.status} />
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {formatDateTime(when(i), locale)}
              </Typography.Text>
              <Flex gap={12} wrap style={{ marginTop: 4, fontSize: 13 }}>
                <span>
                  <UserOutlined /> {i.inspectors.map((s) => s.name).join('、')}
                </span>
                {i.areas.length > 0 && (
                  <span>
                    <EnvironmentOutlined /> {i.areas.map((a) => a.name).join('、')}
                  </span>
                )}
              </Flex>
              <div style={{ marginTop: 4, fontSize: 13 }}>
                <ResultsSummary i={i} />
              </div>
            </Card>
          </Link>
        ))}
      </Flex>
    );
  }

  const columns: TableColumnsType<InspectionSummaryFragment> = [
    {
      title: t('inspections.fields.scheduledFor'),
      key: 'when',
      width: 170,
      render: (_, i) => (
        <span style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
          {formatDateTime(when(i), locale)}
        </span>
      ),
    },
    {
      title: t('inspections.fields.type'),
      key: 'type',
      width: 90,
      render: (_, i) => <InspectionTypeTag type={i.type} />,
    },
    {
      title: t('inspections.fields.site'),
      key: 'site',
      render: (_, i) => (
        <Flex vertical>
          <Link to={inspectionPath(i.id)} data-testid="inspection-link">
            {i.site.name}
          </Link>
          {i.areas.length > 0 && (
            <Typography.Text type="secondary" style={{ fontSize: 13 }} ellipsis>
              {i.areas.map((a) => a.name).join('、')}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      title: t('inspections.fields.inspectors'),
      key: 'inspectors',
      width: 140,
      render: (_, i) => i.inspectors.map((s) => s.name).join('、'),
    },
    { title: t('inspections.fields.results'), key: 'results', render: (_, i) => <ResultsSummary i={i} /> },
    {
      title: t('inspections.fields.status'),
      key: 'status',
      width: 90,
      render: (_, i) => <InspectionStatusTag status={i.status} />,
    },
  ];

  return (
    <Table<InspectionSummaryFragment>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={inspections as InspectionSummaryFragment[]}
      loading={loading}
      pagination={false}
      locale={{ emptyText: <Empty description={t('inspections.empty')} /> }}
      onRow={(i) => ({
        onClick: (e) => {
          if ((e.target as HTMLElement).closest('a')) return;
          navigate(inspectionPath(i.id));
        },
        style: { cursor: 'pointer' },
        'data-testid': 'inspection-row',
        'data-status': i.status,
      })}
      data-testid="inspection-list"
    />
  );
}
