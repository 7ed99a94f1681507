import { Badge, Flex, Menu, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RulebookOverviewQuery } from '../../../gql/graphql.js';
import { StatusTag } from './StatusTag.js';

export const COMPANY_LEVEL = 'company';

interface Props {
  overview: RulebookOverviewQuery;
  selected: string;
  onSelect(key: string): void;
  compact: boolean;
}

/** Departments (plus the company-level posts) to choose from: a list at a desk, a select on a phone. */
export function DepartmentNav({ overview, selected, onSelect, compact }: Props) {
  const { t } = useTranslation();
  const companyDuties = overview.positions.filter((p) => !p.department).reduce((n, p) => n + p.duties.length, 0);
  const entries = [
    { key: COMPANY_LEVEL, name: t('rulebook.companyLevel'), status: null, count: companyDuties },
    ...overview.departments.map((d) => {
      const own = d.duties.length;
      const ofPositions = overview.positions
        .filter((p) => p.department?.id === d.id)
        .reduce((n, p) => n + p.duties.length, 0);
      return { key: d.key, name: d.name, status: d.status, count: own + ofPositions };
    }),
  ];

  if (compact) {
    return (
      <Select
        aria-label={t('rulebook.chooseDepartment')}
        data-testid="department-select"
        value={selected}
        onChange={onSelect}
        style={{ width: '100%' }}
        size="large"
        options={entries.map((e) => ({
          value: e.key,
          label: e.count > 0 ? `${e.name} · ${t('rulebook.dutyCount', { count: e.count })}` : e.name,
        }))}
      />
    );
  }
  return (
    <nav aria-label={t('rulebook.departments')}>
      <Menu
        mode="inline"
        data-testid="department-nav"
        selectedKeys={[selected]}
        onClick={({ key }) => onSelect(key)}
        style={{ borderInlineEnd: 'none' }}
        items={entries.map((e) => ({
          key: e.key,
          style: { height: 'auto', lineHeight: 1.4, paddingBlock: 8 },
          label: (
            <Flex justify="space-between" align="center" gap={8}>
              <Typography.Text style={{ flex: 1, whiteSpace: 'normal' }}>{e.name}</Typography.Text>
              {e.status && e.count === 0 ? (
                <StatusTag status={e.status} />
              ) : (
                <Badge count={e.count} showZero={false} color="#1f4e79" overflowCount={999} />
              )}
            </Flex>
          ),
        }))}
      />
    </nav>
  );
}
