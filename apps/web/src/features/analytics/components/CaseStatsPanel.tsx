import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Col, DatePicker, Grid, Row, Select, Statistic, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { QueryState } from '../../../components/QueryState.js';
import type { CaseStatsDimension } from '../../../gql/graphql.js';
import { analyticsDepartmentsQuery, analyticsSitesQuery, caseStatsQuery } from '../analytics.operations.js';
import { formatMinutes, formatShare, statsCsv } from '../case-stats-format.js';
import { CaseStatsTable } from './CaseStatsTable.js';
import { nextGrouping, ScopePickers } from './ScopePickers.js';

const DIMENSIONS: CaseStatsDimension[] = [
  'MONTH',
  'WEEK',
  'DAY',
  'DEPARTMENT',
  'KIND',
  'STATUS',
  'SITE',
  'CHANNEL',
  'SEVERITY',
  'AREA',
];

/** Case figures over a range of opening dates, grouped by up to two dimensions (the first tab of /analytics). */
export function CaseStatsPanel() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const compact = !screens.md;
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => [
    dayjs().subtract(11, 'month').startOf('month'),
    dayjs().startOf('day'),
  ]);
  const [groupBy, setGroupBy] = useState<CaseStatsDimension[]>(['MONTH', 'DEPARTMENT']);
  const [siteCode, setSiteCode] = useState<string | null>(null);
  const [departmentKey, setDepartmentKey] = useState<string | null>(null);

  const filter = useMemo(
    () => ({
      openedFrom: range[0].startOf('day').toISOString(),
      openedTo: range[1].add(1, 'day').startOf('day').toISOString(),
      siteCode,
      departmentKey,
    }),
    [range, siteCode, departmentKey],
  );
  const [{ data, fetching, error }, refetch] = useQuery({
    query: caseStatsQuery,
    variables: { groupBy, filter },
    requestPolicy: 'cache-and-network',
  });
  const [{ data: sites }] = useQuery({ query: analyticsSitesQuery });
  const [{ data: departments }] = useQuery({ query: analyticsDepartmentsQuery });
  const stats = data?.caseStats;
  const groups = stats?.groups ?? [];
  const totals = stats?.totals;
  // Percentiles from the rollups' histograms (large ranges) are marked, and said so once.
  const approx = stats && !stats.percentilesExact ? '≈ ' : '';

  const departmentOptions = useMemo(() => {
    const known = departments?.departments.map((d) => ({ value: d.key, label: d.name }));
    if (known) return known;
    // Without the rulebook: the departments the figures name.
    const seen = new Map(groups.filter((g) => g.department).map((g) => [g.department?.key, g.department?.name]));
    return [...seen].map(([value, label]) => ({ value: value as string, label: label as string }));
  }, [departments, groups]);

  const onGroupBy = (next: CaseStatsDimension[]) => setGroupBy(nextGrouping(groupBy, next));

  const download = () => {
    const blob = new Blob([statsCsv(groups, groupBy, t)], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `case-stats-${range[0].format('YYYYMMDD')}-${range[1].format('YYYYMMDD')}.csv`;
    a.click();
    URL.revokeObjectURL(url);
  };

  return (
    <div>
      <Card styles={{ body: { padding: compact ? 12 : 16 } }} style={{ marginBottom: 12 }}>
        <Row gutter={[12, 12]} align="bottom">
          <Col xs={24} md={12} lg={7}>
            <Typography.Text type="secondary">{t('analytics.range')}</Typography.Text>
            <DatePicker.RangePicker
              style={{ width: '100%' }}
              aria-label={t('analytics.range')}
              value={range}
              allowClear={false}
              onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
              data-testid="analytics-range"
            />
          </Col>
          <Col xs={24} md={12} lg={7}>
            <Typography.Text type="secondary">
              {t('analytics.groupBy')} ({t('analytics.groupByHint')})
            </Typography.Text>
            <Select<CaseStatsDimension[]>
              mode="multiple"
              style={{ width: '100%' }}
              aria-label={t('analytics.groupBy')}
              value={groupBy}
              onChange={onGroupBy}
              options={DIMENSIONS.map((d) => ({ value: d, label: t(`analytics.dimension.${d}`) }))}
              data-testid="analytics-groupby"
            />
          </Col>
          <ScopePickers
            sites={sites?.sites.map((s) => ({ value: s.code, label: s.name })) ?? []}
            departments={departmentOptions}
            siteCode={siteCode}
            departmentKey={departmentKey}
            onSite={setSiteCode}
            onDepartment={setDepartmentKey}
            testIdPrefix="analytics"
          />
          <Col xs={24} md={8} lg={2}>
            <Button
              icon={<DownloadOutlined />}
              onClick={download}
              disabled={!groups.length}
              block
              title={t('analytics.download')}
              data-testid="analytics-download"
            >
              {compact || !screens.lg ? t('analytics.download') : 'CSV'}
            </Button>
          </Col>
        </Row>
      </Card>
      <QueryState
        fetching={false}
        error={error}
        hasData={!!data}
        retry={() => refetch({ requestPolicy: 'network-only' })}
      >
        <Row gutter={[12, 12]} style={{ marginBottom: 12 }} data-testid="analytics-totals">
          {[
            ['count', totals?.count ?? '—'],
            ['open', totals?.open ?? '—'],
            ['overdue', totals?.overdue ?? '—'],
            ['median', totals ? `${approx}${formatMinutes(totals.medianMinutesToResult, t)}` : '—'],
            ['p90', totals ? `${approx}${formatMinutes(totals.p90MinutesToResult, t)}` : '—'],
            ['sla', totals ? formatShare(totals.resolvedWithinSla, t) : '—'],
          ].map(([key, value]) => (
            <Col xs={8} md={4} key={key}>
              <Card size="small" styles={{ body: { padding: compact ? 8 : 12 } }}>
                <Statistic
                  title={t(`analytics.column.${key}`)}
                  value={value as string | number}
                  styles={{ content: { fontSize: compact ? 16 : 22 } }}
                />
              </Card>
            </Col>
          ))}
        </Row>
        {approx && (
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }} data-testid="analytics-approximate">
            {t('analytics.approximate')}
          </Typography.Paragraph>
        )}
        <CaseStatsTable
          groups={groups}
          dims={stats?.groupBy ?? groupBy}
          loading={fetching && !data}
          compact={compact}
        />
      </QueryState>
    </div>
  );
}
