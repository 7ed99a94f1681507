import { Empty, Progress, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { CaseStatsDimension } from '../../../gql/graphql.js';
import { type CaseStatsGroup, formatMinutes, formatShare, groupValue } from '../case-stats-format.js';

/** A bar in plain CSS: the count against the largest count shown. */
function CountBar({ value, max, compact }: { value: number; max: number; compact: boolean }) {
  const width = max > 0 ? Math.max(2, Math.round((value / max) * 100)) : 0;
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 8, minWidth: compact ? 72 : 120 }}>
      <span style={{ minWidth: compact ? 24 : 40, textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </span>
      <div style={{ flex: 1, background: 'rgba(0,0,0,0.04)', borderRadius: 3, height: 10 }}>
        <div
          style={{ width: `${width}%`, background: '#1677ff', borderRadius: 3, height: 10 }}
          data-testid="analytics-bar"
        />
      </div>
    </div>
  );
}

const keyOf = (g: CaseStatsGroup, dims: CaseStatsDimension[]) =>
  dims
    .map((d) => {
      switch (d) {
        case 'DAY':
        case 'WEEK':
        case 'MONTH':
          return g.period?.label;
        case 'DEPARTMENT':
          return g.department?.key;
        case 'SITE':
          return g.site?.key;
        case 'AREA':
          return g.area;
        case 'KIND':
          return g.kind;
        case 'STATUS':
          return g.status;
        case 'CHANNEL':
          return g.channel;
        case 'SEVERITY':
          return g.severity;
      }
      return '';
    })
    .join('|') || 'all';

export function CaseStatsTable({
  groups,
  dims,
  loading,
  compact,
}: {
  groups: CaseStatsGroup[];
  dims: CaseStatsDimension[];
  loading: boolean;
  compact: boolean;
}) {
  const { t } = useTranslation();
  const max = Math.max(0, ...groups.map((g) => g.count));
  // On a phone the group's values share one column, one per line, so the figures fit beside them.
  const groupColumns: ColumnsType<CaseStatsGroup> = compact
    ? [
        {
          key: 'group',
          title: dims.map((d) => t(`analytics.dimension.${d}`)).join(' · '),
          render: (_: unknown, g: CaseStatsGroup) => (
            <div>
              {dims.map((d, i) => (
                <div key={d}>
                  <Typography.Text strong={i === 0} type={i === 0 ? undefined : 'secondary'}>
                    {groupValue(g, d, t)}
                  </Typography.Text>
                </div>
              ))}
            </div>
          ),
        },
      ]
    : dims.map((d, i) => ({
        key: `dim-${d}`,
        title: t(`analytics.dimension.${d}`),
        fixed: i === 0 && !compact ? ('left' as const) : undefined,
        render: (_: unknown, g: CaseStatsGroup) => (
          <Typography.Text strong={i === 0}>{groupValue(g, d, t)}</Typography.Text>
        ),
      }));
  const columns: ColumnsType<CaseStatsGroup> = [
    ...groupColumns,
    {
      key: 'count',
      title: t('analytics.column.count'),
      render: (_, g) => <CountBar value={g.count} max={max} compact={compact} />,
    },
    { key: 'open', title: t('analytics.column.open'), align: 'right', render: (_, g) => g.open, responsive: ['md'] },
    {
      key: 'overdue',
      title: t('analytics.column.overdue'),
      align: 'right',
      render: (_, g) => (g.overdue ? <Typography.Text type="danger">{g.overdue}</Typography.Text> : 0),
    },
    {
      key: 'median',
      title: t('analytics.column.median'),
      align: 'right',
      responsive: ['md'],
      render: (_, g) => formatMinutes(g.medianMinutesToResult, t),
    },
    {
      key: 'p90',
      title: t('analytics.column.p90'),
      align: 'right',
      responsive: ['lg'],
      render: (_, g) => formatMinutes(g.p90MinutesToResult, t),
    },
    {
      key: 'sla',
      title: t('analytics.column.sla'),
      render: (_, g) => {
        if (g.resolvedWithinSla === null || g.resolvedWithinSla === undefined) return t('analytics.none');
        if (compact) return formatShare(g.resolvedWithinSla, t);
        return (
          <div style={{ minWidth: 120 }} title={formatShare(g.resolvedWithinSla, t)}>
            <Progress
              percent={Math.round(g.resolvedWithinSla * 1000) / 10}
              size="small"
              status={g.resolvedWithinSla < 0.8 ? 'exception' : 'normal'}
              format={(p) => `${p}%`}
            />
          </div>
        );
      },
    },
  ];
  return (
    <Table<CaseStatsGroup>
      rowKey={(g) => keyOf(g, dims)}
      size={compact ? 'small' : 'middle'}
      columns={columns}
      dataSource={groups}
      loading={loading}
      scroll={{ x: 'max-content' }}
      pagination={groups.length > 100 ? { pageSize: 100, showSizeChanger: false } : false}
      locale={{ emptyText: <Empty description={t('analytics.empty')} /> }}
      onRow={() => ({ 'data-testid': 'analytics-row' }) as never}
      data-testid="analytics-table"
    />
  );
}
