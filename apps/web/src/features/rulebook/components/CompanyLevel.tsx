import { Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { QueryState } from '../../../components/QueryState.js';
import { companyLevelQuery } from '../rulebook.operations.js';
import { PositionCard } from './PositionCard.js';

/** Posts above the departments (the company manager), to whom the departments report. */
export function CompanyLevel() {
  const { t } = useTranslation();
  const [{ data, fetching, error }, refetch] = useQuery({ query: companyLevelQuery });
  const positions = data?.positions.filter((p) => !p.department) ?? [];
  return (
    <QueryState
      fetching={fetching}
      error={error}
      hasData={!!data}
      retry={() => refetch({ requestPolicy: 'network-only' })}
    >
      <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="department-detail">
        <Card>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('rulebook.companyLevel')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('rulebook.companyLevelHint')}</Typography.Text>
        </Card>
        {positions.map((position) => (
          <PositionCard key={position.id} position={position} />
        ))}
      </Space>
    </QueryState>
  );
}
