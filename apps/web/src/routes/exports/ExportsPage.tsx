import { Alert, Button, Card, Col, DatePicker, Empty, Flex, Grid, Row, Select, Skeleton, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { DatasetCard } from '../../features/exports/components/DatasetCard.js';
import { exportPageQuery } from '../../features/exports/export.operations.js';
import { describeError } from '../../lib/errors.js';

/** /exports: every dataset the viewer may bulk-export, with a date range, a site and a department. */
export function ExportsPage() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const compact = !screens.md;
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(() => [dayjs().subtract(29, 'day'), dayjs()]);
  const [siteCode, setSiteCode] = useState<string | null>(null);
  const [departmentKey, setDepartmentKey] = useState<string | null>(null);

  useEffect(() => {
    document.title = `${t('exports.title')} · Steward`;
  }, [t]);

  const [{ data, fetching, error }, refetch] = useQuery({ query: exportPageQuery, requestPolicy: 'cache-and-network' });
  const datasets = data?.exportDatasets ?? [];
  const maxDays = datasets[0]?.maxRangeDays ?? 366;

  // Whole days in the viewer's zone: from the first day's midnight to the midnight after the last.
  const from = range?.[0]?.startOf('day') ?? null;
  const to = range?.[1]?.add(1, 'day').startOf('day') ?? null;
  const problem =
    !from || !to
      ? t('exports.rangeRequired')
      : to.diff(from, 'day') > maxDays
        ? t('exports.rangeTooLong', { days: maxDays })
        : null;

  const hrefOf = useMemo(
    () => (name: string, filters: readonly string[]) => (format: 'csv' | 'ndjson') => {
      const query = new URLSearchParams({ from: from?.toISOString() ?? '', to: to?.toISOString() ?? '' });
      if (siteCode && filters.includes('siteCode')) query.set('siteCode', siteCode);
      if (departmentKey && filters.includes('departmentKey')) query.set('departmentKey', departmentKey);
      return `/export/${name}.${format}?${query}`;
    },
    [from, to, siteCode, departmentKey],
  );

  return (
    <div style={{ maxWidth: 1100, margin: '0 auto' }}>
      <div style={{ marginBottom: 16 }}>
        <Typography.Title level={2} style={{ marginTop: 0, marginBottom: 4 }}>
          {t('exports.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('exports.subtitle')}</Typography.Text>
      </div>
      <Card styles={{ body: { padding: compact ? 12 : 16 } }} style={{ marginBottom: 12 }}>
        <Row gutter={[12, 12]}>
          <Col xs={24} md={10}>
            <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 4 }}>
              {t('exports.range')}
            </Typography.Text>
            <DatePicker.RangePicker
              style={{ width: '100%' }}
              aria-label={t('exports.range')}
              value={range}
              onChange={(v) => setRange(v)}
              disabledDate={(d) => d.isAfter(dayjs().endOf('day'))}
              data-testid="export-range"
            />
          </Col>
          <Col xs={12} md={7}>
            <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 4 }}>
              {t('exports.site')}
            </Typography.Text>
            <Select<string>
              allowClear
              aria-label={t('exports.site')}
              placeholder={t('exports.allSites')}
              style={{ width: '100%' }}
              value={siteCode ?? undefined}
              onChange={(v) => setSiteCode(v ?? null)}
              options={(data?.sites ?? []).map((s) => ({ value: s.code, label: s.name }))}
              data-testid="export-site"
            />
          </Col>
          <Col xs={12} md={7}>
            <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 4 }}>
              {t('exports.department')}
            </Typography.Text>
            <Select<string>
              allowClear
              aria-label={t('exports.department')}
              placeholder={t('exports.allDepartments')}
              style={{ width: '100%' }}
              value={departmentKey ?? undefined}
              onChange={(v) => setDepartmentKey(v ?? null)}
              options={(data?.departments ?? []).map((d) => ({ value: d.key, label: d.name }))}
              showSearch={{ optionFilterProp: 'label' }}
              data-testid="export-department"
            />
          </Col>
        </Row>
        {problem && (
          <Alert type="warning" showIcon title={problem} style={{ marginTop: 12 }} data-testid="export-problem" />
        )}
        <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0', fontSize: 12 }}>
          {t('exports.notes')}
        </Typography.Paragraph>
      </Card>
      {error && !data ? (
        <Alert
          type="error"
          showIcon
          title={describeError(error, t)}
          action={
            <Button size="small" onClick={() => refetch({ requestPolicy: 'network-only' })}>
              {t('common.retry')}
            </Button>
          }
        />
      ) : fetching && !data ? (
        <Skeleton active />
      ) : datasets.length === 0 ? (
        <Empty description={t('exports.none')} />
      ) : (
        <Flex vertical gap={12}>
          {datasets.map((d) => (
            <DatasetCard
              key={d.name}
              dataset={d}
              href={hrefOf(d.name, d.filters)}
              disabled={problem !== null}
              compact={compact}
            />
          ))}
          <Typography.Text type="secondary" style={{ fontSize: 12, wordBreak: 'break-all' }}>
            {t('exports.apiHint', { url: datasets[0]?.url ?? '' })}
          </Typography.Text>
        </Flex>
      )}
    </div>
  );
}
