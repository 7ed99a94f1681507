import { LIMITS } from '@steward/schema';
import { Card, Col, Grid, Input, Row, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { QueryState } from '../../components/QueryState.js';
import { CompanyLevel } from '../../features/rulebook/components/CompanyLevel.js';
import { DepartmentDetail } from '../../features/rulebook/components/DepartmentDetail.js';
import { COMPANY_LEVEL, DepartmentNav } from '../../features/rulebook/components/DepartmentNav.js';
import { DutySearchResults } from '../../features/rulebook/components/DutySearchResults.js';
import { rulebookOverviewQuery } from '../../features/rulebook/rulebook.operations.js';
import { useDebouncedValue } from '../../lib/use-debounced-value.js';

/** /rulebook[/:departmentKey][?q=words]: departments → positions → numbered duties. */
export function RulebookPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { departmentKey } = useParams();
  const [params, setParams] = useSearchParams();
  const screens = Grid.useBreakpoint();
  const compact = !screens.md;

  const [{ data, fetching, error }, refetch] = useQuery({ query: rulebookOverviewQuery });
  const selected = departmentKey ?? data?.departments[0]?.key ?? '';

  const [search, setSearch] = useState(params.get('q') ?? '');
  const deferred = useDebouncedValue(search.trim());
  useEffect(() => {
    setParams(
      (p) => {
        if (deferred) p.set('q', deferred);
        else p.delete('q');
        return p;
      },
      { replace: true },
    );
  }, [deferred, setParams]);

  useEffect(() => {
    document.title = `${t('rulebook.title')} · Steward`;
  }, [t]);

  const nav = data && (
    <DepartmentNav
      overview={data}
      selected={selected}
      compact={compact}
      onSelect={(key) => {
        setSearch('');
        navigate(`/rulebook/${key}`);
      }}
    />
  );

  return (
    <div style={{ maxWidth: 1200, margin: '0 auto' }}>
      <div style={{ marginBottom: 16 }}>
        <Typography.Title level={2} style={{ marginTop: 0, marginBottom: 4 }}>
          {t('rulebook.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('rulebook.subtitle')}</Typography.Text>
      </div>
      <Input.Search
        allowClear
        size="large"
        aria-label={t('rulebook.search')}
        placeholder={t('rulebook.searchPlaceholder')}
        maxLength={LIMITS.maxSearchLength}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        style={{ marginBottom: 16 }}
      />
      <QueryState
        fetching={fetching}
        error={error}
        hasData={!!data}
        retry={() => refetch({ requestPolicy: 'network-only' })}
      >
        <Row gutter={[16, 16]}>
          <Col xs={24} md={8} lg={7}>
            {compact ? nav : <Card styles={{ body: { padding: 8 } }}>{nav}</Card>}
          </Col>
          <Col xs={24} md={16} lg={17}>
            {deferred ? (
              <DutySearchResults search={deferred} />
            ) : selected === COMPANY_LEVEL ? (
              <CompanyLevel />
            ) : (
              selected && <DepartmentDetail departmentKey={selected} />
            )}
          </Col>
        </Row>
      </QueryState>
    </div>
  );
}
