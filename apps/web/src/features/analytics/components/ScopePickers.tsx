import { Col, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

const PERIODS: readonly string[] = ['DAY', 'WEEK', 'MONTH'];
const MAX_GROUPS = 2;

/**
 * The grouping after a change in the picker: one calendar period at a time (the latest chosen
 * replaces the other) and at most two dimensions (the oldest goes).
 */
export function nextGrouping<D extends string>(current: readonly D[], next: D[]): D[] {
  const added = next.find((d) => !current.includes(d));
  let dims = added && PERIODS.includes(added) ? next.filter((d) => d === added || !PERIODS.includes(d)) : next;
  if (dims.length > MAX_GROUPS) dims = dims.slice(dims.length - MAX_GROUPS);
  return dims;
}

type Option = { value: string; label: string };

/** The site and department pickers of the analytics filter bars (two columns of their row). */
export function ScopePickers({
  sites,
  departments,
  siteCode,
  departmentKey,
  onSite,
  onDepartment,
  testIdPrefix,
}: {
  sites: Option[];
  departments: Option[];
  siteCode: string | null;
  departmentKey: string | null;
  onSite(code: string | null): void;
  onDepartment(key: string | null): void;
  testIdPrefix: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Col xs={12} md={8} lg={4}>
        <Typography.Text type="secondary">{t('analytics.site')}</Typography.Text>
        <Select<string>
          allowClear
          style={{ width: '100%' }}
          aria-label={t('analytics.site')}
          placeholder={t('analytics.allSites')}
          value={siteCode ?? undefined}
          onChange={(v) => onSite(v ?? null)}
          options={sites}
          data-testid={`${testIdPrefix}-site`}
        />
      </Col>
      <Col xs={12} md={8} lg={4}>
        <Typography.Text type="secondary">{t('analytics.department')}</Typography.Text>
        <Select<string>
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: '100%' }}
          aria-label={t('analytics.department')}
          placeholder={t('analytics.allDepartments')}
          value={departmentKey ?? undefined}
          onChange={(v) => onDepartment(v ?? null)}
          options={departments}
          data-testid={`${testIdPrefix}-department`}
        />
      </Col>
    </>
  );
}
