import { Card, Col, DatePicker, Empty, Grid, Row, Select, Statistic, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type TypedDocumentNode, useQuery } from 'urql';
import { QueryState } from '../../../components/QueryState.js';
import { analyticsDepartmentsQuery, analyticsSitesQuery } from '../analytics.operations.js';
import { formatShare } from '../case-stats-format.js';
import { nextGrouping, ScopePickers } from './ScopePickers.js';

type Ref = { key: string; name: string } | null | undefined;
/** A row of patrol or attendance figures: refs by dimension, `period`, and numbers. */
type StatsRow = Record<string, unknown> & { period?: { label: string } | null };

/** What differs between the patrol and the attendance panels. */
export interface ShiftStatsConfig<D extends string> {
  /** `analytics.<id>.*` messages, `analytics-<id>-*` test ids. */
  id: 'patrols' | 'attendance';
  // biome-ignore lint/suspicious/noExplicitAny: the two panels' queries differ in shape; rows are read by name
  query: TypedDocumentNode<any, any>;
  /** The query's root field. */
  field: 'patrolCoverageStats' | 'attendanceStats';
  dimensions: D[];
  defaultGroupBy: D[];
  /** The figures, in column order; `share` ones are 0–1 fractions; `total` ones get a card. */
  measures: { key: string; share?: boolean; total?: boolean }[];
}

const PERIODS = ['DAY', 'WEEK', 'MONTH'];

/** The text of a row's value for one dimension (a period's label, or the thing's name). */
function dimensionValue(row: StatsRow, dim: string): string {
  if (PERIODS.includes(dim)) return row.period?.label ?? '';
  const ref = row[dim.toLowerCase()] as Ref;
  return ref?.name ?? ref?.key ?? '';
}

/**
 * Patrol coverage or attendance over a range of local shift dates, grouped by up to two
 * dimensions, with totals: the same layout for both (a tab each on /analytics).
 */
export function ShiftStatsPanel<D extends string>({ config }: { config: ShiftStatsConfig<D> }) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const compact = !screens.md;
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => [dayjs().subtract(27, 'day'), dayjs()]);
  const [groupBy, setGroupBy] = useState<D[]>(config.defaultGroupBy);
  const [siteCode, setSiteCode] = useState<string | null>(null);
  const [departmentKey, setDepartmentKey] = useState<string | null>(null);
  const variables = useMemo(
    () => ({
      groupBy,
      range: { from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD'), siteCode, departmentKey },
    }),
    [groupBy, range, siteCode, departmentKey],
  );
  const [{ data, fetching, error }, refetch] = useQuery({
    query: config.query,
    variables,
    requestPolicy: 'cache-and-network',
  });
  const [{ data: sites }] = useQuery({ query: analyticsSitesQuery });
  const [{ data: departments }] = useQuery({ query: analyticsDepartmentsQuery });
  const stats = data?.[config.field] as { groupBy: D[]; groups: StatsRow[]; totals: StatsRow } | undefined;
  const dims = stats?.groupBy ?? groupBy;
  const label = (key: string) => t(`analytics.${config.id}.${key}`);
  const format = (value: unknown, share?: boolean) =>
    share ? formatShare(value as number | null, t) : value == null ? '—' : String(value);

  const onGroupBy = (next: D[]) => setGroupBy(nextGrouping(groupBy, next));

  const columns: ColumnsType<StatsRow> = [
    ...dims.map((d) => ({
      key: d,
      title: t(`analytics.shiftDimension.${d}`),
      fixed: 'left' as const,
      render: (_: unknown, row: StatsRow) => dimensionValue(row, d),
    })),
    ...config.measures.map((m) => ({
      key: m.key,
      title: label(m.key),
      align: 'right' as const,
      render: (_: unknown, row: StatsRow) => (
        <span style={{ fontVariantNumeric: 'tabular-nums' }}>{format(row[m.key], m.share)}</span>
      ),
    })),
  ];

  return (
    <div>
      <Card styles={{ body: { padding: compact ? 12 : 16 } }} style={{ marginBottom: 12 }}>
        <Row gutter={[12, 12]} align="bottom">
          <Col xs={24} md={12} lg={8}>
            <Typography.Text type="secondary">{t('analytics.shiftRange')}</Typography.Text>
            <DatePicker.RangePicker
              style={{ width: '100%' }}
              aria-label={t('analytics.shiftRange')}
              value={range}
              allowClear={false}
              onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
              data-testid={`analytics-${config.id}-range`}
            />
          </Col>
          <Col xs={24} md={12} lg={8}>
            <Typography.Text type="secondary">
              {t('analytics.groupBy')} ({t('analytics.groupByHint')})
            </Typography.Text>
            <Select<D[]>
              mode="multiple"
              style={{ width: '100%' }}
              aria-label={t('analytics.groupBy')}
              value={groupBy}
              onChange={onGroupBy}
              options={config.dimensions.map((d) => ({ value: d, label: t(`analytics.shiftDimension.${d}`) }))}
              data-testid={`analytics-${config.id}-groupby`}
            />
          </Col>
          <ScopePickers
            sites={sites?.sites.map((s) => ({ value: s.code, label: s.name })) ?? []}
            departments={departments?.departments.map((d) => ({ value: d.key, label: d.name })) ?? []}
            siteCode={siteCode}
            departmentKey={departmentKey}
            onSite={setSiteCode}
            onDepartment={setDepartmentKey}
            testIdPrefix={`analytics-${config.id}`}
          />
        </Row>
      </Card>
      <QueryState
        fetching={false}
        error={error}
        hasData={!!data}
        retry={() => refetch({ requestPolicy: 'network-only' })}
      >
        <Row gutter={[12, 12]} style={{ marginBottom: 12 }} data-testid={`analytics-${config.id}-totals`}>
          {config.measures
            .filter((m) => m.total)
            .map((m) => (
              <Col xs={12} md={6} key={m.key}>
                <Card size="small" styles={{ body: { padding: compact ? 8 : 12 } }}>
                  <Statistic
                    title={label(m.key)}
                    value={stats ? format(stats.totals[m.key], m.share) : '—'}
                    styles={{ content: { fontSize: compact ? 16 : 22 } }}
                  />
                </Card>
              </Col>
            ))}
        </Row>
        <Table<StatsRow>
          size={compact ? 'small' : 'middle'}
          columns={columns}
          dataSource={stats?.groups ?? []}
          rowKey={(row) => dims.map((d) => dimensionValue(row, d)).join('|') || 'all'}
          loading={fetching && !data}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Empty description={label('empty')} /> }}
          data-testid={`analytics-${config.id}-table`}
        />
      </QueryState>
    </div>
  );
}
